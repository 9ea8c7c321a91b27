/* util.c - allocation, byte buffers, whole-file reads and atomic writes. */
#include "parc/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static _Noreturn void out_of_memory(void)
{
	fputs("parc: fatal error: out of memory\n", stderr);
	exit(1);
}

void *parc_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *parc_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *parc_xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *parc_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(parc_xmalloc(n), s, n);
}

_Noreturn void parc_die_internal(const char *file, int line, const char *msg)
{
	fprintf(stderr, "parc: internal error at %s:%d: %s\n"
		"Please report this bug with the input file.\n", file, line, msg);
	abort();
}

void parc_buf_init(parc_buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void parc_buf_free(parc_buf *b)
{
	free(b->data);
	parc_buf_init(b);
}

static void buf_reserve(parc_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = parc_xrealloc(b->data, cap);
	b->cap = cap;
}

void parc_buf_add(parc_buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void parc_buf_puts(parc_buf *b, const char *s)
{
	parc_buf_add(b, s, strlen(s));
}

void parc_buf_printf(parc_buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		va_end(ap2);
		return;
	}
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	b->len += (size_t)n;
}

parc_status parc_read_file(const char *path, char **out, size_t *len,
	const char **why)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		*why = strerror(errno);
		return PARC_ERROR;
	}
	if (S_ISDIR(st.st_mode)) {
		*why = "is a directory";
		return PARC_ERROR;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		*why = strerror(errno);
		return PARC_ERROR;
	}
	parc_buf b;
	parc_buf_init(&b);
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		parc_buf_add(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		parc_buf_free(&b);
		*why = "read error";
		return PARC_ERROR;
	}
	if (!b.data)
		parc_buf_add(&b, "", 0);
	*out = b.data;
	*len = b.len;
	return PARC_OK;
}

/* Writes to something that is not a regular file (/dev/null, a pipe, a
 * terminal) in place: renaming over it would replace the device. */
static parc_status write_in_place(const char *path, const char *data, size_t len,
	const char **why)
{
	FILE *f = fopen(path, "wb");
	if (!f) {
		*why = strerror(errno);
		return PARC_ERROR;
	}
	size_t n = fwrite(data, 1, len, f);
	int bad = n != len || fflush(f) != 0;
	int err = errno;
	if (fclose(f) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	if (bad) {
		*why = strerror(err ? err : EIO);
		return PARC_ERROR;
	}
	return PARC_OK;
}

/* The temporary file lives beside "path" so that rename() stays within one
 * file system and is atomic. */
parc_status parc_write_file_atomic(const char *path, const char *data,
	size_t len, const char **why)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			*why = "is a directory";
			return PARC_ERROR;
		}
		return write_in_place(path, data, len, why);
	}
	parc_buf tmp;
	parc_buf_init(&tmp);
	parc_buf_printf(&tmp, "%s.parc-tmp-XXXXXX", path);
	int fd = mkstemp(tmp.data);
	if (fd < 0) {
		*why = strerror(errno);
		parc_buf_free(&tmp);
		return PARC_ERROR;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(fd, data + done, len - done);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		done += (size_t)w;
	}
	if (fsync(fd) != 0 && errno != EINVAL)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	/* mkstemp creates mode 0600; give the output ordinary permissions. */
	mode_t mask = umask(0);
	umask(mask);
	chmod(tmp.data, 0666 & ~mask);
	if (rename(tmp.data, path) != 0)
		goto fail;
	parc_buf_free(&tmp);
	return PARC_OK;
fail:
	*why = strerror(errno);
	if (fd >= 0)
		close(fd);
	unlink(tmp.data);
	parc_buf_free(&tmp);
	return PARC_ERROR;
}
