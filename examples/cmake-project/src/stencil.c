/* stencil.c - one stencil sweep from one grid into another. */
#include "kernels.h"
#include "stencil.h"

void grid_stencil(int in[GRID_N][GRID_N], int out[GRID_N][GRID_N])
{
	for (int i = 1; i < GRID_N - 1; i++)
		for (int j = 1; j < GRID_N - 1; j++)
			out[i][j] = in[i][j] + STENCIL(in, i, j) / 4;
}
