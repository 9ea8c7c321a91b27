/* nbody.c - short-range forces between particles with a cut-off radius,
 * then a position update, a few steps.  Integer coordinates on a lattice,
 * so the forces are exact.
 * bench-parallel: yes (the i loops; each particle sums over all others) */
#include "bench.h"

#define BOX 4096
#define CUTOFF 256

static void forces(int n, const int *restrict px, const int *restrict py,
		   const int *restrict pz, long long *restrict fx,
		   long long *restrict fy, long long *restrict fz)
{
	const int cut2 = CUTOFF * CUTOFF;
	for (int i = 0; i < n; i++) {
		long long ax = 0, ay = 0, az = 0;
		for (int j = 0; j < n; j++) {
			int dx = px[i] - px[j], dy = py[i] - py[j], dz = pz[i] - pz[j];
			int d2 = dx * dx + dy * dy + dz * dz;
			if (d2 < cut2 && j != i) {
				int w = cut2 - d2;
				ax += (long long)w * dx;
				ay += (long long)w * dy;
				az += (long long)w * dz;
			}
		}
		fx[i] = ax;
		fy[i] = ay;
		fz[i] = az;
	}
}

static void move(int n, int *restrict px, int *restrict py, int *restrict pz,
		 const long long *restrict fx, const long long *restrict fy,
		 const long long *restrict fz)
{
	for (int i = 0; i < n; i++) {
		px[i] = (int)((px[i] + (fx[i] >> 20)) & (BOX - 1));
		py[i] = (int)((py[i] + (fy[i] >> 20)) & (BOX - 1));
		pz[i] = (int)((pz[i] + (fz[i] >> 20)) & (BOX - 1));
	}
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 1000, 6000, 30000 };
	static const int steps[] = { 2, 2, 2 };
	int z = bench_size(argc, argv), n = sizes[z];
	int *p = malloc(sizeof(int) * 3 * n);
	long long *f = malloc(sizeof(long long) * 3 * n);
	int *px = p, *py = p + n, *pz = p + 2 * n;
	uint64_t seed = 9;
	for (int i = 0; i < n; i++) {
		px[i] = (int)(bench_rand(&seed) % BOX);
		py[i] = (int)(bench_rand(&seed) % BOX);
		pz[i] = (int)(bench_rand(&seed) % (BOX / 8));
	}
	double t0 = bench_now();
	for (int s = 0; s < steps[z]; s++) {
		forces(n, px, py, pz, f, f + n, f + 2 * n);
		move(n, px, py, pz, f, f + n, f + 2 * n);
	}
	double t1 = bench_now();
	uint64_t h = bench_hash_i64(BENCH_HASH_INIT, (const int64_t *)f, 3L * n);
	h = bench_hash_int(h, p, 3L * n);
	bench_checksum(h);
	bench_time(t0, t1);
	free(p);
	free(f);
	return 0;
}
