/* Golden test: comments, macros and formatting survive byte for byte;
 * only pragma lines are added. */
#include <math.h>

#define N 4096
#define SQR(x) ((x) * (x))

static double a[N], b[N], c[N];

/* A pure helper: calls to it do not block parallelization. */
static double blend(double x, double y) { return 0.25 * x + 0.75 * y; }

__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); __extension__ extern long long parc_rt_floor __attribute__((__weak__)); __extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), parc_rt_static_chunk(long long) __attribute__((__weak__));
#line 13 "basic.c"
double kernels(int n)
{
	double sum = 0.0, peak = -1.0;
	int i;

#ifdef _OPENMP
	if ((parc_rt_worth ? (unsigned long long)((long long)n) * 42ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 42LL) : (unsigned long long)((long long)n) * 42ULL >= 131072ULL)) {
	#pragma omp parallel for simd
#line 18 "basic.c"
	for (i = 0; i < n; i++)     /* map */
		a[i] = SQR(b[i]) + sqrt(c[i]);
	} else
#endif
#line 18 "basic.c"
	for (i = 0; i < n; i++)     /* map */
		a[i] = SQR(b[i]) + sqrt(c[i]);

	for (i = 1; i < n; i++)     // recurrence: stays serial
		a[i] = a[i - 1] + b[i];

#ifdef _OPENMP
	if ((parc_rt_worth ? (unsigned long long)((long long)n) * 10ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 10LL) : (unsigned long long)((long long)n) * 10ULL >= 131072ULL)) {
	#pragma omp parallel for reduction(+:sum) reduction(max:peak)
#line 24 "basic.c"
	for (i = 0; i < n; i++) {
		sum += a[i];
		if (a[i] > peak)
			peak = a[i];
	}
	} else
#endif
#line 24 "basic.c"
	for (i = 0; i < n; i++) {
		sum += a[i];
		if (a[i] > peak)
			peak = a[i];
	}

	if (n > 0) _Pragma("omp parallel for if(parallel: (parc_rt_worth ? (unsigned long long)((long long)n) * 38ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 38LL) : (unsigned long long)((long long)n) * 38ULL >= 131072ULL))") for (i = 0; i < n; i++) c[i] = blend(a[i], b[i]);

	return sum + peak;
}
