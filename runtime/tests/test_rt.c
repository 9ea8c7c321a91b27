/* test_rt.c - tests of every parc_rt function.
 *
 * Table-driven where the answer is a number (one named row per case);
 * property checks (each index exactly once, same sum as a sequential loop,
 * same result for every thread count) where it is not.  Prints one line per
 * failure and a final "N passed, M failed"; exits 1 if anything failed.
 *
 * Usage: test_rt [--expect-min-work N]
 *   --expect-min-work N   the process was started with PARC_MIN_WORK set:
 *                         check that the first call already honours N. */
#define _POSIX_C_SOURCE 200809L

#include "parc_rt.h"

#include <limits.h>
#include <math.h>
#include <omp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int passed, failed;

/* Records one check named "name"; prints it when "ok" is false. */
static void check(int ok, const char *name, const char *what, int line)
{
	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL %s: %s (test_rt.c:%d)\n", name, what, line);
}
#define CHECK(name, cond) check((cond) != 0, (name), #cond, __LINE__)

/* Returns a monotonic time stamp in seconds. */
static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Returns the CPU time of the calling thread in seconds: unlike wall time,
 * it does not grow while other processes hold the CPUs. */
static double thread_cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* ---- calibration: concurrent first use, cost, caching ---------------- */

typedef struct calib_result {
	double fork_ns, unit_ns;
} calib_result;

/* Thread body: asks for the measured costs of a 2-thread team. */
static void *calib_thread(void *arg)
{
	calib_result *r = arg;
	r->fork_ns = parc_rt_fork_join_ns(2);
	r->unit_ns = parc_rt_unit_ns();
	return NULL;
}

/* Must run first: four threads trigger the lazy measurement at once; all
 * must see the same cached values.  Timing is only printed, and bounded
 * loosely: on a machine shared with other work, a fork/join waits for the
 * scheduler (milliseconds), and no bound on time is both tight and safe. */
static void test_calibration(void)
{
	enum { T = 4 };
	pthread_t th[T];
	calib_result r[T];
	double t0 = now_s();
	for (int i = 0; i < T; i++)
		pthread_create(&th[i], NULL, calib_thread, &r[i]);
	for (int i = 0; i < T; i++)
		pthread_join(th[i], NULL);
	double first = now_s() - t0;
	printf("calibration: fork/join(2) %.0f ns, unit %.3f ns, first use %.0f us\n",
		r[0].fork_ns, r[0].unit_ns, first * 1e6);
	for (int i = 1; i < T; i++) {
		CHECK("calib-1.1", r[i].fork_ns == r[0].fork_ns);
		CHECK("calib-1.2", r[i].unit_ns == r[0].unit_ns);
	}
	CHECK("calib-2.1", r[0].unit_ns > 0.0 && r[0].unit_ns < 1000.0);
	/* Sanity bounds only (a hang, a clock gone wrong). */
	CHECK("calib-2.2", r[0].fork_ns > 0.0 && r[0].fork_ns < 1e10);
	CHECK("calib-3.1", first < 30.0);
	CHECK("calib-3.2", parc_rt_fork_join_ns(2) == r[0].fork_ns);
	CHECK("calib-3.3", parc_rt_fork_join_ns(1) > 0.0);
	CHECK("calib-3.4", parc_rt_fork_join_ns(0) == parc_rt_fork_join_ns(1));
}

/* Once measured, a decision must be cheap enough for an if() clause.
 * Measured in thread CPU time, so that other processes do not count. */
static void test_worth_cost(void)
{
	enum { CALLS = 100000 };
	omp_set_num_threads(2);
	volatile int sink = parc_rt_worth(1000, 10);
	double t0 = thread_cpu_s();
	for (int i = 0; i < CALLS; i++)
		sink += parc_rt_worth(1000 + i, 10);
	double per_call = (thread_cpu_s() - t0) / CALLS;
	printf("parc_rt_worth: %.0f ns per call; min work %lld units\n",
		per_call * 1e9, parc_rt_min_work());
	CHECK("cost-1.1", per_call < 2e-6);
	(void)sink;
}

