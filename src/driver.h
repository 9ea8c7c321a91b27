/* driver.h - what the command-line driver's files share (main.c runs one
 * file through the pipeline; project.c runs many, from a compilation
 * database, in worker processes). */
#ifndef PARC_DRIVER_H
#define PARC_DRIVER_H

#include "parc/output.h"

enum { PARC_EXIT_INPUT = 1, PARC_EXIT_USAGE = 2 };

/* One run of the pipeline on one file. */
typedef struct parc_run {
	const char *input;        /* "input": file name, or "-" */
	const char *output;       /* "output": file name, or "-" */
	const char *report;       /* "report": JSON report file, or NULL */
	bool dump_ir;
	bool instrument;          /* "instrument": write the checking version */
	bool interchange;         /* "interchange": swap nest headers where
	                           * that makes the outer loop parallel */
	int timeout;              /* "timeout": --timeout seconds, 0 for none */
	bool cuda;                /* "cuda": --target=cuda */
	const char *cuda_out;     /* "cuda_out": the .cu file (--cuda-out, or
	                           * the output's name with .cu) */
	parc_remark_mode remarks;
	const char *const *clang_args;
	int nclang;
	/* Check mode and user control (issue: CI and user control). */
	bool check;               /* "check": analyse only, write no output */
	const struct parc_spec *spec;   /* "spec": --spec, or NULL */
	struct parc_sarif *sarif;       /* "sarif": results gathered, or NULL */
	const void *baseline;     /* "baseline": --baseline report (cJSON) */
} parc_run;

/* What runs add up to, for summaries. */
typedef struct parc_stats {
	int files, failed;
	int loops, parallel;
	int reasons[PARC_REASON__COUNT]; /* first reason of each loop left alone */
} parc_stats;

/* Runs the pipeline (on a large stack); adds to "st" when not NULL.
 * Returns an exit status. */
int parc_run_file(const parc_run *r, parc_stats *st);

/* Processes the files of BUILD_DIR/compile_commands.json ("files", or all
 * of them) into "out_dir", keeping the tree layout, with "jobs" worker
 * processes.  Prints a summary; returns an exit status. */
int parc_project_run(const parc_run *base, const char *build_dir, const char *out_dir,
	int jobs, const char *const *files, int nfiles);

/* Finds the flags of "file" in BUILD_DIR's database (the caller frees with
 * parc_compdb_free(*cmds, n)); NULL if it is not there. */
const char *const *parc_project_flags(const char *build_dir, const char *file, int *nargs,
	void **handle, const char **why);
void parc_project_flags_free(void *handle);

#endif
