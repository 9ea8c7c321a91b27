/* jacobi1d.c - 1-D Jacobi smoothing, two arrays, time steps.
 * bench-parallel: yes (the i loops; the time loop carries a dependence)
 *
 * Weights 1/4, 1/2, 1/4 applied as 0.25 * (a + 2b + c): sums round the same
 * way in any correct order of the i loop, the product by 0.25 is exact. */
#include "bench.h"

static void jacobi1d(int steps, int n, double *restrict a, double *restrict b)
{
	for (int t = 0; t < steps; t++) {
		for (int i = 1; i < n - 1; i++)
			b[i] = 0.25 * (a[i - 1] + 2.0 * a[i] + a[i + 1]);
		for (int i = 1; i < n - 1; i++)
			a[i] = 0.25 * (b[i - 1] + 2.0 * b[i] + b[i + 1]);
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 4000, 200000, 2000000 };
	static const int steps[] = { 50, 200, 100 };
	int z = bench_size(argc, argv), n = sizes[z];
	double *a = malloc(sizeof(double) * n), *b = malloc(sizeof(double) * n);
	for (int i = 0; i < n; i++) {
		a[i] = (double)(i % 17);
		b[i] = 0.0;
	}
	double t0 = bench_now();
	jacobi1d(steps[z], n, a, b);
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, a, n));
	bench_time(t0, t1);
	free(a);
	free(b);
	return 0;
}