/* ---- threads --------------------------------------------------------- */

static void test_threads(void)
{
	int saved_levels = omp_get_max_active_levels();
	CHECK("threads-1.1", parc_rt_threads() == omp_get_max_threads());
	omp_set_num_threads(3);
	CHECK("threads-1.2", parc_rt_threads() == 3);
	omp_set_max_active_levels(1);
	int inner = -1;
#pragma omp parallel num_threads(2)
	{
#pragma omp single
		inner = parc_rt_threads();
	}
	CHECK("threads-2.1", inner == 1);
	omp_set_max_active_levels(saved_levels);
}

/* ---- profitability, measured threshold ------------------------------- */

typedef struct worth_row {
	const char *name;
	long long iterations, work;
	int expect;
} worth_row;

/* Rows whose answer does not depend on the machine (2 threads): a "yes"
 * row has at least 10^11 work units (over 100 s of work), a "no" row at
 * most 16 units, which no fork/join cost on any machine turns around. */
static const worth_row worth_fixed[] = {
	{ "worth-1.1", 0, 1000000000LL, 0 },
	{ "worth-1.2", 1, 1000000000000LL, 0 },
	{ "worth-1.3", -5, 100, 0 },
	{ "worth-1.4", LLONG_MIN, LLONG_MAX, 0 },
	{ "worth-1.5", LLONG_MAX, LLONG_MAX, 1 },
	{ "worth-1.6", 1000000000LL, 100, 1 },
	{ "worth-1.7", 2, 1, 0 },
	{ "worth-1.8", 16, 1, 0 },
	{ "worth-1.9", 100000000000LL, 0, 1 },
};

/* Checks the measured model: fixed rows, the threshold boundary, that
 * more work never turns a yes into a no, that work_per_iter < 1 counts as
 * 1, and that one thread or a nested region means no. */
static void test_worth_measured(void)
{
	omp_set_num_threads(2);
	for (size_t i = 0; i < sizeof worth_fixed / sizeof *worth_fixed; i++) {
		const worth_row *r = &worth_fixed[i];
		CHECK(r->name, !!parc_rt_worth(r->iterations, r->work) == r->expect);
	}
	long long m = parc_rt_min_work();
	CHECK("worth-2.1", m > 2 && m < LLONG_MAX);
	CHECK("worth-2.2", parc_rt_worth(m + 1, 1));
	CHECK("worth-2.3", m < 4 || !parc_rt_worth(m - 2, 1));
	CHECK("worth-2.4", parc_rt_worth(2, m));
	int seen_yes = 0, monotone = 1;
	for (long long n = 2; n < (1LL << 40); n = n * 3 / 2 + 1) {
		int w = parc_rt_worth(n, 3);
		monotone &= !(seen_yes && !w);
		seen_yes |= w;
	}
	CHECK("worth-3.1", monotone && seen_yes);
	for (long long n = 2; n < (1LL << 30); n *= 7) {
		CHECK("worth-4.1", parc_rt_worth(n, 0) == parc_rt_worth(n, 1));
		CHECK("worth-4.2", parc_rt_worth(n, -7) == parc_rt_worth(n, 1));
	}
	omp_set_num_threads(1);
	CHECK("worth-5.1", !parc_rt_worth(1LL << 40, 1LL << 20));
	CHECK("worth-5.2", parc_rt_min_work() == LLONG_MAX);
	omp_set_num_threads(2);
	int saved_levels = omp_get_max_active_levels(), inner = -1;
	omp_set_max_active_levels(1);
#pragma omp parallel num_threads(2)
	{
#pragma omp single
		inner = parc_rt_worth(1LL << 40, 1LL << 20);
	}
	CHECK("worth-5.3", inner == 0);
	omp_set_max_active_levels(saved_levels);
	/* parc_rt_floor: set by the calls above, a lower bound of the answer
	 * (what generated code tests inline), at most the threshold. */
	long long fl = __atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED);
	CHECK("floor-1.1", fl > 0 && fl <= m);
	CHECK("floor-1.2", !parc_rt_worth(fl - 1, 1));
	CHECK("floor-1.3", !parc_rt_worth(2, fl / 2 - 1));
}

