/* Conditional sum reduction and a loop with continue (parallel);
   a search loop with break (serial, early exit). */
#include <stdio.h>

#define N 100000

static int a[N], q[N], pre[N];

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
    int i, stop;
    long s3 = 0;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        if (a[i] % 3 == 0)
            s3 += a[i];

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        if (a[i] % 5 == 0)
            continue;
        q[i] = a[i] / 5 + 1;
    }

    /* EXPECT: serial early-exit */
    for (i = 0; i < N; i++) {
        if (a[i] > 32760)
            break;
        pre[i] = a[i] + 1;
    }
    stop = i;

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)q[i]);
        h = ck(h, (unsigned)pre[i]);
    }
    h = ck(h, (unsigned)s3);
    h = ck(h, (unsigned)stop);
    printf("s3=%ld stop=%d\n", s3, stop);
    printf("checksum %u\n", h);
    return 0;
}
