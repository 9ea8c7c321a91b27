/* Scalars that must be made private: an inner index declared outside
   the outer loop, temporaries declared outside the loop but written
   before they are read, temporaries declared inside the body.
   A scalar carried from one iteration to the next is serial. */
#include <stdio.h>

#define R 300
#define C 250
#define N 100000

static int M[R][C];
static long rowsum[R];
static int b[N], c[N], a[N], z[N];
static unsigned carried[N];

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
    int i, j;
    int t, u;
    unsigned x;
    unsigned h = 2166136261u;

    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            M[i][j] = (int)gen((unsigned)(i * C + j)) - 16000;
    for (i = 0; i < N; i++) {
        b[i] = (int)(gen((unsigned)i) % 1000u);
        c[i] = (int)(gen((unsigned)i + 5u) % 1000u);
    }

    /* EXPECT: parallel */
    for (i = 0; i < R; i++) {
        long s = 0;
        for (j = 0; j < C; j++)
            s += M[i][j];
        rowsum[i] = s;
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        t = b[i] * 3;
        u = t + c[i];
        a[i] = t * u % 1000;
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        int lo = b[i] < c[i] ? b[i] : c[i];
        int hi = b[i] < c[i] ? c[i] : b[i];
        int span;
        span = hi - lo;
        z[i] = span * 2 + lo;
    }

    x = 1u;
    /* EXPECT: serial scalar-dependence */
    for (i = 0; i < N; i++) {
        x = x * 3u + (unsigned)b[i];
        carried[i] = x;
    }

    for (i = 0; i < R; i++)
        h = ck(h, (unsigned)rowsum[i]);
    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)a[i]);
        h = ck(h, (unsigned)z[i]);
        h = ck(h, carried[i]);
    }
    printf("rowsum[0]=%ld a[1]=%d z[1]=%d x=%u\n", rowsum[0], a[1], z[1], x);
    printf("checksum %u\n", h);
    return 0;
}
