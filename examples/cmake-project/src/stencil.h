/* stencil.h - found next to stencil.c through #include "stencil.h". */
#ifndef STENCIL_H
#define STENCIL_H

#define STENCIL(g, i, j) \
	((g)[(i) - 1][(j)] + (g)[(i) + 1][(j)] + (g)[(i)][(j) - 1] + (g)[(i)][(j) + 1] - \
	 4 * (g)[(i)][(j)])

#endif
