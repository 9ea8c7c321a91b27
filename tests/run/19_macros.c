/* A macro used inside a loop body (parallel) versus a loop produced
   entirely by a macro expansion (serial: no place to put a pragma). */
#include <stdio.h>

#define N 100000
#define SQR(x) ((x) * (x))
#define FOR_N(i, n) for ((i) = 0; (i) < (n); (i)++)

static int a[N];
static unsigned sq[N], cp[N];

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

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        sq[i] = (unsigned)SQR(a[i]) + (unsigned)SQR(i % 1000);

    /* EXPECT: serial macro-loop */
    FOR_N(i, n) {
        cp[i] = (unsigned)a[i] * 5u;
    }

    for (i = 0; i < N; i++) {
        h = ck(h, sq[i]);
        h = ck(h, cp[i]);
    }
    printf("sq[3]=%u cp[3]=%u\n", sq[3], cp[3]);
    printf("checksum %u\n", h);
    return 0;
}
