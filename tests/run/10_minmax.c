/* min/max reductions via if, ternary, fmax and fmin (parallel);
   argmin that also records the index (serial). */
#include <stdio.h>
#include <math.h>

#define N 100000

static int a[N];
static double d[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

int main(void)
{
    int i;
    int mx, mn, best, where;
    double dmax, dmin;

    for (i = 0; i < N; i++) {
        a[i] = (int)(gen((unsigned)i * 3u + 1u) % 20000u) - 10000;
        d[i] = (double)((int)gen((unsigned)i * 7u + 1u) - 20000);
    }
    /* unique extremes, so that partial results of different threads differ */
    a[777] = 30001;
    a[65432] = -30001;
    /* ties for the argmin: the serial loop keeps the first one */
    a[24000] = -30001;
    a[26000] = -30001;
    d[12345] = 90000.0;
    d[54321] = -90000.0;

    mx = a[0];
    /* EXPECT: parallel */
    for (i = 1; i < N; i++)
        if (a[i] > mx)
            mx = a[i];

    mn = a[0];
    /* EXPECT: parallel */
    for (i = 1; i < N; i++)
        mn = a[i] < mn ? a[i] : mn;

    dmax = -1.0e9;
    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        dmax = fmax(dmax, d[i]);

    dmin = 1.0e9;
    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        dmin = fmin(dmin, d[i] * 2.0);

    best = a[0];
    where = 0;
    /* EXPECT: serial */
    for (i = 1; i < N; i++) {
        if (a[i] < best) {
            best = a[i];
            where = i;
        }
    }

    printf("max=%d min=%d dmax=%.1f dmin=%.1f best=%d where=%d\n",
           mx, mn, dmax, dmin, best, where);
    printf("checksum %u\n", (unsigned)mx * 3u + (unsigned)mn * 5u +
                                (unsigned)(int)dmax * 7u + (unsigned)(int)dmin * 11u +
                                (unsigned)best * 13u + (unsigned)where * 17u);
    return 0;
}
