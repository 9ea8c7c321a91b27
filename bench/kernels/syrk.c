/* syrk.c - symmetric rank-k update of the lower triangle:
 *   C = alpha A A' + beta C   (j <= i only).
 * bench-parallel: yes (rows i; triangular, so row costs grow with i)
 *
 * Global arrays; small integers and powers of two: exact. */
#include "bench.h"

#define MAXN 1200

static double A[MAXN][MAXN], C[MAXN][MAXN];

static void init(int n, int m)
{
	for (int i = 0; i < n; i++) {
		for (int k = 0; k < m; k++)
			A[i][k] = (double)((i * k + 2) % 9 - 4);
		for (int j = 0; j < n; j++)
			C[i][j] = (double)((i + j) % 5);
	}
}

static void syrk(int n, int m, double alpha, double beta)
{
	for (int i = 0; i < n; i++) {
		for (int j = 0; j <= i; j++)
			C[i][j] *= beta;
		for (int k = 0; k < m; k++)
			for (int j = 0; j <= i; j++)
				C[i][j] += alpha * A[i][k] * A[j][k];
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 150, 500, 1200 };
	int n = sizes[bench_size(argc, argv)];
	init(n, n);
	double t0 = bench_now();
	syrk(n, n, 0.5, 2.0);
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_f64(h, C[i], i + 1);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
