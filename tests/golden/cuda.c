/* parc-args: --target=cuda */
/* Golden kernels for --target=cuda: a vector add, a 2-D stencil, a
   reduction, a triangular nest, a helper copied to the device, a time loop
   that keeps its arrays on the device (a data scope), and two consecutive
   nests that share one. */
#include <math.h>

#define N 1024
#define M 1024
#define SQ(x) ((x) * (x))

static double grid[N][M], next[N][M];

void vadd(int n, float *restrict z, const float *restrict x, const float *restrict y)
{
    for (int i = 0; i < n; i++)
        z[i] = x[i] + y[i];
}

void stencil(void)
{
    int i, j;
    for (i = 1; i < N - 1; i++)
        for (j = 1; j < M - 1; j++)
            next[i][j] = 0.25 * (grid[i - 1][j] + grid[i + 1][j] +
                                 grid[i][j - 1] + grid[i][j + 1]);
}

double norm2(long n, const double *v)
{
    double s = 0.0;
    for (long k = 0; k < n; k++)
        s += SQ(v[k]);
    return sqrt(s);
}

static double weight(double x, int k)
{
    return x / (1.0 + k);
}

void lower(int n, double *restrict L, const double *restrict a)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
            L[i * 64 + j] = weight(a[j], i - j);
}

void tri(int n, double (*restrict T)[64], const double *restrict a)
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j <= i; j++)
            T[i][j] = weight(a[j], i - j);
}

void smooth(int steps, int n, double *restrict u, double *restrict w)
{
    for (int t = 0; t < steps; t++) {
        for (int i = 1; i < n - 1; i++)
            w[i] = (u[i - 1] + u[i] + u[i + 1]) / 3.0;
        for (int i = 1; i < n - 1; i++)
            u[i] = w[i];
    }
}

void stats(int n, const double *restrict x, double *sum, double *lo, long *count)
{
    double s = 0.0, m = x[0];
    long c = 0;
    for (int i = 0; i < n; i++) {
        s += x[i];
        if (x[i] < m)
            m = x[i];
        c += x[i] > 0.0;
    }
    *sum = s;
    *lo = m;
    *count = c;
}

void pipeline(long n, double *restrict a, double *restrict b, double *restrict c)
{
    for (long i = 0; i < n; i++)
        b[i] = a[i] * 2.0;
    for (long i = 0; i < n; i++)
        c[i] = b[i] + a[i];
}

void wave(int n, double *restrict w)
{
    for (int i = 0; i < n; i++)
        w[i] = sin(2.0 * M_PI * i / n);
}
