/* schedule.c - schedule kinds and chunk sizes for OpenMP loops.
 *
 * The chunk functions are meant for clause expressions such as
 * schedule(dynamic, parc_rt_chunk(n)).  OpenMP may evaluate such an
 * expression before forking or inside the new region, so the team size is
 * taken from the current team when called inside a region; either way the
 * result divides the loop among the threads that will run it. */
#include "internal.h"
#include "parc_rt.h"

#include <limits.h>
#include <omp.h>

int parc_rt_team_size(void)
{
	if (omp_in_parallel())
		return omp_get_num_threads();
	return parc_rt_threads();
}

long long parc_rt_chunk_of(long long n, long long parts)
{
	if (n <= 0 || parts < 1)
		return 1;
	long long c = n / parts + (n % parts != 0);
	return c > INT_MAX ? INT_MAX : c;
}

long long parc_rt_chunk(long long n)
{
	long long p = parc_rt_team_size();
	return parc_rt_chunk_of(n, p * PARC_RT_CHUNKS_PER_THREAD);
}

long long parc_rt_guided_chunk(long long n)
{
	long long p = parc_rt_team_size();
	return parc_rt_chunk_of(n, 4 * p * PARC_RT_CHUNKS_PER_THREAD);
}

long long parc_rt_static_chunk(long long n)
{
	return parc_rt_chunk(n);
}

/* Picks kind and chunk for "n" iterations of cost shape "cost" on a team
 * of "p" threads (the table in parc_rt.h). */
static void choose(long long n, int p, parc_rt_cost cost, parc_rt_sched *kind,
	long long *chunk)
{
	*kind = PARC_RT_SCHED_STATIC;
	if (n <= 0 || n <= p) {
		*chunk = 1;
		return;
	}
	if (p <= 1) {
		*chunk = parc_rt_chunk_of(n, 1);
		return;
	}
	switch (cost) {
	case PARC_RT_COST_UNIFORM:
		*chunk = parc_rt_chunk_of(n, p);
		return;
	case PARC_RT_COST_LINEAR:
		*chunk = parc_rt_static_chunk(n);
		return;
	case PARC_RT_COST_IRREGULAR:
		*kind = PARC_RT_SCHED_DYNAMIC;
		*chunk = parc_rt_chunk(n);
		return;
	case PARC_RT_COST_UNKNOWN:
	default:
		*kind = PARC_RT_SCHED_GUIDED;
		*chunk = parc_rt_guided_chunk(n);
		return;
	}
}

void parc_rt_schedule(long long n, parc_rt_cost cost, parc_rt_sched *kind,
	long long *chunk)
{
	parc_rt_sched k;
	long long c;
	choose(n, parc_rt_team_size(), cost, &k, &c);
	if (kind)
		*kind = k;
	if (chunk)
		*chunk = c;
}
