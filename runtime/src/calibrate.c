/* calibrate.c - measures this machine once: the fork/join cost of an empty
 * parallel region and the cost of one work unit; reads PARC_MIN_WORK.
 *
 * Design: results are cached in static variables and published with
 * release/acquire atomics (double-checked locking), so that once measured,
 * a lookup takes no lock.  One mutex serializes all measuring: concurrent
 * first callers wait for one measurement instead of running several
 * parallel regions at once, which would only measure each other.  A
 * measured value is written once and never changed, so readers cannot see
 * it torn. */
#define _POSIX_C_SOURCE 200809L

#include "internal.h"
#include "parc_rt.h"

#include <errno.h>
#include <limits.h>
#include <omp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

enum {
	SLOTS = 256,         /* team sizes cached apart; larger ones share the last */
	FORK_SAMPLES = 15,   /* regions timed per team size, at most */
	FORK_MIN_SAMPLES = 3,/* ... and at least, whatever the time budget */
	UNIT_ITERS = 8192,   /* axpy iterations per repetition (see measure_unit) */
	UNIT_REPS = 5        /* repetitions; the fastest counts */
};

/* Time after which fork/join sampling stops once FORK_MIN_SAMPLES are in. */
static const double fork_budget_ns = 200000.0;

/* One cached fork/join cost; "fork_join_ns" is valid once "ready" is 1. */
typedef struct slot {
	_Atomic int ready;
	double fork_join_ns;
} slot;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static slot slots[SLOTS];
static _Atomic int unit_ready;      /* "unit_ns" is valid */
static double unit_ns;
static _Atomic int env_ready;       /* "env_value" has been read */
static _Atomic long long env_value = -1;

/* Returns a monotonic time stamp in nanoseconds. */
static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The work unit: a tenth of an iteration of "y[i] = a * x[i] + y[i]" over
 * arrays in the L1 cache, vectorized.  parc counts that iteration as 10
 * units (three accesses of 2, three operators, 1 for the iteration), and
 * such loops cost the least time per unit: measured on them, a threshold
 * keeps every short loop serial (bench smallloops.c was 30 times slower
 * than sequential with the unit of a dependent multiply-add chain, 1.4 ns,
 * where an axpy iteration takes well under 1 ns).  Loops that cost more
 * per unit (calls, divisions) are estimated low, so they go parallel only
 * when clearly long enough. */
enum { UNIT_LEN = 1024, UNIT_PER_ITER = 10 };

static void unit_axpy(double a, const double *restrict x, double *restrict y, int n)
{
#pragma omp simd
	for (int i = 0; i < n; i++)
		y[i] = a * x[i] + y[i];
}

/* Measures the cost of one work unit in nanoseconds: the fastest of
 * UNIT_REPS runs of UNIT_ITERS / UNIT_LEN passes over the arrays. */
static double measure_unit(void)
{
	volatile double seed = 1.0; /* unknown to the compiler */
	volatile double sink;
	static _Thread_local double x[UNIT_LEN], y[UNIT_LEN];
	for (int i = 0; i < UNIT_LEN; i++) {
		x[i] = seed + (double)i;
		y[i] = seed;
	}
	double a = seed * 0.5, best = -1.0;
	for (int r = 0; r < UNIT_REPS; r++) {
		double t0 = now_ns();
		for (int k = 0; k < UNIT_ITERS / UNIT_LEN; k++)
			unit_axpy(a, x, y, UNIT_LEN);
		double t = now_ns() - t0;
		if (best < 0.0 || t < best)
			best = t;
	}
	sink = y[UNIT_LEN / 2];
	(void)sink;
	double ns = best / ((double)UNIT_ITERS * UNIT_PER_ITER);
	return ns > 0.001 ? ns : 0.001; /* a clock too coarse must not give 0 */
}

/* Runs one empty parallel region of "threads" threads. */
static void empty_region(int threads)
{
#pragma omp parallel num_threads(threads)
	{
		(void)omp_get_thread_num();
	}
}