/* ---- profitability, PARC_MIN_WORK ------------------------------------ */

typedef struct env_row {
	const char *name;
	const char *value;  /* PARC_MIN_WORK, NULL: unset */
	long long iterations, work;
	int expect;
} env_row;

static const env_row env_rows[] = {
	{ "env-1.1", "1000", 10, 100, 1 },
	{ "env-1.2", "1000", 10, 99, 0 },
	{ "env-1.3", "1000", 1000, 1, 1 },
	{ "env-1.4", "1000", 999, 1, 0 },
	{ "env-1.5", "1000", 1, 5000, 0 },
	{ "env-1.6", "1000", 2, 500, 1 },
	{ "env-1.7", "1000", 2, 499, 0 },
	{ "env-1.8", "1000", 1000, 0, 1 },
	{ "env-1.9", "1000", 999, -3, 0 },
	{ "env-2.1", "0", 2, 1, 1 },
	{ "env-2.2", "0", 1, 1, 0 },
	{ "env-2.3", "0", 0, 0, 0 },
	{ "env-2.4", "0", -4, 1, 0 },
	{ "env-3.1", "99999999999999999999", LLONG_MAX, LLONG_MAX, 1 },
	{ "env-3.2", "99999999999999999999", 1000000000LL, 1000000000LL, 0 },
	{ "env-3.3", "9223372036854775807", 1LL << 32, 1LL << 31, 1 },
	{ "env-3.4", "9223372036854775807", 1LL << 31, 1LL << 31, 0 },
};

/* Values that are not non-negative integers: ignored. */
static const char *const env_invalid[] = {
	"", "abc", "-5", "12x", " 12", "+12", "1e6",
};

/* Sets or unsets PARC_MIN_WORK and tells the runtime. */
static void set_min_work(const char *value)
{
	if (value)
		setenv("PARC_MIN_WORK", value, 1);
	else
		unsetenv("PARC_MIN_WORK");
	parc_rt_reload_env();
}

static void test_env(void)
{
	omp_set_num_threads(2);
	set_min_work(NULL);
	long long measured = parc_rt_min_work();
	for (size_t i = 0; i < sizeof env_rows / sizeof *env_rows; i++) {
		const env_row *r = &env_rows[i];
		set_min_work(r->value);
		CHECK(r->name, !!parc_rt_worth(r->iterations, r->work) == r->expect);
	}
	set_min_work("1000");
	CHECK("env-4.1", parc_rt_min_work() == 1000);
	omp_set_num_threads(1);
	CHECK("env-4.2", !parc_rt_worth(1000000, 1000));
	CHECK("env-4.3", parc_rt_min_work() == LLONG_MAX);
	omp_set_num_threads(2);
	for (size_t i = 0; i < sizeof env_invalid / sizeof *env_invalid; i++) {
		set_min_work(env_invalid[i]);
		CHECK("env-5.1", parc_rt_min_work() == measured);
	}
	set_min_work(NULL);
	CHECK("env-5.2", parc_rt_min_work() == measured);
}

/* The process was started with PARC_MIN_WORK="expect": the first use must
 * read it without parc_rt_reload_env. */
static void test_env_at_start(long long expect)
{
	omp_set_num_threads(2);
	CHECK("env-start-1.1", parc_rt_min_work() == expect);
	CHECK("env-start-1.2", parc_rt_worth(2, (expect + 1) / 2));
	CHECK("env-start-1.3", expect < 4 || !parc_rt_worth(2, expect / 2 - 1));
}

/* ---- schedule -------------------------------------------------------- */

typedef struct sched_row {
	const char *name;
	long long n;
	parc_rt_cost cost;
	int threads;
	parc_rt_sched kind;
	long long chunk;
} sched_row;

