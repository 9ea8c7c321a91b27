/* bench.h - what every benchmark kernel shares: the size argument, the
 * timer and the checksum.
 *
 * Each kernel is a plain sequential C program: `kernel small|medium|large`
 * prints "checksum <hex>" on stdout and "time <seconds>" on stderr, where
 * the time covers only the kernel itself (not set-up, not the checksum).
 * Checksums hash the exact bits of the results in a fixed order, so any
 * correct parallel version prints the same line; the kernels keep their
 * floating-point values exact (integers, or multiples of powers of two, and
 * multiplications only by powers of two where rounding could occur), so
 * that evaluation order, reassociated reductions and fused multiply-adds
 * cannot change a bit. */
#ifndef BENCH_H
#define BENCH_H

#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Returns 0, 1 or 2 for the size argument "small", "medium" or "large";
 * exits with a usage message for anything else. */
static inline int bench_size(int argc, char **argv)
{
	static const char *const names[] = { "small", "medium", "large" };
	for (int i = 0; argc == 2 && i < 3; i++)
		if (strcmp(argv[1], names[i]) == 0)
			return i;
	fprintf(stderr, "usage: %s small|medium|large\n", argv[0]);
	exit(2);
}

/* Returns a monotonic time stamp in seconds. */
static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Prints the kernel's run time, measured from "t0" to "t1". */
static inline void bench_time(double t0, double t1)
{
	fprintf(stderr, "time %.6f\n", t1 - t0);
}

/* Returns "h" with the 64 bits "v" mixed in (FNV-1a over the 8 bytes). */
static inline uint64_t bench_mix(uint64_t h, uint64_t v)
{
	for (int b = 0; b < 8; b++) {
		h ^= (v >> (8 * b)) & 0xff;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Hash of "n" doubles: their exact bit patterns, in order. */
static inline uint64_t bench_hash_f64(uint64_t h, const double *x, long n)
{
	for (long i = 0; i < n; i++) {
		uint64_t bits;
		memcpy(&bits, &x[i], sizeof bits);
		h = bench_mix(h, bits);
	}
	return h;
}

/* Hash of "n" 64-bit integers. */
static inline uint64_t bench_hash_i64(uint64_t h, const int64_t *x, long n)
{
	for (long i = 0; i < n; i++)
		h = bench_mix(h, (uint64_t)x[i]);
	return h;
}

/* Hash of "n" ints. */
static inline uint64_t bench_hash_int(uint64_t h, const int *x, long n)
{
	for (long i = 0; i < n; i++)
		h = bench_mix(h, (uint64_t)(int64_t)x[i]);
	return h;
}

/* Prints the checksum line. */
static inline void bench_checksum(uint64_t h)
{
	printf("checksum %016llx\n", (unsigned long long)h);
}

/* The first hash value. */
#define BENCH_HASH_INIT 14695981039346656037ULL

/* A small deterministic generator: returns the next value of "*state". */
static inline uint32_t bench_rand(uint64_t *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)(*state >> 33);
}

#endif /* BENCH_H */
