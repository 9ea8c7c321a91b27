/* triad.c - the STREAM triad a = b + s c, repeated: memory bandwidth.
 * bench-parallel: yes */
#include "bench.h"

static void triad(long n, double *restrict a, const double *restrict b,
		  const double *restrict c, double s)
{
	for (long i = 0; i < n; i++)
		a[i] = b[i] + s * c[i];
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 10, 10, 10 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	double *a = malloc(sizeof(double) * n), *b = malloc(sizeof(double) * n);
	double *c = malloc(sizeof(double) * n);
	for (long i = 0; i < n; i++) {
		a[i] = 0.0;
		b[i] = (double)(i % 1000);
		c[i] = (double)(i % 77);
	}
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++)
		triad(n, a, b, c, (double)(r + 1));
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, a, n));
	bench_time(t0, t1);
	free(a);
	free(b);
	free(c);
	return 0;
}