static const sched_row sched_rows[] = {
	{ "sched-1.1", 100, PARC_RT_COST_UNIFORM, 4, PARC_RT_SCHED_STATIC, 25 },
	{ "sched-1.2", 101, PARC_RT_COST_UNIFORM, 4, PARC_RT_SCHED_STATIC, 26 },
	{ "sched-1.3", 1000, PARC_RT_COST_LINEAR, 4, PARC_RT_SCHED_STATIC, 32 },
	{ "sched-1.4", 1000, PARC_RT_COST_IRREGULAR, 4, PARC_RT_SCHED_DYNAMIC, 32 },
	{ "sched-1.5", 1000, PARC_RT_COST_UNKNOWN, 4, PARC_RT_SCHED_GUIDED, 8 },
	{ "sched-1.6", 100, PARC_RT_COST_IRREGULAR, 7, PARC_RT_SCHED_DYNAMIC, 2 },
	{ "sched-1.7", 10, PARC_RT_COST_IRREGULAR, 2, PARC_RT_SCHED_DYNAMIC, 1 },
	{ "sched-2.1", 3, PARC_RT_COST_UNIFORM, 4, PARC_RT_SCHED_STATIC, 1 },
	{ "sched-2.2", 4, PARC_RT_COST_IRREGULAR, 4, PARC_RT_SCHED_STATIC, 1 },
	{ "sched-2.3", 1, PARC_RT_COST_UNKNOWN, 1, PARC_RT_SCHED_STATIC, 1 },
	{ "sched-2.4", 0, PARC_RT_COST_UNIFORM, 4, PARC_RT_SCHED_STATIC, 1 },
	{ "sched-2.5", -3, PARC_RT_COST_IRREGULAR, 4, PARC_RT_SCHED_STATIC, 1 },
	{ "sched-3.1", 1000, PARC_RT_COST_UNIFORM, 1, PARC_RT_SCHED_STATIC, 1000 },
	{ "sched-3.2", 1000, PARC_RT_COST_IRREGULAR, 1, PARC_RT_SCHED_STATIC, 1000 },
	{ "sched-4.1", LLONG_MAX, PARC_RT_COST_UNIFORM, 4, PARC_RT_SCHED_STATIC, INT_MAX },
	{ "sched-4.2", LLONG_MAX, PARC_RT_COST_IRREGULAR, 2, PARC_RT_SCHED_DYNAMIC, INT_MAX },
	{ "sched-4.3", 1LL << 40, PARC_RT_COST_UNKNOWN, 2, PARC_RT_SCHED_GUIDED, 1LL << 34 > INT_MAX ? INT_MAX : 1LL << 34 },
};

typedef struct chunk_row {
	const char *name;
	long long n;
	int threads;
	long long dynamic, guided;
} chunk_row;

static const chunk_row chunk_rows[] = {
	{ "chunk-1.1", -1, 2, 1, 1 },
	{ "chunk-1.2", 0, 2, 1, 1 },
	{ "chunk-1.3", 1, 2, 1, 1 },
	{ "chunk-1.4", 16, 2, 1, 1 },
	{ "chunk-1.5", 17, 2, 2, 1 },
	{ "chunk-1.6", 6400, 2, 400, 100 },
	{ "chunk-1.7", 6400, 5, 160, 40 },
	{ "chunk-1.8", LLONG_MAX, 3, INT_MAX, INT_MAX },
};

static void test_schedule(void)
{
	for (size_t i = 0; i < sizeof sched_rows / sizeof *sched_rows; i++) {
		const sched_row *r = &sched_rows[i];
		parc_rt_sched kind = 0;
		long long chunk = 0;
		omp_set_num_threads(r->threads);
		parc_rt_schedule(r->n, r->cost, &kind, &chunk);
		CHECK(r->name, kind == r->kind && chunk == r->chunk);
	}
	for (size_t i = 0; i < sizeof chunk_rows / sizeof *chunk_rows; i++) {
		const chunk_row *r = &chunk_rows[i];
		omp_set_num_threads(r->threads);
		CHECK(r->name, parc_rt_chunk(r->n) == r->dynamic &&
			parc_rt_guided_chunk(r->n) == r->guided &&
			parc_rt_static_chunk(r->n) == r->dynamic);
	}
	parc_rt_schedule(1000, PARC_RT_COST_UNIFORM, NULL, NULL);
	long long only_chunk = 0;
	omp_set_num_threads(2);
	parc_rt_schedule(1000, PARC_RT_COST_UNIFORM, NULL, &only_chunk);
	CHECK("sched-5.1", only_chunk == 500);
	/* Inside a region, the current team counts: 3 threads here. */
	long long inner = 0;
	omp_set_num_threads(1);
#pragma omp parallel num_threads(3)
	{
#pragma omp single
		inner = parc_rt_chunk(2400);
	}
	CHECK("sched-5.2", inner == 100);
}

