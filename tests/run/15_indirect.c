/* Indirect reads through an index array (parallel); histogram and
   indirect writes with duplicate indices (serial). */
#include <stdio.h>

#define N 100000
#define BINS 64

static int b[N], out[N], dst[N];
static int idx[N], key[N], slot[N];
static unsigned hist[BINS];

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
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        b[i] = (int)gen((unsigned)i);
        idx[i] = (int)((gen((unsigned)i * 3u + 1u) * 7u + (unsigned)i) % (unsigned)N);
        key[i] = b[i] % BINS;
        slot[i] = idx[i] % 1000;
        dst[i] = -1;
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        out[i] = b[idx[i]] + 1;

    /* EXPECT: serial */
    for (i = 0; i < N; i++)
        hist[key[i]]++;

    /* EXPECT: serial */
    for (i = 0; i < N; i++)
        dst[slot[i]] = i;

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)out[i]);
        h = ck(h, (unsigned)dst[i]);
    }
    for (i = 0; i < BINS; i++)
        h = ck(h, hist[i]);
    printf("out[5]=%d hist[0]=%u dst[0]=%d\n", out[5], hist[0], dst[0]);
    printf("checksum %u\n", h);
    return 0;
}
