/* util.h - allocation, growable buffers, ownership markers and status codes.
 *
 * Every heap allocation in parc goes through parc_xmalloc and friends so that
 * an out-of-memory condition is reported in one place (parc cannot continue
 * without memory, so these never return NULL). */
#ifndef PARC_UTIL_H
#define PARC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Ownership markers, as in isl: "give" returns a new reference the caller
 * must free, "take" consumes its argument, "keep" only borrows it. */
#define __parc_give
#define __parc_take
#define __parc_keep

/* Return convention for functions that do not return a pointer. */
typedef enum { PARC_ERROR = -1, PARC_OK = 0 } parc_status;

/* Three-way predicate result: "cannot prove" must never look like "failed". */
typedef enum { parc_bool_error = -1, parc_bool_false = 0, parc_bool_true = 1 } parc_bool;

void *parc_xmalloc(size_t size);
void *parc_xcalloc(size_t n, size_t size);
void *parc_xrealloc(void *p, size_t size);
char *parc_xstrdup(const char *s);

/* A growable byte string, used for building output text and messages. */
typedef struct parc_buf {
	char *data;     /* "data": NUL-terminated contents, owned */
	size_t len;     /* "len": bytes used, without the NUL */
	size_t cap;     /* "cap": bytes allocated */
} parc_buf;

void parc_buf_init(parc_buf *b);
void parc_buf_free(parc_buf *b);
void parc_buf_add(parc_buf *b, const char *s, size_t n);
void parc_buf_puts(parc_buf *b, const char *s);
void parc_buf_printf(parc_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Reads the whole file at "path" into "*out" (NUL-terminated).  On failure
 * returns PARC_ERROR and sets "*why" to a static description. */
parc_status parc_read_file(const char *path, char **out, size_t *len,
	const char **why);

/* Writes "len" bytes to "path" through a temporary file in the same
 * directory renamed into place, so readers never see partial output. */
parc_status parc_write_file_atomic(const char *path, const char *data,
	size_t len, const char **why);

/* Internal invariant failures: parc's own bugs, reported with parc's
 * source location, never the user's. */
_Noreturn void parc_die_internal(const char *file, int line, const char *msg);
#define parc_unreachable() parc_die_internal(__FILE__, __LINE__, "unreachable")
#define parc_assert(c) \
	((c) ? (void)0 : parc_die_internal(__FILE__, __LINE__, "assertion failed: " #c))

#endif
