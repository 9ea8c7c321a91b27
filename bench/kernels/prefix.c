/* prefix.c - inclusive prefix sums (a scan), repeated.
 * bench-parallel: no (each element needs the previous one; a parallel scan
 * is a different algorithm) */
#include "bench.h"

static void prefix_sum(long n, int64_t *restrict p, const int *restrict a)
{
	p[0] = a[0];
	for (long i = 1; i < n; i++)
		p[i] = p[i - 1] + a[i];
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 10, 10, 10 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	int *a = malloc(sizeof(int) * n);
	int64_t *p = malloc(sizeof(int64_t) * n);
	uint64_t seed = 3;
	for (long i = 0; i < n; i++)
		a[i] = (int)(bench_rand(&seed) % 2001) - 1000;
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		prefix_sum(n, p, a);
		a[r] += (int)(p[n - 1] & 7);
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_i64(BENCH_HASH_INIT, p, n));
	bench_time(t0, t1);
	free(a);
	free(p);
	return 0;
}
