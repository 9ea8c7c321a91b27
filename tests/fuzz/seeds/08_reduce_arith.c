/* Arithmetic reductions + - * (parallel), a volatile accumulator (serial). */
#include <stdio.h>

#define N 120000

static int a[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static long sum_plus(const int *a_, int n)
{
    long s = 0;
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        s += a_[i];
    return s;
}

static long sum_minus(const int *a_, int n)
{
    long d = 1000000000L;
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        d -= a_[i];
    return d;
}

static unsigned prod(const int *a_, int n)
{
    unsigned p = 1u;
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        p *= (unsigned)a_[i] | 1u;
    return p;
}

static double dsum(const int *a_, int n)
{
    double s = 0.0;
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        s = s + (double)(a_[i] % 1000);
    return s;
}

static volatile unsigned vsum;

int main(void)
{
    int i;
    long s, d;
    unsigned p;
    double ds;

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    s = sum_plus(a, N);
    d = sum_minus(a, N);
    p = prod(a, N);
    ds = dsum(a, N);

    vsum = 0u;
    /* EXPECT: serial volatile */
    for (i = 0; i < N; i++)
        vsum += (unsigned)a[i];

    printf("sum=%ld diff=%ld prod=%u dsum=%.1f vsum=%u\n", s, d, p, ds, vsum);
    printf("checksum %u\n", (unsigned)s * 3u + (unsigned)d * 5u + p * 7u +
                                (unsigned)(long)ds * 11u + vsum * 13u);
    return 0;
}