/* The chunk functions in real clauses, with if(parc_rt_worth(...)): each
 * loop must compute what a sequential loop computes. */
static void test_clauses(void)
{
	enum { N = 100003 };
	static long long a[N];
	long long expect = 0;
	for (long long i = 0; i < N; i++)
		expect += i * 3 - 7;
	for (int p = 1; p <= 7; p++) {
		omp_set_num_threads(p);
		long long s1 = 0, s2 = 0, s3 = 0;
		long long n = N;
#pragma omp parallel for schedule(dynamic, parc_rt_chunk(n)) if(parc_rt_worth(n, 2))
		for (long long i = 0; i < n; i++)
			a[i] = i * 3 - 7;
#pragma omp parallel for schedule(guided, parc_rt_guided_chunk(n)) reduction(+ : s1)
		for (long long i = 0; i < n; i++)
			s1 += a[i];
#pragma omp parallel for schedule(static, parc_rt_static_chunk(n)) reduction(+ : s2)
		for (int i = 0; i < (int)n; i++)
			s2 += a[i];
#pragma omp parallel for schedule(dynamic, parc_rt_chunk(n)) reduction(+ : s3)
		for (unsigned i = 0; i < (unsigned)n; i++)
			s3 += a[i];
		CHECK("clause-1.1", s1 == expect && s2 == expect && s3 == expect);
	}
}

/* ---- parallelize ----------------------------------------------------- */

enum { MAX_N = 100003 };

/* What a body saw: per-index call counts, the team, the calling thread. */
typedef struct visit_ctx {
	atomic_int *count;      /* "count": calls per index, MAX_N entries */
	atomic_int calls;       /* "calls": all calls */
	atomic_int max_team;    /* "max_team": largest omp_get_num_threads() */
	atomic_int in_order;    /* "in_order": 0 once i arrived out of order */
	atomic_llong last;      /* "last": previous i, for the order check */
	pthread_t caller;       /* "caller": thread that called parallelize */
	atomic_int off_caller;  /* "off_caller": calls on other threads */
} visit_ctx;

/* Body: records the call for index "i". */
static void visit(long long i, void *p)
{
	visit_ctx *c = p;
	atomic_fetch_add(&c->count[i], 1);
	atomic_fetch_add(&c->calls, 1);
	int team = omp_get_num_threads();
	int seen = atomic_load(&c->max_team);
	while (team > seen && !atomic_compare_exchange_weak(&c->max_team, &seen, team))
		;
	if (atomic_exchange(&c->last, i) >= i)
		atomic_store(&c->in_order, 0);
	if (!pthread_equal(pthread_self(), c->caller))
		atomic_store(&c->off_caller, 1);
}

/* Resets "c" for a new run. */
static void visit_reset(visit_ctx *c)
{
	for (long long i = 0; i < MAX_N; i++)
		atomic_store(&c->count[i], 0);
	atomic_store(&c->calls, 0);
	atomic_store(&c->max_team, 0);
	atomic_store(&c->in_order, 1);
	atomic_store(&c->last, -1);
	atomic_store(&c->off_caller, 0);
	c->caller = pthread_self();
}

/* Returns 1 if every index in [0, n) was visited exactly once and no other
 * call was made. */
