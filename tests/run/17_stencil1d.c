/* 1-D three-point stencil into a different array (parallel), and the
   same stencil in place (serial). */
#include <stdio.h>

#define N 100000

static int in[N], out[N], inpl[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void smooth(int *restrict dst, const int *restrict src, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = 1; i < n - 1; i++)
        dst[i] = src[i - 1] + src[i] + src[i + 1];
}

static void smooth_in_place(int *p, int n)
{
    int i;
    /* EXPECT: serial */
    for (i = 1; i < n - 1; i++)
        p[i] = (p[i - 1] + p[i] + p[i + 1]) / 3;
}

int main(void)
{
    int i;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        in[i] = (int)gen((unsigned)i);
        inpl[i] = in[i];
    }
    smooth(out, in, N);
    smooth_in_place(inpl, N);

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)out[i]);
        h = ck(h, (unsigned)inpl[i]);
    }
    printf("out[1]=%d inpl[1]=%d inpl[N-2]=%d\n", out[1], inpl[1], inpl[N - 2]);
    printf("checksum %u\n", h);
    return 0;
}
