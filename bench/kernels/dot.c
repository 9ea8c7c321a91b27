/* dot.c - dot product of two vectors, repeated.
 * bench-parallel: yes (a sum reduction)
 *
 * Small integer entries: every partial sum is exact, so a parallel
 * reduction in any order gives the same bits. */
#include "bench.h"

static double dot(long n, const double *x, const double *y)
{
	double s = 0.0;
	for (long i = 0; i < n; i++)
		s += x[i] * y[i];
	return s;
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 10, 10, 10 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
	for (long i = 0; i < n; i++) {
		x[i] = (double)(i % 17 - 8);
		y[i] = (double)(i % 13 - 6);
	}
	double results[10];
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		results[r] = dot(n, x, y);
		x[r] += 1.0;
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, results, reps[z]));
	bench_time(t0, t1);
	free(x);
	free(y);
	return 0;
}
