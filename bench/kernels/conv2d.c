/* conv2d.c - 5x5 integer convolution of 8-bit images (edge detection), one
 * frame after another.
 * bench-parallel: yes (output rows)
 *
 * Global arrays sized for the largest image, int arithmetic. */
#include "bench.h"

#define MAXH 4000
#define MAXW 4000
#define K 5

static unsigned char img[MAXH][MAXW];
static int out[MAXH][MAXW];
static const int kern[K][K] = {
	{ -1, -1, -2, -1, -1 },
	{ -1, 0, 1, 0, -1 },
	{ -2, 1, 12, 1, -2 },
	{ -1, 0, 1, 0, -1 },
	{ -1, -1, -2, -1, -1 },
};

static void conv2d(int h, int w)
{
	for (int i = 2; i < h - 2; i++)
		for (int j = 2; j < w - 2; j++) {
			int s = 0;
			for (int di = 0; di < K; di++)
				for (int dj = 0; dj < K; dj++)
					s += kern[di][dj] * img[i + di - 2][j + dj - 2];
			out[i][j] = s;
		}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 300, 1500, 4000 };
	static const int frames[] = { 2, 5, 10 };
	int z = bench_size(argc, argv), n = sizes[z];
	uint64_t seed = 13;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			img[i][j] = (unsigned char)((i * j + (int)(bench_rand(&seed) % 16)) & 0xff);
	double t0 = bench_now();
	for (int r = 0; r < frames[z]; r++) {
		conv2d(n, n);
		img[r][r] = (unsigned char)out[r + 2][r + 2];
	}
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_int(h, out[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
