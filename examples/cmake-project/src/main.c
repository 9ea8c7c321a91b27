/* main.c - runs a few stencil steps and prints checksums.  Integer
 * arithmetic only, so the parallel build prints exactly the same. */
#include <stdio.h>

#include "kernels.h"

static int a[GRID_N][GRID_N], b[GRID_N][GRID_N];

int main(void)
{
	int max;
	grid_init(a);
	grid_init(b);
	for (int step = 0; step < 10; step++) {
		grid_stencil(a, b);
		grid_stencil(b, a);
	}
	long long s = grid_sum(a, &max);
	printf("sum = %lld, max = %d\n", s, max);
	return 0;
}
