/* Element-wise maps (parallel) and a prefix sum (serial). */
#include <stdio.h>
#include <stdlib.h>

#define N 100000

static int a[N], b[N], c[N], d[N], e[N];
static unsigned pre[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void vec_mul_add(int *restrict out, const int *restrict x,
                        const int *restrict y, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        out[i] = x[i] * 3 + y[i];
}

static void prefix_sum(unsigned *p, int n)
{
    int i;
    /* EXPECT: serial flow-dependence */
    for (i = 1; i < n; i++)
        p[i] += p[i - 1];
}

int main(void)
{
    int i;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        b[i] = (int)gen((unsigned)i);
        c[i] = (int)gen((unsigned)i + 100003u);
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        a[i] = b[i] + c[i];

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        if (b[i] > c[i])
            d[i] = b[i] - c[i];
        else
            d[i] = c[i] - b[i] + 1;
    }

    vec_mul_add(e, a, d, N);

    for (i = 0; i < N; i++)
        pre[i] = (unsigned)e[i];
    prefix_sum(pre, N);

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)a[i]);
        h = ck(h, (unsigned)d[i]);
        h = ck(h, (unsigned)e[i]);
        h = ck(h, pre[i]);
    }
    printf("a[7]=%d d[7]=%d e[7]=%d pre[last]=%u\n", a[7], d[7], e[7], pre[N - 1]);
    printf("checksum %u\n", h);
    return 0;
}
