/* Static kernels with plain (non-restrict) pointer parameters.  When every
 * call passes different arrays, the parameters cannot overlap inside the
 * kernel; one call with overlapping arguments is enough to keep a loop
 * serial. */
#include <stdio.h>
#include <stdlib.h>

#define N 20000

static int ga[N], gb[N];

/* Called only with distinct arrays: parallel. */
static void axpy(int n, int k, const int *x, int *y)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++)
        y[i] += k * x[i];
}

/* Called once with y == x + 1: serial. */
static void shift_add(int n, const int *x, int *y)
{
    /* EXPECT: serial may-alias */
    for (int i = 0; i < n; i++)
        y[i] = x[i] + 1;
}

/* Reads a global it is never given as an argument: parallel.  Writes go to
 * malloc'd or local arrays only, never to ga. */
static void add_global(int n, int *out)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++)
        out[i] = ga[i] * 2;
}

/* Called with the global array itself as "out": serial. */
static void add_global_bad(int n, int *out)
{
    /* EXPECT: serial may-alias */
    for (int i = 1; i < n; i++)
        out[i] = gb[i - 1] + 1;
}

/* A static function whose address escapes may be called from anywhere:
 * a run-time test decides, parallel for the first call, serial for the
 * overlapping second one. */
static void scale_escaping(int n, const int *x, int *y)
{
    /* EXPECT: parallel runtime-alias-check */
    for (int i = 0; i < n; i++)
        y[i] = 3 * x[i];
}

static void (*volatile hook)(int, const int *, int *) = scale_escaping;

int main(void)
{
    int *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b);
    static int local[N];
    if (!a || !b)
        return 1;
    for (int i = 0; i < N; i++) {
        a[i] = i % 97;
        b[i] = i % 13;
        ga[i] = i % 7;
        gb[i] = i % 5;
    }
    axpy(N, 3, a, b);
    axpy(N, 2, ga, local);
    shift_add(N - 1, a, a + 1);
    add_global(N, b);
    add_global(N, local);
    add_global_bad(N, gb);
    scale_escaping(N, a, b);
    hook(N, b, a);
    hook(N - 1, b, b + 1);
    unsigned long long ck = 0;
    for (int i = 0; i < N; i++)
        ck = ck * 1000003u + (unsigned)a[i] * 7u + (unsigned)b[i] * 3u +
             (unsigned)local[i] + (unsigned)gb[i];
    printf("checksum %llu\n", ck);
    free(a);
    free(b);
    return 0;
}
