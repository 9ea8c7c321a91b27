/* parc_rt.h - the parc runtime: profitability, scheduling and parallel
 * helpers on top of OpenMP.
 *
 * Code written by parc (and by hand) calls these functions from OpenMP
 * clause expressions and from ordinary C:
 *
 *     #pragma omp parallel for if(parc_rt_worth(n, 12)) \
 *             schedule(dynamic, parc_rt_chunk(n))
 *     for (long i = 0; i < n; i++) ...
 *
 *     parc_parallelize(n, body, &ctx);
 *     double s = parc_reduce_sum(n, term, &ctx);
 *
 * Design: everything runs on the one OpenMP thread pool of the process
 * (libgomp with gcc, libomp with clang); the runtime starts no threads of
 * its own.  It allocates nothing on the heap and never takes ownership of a
 * caller's "ctx" pointer: it only passes it back to the caller's function.
 * Every function may be called from any thread, at any time, also from
 * inside a parallel region.
 *
 * Link with -lparc_rt and the compiler's OpenMP flag (pkg-config parc_rt). */
#ifndef PARC_RT_H
#define PARC_RT_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define PARC_RT_API __attribute__((visibility("default")))
#else
#define PARC_RT_API
#endif

#define PARC_RT_VERSION_MAJOR 0
#define PARC_RT_VERSION_MINOR 1
#define PARC_RT_VERSION_PATCH 0

/* ------------------------------------------------------------------------
 * Profitability
 *
 * The model.  A loop of "iterations" iterations whose body costs
 * "work_per_iter" work units runs serially in W = iterations *
 * work_per_iter * u nanoseconds, where u is the measured cost of one work
 * unit.  In parallel on a team of P threads, of which q = min(P, iterations)
 * get an iteration, it takes about F(P) + W / q, where F(P) is the measured
 * fork/join cost of an empty parallel region with P threads.  Parallel wins
 * when the time saved, W * (1 - 1/q), exceeds F(P); the runtime asks for a
 * margin of PARC_RT_MARGIN times F(P), to cover load imbalance, threads
 * that must be woken after a serial phase, and memory bandwidth that does
 * not grow with P:
 *
 *     worth  <=>  W * (1 - 1/q) >= PARC_RT_MARGIN * F(P)
 *
 * One work unit is a tenth of one iteration of "y[i] = a * x[i] + y[i]"
 * over arrays in the L1 cache, vectorized (parc counts that iteration as
 * 10 units: three operators, three accesses of 2, and 1 for the
 * iteration): a compiler estimates "work_per_iter" by counting the
 * operators and memory accesses of the loop body the same way.  Loops
 * that cost more per unit (calls, divisions, unvectorized code) are thus
 * estimated low: they run in parallel only when clearly long enough.
 * Totals below PARC_RT_MIN_FLOOR are never worth it.
 *
 * Both F(P) and u are measured lazily, on first use with a total of at
 * least PARC_RT_MIN_FLOOR, once per process (once per distinct thread
 * count for F), under a lock; the results are cached in static variables.
 * F is the median of 3 to 15 back-to-back regions timed within about
 * 200 us, u the fastest of five runs of 8192 axpy iterations: on an idle
 * machine the whole measurement takes a few hundred microseconds.  On a
 * machine with more runnable threads than cores, each region waits for the
 * scheduler; F then comes out in milliseconds, which is the truth there,
 * and measuring takes a few such regions.  Back-to-back regions do not see
 * what starting threads on an idle virtual CPU costs (milliseconds on some
 * virtual machines).  Calls after the measurement cost a few atomic loads
 * and OpenMP queries (about 13 ns); totals below parc_rt_floor, about 3 ns.
 *
 * PARC_MIN_WORK=<non-negative integer> in the environment replaces the
 * measured threshold: then worth <=> iterations * work_per_iter >=
 * PARC_MIN_WORK (0: parallelize whenever possible).  A value that is not a
 * non-negative decimal integer is ignored.
 * ------------------------------------------------------------------------ */

/* Required margin of the time saved over the fork/join cost (see above). */
#define PARC_RT_MARGIN 2

