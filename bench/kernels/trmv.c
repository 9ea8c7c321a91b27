/* trmv.c - lower-triangular matrix times vector, repeated: y = L x.
 * bench-parallel: yes (rows i; a triangular nest, row i costs i + 1)
 *
 * The scalar accumulator is private to each row.  Exact: integers. */
#include "bench.h"

static void trmv(int n, const double *restrict l, const double *restrict x,
		 double *restrict y)
{
	for (int i = 0; i < n; i++) {
		double s = 0.0;
		for (int j = 0; j <= i; j++)
			s += l[(long)i * n + j] * x[j];
		y[i] = s;
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 400, 2000, 6000 };
	static const int reps[] = { 4, 10, 10 };
	int z = bench_size(argc, argv), n = sizes[z];
	double *l = malloc(sizeof(double) * n * n);
	double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++)
			l[(long)i * n + j] = j <= i ? (double)((i ^ j) % 7 - 3) : 0.0;
		x[i] = (double)(i % 5 - 2);
	}
	double t0 = bench_now();
	for (int r = 0; r < reps[z]; r++) {
		trmv(n, l, x, y);
		x[r % n] += 1.0;
	}
	double t1 = bench_now();
	bench_checksum(bench_hash_f64(BENCH_HASH_INIT, y, n));
	bench_time(t0, t1);
	free(l);
	free(x);
	free(y);
	return 0;
}
