/* internal.h - private interfaces between the files of parc_rt.
 *
 * calibrate.c measures and caches the machine's costs; profit.c turns them
 * into decisions; schedule.c and parallelize.c share the team-size and
 * chunk helpers below.  Nothing here is exported from the shared library
 * (the library is built with hidden visibility; only PARC_RT_API symbols
 * are visible). */
#ifndef PARC_RT_INTERNAL_H
#define PARC_RT_INTERNAL_H

/* Cached costs for one team size, as measured by calibrate.c. */
typedef struct parc_rt_costs {
	double fork_join_ns; /* "fork_join_ns": empty parallel region, median */
	double unit_ns;      /* "unit_ns": one work unit */
} parc_rt_costs;

/* Returns the costs for a team of "threads" threads (>= 1), measuring them
 * on first use.  Thread-safe; later calls cost two atomic loads. */
parc_rt_costs parc_rt_costs_get(int threads);

/* PARC_MIN_WORK as read from the environment: the threshold, or -1 when
 * unset or invalid.  Read on first use and by parc_rt_reload_env. */
long long parc_rt_env_min_work(void);

/* Forgets profit.c's quick lower bound (after PARC_MIN_WORK changed). */
void parc_rt_quick_reset(void);

/* The team size that a clause expression evaluated now applies to: the
 * current team inside a parallel region, else parc_rt_threads(). */
int parc_rt_team_size(void);

/* ceil("n" / "parts"), clamped to [1, INT_MAX]; "parts" >= 1. */
long long parc_rt_chunk_of(long long n, long long parts);

#endif /* PARC_RT_INTERNAL_H */