/* A total below this many work units (about 0.2 us of vectorized work on a
 * 2026 x86 core) is never worth a fork, whatever the measurement says; it
 * also spares short-looped programs the measurement.  PARC_MIN_WORK, when
 * set, replaces it as well. */
#define PARC_RT_MIN_FLOOR 16384

/* Returns non-zero when running a loop of "iterations" iterations of
 * "work_per_iter" work units each in parallel is expected to be faster than
 * running it serially.  Always 0 when fewer than 2 threads are available
 * (see parc_rt_threads) or "iterations" < 2.  A "work_per_iter" below 1
 * counts as 1; the product saturates instead of overflowing.  Suitable for
 * an OpenMP if() clause. */
PARC_RT_API int parc_rt_worth(long long iterations, long long work_per_iter);

/* A lower bound on the total work (iterations * work_per_iter) for which
 * parc_rt_worth can answer 1 (0 before its first call): code may skip
 * the call for smaller loops, reading it with a relaxed atomic load
 * (__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED)), as parc's versioned
 * loops do.  Only the runtime writes it. */
PARC_RT_API extern long long parc_rt_floor;

/* Returns the threshold in work units that parc_rt_worth compares the total
 * work of a loop with when every thread gets work (q = P): PARC_MIN_WORK if
 * set, else the measured value, at least PARC_RT_MIN_FLOOR.  LLONG_MAX
 * when fewer than 2 threads are available. */
PARC_RT_API long long parc_rt_min_work(void);

/* Returns the number of threads a parallel region started now by the
 * calling thread would get: omp_get_max_threads(), or 1 where the region
 * would be inactive because the maximum number of active nested levels is
 * reached (for example inside a parallel region when nesting is off). */
PARC_RT_API int parc_rt_threads(void);

/* The measured costs behind parc_rt_worth, for reports and tests
 * (measured on first call): the fork/join cost in nanoseconds of an empty
 * parallel region with "threads" threads (at least 1), and the cost in
 * nanoseconds of one work unit. */
PARC_RT_API double parc_rt_fork_join_ns(int threads);
PARC_RT_API double parc_rt_unit_ns(void);

/* Reads PARC_MIN_WORK again.  The variable is otherwise read once, on first
 * use; call this after changing it with setenv().  Measurements are kept. */
PARC_RT_API void parc_rt_reload_env(void);

/* ------------------------------------------------------------------------
 * Load balancing
 *
 * The team size P is the size of the current team when called inside a
 * parallel region (that is where OpenMP may evaluate a clause expression),
 * else parc_rt_threads().  All chunk sizes are in [1, INT_MAX], so they fit
 * whatever type the loop's index has.
 * ------------------------------------------------------------------------ */

/* OpenMP schedule kinds, as chosen by parc_rt_schedule. */
typedef enum parc_rt_sched {
	PARC_RT_SCHED_STATIC = 1,  /* schedule(static, chunk) */
	PARC_RT_SCHED_DYNAMIC = 2, /* schedule(dynamic, chunk) */
	PARC_RT_SCHED_GUIDED = 3   /* schedule(guided, chunk): minimum chunk */
} parc_rt_sched;

/* How the cost of an iteration varies with its index, as a compiler can
 * tell from the loop nest. */
typedef enum parc_rt_cost {
	PARC_RT_COST_UNIFORM = 0,   /* every iteration costs the same */
	PARC_RT_COST_LINEAR = 1,    /* grows or shrinks linearly (triangular nest) */
	PARC_RT_COST_IRREGULAR = 2, /* varies with the data (while loop, early exit) */
	PARC_RT_COST_UNKNOWN = 3    /* no information */
} parc_rt_cost;

/* Chunks per thread that dynamic scheduling aims for: enough to even out
 * irregular iterations, few enough that taking a chunk (one atomic
 * operation on a shared counter) costs nothing next to running it. */
#define PARC_RT_CHUNKS_PER_THREAD 8

