/* Distinct malloc'ed buffers in the same function (parallel); a function
   with two plain pointer parameters that is called with overlapping
   pointers (serial: may alias). */
#include <stdio.h>
#include <stdlib.h>

#define N 100000

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void add_from(int *dst, const int *src, int n)
{
    int i;
    /* EXPECT: serial may-alias */
    for (i = 0; i < n; i++)
        dst[i] = src[i] % 1000 + 1;
}

int main(void)
{
    int i;
    int n = N;
    unsigned h = 2166136261u;
    int *x = malloc((size_t)N * sizeof *x);
    int *y = malloc((size_t)N * sizeof *y);
    int *z = malloc((size_t)N * sizeof *z);
    if (x == NULL || y == NULL || z == NULL) {
        free(x);
        free(y);
        free(z);
        return 1;
    }

    for (i = 0; i < n; i++)
        x[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < n; i++) {
        y[i] = x[i] * 2 + 1;
        z[i] = x[i] - y[i] / 3;
    }

    /* overlapping: z[i + 1] = z[i] % 1000 + 1, a chain */
    add_from(z + 1, z, n - 1);

    for (i = 0; i < n; i++) {
        h = ck(h, (unsigned)y[i]);
        h = ck(h, (unsigned)z[i]);
    }
    printf("y[4]=%d z[4]=%d z[n-1]=%d\n", y[4], z[4], z[n - 1]);
    printf("checksum %u\n", h);
    free(x);
    free(y);
    free(z);
    return 0;
}
