/* output.h - what parc writes: the rewritten source, the JSON report and
 * compiler-style remarks. */
#ifndef PARC_OUTPUT_H
#define PARC_OUTPUT_H

#include "parc/ir.h"
#include "parc/util.h"

/* The pragma text for a parallel loop, e.g.
 * "omp parallel for private(j) reduction(+:s)". */
void parc_pragma_text(parc_buf *b, parc_loop *l);

/* The main file with a pragma inserted above every parallel loop and no
 * other change.  The caller frees "out". */
void parc_rewrite(parc_program *p, parc_buf *out);

/* Whether a clause of the output calls parc_rt (then the program must be
 * linked with -lparc_rt when built with OpenMP). */
bool parc_output_uses_rt(parc_program *p);

/* The one-line definition of the run-time overlap test that loops with an
 * "rt_check" call (named parc_overlap_name(p)). */
void parc_overlap_helper(parc_buf *b, const char *name);

/* Writes the checking version of the program into "out": every loop parc
 * parallelized, or the user asserted independent, records its iterations'
 * memory accesses when run sequentially (instrument.c, runtime check.c).
 * The frontend must have been asked for expression extents. */
void parc_instrument(parc_program *p, parc_buf *out);

/* --target=cuda (cuda.c): whether any nest is offloaded; the weak
 * declarations the C file needs (one line); the "if (...) {} else" put in
 * front of an offloaded nest; and the .cu file. */
bool parc_output_uses_cuda(parc_program *p);
void parc_cuda_decls(parc_program *p, parc_buf *out);
void parc_cuda_call(parc_program *p, parc_loop *l, parc_buf *out);
void parc_cuda_write(parc_program *p, parc_buf *out);

/* Writes the JSON report (format: docs/report.md) to "path". */
parc_status parc_report_write(parc_program *p, const char *path, const char **why);

typedef enum { PARC_REMARK_NONE = 0, PARC_REMARK_PASSED = 1,
	PARC_REMARK_MISSED = 2, PARC_REMARK_ALL = 3 } parc_remark_mode;
void parc_remarks_print(parc_program *p, FILE *out, parc_remark_mode mode);

/* SARIF 2.1.0 (sarif.c): results are gathered from files, then written. */
typedef struct parc_sarif parc_sarif;
__parc_give parc_sarif *parc_sarif_new(void);
/* A note for each loop of "p" left serial, with its first reason. */
void parc_sarif_add_program(parc_sarif *s, parc_program *p);
/* One result: "level" is "note", "warning" or "error". */
void parc_sarif_add(parc_sarif *s, const char *level, const char *rule, const char *file,
	int line, int col, const char *msg);
parc_status parc_sarif_write(parc_sarif *s, const char *path, const char **why);
void parc_sarif_free(__parc_take parc_sarif *s);

/* The position of loop "l" among the loops of its function (0-based): how
 * reports and baselines identify a loop across edits that move lines. */
int parc_loop_index_in_function(parc_program *p, parc_loop *l);

#endif
