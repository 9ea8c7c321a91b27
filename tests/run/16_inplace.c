/* In-place updates of the same element and reads of a different array at
   i+1 (parallel); in-place reversal (serial). */
#include <stdio.h>

#define N 100000

static int a[N], b[N + 1], c[N], rv[N];

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

    for (i = 0; i < N; i++) {
        a[i] = (int)gen((unsigned)i);
        c[i] = a[i];
        rv[i] = i;
    }
    for (i = 0; i <= N; i++)
        b[i] = (int)gen((unsigned)i + 99u) % 100;

    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        a[i] = a[i] * 3 + 1;

    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        c[i] = c[i] + b[i + 1];

    /* EXPECT: serial */
    for (i = 0; i < n; i++)
        rv[i] = rv[n - 1 - i] + 1;

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)a[i]);
        h = ck(h, (unsigned)c[i]);
        h = ck(h, (unsigned)rv[i]);
    }
    printf("a[1]=%d c[1]=%d rv[0]=%d rv[N-1]=%d\n", a[1], c[1], rv[0], rv[N - 1]);
    printf("checksum %u\n", h);
    return 0;
}
