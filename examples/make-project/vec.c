/* vec.c - loops parc can parallelize (axpy, sum) and one it cannot (the
 * prefix sum carries a dependence from each iteration to the next). */
#include "vec.h"

void vec_axpy(long n, long k, const long *restrict b, const long *restrict c,
	long *restrict a)
{
	for (long i = 0; i < n; i++)
		a[i] = k * b[i] + c[i];
}

long long vec_sum(long n, const long *a)
{
	long long s = 0;
	for (long i = 0; i < n; i++)
		s += a[i];
	return s;
}

void vec_prefix_sum(long n, const long *a, long *s)
{
	long run = 0;
	for (long i = 0; i < n; i++) {
		run += a[i];
		s[i] = run;
	}
}
