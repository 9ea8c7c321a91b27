/* Calls to helpers that only compute from their scalar arguments
   (plain, recursive, and declared __attribute__((const))) are parallel;
   a helper that bumps a global counter, and one with hidden static state,
   make their loops serial. */
#include <stdio.h>

#define N 60000

static int a[N], o1[N], o2[N], o3[N], o4[N], o5[N];
static unsigned g_total;

static unsigned poly(unsigned x) __attribute__((const));

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static int clamp_add(int x, int y)
{
    int s = x + y;
    if (s > 40000)
        s = 40000;
    return s;
}

static unsigned gcd_u(unsigned x, unsigned y)
{
    return y == 0u ? x : gcd_u(y, x % y);
}

static int tally(int v)
{
    g_total += (unsigned)v;
    return v + 1;
}

static unsigned next_noise(void)
{
    static unsigned state = 12345u;
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fffu;
}

int main(void)
{
    int i;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        o1[i] = clamp_add(a[i], i);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        o2[i] = (int)gcd_u((unsigned)a[i], (unsigned)i + 1u);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        o3[i] = (int)(poly((unsigned)a[i]) & 0xffffu);

    /* EXPECT: serial unknown-call */
    for (i = 0; i < N; i++)
        o4[i] = tally(a[i]);

    /* EXPECT: serial */
    for (i = 0; i < N; i++)
        o5[i] = (int)next_noise() + a[i];

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)o1[i]);
        h = ck(h, (unsigned)o2[i]);
        h = ck(h, (unsigned)o3[i]);
        h = ck(h, (unsigned)o4[i]);
        h = ck(h, (unsigned)o5[i]);
    }
    h = ck(h, g_total);
    printf("o1=%d o2=%d o3=%d o4=%d o5=%d total=%u\n", o1[9], o2[9], o3[9], o4[9], o5[9], g_total);
    printf("checksum %u\n", h);
    return 0;
}

static unsigned poly(unsigned x)
{
    return x * x * 7u + 3u * x + 1u;
}
