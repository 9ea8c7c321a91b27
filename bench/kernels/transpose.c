/* transpose.c - out-of-place matrix transpose, repeated.
 * bench-parallel: yes (rows of the source)
 *
 * Strided stores: bound by memory and TLB, not arithmetic. */
#include "bench.h"

static void transpose(int n, double b[restrict n][n], const double a[restrict n][n])
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			b[j][i] = a[i][j];
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 200, 1500, 4000 };
	static const int reps[] = { 5, 5, 5 };
	int z = bench_size(argc, argv), n = sizes[z];
	double (*a)[n] = malloc(sizeof(double[n][n]));
	double (*b)[n] = malloc(sizeof(double[n][n]));
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			a[i][j] = (double)(i * 3 + j);
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		transpose(n, b, a);
		a[r][r] = b[r + 1][r];
	}
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_f64(h, b[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	free(a);
	free(b);
	return 0;
}
