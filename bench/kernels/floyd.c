/* floyd.c - all-pairs shortest paths (Floyd-Warshall) on a random graph.
 * bench-parallel: yes (for each k, the i loop: row k and column k do not
 * change during step k, since d[k][k] = 0; a compiler must prove that)
 *
 * Global integer matrix; "no edge" is a large value that cannot overflow
 * when two are added. */
#include "bench.h"

#define MAXN 1500
#define INF (1 << 28)

static int d[MAXN][MAXN];

static void floyd(int n)
{
	for (int k = 0; k < n; k++)
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				if (d[i][k] + d[k][j] < d[i][j])
					d[i][j] = d[i][k] + d[k][j];
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 150, 500, 1000 };
	int z = bench_size(argc, argv), n = sizes[z];
	uint64_t seed = 17;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			uint32_t r = bench_rand(&seed);
			d[i][j] = i == j ? 0 : (r % 8 == 0 ? (int)(r >> 8) % 1000 + 1 : INF);
		}
	double t0 = bench_now();
	floyd(n);
	double t1 = bench_now();
	uint64_t h = BENCH_HASH_INIT;
	for (int i = 0; i < n; i++)
		h = bench_hash_int(h, d[i], n);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
