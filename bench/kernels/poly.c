/* poly.c - a degree-24 polynomial over every element (Horner's rule), in
 * 64-bit modular arithmetic: pure computation, no memory traffic.
 * bench-parallel: yes (elements are independent) */
#include "bench.h"

#define DEGREE 24

static void horner(long n, uint64_t *restrict out, const uint64_t *restrict x,
		   const uint64_t *restrict coef)
{
	for (long i = 0; i < n; i++) {
		uint64_t h = coef[0];
		for (int d = 1; d <= DEGREE; d++)
			h = h * x[i] + coef[d];
		out[i] = h;
	}
}

int main(int argc, char **argv)
{
	static const long sizes[] = { 20000, 2000000, 20000000 };
	int z = bench_size(argc, argv);
	long n = sizes[z];
	uint64_t *x = malloc(sizeof(uint64_t) * n), *out = malloc(sizeof(uint64_t) * n);
	uint64_t coef[DEGREE + 1];
	uint64_t seed = 7;
	for (int d = 0; d <= DEGREE; d++)
		coef[d] = ((uint64_t)bench_rand(&seed) << 32) | bench_rand(&seed);
	for (long i = 0; i < n; i++)
		x[i] = (uint64_t)i * 2654435761u + 1;
	double t0 = bench_now();
	horner(n, out, x, coef);
	double t1 = bench_now();
	bench_checksum(bench_hash_i64(BENCH_HASH_INIT, (const int64_t *)out, n));
	bench_time(t0, t1);
	free(x);
	free(out);
	return 0;
}
