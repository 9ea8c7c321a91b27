/* parc_check.h - the run-time dependence checker behind `parc --instrument`.
 *
 * A file written by `parc --instrument` declares these itself (it includes
 * no header), so this header is for the runtime and for readers.  The
 * instrumented program is compiled WITHOUT OpenMP, run sequentially, and
 * linked with -lparc_rt.  For each checked loop (one parc parallelized, or
 * one the user asserted with "#pragma parc independent") it records which
 * bytes each iteration reads and writes, and at exit it reports every loop
 * in which two different iterations touch the same byte and at least one
 * of them writes it:
 *
 *     prog.c:12:3: error: loop carries a dependence at run time: iteration
 *     i=3 writes a[4] (line 13), which iteration i=4 reads (line 13)
 *
 * The exit status is then PARC_CHK_EXIT (66), whatever the program
 * returned.  PARC_CHECK_JSON=FILE also writes a JSON summary of every
 * checked loop that ran.  Private scalars and reductions are plain
 * variables and are not recorded; only memory reached through subscripts,
 * pointers and members is.  Memory touched inside library calls (memcpy,
 * ...) is not seen. */
#ifndef PARC_CHECK_H
#define PARC_CHECK_H

#ifdef __cplusplus
extern "C" {
#endif

#define PARC_CHK_EXIT 66

#if defined(__GNUC__)
#define PARC_CHK_API __attribute__((visibility("default")))
#else
#define PARC_CHK_API
#endif

/* One access site: the text of the lvalue, its base variable (for element
 * numbers in messages, NULL if none) and how many subscripts it has. */
struct parc_chk_site {
	const char *text;
	const char *base;
	int line, col, dims;
};

/* One checked loop.  "state" belongs to the runtime. */
struct parc_chk_loop {
	const char *file;
	int line, col;
	const char *index, *inner;  /* index names shown in messages */
	int collapse;
	void *state;
};

/* Records an access of "size" bytes at "addr" (mode 0 read, 1 write,
 * 2 read and write) and returns "addr". */
PARC_CHK_API void *parc_chk_access(const struct parc_chk_site *s, const void *base,
	const volatile void *addr, unsigned long size, int mode);

/* Wraps a checked loop's condition "c" and returns it.  "role" 0: a loop
 * checked alone, where true starts an iteration with index value i and
 * false ends the run; 2: the outermost loop of a collapsed nest, which
 * only begins and ends the run; 1: its innermost loop, where true starts
 * an iteration of the nest, with index values i (outermost) and j.  Plus
 * 4 for a run that is not checked (its parallel version would not run: a
 * run-time overlap test failed). */
PARC_CHK_API int parc_chk_iter(struct parc_chk_loop *l, int c, long long i, long long j, int role);

#ifdef __cplusplus
}
#endif
#endif
