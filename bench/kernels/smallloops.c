/* smallloops.c - short vector operations called very many times, with
 * lengths from 16 to 1000: each loop alone is too short to be worth a
 * fork/join.
 * bench-parallel: yes (each loop is parallel; whether that pays is the
 * question this kernel asks) */
#include "bench.h"

#define MAXLEN 1000

static double X[MAXLEN], Y[MAXLEN], Z[MAXLEN];

static void axpy(int n, double a, const double *restrict x, double *restrict y)
{
	for (int i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

static void diff(int n, const double *restrict x, const double *restrict y,
		 double *restrict z)
{
	for (int i = 0; i < n; i++)
		z[i] = y[i] - x[i];
}

int main(int argc, char **argv)
{
	static const int lengths[] = { 16, 24, 32, 50, 64, 100, 128, 200, 256, 500, 1000 };
	static const long calls[] = { 2000, 20000, 200000 };
	int z = bench_size(argc, argv);
	for (int i = 0; i < MAXLEN; i++) {
		X[i] = (double)(i % 9 - 4);
		Y[i] = 0.0;
	}
	double t0 = bench_now();
	for (long c = 0; c < calls[z]; c++) {
		int n = lengths[c % 11];
		axpy(n, 0.5, X, Y);
		diff(n, X, Y, Z);
	}
	double t1 = bench_now();
	uint64_t h = bench_hash_f64(BENCH_HASH_INIT, Y, MAXLEN);
	h = bench_hash_f64(h, Z, MAXLEN);
	bench_checksum(h);
	bench_time(t0, t1);
	return 0;
}
