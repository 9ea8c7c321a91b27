/* Calls to math library functions (parallel); printf in the body (serial). */
#include <stdio.h>
#include <math.h>

#define N 100000

static double r[N];
static int q[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

int main(void)
{
    int i;
    double total = 0.0;
    unsigned h = 0u;

    for (i = 0; i < N; i++)
        q[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        double k = (double)(q[i] % 1000);
        r[i] = sqrt(k * k) + fabs(k - 500.0) + floor(k / 4.0) + ceil(k / 8.0);
    }

    /* EXPECT: serial io-call */
    for (i = 0; i < N; i++) {
        if (i % 5000 == 0)
            printf("row %d q=%d r=%.1f\n", i, q[i], r[i]);
    }

    for (i = 0; i < N; i++) {
        total += r[i];
        h = h * 31u + (unsigned)r[i];
    }
    printf("total=%.1f\n", total);
    printf("checksum %u\n", h);
    return 0;
}