static int visited_once(visit_ctx *c, long long n)
{
	long long expect = n > 0 ? n : 0;
	if (atomic_load(&c->calls) != expect)
		return 0;
	for (long long i = 0; i < expect; i++)
		if (atomic_load(&c->count[i]) != 1)
			return 0;
	return 1;
}

static const long long par_sizes[] = { -5, -1, 0, 1, 2, 3, 17, 1000, MAX_N };

static void test_parallelize(visit_ctx *c)
{
	char name[64];
	for (int p = 1; p <= 4; p++) {
		omp_set_num_threads(p);
		for (size_t k = 0; k < sizeof par_sizes / sizeof *par_sizes; k++) {
			long long n = par_sizes[k];
			visit_reset(c);
			parc_parallelize(n, visit, c);
			snprintf(name, sizeof name, "par-1.%d.%lld", p, n);
			CHECK(name, visited_once(c, n));
			CHECK(name, atomic_load(&c->max_team) <= p);
		}
	}
}

static const int worker_counts[] = { -1, 0, 1, 2, 3, 4, 5, 6, 7 };
static const long long worker_sizes[] = { -3, 0, 1, 5, 64, 10007 };

/* Checks one parc_parallelize_n run of "n" on "w" workers. */
static void check_workers(visit_ctx *c, long long n, int w)
{
	char name[64];
	snprintf(name, sizeof name, "workers-%d.%lld", w, n);
	CHECK(name, visited_once(c, n));
	int team = atomic_load(&c->max_team);
	if (n <= 0)
		return;
	long long want = w > 0 ? w : omp_get_max_threads();
	if (want > n)
		want = n;
	if (!omp_get_dynamic())
		CHECK(name, team == want);
	CHECK(name, team <= want);
	if (w == 1 || n == 1)
		CHECK(name, atomic_load(&c->in_order) && !atomic_load(&c->off_caller));
}

static void test_parallelize_n(visit_ctx *c)
{
	omp_set_num_threads(2);
	for (size_t a = 0; a < sizeof worker_counts / sizeof *worker_counts; a++)
		for (size_t b = 0; b < sizeof worker_sizes / sizeof *worker_sizes; b++) {
			visit_reset(c);
			parc_parallelize_n(worker_sizes[b], worker_counts[a], visit, c);
			check_workers(c, worker_sizes[b], worker_counts[a]);
		}
}

/* ---- reductions ------------------------------------------------------ */

/* Integer-valued terms: every partial sum is exact. */
static double term_int(long long i, void *ctx)
{
	(void)ctx;
	return (double)(i % 7 - 3);
}

/* Terms whose sum rounds: only the same order gives the same bits. */
static double term_harmonic(long long i, void *ctx)
{
	const double *scale = ctx;
	return *scale / (double)(i + 1);
}

/* Returns the left-to-right sum of "fn" over [0, n). */
static double seq_sum(long long n, parc_rt_term fn, void *ctx)
{
	double s = 0.0;
	for (long long i = 0; i < n; i++)
		s += fn(i, ctx);
	return s;
}

static const long long sum_sizes[] = { -3, 0, 1, 2, 1023, 1024, 1025, 4097, MAX_N };

static void test_reduce_sum(void)
{
	char name[64];
	double scale = 1.5;
	for (size_t k = 0; k < sizeof sum_sizes / sizeof *sum_sizes; k++) {
		long long n = sum_sizes[k];
		double exact = seq_sum(n, term_int, NULL);
		double harm = seq_sum(n, term_harmonic, &scale);
		omp_set_num_threads(1);
		double first = parc_reduce_sum(n, term_harmonic, &scale);
		for (int p = 1; p <= 7; p++) {
			omp_set_num_threads(p);
			snprintf(name, sizeof name, "sum-1.%d.%lld", p, n);
			CHECK(name, parc_reduce_sum(n, term_int, NULL) == exact);
			double h = parc_reduce_sum(n, term_harmonic, &scale);
			snprintf(name, sizeof name, "sum-2.%d.%lld", p, n);
			CHECK(name, fabs(h - harm) <= 1e-12 * fabs(harm));
			snprintf(name, sizeof name, "sum-3.%d.%lld", p, n);
			CHECK(name, memcmp(&h, &first, sizeof h) == 0);
		}
	}
}

