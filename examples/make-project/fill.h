/* fill.h - test data for the make-project example. */
#ifndef FILL_H
#define FILL_H

/* v[i] = (i * seed) % 1000 for every i. */
void fill(long n, long *v, long seed);

#endif
