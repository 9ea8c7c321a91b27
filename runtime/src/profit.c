/* profit.c - is a loop worth running in parallel?
 *
 * Turns the costs measured by calibrate.c into a yes/no answer with the
 * model documented in parc_rt.h: the time parallel execution saves,
 * W * (1 - 1/q), must exceed PARC_RT_MARGIN fork/join costs.  The answer
 * is cheap after the first call (no lock, no allocation), because it is
 * meant for an OpenMP if() clause evaluated before every execution of a
 * loop. */
#include "internal.h"
#include "parc_rt.h"

#include <limits.h>
#include <omp.h>

/* A quick "no" for small loops, which parc's versioned loops ask before
 * every run: a total work below this is never worth a fork, whatever the
 * thread count.  It is PARC_MIN_WORK when that is set, else
 * FLOOR_BEFORE_MEASURING, raised to a quarter of the threshold once one is
 * measured (the fork/join cost grows with the thread count, so a quarter
 * leaves room for a cheaper team size asked for later).  The full test
 * costs about 13 ns (four OpenMP queries); this one, a load and a compare. */
/* Exported (parc_rt.h): generated code reads it inline, with a relaxed
 * atomic load, before calling parc_rt_worth at all.  0: not set yet
 * (every total passes the inline test, and the call sets it). */
long long parc_rt_floor = 0;

void parc_rt_quick_reset(void)
{
	__atomic_store_n(&parc_rt_floor, 0, __ATOMIC_RELAXED);
}

/* Work below PARC_RT_MIN_FLOOR (parc_rt.h) is never worth a fork, measured
 * or not, so a program whose loops are all that small never pays for the
 * measurement either (a few hundred microseconds, with the first start of
 * the thread pool). */
enum { FLOOR_BEFORE_MEASURING = PARC_RT_MIN_FLOOR };

int parc_rt_threads(void)
{
	/* A region started at the maximum active level gets one thread. */
	if (omp_get_active_level() >= omp_get_max_active_levels())
		return 1;
	int p = omp_get_max_threads();
	int limit = omp_get_thread_limit();
	if (limit > 0 && p > limit)
		p = limit;
	return p < 1 ? 1 : p;
}

/* Returns "iterations" * "work_per_iter" (a "work_per_iter" below 1
 * counting as 1), saturated at LLONG_MAX.  Assumes "iterations" >= 0. */
static long long total_work(long long iterations, long long work_per_iter)
{
	if (work_per_iter < 1)
		work_per_iter = 1;
	if (iterations > LLONG_MAX / work_per_iter)
		return LLONG_MAX;
	return iterations * work_per_iter;
}

/* Returns "x" rounded up to an integer, saturated at LLONG_MAX (x >= 0). */
static long long ceil_ll(double x)
{
	if (x >= (double)LLONG_MAX)
		return LLONG_MAX;
	long long v = (long long)x;
	return (double)v < x ? v + 1 : v;
}

int parc_rt_worth(long long iterations, long long work_per_iter)
{
	if (iterations < 2)
		return 0;
	long long total = total_work(iterations, work_per_iter);
	long long floor = __atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED);
	if (floor <= 0) {
		long long env = parc_rt_env_min_work();
		floor = env >= 0 ? env : FLOOR_BEFORE_MEASURING;
		__atomic_store_n(&parc_rt_floor, floor, __ATOMIC_RELAXED);
	}
	if (total < floor)
		return 0;
	int p = parc_rt_threads();
	if (p < 2)
		return 0;
	long long env = parc_rt_env_min_work();
	if (env >= 0)
		return total >= env;
	parc_rt_costs c = parc_rt_costs_get(p);
	long long quarter = ceil_ll(PARC_RT_MARGIN * c.fork_join_ns / c.unit_ns / 4);
	if (quarter > floor)
		__atomic_store_n(&parc_rt_floor, quarter, __ATOMIC_RELAXED);
	double q = iterations < p ? (double)iterations : (double)p;
	double saved = (double)total * c.unit_ns * (1.0 - 1.0 / q);
	return total >= PARC_RT_MIN_FLOOR && saved >= PARC_RT_MARGIN * c.fork_join_ns;
}

long long parc_rt_min_work(void)
{
	int p = parc_rt_threads();
	if (p < 2)
		return LLONG_MAX;
	long long env = parc_rt_env_min_work();
	if (env >= 0)
		return env;
	parc_rt_costs c = parc_rt_costs_get(p);
	/* W * u * (1 - 1/p) >= M * F  <=>  W >= M * F * p / ((p - 1) * u) */
	double w = PARC_RT_MARGIN * c.fork_join_ns * p / ((p - 1) * c.unit_ns);
	long long m = ceil_ll(w);
	return m < PARC_RT_MIN_FLOOR ? PARC_RT_MIN_FLOOR : m;
}
