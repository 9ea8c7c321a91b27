/* jacobi2d.c - 2-D Jacobi iteration (4-point average), time steps.
 * bench-parallel: yes (the i loops of both sweeps)
 *
 * Global arrays sized for the largest run. */
#include "bench.h"

#define MAXN 2000

static double A[MAXN][MAXN], B[MAXN][MAXN];

static void jacobi2d(int steps, int n)
{
	for (int t = 0; t < steps; t++) {
		for (int i = 1; i < n - 1; i++)
			for (int j = 1; j < n - 1; j++)
				B[i][j] = 0.25 * (A[i - 1][j] + A[i + 1][j] + A[i][j - 1] + A[i][j + 1]);
		for (int i = 1; i < n - 1; i++)
			for (int j = 1; j < n - 1; j++)
				A[i][j] = 0.25 * (B[i - 1][j] + B[i + 1][j] + B[i][j - 1] + B[i][j + 1]);
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 200, 800, 2000 };
	static const int steps[] = { 20, 50, 60 };
	int z = bench_size(argc, argv), n = sizes[z];
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			A[i][j] = (double)((i * 7 + j * 3) % 32);
			B[i][j] = A[i][j];
		}
	double t0 = bench_now();
	jacobi2d(steps[z], n);
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_f64(h, A[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
