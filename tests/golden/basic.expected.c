/* Golden test: comments, macros and formatting survive byte for byte;
 * only pragma lines are added. */
#include <math.h>

#define N 4096
#define SQR(x) ((x) * (x))

static double a[N], b[N], c[N];

/* A pure helper: calls to it do not block parallelization. */
static double blend(double x, double y) { return 0.25 * x + 0.75 * y; }

double kernels(int n)
{
	double sum = 0.0, peak = -1.0;
	int i;

	#pragma omp parallel for simd if(parallel: (long long)n >= 391LL)
#line 18 "basic.c"
	for (i = 0; i < n; i++)     /* map */
		a[i] = SQR(b[i]) + sqrt(c[i]);

	for (i = 1; i < n; i++)     // recurrence: stays serial
		a[i] = a[i - 1] + b[i];

	#pragma omp parallel for reduction(+:sum) reduction(max:peak) if(parallel: (long long)n >= 1639LL)
#line 24 "basic.c"
	for (i = 0; i < n; i++) {
		sum += a[i];
		if (a[i] > peak)
			peak = a[i];
	}

	if (n > 0) _Pragma("omp parallel for if(parallel: (long long)n >= 432LL)") for (i = 0; i < n; i++) c[i] = blend(a[i], b[i]);

	return sum + peak;
}
