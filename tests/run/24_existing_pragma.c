/* Loops that already carry an OpenMP pragma must be left alone (they are
   written so that they are correct in parallel); a plain loop next to
   them is still parallelized. */
#include <stdio.h>

#define N 100000

static int a[N], b[N], c[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i;
    long s = 0;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        b[i] = (int)gen((unsigned)i);

#pragma omp parallel for
    /* EXPECT: serial existing-pragma */
    for (i = 0; i < N; i++)
        a[i] = b[i] * 2;

    /* EXPECT: serial existing-pragma */
    #pragma omp parallel for reduction(+:s)
    for (i = 0; i < N; i++)
        s += a[i];

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        c[i] = a[i] - b[i] + 7;

    for (i = 0; i < N; i++)
        h = ck(h, (unsigned)c[i]);
    h = ck(h, (unsigned)s);
    printf("s=%ld c[3]=%d\n", s, c[3]);
    printf("checksum %u\n", h);
    return 0;
}
