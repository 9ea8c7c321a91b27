/* stats.c - mean, variance, minimum and maximum of a sample, in one loop.
 * bench-parallel: yes (four reductions: +, +, min, max)
 *
 * Integer-valued samples: the sums are exact, so mean and variance are the
 * same for any order of summation. */
#include "bench.h"

typedef struct stats {
	double mean, var, min, max;
} stats;

static stats describe(long n, const double *x)
{
	double sum = 0.0, sumsq = 0.0, mn = x[0], mx = x[0];
	for (long i = 0; i < n; i++) {
		sum += x[i];
		sumsq += x[i] * x[i];
		if (x[i] < mn)
			mn = x[i];
		if (x[i] > mx)
			mx = x[i];
	}
	stats s;
	s.mean = sum / n;
	s.var = sumsq / n - s.mean * s.mean;
	s.min = mn;
	s.max = mx;
	return s;
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	static const int reps[] = { 5, 5, 5 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	double *x = malloc(sizeof(double) * n);
	uint64_t seed = 42;
	for (long i = 0; i < n; i++)
		x[i] = (double)(bench_rand(&seed) % 20001) - 10000.0;
	double results[4 * 5];
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		stats s = describe(n, x);
		results[4 * r] = s.mean;
		results[4 * r + 1] = s.var;
		results[4 * r + 2] = s.min;
		results[4 * r + 3] = s.max;
		x[(r * 7919) % n] = 20000.0 + r;
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, results, 4 * reps[z]));
	bench_time(t0, t1);
	free(x);
	return 0;
}
