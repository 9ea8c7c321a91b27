/* kernels.c - grid initialization and reduction: parallel loops. */
#include "kernels.h"

void grid_init(int g[GRID_N][GRID_N])
{
	for (int i = 0; i < GRID_N; i++)
		for (int j = 0; j < GRID_N; j++)
			g[i][j] = (i * 31 + j * 17) % 101;
}

long long grid_sum(int g[GRID_N][GRID_N], int *max)
{
	long long s = 0;
	int m = 0;
	for (int i = 0; i < GRID_N; i++)
		for (int j = 0; j < GRID_N; j++) {
			s += g[i][j];
			if (g[i][j] > m)
				m = g[i][j];
		}
	*max = m;
	return s;
}