/* Integer terms with a wide range of values. */
static long long term_ll(long long i, void *ctx)
{
	(void)ctx;
	return i * i % 1000003 - 500000;
}

/* Terms that overflow a signed sum: "ctx" points to the value. */
static long long term_const(long long i, void *ctx)
{
	(void)i;
	return *(const long long *)ctx;
}

/* Returns the sequential sum modulo 2^64 as the runtime defines it. */
static long long seq_sum_ll(long long n, parc_rt_term_ll fn, void *ctx)
{
	unsigned long long s = 0;
	for (long long i = 0; i < n; i++)
		s += (unsigned long long)fn(i, ctx);
	return s <= LLONG_MAX ? (long long)s : -(long long)~s - 1;
}

typedef struct wrap_row {
	const char *name;
	long long n, value, expect;
} wrap_row;

static const wrap_row wrap_rows[] = {
	{ "sumll-2.1", 2, LLONG_MAX, -2 },
	{ "sumll-2.2", 3, LLONG_MAX, LLONG_MAX - 2 },
	{ "sumll-2.3", 2, LLONG_MIN, 0 },
	{ "sumll-2.4", 1, LLONG_MIN, LLONG_MIN },
	{ "sumll-2.5", 1000, -1, -1000 },
	{ "sumll-2.6", 0, 5, 0 },
	{ "sumll-2.7", -7, 5, 0 },
};

static void test_reduce_sum_ll(void)
{
	char name[64];
	for (size_t k = 0; k < sizeof sum_sizes / sizeof *sum_sizes; k++) {
		long long n = sum_sizes[k];
		long long expect = seq_sum_ll(n, term_ll, NULL);
		for (int p = 1; p <= 7; p++) {
			omp_set_num_threads(p);
			snprintf(name, sizeof name, "sumll-1.%d.%lld", p, n);
			CHECK(name, parc_reduce_sum_ll(n, term_ll, NULL) == expect);
		}
	}
	for (size_t k = 0; k < sizeof wrap_rows / sizeof *wrap_rows; k++) {
		const wrap_row *r = &wrap_rows[k];
		long long v = r->value;
		for (int p = 1; p <= 4; p++) {
			omp_set_num_threads(p);
			CHECK(r->name, parc_reduce_sum_ll(r->n, term_const, &v) == r->expect);
		}
	}
}

/* The helpers called from inside a parallel region: each outer thread runs
 * its own (nested, normally serialized) sum. */
static void test_nested(void)
{
	long long expect = seq_sum_ll(5000, term_ll, NULL);
	double expect_d = seq_sum(5000, term_int, NULL);
	int bad = 0;
	omp_set_num_threads(2);
#pragma omp parallel num_threads(2) reduction(+ : bad)
	{
		bad += parc_reduce_sum_ll(5000, term_ll, NULL) != expect;
		bad += parc_reduce_sum(5000, term_int, NULL) != expect_d;
	}
	CHECK("nested-1.1", bad == 0);
}

int main(int argc, char **argv)
{
	long long expect_env = -1;
	if (argc == 3 && strcmp(argv[1], "--expect-min-work") == 0)
		expect_env = atoll(argv[2]);
	else if (argc != 1) {
		fprintf(stderr, "usage: test_rt [--expect-min-work N]\n");
		return 2;
	}
	if (expect_env >= 0) {
		test_env_at_start(expect_env);
	} else {
		test_calibration();
		test_worth_cost();
	}
	static atomic_int counts[MAX_N];
	visit_ctx c = { .count = counts };
	int saved = omp_get_max_threads();
	test_threads();
	omp_set_num_threads(saved);
	if (expect_env < 0) {
		test_worth_measured();
		test_env();
	}
	test_schedule();
	test_clauses();
	test_parallelize(&c);
	test_parallelize_n(&c);
	test_reduce_sum();
	test_reduce_sum_ll();
	test_nested();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
