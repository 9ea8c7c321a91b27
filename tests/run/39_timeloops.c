/* Time loops around parallel nests (CUDA data scopes with --target=cuda):
   a 2-D Jacobi with a copy back, a 1-D heat equation swapping pointers, a
   convergence loop ending on a reduction, and a time loop that also reads
   the array on the host (no scope there). */
#include <stdio.h>
#include <stdlib.h>

#define N 200

static double A[N][N], B[N][N];

static unsigned ck(unsigned h, double v)
{
    long long q = (long long)(v * 1000.0);
    return (h ^ (unsigned)q) * 16777619u;
}

static void jacobi(int steps)
{
    int t, i, j;
    /* EXPECT: serial */
    for (t = 0; t < steps; t++) {
        /* EXPECT: parallel */
        for (i = 1; i < N - 1; i++)
            for (j = 1; j < N - 1; j++)
                B[i][j] = 0.25 * (A[i - 1][j] + A[i + 1][j] + A[i][j - 1] + A[i][j + 1]);
        /* EXPECT: parallel */
        for (i = 1; i < N - 1; i++)
            for (j = 1; j < N - 1; j++)
                A[i][j] = B[i][j];
    }
}

static void heat(int n, int steps, double *u, double *v)
{
    /* EXPECT: serial */
    for (int t = 0; t < steps; t++) {
        /* EXPECT: parallel */
        for (int i = 1; i < n - 1; i++)
            v[i] = u[i] + 0.1 * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        double *w = u;
        u = v;
        v = w;
    }
}

static int relax(int n, double *restrict x, double *restrict y)
{
    int it;
    /* EXPECT: serial */
    for (it = 0; it < 500; it++) {
        double diff = 0.0;
        /* EXPECT: parallel */
        for (int i = 1; i < n - 1; i++)
            y[i] = 0.5 * (x[i - 1] + x[i + 1]);
        /* EXPECT: parallel */
        for (int i = 1; i < n - 1; i++) {
            double d = y[i] - x[i];
            diff += d < 0 ? -d : d;
            x[i] = y[i];
        }
        if (diff < 1e-3)
            break;
    }
    return it;
}

static double watch(int n, double *a)
{
    double trace = 0.0;
    /* EXPECT: serial */
    for (int t = 0; t < 10; t++) {
        /* EXPECT: parallel */
        for (int i = 0; i < n; i++)
            a[i] = a[i] * 0.5 + 1.0;
        trace += a[t];
    }
    return trace;
}

int main(void)
{
    unsigned h = 2166136261u;
    int i, j;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++)
            A[i][j] = (double)((i * 37 + j * 11) % 23);
    jacobi(15);
    for (i = 0; i < N; i += 7)
        for (j = 0; j < N; j += 5)
            h = ck(h, A[i][j]);

    int n = 5000;
    double *u = malloc(sizeof *u * (size_t)n), *v = malloc(sizeof *v * (size_t)n);
    if (!u || !v)
        return 1;
    for (i = 0; i < n; i++)
        u[i] = v[i] = (i % 100) < 50 ? 1.0 : 0.0;
    heat(n, 25, u, v);
    for (i = 0; i < n; i += 13)
        h = ck(h, u[i] + 3.0 * v[i]);

    for (i = 0; i < n; i++) {
        u[i] = (i == 0 || i == n - 1) ? 1.0 : 0.0;
        v[i] = u[i];
    }
    int its = relax(n, u, v);
    printf("relax iterations %d\n", its);
    for (i = 0; i < n; i += 17)
        h = ck(h, u[i]);

    for (i = 0; i < n; i++)
        u[i] = i % 9;
    h = ck(h, watch(n, u));
    free(u);
    free(v);
    printf("checksum %u\n", h);
    return 0;
}
