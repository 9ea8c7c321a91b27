/* vec.h - integer vectors for the make-project example. */
#ifndef VEC_H
#define VEC_H

#ifndef VEC_N
#define VEC_N 100000
#endif

/* a[i] = k * b[i] + c[i] for every i (independent iterations). */
void vec_axpy(long n, long k, const long *restrict b, const long *restrict c,
	long *restrict a);

/* The sum of a[0..n) (a reduction). */
long long vec_sum(long n, const long *a);

/* The running sum of a[0..n) into s (each step needs the previous one). */
void vec_prefix_sum(long n, const long *a, long *s);

#endif
