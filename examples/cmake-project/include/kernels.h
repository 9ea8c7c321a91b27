/* kernels.h - integer grid kernels of the cmake-project example. */
#ifndef KERNELS_H
#define KERNELS_H

#ifndef GRID_N
#error "GRID_N must be defined (target_compile_definitions)"
#endif

/* g[i][j] = (i * 31 + j * 17) % 101. */
void grid_init(int g[GRID_N][GRID_N]);

/* out = the 5-point integer stencil of in, on the interior cells. */
void grid_stencil(int in[GRID_N][GRID_N], int out[GRID_N][GRID_N]);

/* The sum of all cells, and the largest. */
long long grid_sum(int g[GRID_N][GRID_N], int *max);

#endif
