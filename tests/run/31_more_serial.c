/* More loops that must stay serial: a call through a function pointer,
   stream compaction through a moving pointer, a secondary induction
   variable, a running sum stored every iteration, character output,
   a dependence distance only known at run time, a[2*i] = a[i], and a
   second pointer into the same array.  A switch whose cases end with
   break (not an early exit) is parallel. */
#include <stdio.h>

#define N 100000

static unsigned a[N], o1[N], o2[N], o3[N], o4[N], o5[N], o6[N], o7[N], o8[N];
static unsigned g_seen;

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static unsigned bump_seen(unsigned v)
{
    g_seen = g_seen * 3u + v;
    return v ^ g_seen;
}

static unsigned plain(unsigned v)
{
    return v + 1u;
}

static void shift_by(unsigned *v, int n, int k)
{
    int i;
    /* EXPECT: serial */
    for (i = k; i < n; i++)
        v[i] = v[i - k] * 5u + 1u;
}

int main(void)
{
    int i, k;
    int n = N;
    unsigned run;
    unsigned *p, *q;
    unsigned (*fp)(unsigned) = (N > 10) ? bump_seen : plain;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        a[i] = gen((unsigned)i);
        o6[i] = a[i];
        o7[i] = a[i];
        o8[i] = a[i];
    }

    /* EXPECT: serial unknown-call */
    for (i = 0; i < n; i++)
        o1[i] = fp(a[i]);

    p = o2;
    /* EXPECT: serial */
    for (i = 0; i < n; i++)
        if (a[i] & 1u)
            *p++ = a[i];

    k = 0;
    /* k is an induction variable: linear(k:2) */
    /* EXPECT: parallel */
    for (i = 0; i < n / 2; i++) {
        k += 2;
        o3[k - 2] = a[i] + (unsigned)k;
    }

    run = 0u;
    /* EXPECT: serial scalar-dependence */
    for (i = 0; i < n; i++) {
        run += a[i];
        o4[i] = run;
    }

    /* EXPECT: serial io-call */
    for (i = 0; i < n; i++) {
        if (a[i] % 4099u == 0u) {
            putchar('a' + i % 26);
            putchar('\n');
        }
    }

    /* EXPECT: parallel */
    for (i = 0; i < n; i++) {
        switch (a[i] % 3u) {
        case 0:
            o5[i] = a[i] / 3u;
            break;
        case 1:
            o5[i] = a[i] * 2u;
            break;
        default:
            o5[i] = 7u;
            break;
        }
    }

    shift_by(o6, n, 1);

    /* EXPECT: serial */
    for (i = 1; i < n / 2; i++)
        o7[2 * i] = o7[i] + 1u;

    q = o8 + 1;
    /* EXPECT: serial */
    for (i = 0; i < n - 1; i++)
        q[i] = o8[i] * 3u + 1u;

    for (i = 0; i < N; i++) {
        h = ck(h, o1[i]);
        h = ck(h, o2[i]);
        h = ck(h, o3[i]);
        h = ck(h, o4[i]);
        h = ck(h, o5[i]);
        h = ck(h, o6[i]);
        h = ck(h, o7[i]);
        h = ck(h, o8[i]);
    }
    printf("compacted=%d k=%d run=%u seen=%u\n", (int)(p - o2), k, run, g_seen);
    printf("checksum %u\n", h);
    return 0;
}
