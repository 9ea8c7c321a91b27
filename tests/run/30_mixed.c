/* Miscellany: table lookups through a global table and a stride-4 long
   index (parallel); a column shift in a 2-D array (serial, anti) and a
   value handed from one iteration to the next through a scalar (serial). */
#include <stdio.h>

#define N 100000
#define R 300
#define C 200

static unsigned table[256];
static unsigned a[N], look[N], quad[N], hand[N];
static int G[R + 1][C];

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
    long li;
    long n = N;
    unsigned prev;
    unsigned h = 2166136261u;

    for (i = 0; i < 256; i++)
        table[i] = gen((unsigned)i + 1000u);
    for (i = 0; i < N; i++)
        a[i] = gen((unsigned)i);
    for (i = 0; i <= R; i++)
        for (j = 0; j < C; j++)
            G[i][j] = (int)gen((unsigned)(i * C + j)) % 1000;

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        look[i] = table[a[i] & 255u] + a[i];

    /* EXPECT: parallel */
    for (li = 0; li < n - 3; li += 4)
        quad[li] = a[li] + a[li + 1] + a[li + 3];

    /* EXPECT: serial anti-dependence */
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            G[i][j] = G[i + 1][j] + 1;

    prev = 5u;
    /* EXPECT: serial scalar-dependence */
    for (i = 0; i < N; i++) {
        hand[i] = prev + a[i];
        prev = a[i] * 7u;
    }

    for (i = 0; i < N; i++) {
        h = ck(h, look[i]);
        h = ck(h, quad[i]);
        h = ck(h, hand[i]);
    }
    for (i = 0; i <= R; i++)
        for (j = 0; j < C; j++)
            h = ck(h, (unsigned)G[i][j]);
    printf("look[1]=%u quad[5]=%u G[0][0]=%d prev=%u\n", look[1], quad[5], G[0][0], prev);
    printf("checksum %u\n", h);
    return 0;
}
