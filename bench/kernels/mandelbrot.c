/* mandelbrot.c - escape-time counts of the Mandelbrot set, row by row.
 * bench-parallel: yes (rows; very unequal costs: rows through the set
 * iterate to the limit, rows outside stop at once)
 *
 * Fixed-point arithmetic (28 fraction bits in 64-bit integers) instead of
 * double: floating-point results would depend on whether a compiler fuses
 * multiply-adds, and every build here must count the same iterations. */
#include "bench.h"

#define FRAC 28
#define ONE (1LL << FRAC)

static void mandelbrot(int h, int w, int maxit, int *restrict count)
{
	for (int y = 0; y < h; y++) {
		for (int x = 0; x < w; x++) {
			long long cr = -2 * ONE + (long long)x * (3 * ONE) / w;
			long long ci = -ONE + (long long)y * (2 * ONE) / h;
			long long zr = 0, zi = 0;
			int it = 0;
			for (; it < maxit; it++) {
				long long zr2 = (zr * zr) >> FRAC, zi2 = (zi * zi) >> FRAC;
				if (zr2 + zi2 > 4 * ONE)
					break;
				zi = ((zr * zi) >> (FRAC - 1)) + ci;
				zr = zr2 - zi2 + cr;
			}
			count[y * w + x] = it;
		}
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 120, 600, 1200 };
	static const int maxit[] = { 200, 500, 500 };
	int z = bench_size(argc, argv), h = sizes[z], w = sizes[z] * 3 / 2;
	int *count = malloc(sizeof(int) * h * w);
	double t0 = bench_now();
	mandelbrot(h, w, maxit[z], count);
	double t1 = bench_now();
	bench_checksum(bench_hash_int(BENCH_HASH_INIT, count, (long)h * w));
	bench_time(t0, t1);
	free(count);
	return 0;
}