/* Sorts the "n" values of "x" in place (n is tiny: insertion sort). */
static void sort_small(double *x, int n)
{
	for (int i = 1; i < n; i++) {
		double v = x[i];
		int j = i;
		for (; j > 0 && x[j - 1] > v; j--)
			x[j] = x[j - 1];
		x[j] = v;
	}
}

/* Measures the fork/join cost of an empty region of "threads" threads:
 * one untimed region first (it may create the threads), then the median
 * of up to FORK_SAMPLES timed regions, within about fork_budget_ns. */
static double measure_fork_join(int threads)
{
	double samples[FORK_SAMPLES];
	int n = 0;
	empty_region(threads);
	double start = now_ns();
	while (n < FORK_SAMPLES) {
		double t0 = now_ns();
		empty_region(threads);
		double t1 = now_ns();
		samples[n++] = t1 - t0;
		if (n >= FORK_MIN_SAMPLES && t1 - start > fork_budget_ns)
			break;
	}
	sort_small(samples, n);
	return samples[n / 2];
}

/* Measures the work unit if nobody has yet.  Caller holds "lock". */
static void fill_unit_locked(void)
{
	if (atomic_load_explicit(&unit_ready, memory_order_relaxed))
		return;
	unit_ns = measure_unit();
	atomic_store_explicit(&unit_ready, 1, memory_order_release);
}

/* Makes sure the work unit is measured. */
static void ensure_unit(void)
{
	if (atomic_load_explicit(&unit_ready, memory_order_acquire))
		return;
	pthread_mutex_lock(&lock);
	fill_unit_locked();
	pthread_mutex_unlock(&lock);
}

/* Returns the slot caching team size "threads". */
static slot *slot_for(int threads)
{
	if (threads < 1)
		threads = 1;
	return &slots[threads < SLOTS ? threads : SLOTS - 1];
}

parc_rt_costs parc_rt_costs_get(int threads)
{
	slot *s = slot_for(threads);
	if (!atomic_load_explicit(&s->ready, memory_order_acquire)) {
		pthread_mutex_lock(&lock);
		fill_unit_locked(); /* published before any slot is */
		if (!atomic_load_explicit(&s->ready, memory_order_relaxed)) {
			s->fork_join_ns = measure_fork_join(threads < 1 ? 1 : threads);
			atomic_store_explicit(&s->ready, 1, memory_order_release);
		}
		pthread_mutex_unlock(&lock);
	}
	parc_rt_costs c = { s->fork_join_ns, unit_ns };
	return c;
}

double parc_rt_fork_join_ns(int threads)
{
	return parc_rt_costs_get(threads).fork_join_ns;
}

double parc_rt_unit_ns(void)
{
	ensure_unit();
	return unit_ns;
}

/* Parses a PARC_MIN_WORK value: a non-negative decimal integer, values
 * beyond LLONG_MAX saturating.  Returns -1 for NULL or anything else. */
static long long parse_min_work(const char *s)
{
	if (!s || *s < '0' || *s > '9')
		return -1;
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (*end != '\0')
		return -1;
	if (errno == ERANGE)
		return LLONG_MAX;
	return v;
}

/* Reads PARC_MIN_WORK into "env_value".  Caller holds "lock". */
static void read_env_locked(void)
{
	atomic_store_explicit(&env_value, parse_min_work(getenv("PARC_MIN_WORK")),
		memory_order_relaxed);
	atomic_store_explicit(&env_ready, 1, memory_order_release);
}

long long parc_rt_env_min_work(void)
{
	if (!atomic_load_explicit(&env_ready, memory_order_acquire)) {
		pthread_mutex_lock(&lock);
		if (!atomic_load_explicit(&env_ready, memory_order_relaxed))
			read_env_locked();
		pthread_mutex_unlock(&lock);
	}
	return atomic_load_explicit(&env_value, memory_order_relaxed);
}

void parc_rt_reload_env(void)
{
	pthread_mutex_lock(&lock);
	read_env_locked();
	pthread_mutex_unlock(&lock);
	parc_rt_quick_reset();
}
