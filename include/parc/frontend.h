/* frontend.h - turning a C file into parc's IR with libclang.
 *
 * This interface is free of clang headers: callers pass the file's bytes
 * and the compiler flags, and get back a parc_program (or NULL after the
 * diagnostics were printed). */
#ifndef PARC_FRONTEND_H
#define PARC_FRONTEND_H

#include "parc/ir.h"
#include "parc/util.h"

typedef struct parc_frontend_opts {
	const char *path;       /* "path": file name shown in diagnostics */
	const char *src;        /* "src": the file's bytes (NUL-terminated) */
	int src_len;
	const char *const *args;/* "args": clang flags (-I, -D, -std=, ...) */
	int nargs;
	FILE *diag;             /* "diag": where clang's errors are printed */
} parc_frontend_opts;

/* Parses "o->src" and builds the IR of every function defined in the main
 * file.  Returns NULL when clang reports an error (already printed). */
__parc_give parc_program *parc_frontend_parse(const parc_frontend_opts *o);

/* Records the OpenMP/OpenACC directives of the main file (pragmas.c). */
void parc_frontend_scan_pragmas(parc_program *p);

void parc_program_free(__parc_take parc_program *p);

#endif
