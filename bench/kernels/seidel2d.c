/* seidel2d.c - 2-D Gauss-Seidel relaxation, in place, time steps.
 * bench-parallel: no (each point reads neighbours updated in the same sweep;
 * only a wavefront/skewing transformation exposes parallelism)
 *
 * 0.125 * (4 neighbours + 4 * centre): the products are exact. */
#include "bench.h"

#define MAXN 2000

static double A[MAXN][MAXN];

static void seidel(int steps, int n)
{
	for (int t = 0; t < steps; t++)
		for (int i = 1; i < n - 1; i++)
			for (int j = 1; j < n - 1; j++)
				A[i][j] = 0.125 * (A[i - 1][j] + A[i + 1][j] + A[i][j - 1] +
						   A[i][j + 1] + 4.0 * A[i][j]);
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 200, 800, 2000 };
	static const int steps[] = { 10, 20, 20 };
	int z = bench_size(argc, argv), n = sizes[z];
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			A[i][j] = (double)((i * 5 + j) % 24);
	double t0 = bench_now();
	seidel(steps[z], n);
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_f64(h, A[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
