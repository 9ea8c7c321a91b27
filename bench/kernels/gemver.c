/* gemver.c - vector multiplication and matrix addition (BLAS gemver):
 *   A = A + u1 v1' + u2 v2',  x = x + beta A' y + z,  w = w + alpha A x.
 * bench-parallel: yes (every loop over i)
 *
 * Row-major matrix in one malloc'd block, restrict pointers, a[i*n + j].
 * Small integers scaled by powers of two: exact. */
#include "bench.h"

static void gemver(int n, double alpha, double beta, double *restrict a,
		   const double *restrict u1, const double *restrict v1,
		   const double *restrict u2, const double *restrict v2,
		   double *restrict w, double *restrict x,
		   const double *restrict y, const double *restrict z)
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			a[i * n + j] = a[i * n + j] + u1[i] * v1[j] + u2[i] * v2[j];

	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			x[i] = x[i] + beta * a[j * n + i] * y[j];

	for (int i = 0; i < n; i++)
		x[i] = x[i] + z[i];

	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			w[i] = w[i] + alpha * a[i * n + j] * x[j];
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 300, 2000, 5000 };
	int n = sizes[bench_size(argc, argv)];
	double *a = malloc(sizeof(double) * n * n);
	double *v = malloc(sizeof(double) * n * 8);
	double *u1 = v, *v1 = v + n, *u2 = v + 2 * n, *v2 = v + 3 * n;
	double *w = v + 4 * n, *x = v + 5 * n, *y = v + 6 * n, *z = v + 7 * n;
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++)
			a[i * n + j] = (double)((i * j) % 5 - 2);
		u1[i] = (double)(i % 3);
		v1[i] = (double)(i % 4 - 2);
		u2[i] = (double)(i % 5 - 1);
		v2[i] = (double)(i % 2);
		w[i] = 0.0;
		x[i] = 0.0;
		y[i] = (double)(i % 7 - 3);
		z[i] = (double)(i % 9);
	}
	double t0 = bench_now();
	gemver(n, 0.25, 0.5, a, u1, v1, u2, v2, w, x, y, z);
	double t1 = bench_now();
	uint64_t h = bench_hash_f64(BENCH_HASH_INIT, w, n);
	h = bench_hash_f64(h, x, n);
	bench_checksum(h);
	bench_time(t0, t1);
	free(a);
	free(v);
	return 0;
}
