/* gemm.c - dense matrix product C = alpha * A * B + beta * C.
 * bench-parallel: yes (rows of C are independent)
 *
 * The i-k-j loop order of a C programmer who knows row-major storage.
 * Entries are small integers and alpha, beta powers of two: exact. */
#include "bench.h"

#define MAXN 1024

static double A[MAXN][MAXN], B[MAXN][MAXN], C[MAXN][MAXN];

static void init(int n)
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			A[i][j] = (double)((i * j + 1) % 7 - 3);
			B[i][j] = (double)((i + 2 * j) % 5 - 2);
			C[i][j] = (double)((i - j) % 3);
		}
}

static void gemm(int n, double alpha, double beta)
{
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++)
			C[i][j] *= beta;
		for (int k = 0; k < n; k++)
			for (int j = 0; j < n; j++)
				C[i][j] += alpha * A[i][k] * B[k][j];
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 128, 400, 1024 };
	int n = sizes[bench_size(argc, argv)];
	init(n);
	double t0 = bench_now();
	gemm(n, 2.0, 0.5);
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_f64(h, C[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
