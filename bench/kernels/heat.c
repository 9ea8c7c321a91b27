/* heat.c - explicit 2-D heat diffusion with a copy back, time steps.
 * bench-parallel: yes (the sweep and the copy; not the time loop)
 *
 * u' = u + 1/8 (n + s + e + w - 4u): products by 1/8 and 4 are exact. */
#include "bench.h"

static void heat(int steps, int n, double *restrict u, double *restrict v)
{
	for (int t = 0; t < steps; t++) {
		for (int i = 1; i < n - 1; i++)
			for (int j = 1; j < n - 1; j++)
				v[i * n + j] = u[i * n + j] +
					0.125 * (u[(i - 1) * n + j] + u[(i + 1) * n + j] +
						 u[i * n + j - 1] + u[i * n + j + 1] -
						 4.0 * u[i * n + j]);
		for (int i = 1; i < n - 1; i++)
			for (int j = 1; j < n - 1; j++)
				u[i * n + j] = v[i * n + j];
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 200, 800, 2000 };
	static const int steps[] = { 20, 50, 60 };
	int z = bench_size(argc, argv), n = sizes[z];
	double *u = malloc(sizeof(double) * n * n), *v = malloc(sizeof(double) * n * n);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			u[i * n + j] = ((i / 50 + j / 50) % 3 == 0) ? 64.0 : 0.0;
			v[i * n + j] = u[i * n + j];
		}
	double t0 = bench_now();
	heat(steps[z], n, u, v);
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, u, (long)n * n));
	bench_time(t0, t1);
	free(u);
	free(v);
	return 0;
}
