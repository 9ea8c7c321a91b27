/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { "z[i]", "z", 17, 9, 1 },
  { "x[i]", "x", 17, 16, 1 },
  { "y[i]", "y", 17, 23, 1 },
  { "next[i][j]", "next", 25, 13, 2 },
  { "grid[i - 1][j]", "grid", 25, 34, 2 },
  { "grid[i + 1][j]", "grid", 25, 51, 2 },
  { "grid[i][j - 1]", "grid", 26, 34, 2 },
  { "grid[i][j + 1]", "grid", 26, 51, 2 },
  { "L[i * 64 + j]", "L", 46, 13, 1 },
  { "a[j]", "a", 46, 36, 1 },
  { "T[i][j]", "T", 54, 13, 2 },
  { "a[j]", "a", 54, 30, 1 },
  { "w[i]", "w", 61, 13, 1 },
  { "u[i - 1]", "u", 61, 21, 1 },
  { "u[i]", "u", 61, 32, 1 },
  { "u[i + 1]", "u", 61, 39, 1 },
  { "u[i]", "u", 63, 13, 1 },
  { "w[i]", "w", 63, 20, 1 },
  { "x[i]", "x", 72, 14, 1 },
  { "x[i]", "x", 73, 13, 1 },
  { "x[i]", "x", 74, 17, 1 },
  { "x[i]", "x", 75, 14, 1 },
  { "b[i]", "b", 85, 9, 1 },
  { "a[i]", "a", 85, 16, 1 },
  { "c[i]", "c", 87, 9, 1 },
  { "b[i]", "b", 87, 16, 1 },
  { "a[i]", "a", 87, 23, 1 },
  { "w[i]", "w", 93, 9, 1 },
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { "cuda.c", 16, 5, "i", "", 1, 0 },
  { "cuda.c", 23, 5, "i", "", 1, 0 },
  { "cuda.c", 32, 5, "k", "", 1, 0 },
  { "cuda.c", 45, 9, "j", "", 1, 0 },
  { "cuda.c", 52, 5, "i", "", 1, 0 },
  { "cuda.c", 60, 9, "i", "", 1, 0 },
  { "cuda.c", 62, 9, "i", "", 1, 0 },
  { "cuda.c", 71, 5, "i", "", 1, 0 },
  { "cuda.c", 84, 5, "i", "", 1, 0 },
  { "cuda.c", 86, 5, "i", "", 1, 0 },
  { "cuda.c", 92, 5, "i", "", 1, 0 },
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "cuda.c"
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
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[0], (i < n), (long long)(i), 0LL, 0); i++)
        __parc_W(0, z, (z[i])) = __parc_R(1, x, (x[i])) + __parc_R(2, y, (y[i]));
}

void stencil(void)
{
    int i, j;
    for (i = 1; parc_chk_iter(&__parc_chk_loops[1], (i < N - 1), (long long)(i), 0LL, 0); i++)
        for (j = 1; j < M - 1; j++)
            __parc_W(3, next, (next[i][j])) = 0.25 * (__parc_R(4, grid, (grid[i - 1][j])) + __parc_R(5, grid, (grid[i + 1][j])) +
                                 __parc_R(6, grid, (grid[i][j - 1])) + __parc_R(7, grid, (grid[i][j + 1])));
}

double norm2(long n, const double *v)
{
    double s = 0.0;
    for (long k = 0; parc_chk_iter(&__parc_chk_loops[2], (k < n), (long long)(k), 0LL, 0); k++)
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
        for (int j = 0; parc_chk_iter(&__parc_chk_loops[3], (j <= i), (long long)(j), 0LL, 0); j++)
            __parc_W(8, L, (L[i * 64 + j])) = weight(__parc_R(9, a, (a[j])), i - j);
}

void tri(int n, double (*restrict T)[64], const double *restrict a)
{
    int i, j;
    for (i = 0; parc_chk_iter(&__parc_chk_loops[4], (i < n), (long long)(i), 0LL, 0); i++)
        for (j = 0; j <= i; j++)
            __parc_W(10, T, (T[i][j])) = weight(__parc_R(11, a, (a[j])), i - j);
}

void smooth(int steps, int n, double *restrict u, double *restrict w)
{
    for (int t = 0; t < steps; t++) {
        for (int i = 1; parc_chk_iter(&__parc_chk_loops[5], (i < n - 1), (long long)(i), 0LL, 0); i++)
            __parc_W(12, w, (w[i])) = (__parc_R(13, u, (u[i - 1])) + __parc_R(14, u, (u[i])) + __parc_R(15, u, (u[i + 1]))) / 3.0;
        for (int i = 1; parc_chk_iter(&__parc_chk_loops[6], (i < n - 1), (long long)(i), 0LL, 0); i++)
            __parc_W(16, u, (u[i])) = __parc_R(17, w, (w[i]));
    }
}

void stats(int n, const double *restrict x, double *sum, double *lo, long *count)
{
    double s = 0.0, m = x[0];
    long c = 0;
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[7], (i < n), (long long)(i), 0LL, 0); i++) {
        s += __parc_R(18, x, (x[i]));
        if (__parc_R(19, x, (x[i])) < m)
            m = __parc_R(20, x, (x[i]));
        c += __parc_R(21, x, (x[i])) > 0.0;
    }
    *sum = s;
    *lo = m;
    *count = c;
}

void pipeline(long n, double *restrict a, double *restrict b, double *restrict c)
{
    for (long i = 0; parc_chk_iter(&__parc_chk_loops[8], (i < n), (long long)(i), 0LL, 0); i++)
        __parc_W(22, b, (b[i])) = __parc_R(23, a, (a[i])) * 2.0;
    for (long i = 0; parc_chk_iter(&__parc_chk_loops[9], (i < n), (long long)(i), 0LL, 0); i++)
        __parc_W(24, c, (c[i])) = __parc_R(25, b, (b[i])) + __parc_R(26, a, (a[i]));
}

void wave(int n, double *restrict w)
{
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[10], (i < n), (long long)(i), 0LL, 0); i++)
        __parc_W(27, w, (w[i])) = sin(2.0 * M_PI * i / n);
}
