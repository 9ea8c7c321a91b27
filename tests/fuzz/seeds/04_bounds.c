/* Loops with <=, != and > bounds (parallel); forward copy chain (serial). */
#include <stdio.h>

#define N 50000

static int src[N + 1], le[N + 1], ne[N], gt[N];
static unsigned chain[N + 1];

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
    int n = N;
    unsigned h = 2166136261u;

    for (i = 0; i <= N; i++)
        src[i] = (int)gen((unsigned)i) - 16384;

    /* EXPECT: parallel */
    for (i = 0; i <= n; i++)
        le[i] = src[i] * 2 + 1;

    /* EXPECT: parallel */
    for (i = 0; i != n; i++)
        ne[i] = src[i] - src[i + 1];

    /* EXPECT: parallel */
    for (i = n; i > 0; i--)
        gt[i - 1] = src[i] + i;

    chain[0] = 7u;
    /* EXPECT: serial flow-dependence */
    for (i = 0; i < n; i++)
        chain[i + 1] = chain[i] * 5u + (unsigned)src[i];

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)le[i]);
        h = ck(h, (unsigned)ne[i]);
        h = ck(h, (unsigned)gt[i]);
        h = ck(h, chain[i]);
    }
    h = ck(h, (unsigned)le[N]);
    h = ck(h, chain[N]);
    printf("le[N]=%d ne[0]=%d gt[0]=%d chain[N]=%u\n", le[N], ne[0], gt[0], chain[N]);
    printf("checksum %u\n", h);
    return 0;
}
