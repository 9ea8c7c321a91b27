/* histogram.c - a histogram of 32-bit keys (1024 bins), repeated.
 * bench-parallel: no (increments of data-dependent bins: parallel only with
 * an array reduction or atomics, not as written) */
#include "bench.h"

#define BINS 1024

static void histogram(long n, long *restrict hist, const uint32_t *restrict key)
{
	for (long i = 0; i < n; i++)
		hist[key[i] >> 22]++;
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 5, 10, 20 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	uint32_t *key = malloc(sizeof(uint32_t) * n);
	static long hist[BINS];
	uint64_t seed = 11;
	for (long i = 0; i < n; i++)
		key[i] = bench_rand(&seed) ^ (bench_rand(&seed) << 16);
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++)
		histogram(n, hist, key);
	double t1 = bench_now();
	bench_checksum(bench_hash_i64(BENCH_HASH_INIT, (const int64_t *)hist, BINS));
	bench_time(t0, t1);
	free(key);
	return 0;
}
