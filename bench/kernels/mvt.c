/* mvt.c - matrix-vector products with A and with its transpose:
 *   x1 = x1 + A y1,  x2 = x2 + A' y2.
 * bench-parallel: yes (both loops over i)
 *
 * C99 array parameters (a variably modified matrix), malloc'd. */
#include "bench.h"

static void mvt(int n, double a[restrict n][n], double x1[restrict n],
		double x2[restrict n], const double y1[restrict n],
		const double y2[restrict n])
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			x1[i] = x1[i] + a[i][j] * y1[j];
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			x2[i] = x2[i] + a[j][i] * y2[j];
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 300, 2000, 6000 };
	int n = sizes[bench_size(argc, argv)];
	double (*a)[n] = malloc(sizeof(double[n][n]));
	double *x1 = malloc(sizeof(double) * n), *x2 = malloc(sizeof(double) * n);
	double *y1 = malloc(sizeof(double) * n), *y2 = malloc(sizeof(double) * n);
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++)
			a[i][j] = (double)((i + 3 * j) % 11 - 5);
		x1[i] = (double)(i % 3);
		x2[i] = (double)(i % 5);
		y1[i] = (double)(i % 7 - 3);
		y2[i] = (double)(i % 4 - 1);
	}
	double t0 = bench_now();
	mvt(n, a, x1, x2, y1, y2);
	double t1 = bench_now();
	uint64_t h = bench_hash_f64(BENCH_HASH_INIT, x1, n);
	h = bench_hash_f64(h, x2, n);
	bench_checksum(h);
	bench_time(t0, t1);
	free(a);
	free(x1);
	free(x2);
	free(y1);
	free(y2);
	return 0;
}
