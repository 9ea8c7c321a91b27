/* parallelize.c - parallel loops and sums as function calls.
 *
 * parc_parallelize runs a callback over an index range on the OpenMP
 * thread pool.  The callback's cost is unknown, so the range is handed out
 * dynamically in parc_rt_chunk-sized pieces.  The floating-point sum cuts
 * the range into blocks that depend on n alone and adds the block sums in
 * a fixed order, so its result does not depend on the thread count; the
 * integer sum is exact modulo 2^64, so any order gives the same result. */
#include "internal.h"
#include "parc_rt.h"

#include <assert.h>
#include <limits.h>
#include <omp.h>

/* Returns the threads to use for "n" items when "workers" are asked for
 * (<= 0: all available), never more than "n"; "n" >= 1. */
static int workers_for(long long n, int workers)
{
	int p = workers > 0 ? workers : parc_rt_threads();
	if ((long long)p > n)
		p = (int)n;
	return p;
}

void parc_parallelize_n(long long n, int workers, parc_rt_body fn, void *ctx)
{
	assert(fn);
	if (n <= 0)
		return;
	int p = workers_for(n, workers);
	if (p == 1) {
		for (long long i = 0; i < n; i++)
			fn(i, ctx);
		return;
	}
	long long chunk = parc_rt_chunk_of(n, (long long)p * PARC_RT_CHUNKS_PER_THREAD);
	/* Each i is one call; the calls share nothing through this function. */
#pragma omp parallel for num_threads(p) schedule(dynamic, chunk)
	for (long long i = 0; i < n; i++)
		fn(i, ctx);
}

void parc_parallelize(long long n, parc_rt_body fn, void *ctx)
{
	parc_parallelize_n(n, 0, fn, ctx);
}

/* Returns the first index of block "b" when [0, n) is cut into "nb"
 * blocks whose sizes differ by at most one (b in [0, nb]). */
static long long block_start(long long n, long long nb, long long b)
{
	long long base = n / nb, extra = n % nb;
	return b * base + (b < extra ? b : extra);
}

/* Returns the left-to-right sum of "fn" over [lo, hi). */
static double block_sum(parc_rt_term fn, void *ctx, long long lo, long long hi)
{
	double s = 0.0;
	for (long long i = lo; i < hi; i++)
		s += fn(i, ctx);
	return s;
}

/* Returns the pairwise sum of the "n" >= 1 values of "x": a fixed tree,
 * so the same values always give the same result. */
static double pairwise_sum(const double *x, long long n)
{
	if (n == 1)
		return x[0];
	long long h = n / 2;
	return pairwise_sum(x, h) + pairwise_sum(x + h, n - h);
}

double parc_reduce_sum(long long n, parc_rt_term fn, void *ctx)
{
	assert(fn);
	if (n <= 0)
		return 0.0;
	double part[PARC_RT_SUM_BLOCKS];
	long long nb = n < PARC_RT_SUM_BLOCKS ? n : PARC_RT_SUM_BLOCKS;
	int p = workers_for(nb, 0);
	/* Block b writes part[b] only; blocks are fixed by n, not by p. */
#pragma omp parallel for num_threads(p) schedule(dynamic, 1) if(p > 1)
	for (long long b = 0; b < nb; b++)
		part[b] = block_sum(fn, ctx, block_start(n, nb, b),
			block_start(n, nb, b + 1));
	return pairwise_sum(part, nb);
}

/* Returns the two's complement value of "u" without relying on the
 * implementation-defined conversion of out-of-range values. */
static long long from_twos(unsigned long long u)
{
	if (u <= (unsigned long long)LLONG_MAX)
		return (long long)u;
	return -(long long)(~u) - 1;
}

long long parc_reduce_sum_ll(long long n, parc_rt_term_ll fn, void *ctx)
{
	assert(fn);
	if (n <= 0)
		return 0;
	int p = workers_for(n, 0);
	long long chunk = parc_rt_chunk_of(n, (long long)p * PARC_RT_CHUNKS_PER_THREAD);
	unsigned long long s = 0; /* unsigned: wraps, in any order the same */
#pragma omp parallel for num_threads(p) schedule(dynamic, chunk) \
	reduction(+ : s) if(p > 1)
	for (long long i = 0; i < n; i++)
		s += (unsigned long long)fn(i, ctx);
	return from_twos(s);
}
