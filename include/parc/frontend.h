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
	bool extents;           /* "extents": fill parc_expr.xoff/xend (costs a
	                         * walk per expression; --instrument needs it) */
} parc_frontend_opts;

/* Parses "o->src" and builds the IR of every function defined in the main
 * file.  Returns NULL when clang reports an error (already printed). */
__parc_give parc_program *parc_frontend_parse(const parc_frontend_opts *o);

/* Records the pragmas of the main file, and the directive macros and
 * threadprivate lists of it and of its user "headers" (texts) (pragmas.c). */
void parc_frontend_scan_pragmas(parc_program *p, const char *const *headers, int nheaders);

void parc_program_free(__parc_take parc_program *p);

/* One entry of a compilation database (compile_commands.json): the source
 * file (absolute), and the flags that matter to the parser.  "args" ends
 * with "-working-directory" and the entry's directory, so that relative
 * -I paths resolve as they did in the build. */
typedef struct parc_compile_cmd {
	char *file;
	char **args;
	int nargs;
} parc_compile_cmd;

/* Loads BUILD_DIR/compile_commands.json.  Returns the number of entries
 * (0 with "*why" set on failure); the caller frees with parc_compdb_free. */
int parc_compdb_load(const char *build_dir, __parc_give parc_compile_cmd **cmds,
	const char **why);
void parc_compdb_free(__parc_take parc_compile_cmd *cmds, int n);

#endif
