/* main.c - fills two vectors, combines them and prints checksums.  The
 * output is the same whether the loops run in parallel or not: all the
 * arithmetic is on integers. */
#include <stdio.h>
#include <stdlib.h>

#include "fill.h"
#include "vec.h"

int main(void)
{
	long *a = malloc(VEC_N * sizeof *a);
	long *b = malloc(VEC_N * sizeof *b);
	long *c = malloc(VEC_N * sizeof *c);
	long *s = malloc(VEC_N * sizeof *s);
	if (!a || !b || !c || !s)
		return 1;
	fill(VEC_N, b, 3);
	fill(VEC_N, c, 7);
	vec_axpy(VEC_N, 2, b, c, a);
	vec_prefix_sum(VEC_N, a, s);
	printf("sum(a) = %lld\n", vec_sum(VEC_N, a));
	printf("s[last] = %ld\n", s[VEC_N - 1]);
	free(a);
	free(b);
	free(c);
	free(s);
	return 0;
}
