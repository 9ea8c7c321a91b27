/* fill.c - a parallel loop whose header is found next to the source
 * (#include "fill.h"), and whose size comes from -DVEC_N via vec.h. */
#include "fill.h"
#include "vec.h"

void fill(long n, long *v, long seed)
{
	for (long i = 0; i < n; i++)
		v[i] = (i * seed) % 1000;
}
