/* jacobi3d.c - 3-D Jacobi iteration, 7-point stencil, time steps.
 * bench-parallel: yes (the i loops of both sweeps)
 *
 * Pointers to variably modified arrays: double (*a)[n][n].  The update
 * 0.125 * (six neighbours) + 0.25 * centre is exact in its products. */
#include "bench.h"

static void sweep(int n, double (*restrict out)[n][n], double (*restrict in)[n][n])
{
	for (int i = 1; i < n - 1; i++)
		for (int j = 1; j < n - 1; j++)
			for (int k = 1; k < n - 1; k++)
				out[i][j][k] = 0.125 * (in[i - 1][j][k] + in[i + 1][j][k] +
							in[i][j - 1][k] + in[i][j + 1][k] +
							in[i][j][k - 1] + in[i][j][k + 1]) +
					       0.25 * in[i][j][k];
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 40, 120, 256 };
	static const int steps[] = { 10, 20, 10 };
	int z = bench_size(argc, argv), n = sizes[z];
	double (*a)[n][n] = malloc(sizeof(double[n][n][n]));
	double (*b)[n][n] = malloc(sizeof(double[n][n][n]));
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			for (int k = 0; k < n; k++) {
				a[i][j][k] = (double)((i + 2 * j + 3 * k) % 16);
				b[i][j][k] = a[i][j][k];
			}
	double t0 = bench_now();
	for (int t = 0; t < steps[z]; t++) {
		sweep(n, b, a);
		sweep(n, a, b);
	}
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			h = bench_hash_f64(h, a[i][j], n);
	bench_checksum(h);
	bench_time(t0, t1);
	free(a);
	free(b);
	return 0;
}