/* Chooses how to schedule a loop of "n" iterations whose cost varies as
 * "cost", storing the schedule kind in "*kind" and the chunk in "*chunk":
 *
 *   n <= P (or P == 1)     static, chunk 1: one iteration (or all) per thread
 *   PARC_RT_COST_UNIFORM   static, chunk ceil(n / P): one block per thread,
 *                          no run-time dispatch at all
 *   PARC_RT_COST_LINEAR    static, chunk parc_rt_static_chunk(n): blocks
 *                          dealt round-robin, so every thread gets blocks
 *                          from the cheap and the expensive end alike
 *   PARC_RT_COST_IRREGULAR dynamic, chunk parc_rt_chunk(n)
 *   PARC_RT_COST_UNKNOWN   guided, minimum chunk parc_rt_guided_chunk(n)
 *
 * Either pointer may be NULL.  For n <= 0: static, chunk 1. */
PARC_RT_API void parc_rt_schedule(long long n, parc_rt_cost cost,
	parc_rt_sched *kind, long long *chunk);

/* Chunk for schedule(dynamic, parc_rt_chunk(n)): ceil(n / (P *
 * PARC_RT_CHUNKS_PER_THREAD)), at least 1. */
PARC_RT_API long long parc_rt_chunk(long long n);

/* Minimum chunk for schedule(guided, parc_rt_guided_chunk(n)): guided
 * starts with chunks of n / P and shrinks them; this stops the shrinking at
 * ceil(n / (4 * P * PARC_RT_CHUNKS_PER_THREAD)), at least 1. */
PARC_RT_API long long parc_rt_guided_chunk(long long n);

/* Chunk for schedule(static, parc_rt_static_chunk(n)) over iterations of
 * linearly varying cost: the same size as parc_rt_chunk, dealt round-robin
 * without run-time dispatch. */
PARC_RT_API long long parc_rt_static_chunk(long long n);

/* ------------------------------------------------------------------------
 * Parallel loops as function calls (in the spirit of Mojo's parallelize)
 * ------------------------------------------------------------------------ */

/* A loop body: called once for each index "i", with the caller's "ctx". */
typedef void (*parc_rt_body)(long long i, void *ctx);

/* Calls "fn"(i, "ctx") exactly once for every i in [0, n), in unspecified
 * order and possibly concurrently from several threads, and returns when
 * all calls have returned.  Nothing is called when "n" <= 0.  Uses all
 * available threads (parc_rt_threads), with dynamic scheduling in chunks
 * of parc_rt_chunk(n), since the cost of "fn" is unknown. */
PARC_RT_API void parc_parallelize(long long n, parc_rt_body fn, void *ctx);

/* As parc_parallelize, on at most "workers" threads (never more than "n").
 * "workers" <= 0 means all available threads; "workers" == 1 runs the calls
 * on the calling thread, in increasing order of i. */
PARC_RT_API void parc_parallelize_n(long long n, int workers, parc_rt_body fn,
	void *ctx);

/* Terms of a sum. */
typedef double (*parc_rt_term)(long long i, void *ctx);
typedef long long (*parc_rt_term_ll)(long long i, void *ctx);

/* Blocks of a floating-point sum: the index range is cut into at most this
 * many blocks, which depend on n only. */
#define PARC_RT_SUM_BLOCKS 1024

/* Returns the sum of "fn"(i, "ctx") over i in [0, n) (0.0 when n <= 0),
 * computed in parallel.  The result is the same, bit for bit, for every
 * thread count: [0, n) is cut into at most PARC_RT_SUM_BLOCKS blocks that
 * depend on n alone, each block is summed from left to right, and the block
 * sums are added in a fixed pairwise order.  It may differ in the last bits
 * from a plain left-to-right sum. */
PARC_RT_API double parc_reduce_sum(long long n, parc_rt_term fn, void *ctx);

/* Returns the sum of "fn"(i, "ctx") over i in [0, n) (0 when n <= 0),
 * computed in parallel, modulo 2^64: an overflowing sum wraps around (as
 * in two's complement) instead of being undefined. */
PARC_RT_API long long parc_reduce_sum_ll(long long n, parc_rt_term_ll fn,
	void *ctx);

#ifdef __cplusplus
}
#endif

#endif /* PARC_RT_H */
