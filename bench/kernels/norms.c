/* norms.c - the 1-, 2- and max-norms of a vector, repeated.
 * bench-parallel: yes (sum, sum of squares and max reductions)
 *
 * fabs, sqrt and fmax from libm; integer entries keep the sums exact. */
#include "bench.h"
#include <math.h>

static double norm1(long n, const double *x)
{
	double s = 0.0;
	for (long i = 0; i < n; i++)
		s += fabs(x[i]);
	return s;
}

static double norm2(long n, const double *x)
{
	double s = 0.0;
	for (long i = 0; i < n; i++)
		s += x[i] * x[i];
	return sqrt(s);
}

static double norm_inf(long n, const double *x)
{
	double m = 0.0;
	for (long i = 0; i < n; i++)
		m = fmax(m, fabs(x[i]));
	return m;
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 5, 5, 5 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	double *x = malloc(sizeof(double) * n);
	for (long i = 0; i < n; i++)
		x[i] = (double)((i * 37) % 201 - 100);
	double results[3 * 5];
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		results[3 * r] = norm1(n, x);
		results[3 * r + 1] = norm2(n, x);
		results[3 * r + 2] = norm_inf(n, x);
		x[r * 7] = -150.0 - r;
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, results, 3 * reps[z]));
	bench_time(t0, t1);
	free(x);
	return 0;
}
