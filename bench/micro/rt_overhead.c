/* rt_overhead.c - what a profitability test costs a short loop, three ways:
 *
 *   clause      #pragma omp parallel for if(parc_rt_worth(n, 4))
 *   if(0)       #pragma omp parallel for if(0): the cost of a serialized region
 *   versioned   if (parc_rt_worth(n, 4)) { parallel loop } else { serial loop }
 *   serial      the plain loop
 *
 * Prints nanoseconds per execution of a 32-iteration loop, and the runtime's
 * measured threshold.  Build (gcc or clang-19):
 *
 *   gcc -O2 -fopenmp -I runtime/include bench/micro/rt_overhead.c \
 *       build/runtime/libparc_rt.a -o rt_overhead && ./rt_overhead
 */
#define _POSIX_C_SOURCE 200809L
#include <parc_rt.h>
#include <stdio.h>
#include <time.h>

enum { REPS = 200000, LEN = 32 };

static double a[LEN];

/* Returns a monotonic time stamp in seconds. */
static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Prints the time per loop since "t0" under "label". */
static void report(const char *label, double t0)
{
	printf("%-10s %6.0f ns per loop\n", label, (now() - t0) / REPS * 1e9);
}

int main(void)
{
	volatile int len = LEN; /* a trip count the compiler cannot see */
	int n = len;
	printf("threshold %lld work units, fork/join %.0f ns, unit %.2f ns\n",
	       parc_rt_min_work(), parc_rt_fork_join_ns(parc_rt_threads()),
	       parc_rt_unit_ns());
	double t0 = now();
	for (int r = 0; r < REPS; r++) {
#pragma omp parallel for if(parc_rt_worth(n, 4))
		for (int i = 0; i < n; i++)
			a[i] += 1.0;
	}
	report("clause", t0);
	t0 = now();
	for (int r = 0; r < REPS; r++) {
#pragma omp parallel for if(0)
		for (int i = 0; i < n; i++)
			a[i] += 1.0;
	}
	report("if(0)", t0);
	t0 = now();
	for (int r = 0; r < REPS; r++) {
		if (parc_rt_worth(n, 4)) {
#pragma omp parallel for
			for (int i = 0; i < n; i++)
				a[i] += 1.0;
		} else {
			for (int i = 0; i < n; i++)
				a[i] += 1.0;
		}
	}
	report("versioned", t0);
	t0 = now();
	for (int r = 0; r < REPS; r++)
		for (int i = 0; i < n; i++)
			a[i] += 1.0;
	report("serial", t0);
	return a[0] == 4.0 * REPS ? 0 : 1;
}
