/* Recurrences (all serial): Fibonacci-like, distance-2 dependence, and a
   scalar carried through a running state. */
#include <stdio.h>

#define N 100000

static unsigned f[N], d2[N], st[N], in[N];

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
    unsigned state;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        in[i] = gen((unsigned)i);
        d2[i] = in[i];
    }

    f[0] = 1u;
    f[1] = 1u;
    /* EXPECT: serial flow-dependence */
    for (i = 2; i < N; i++)
        f[i] = f[i - 1] + f[i - 2];

    /* EXPECT: serial flow-dependence */
    for (i = 2; i < N; i++)
        d2[i] = d2[i - 2] * 3u + in[i];

    state = 17u;
    /* EXPECT: serial scalar-dependence */
    for (i = 0; i < N; i++) {
        st[i] = state ^ in[i];
        state = state * 1664525u + in[i];
    }

    for (i = 0; i < N; i++) {
        h = ck(h, f[i]);
        h = ck(h, d2[i]);
        h = ck(h, st[i]);
    }
    printf("f[N-1]=%u d2[N-1]=%u state=%u\n", f[N - 1], d2[N - 1], state);
    printf("checksum %u\n", h);
    return 0;
}
