/* parc-args: --runtime=none */
/* The loops of balance.c as plain OpenMP, with no call into parc_rt. */
#include <math.h>

/* Triangular: row i does i + 1 steps. */
void lower_sums(int n, double *restrict out, const double *restrict a)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j <= i; j++)
            s += a[j];
        out[i] = s;
    }
}

/* Sparse rows: the data decides each row's length. */
void spmv(int n, const int *restrict rp, const int *restrict col,
          const double *restrict v, const double *restrict x, double *restrict y)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int k = rp[i]; k < rp[i + 1]; k++)
            s += v[k] * x[col[k]];
        y[i] = s;
    }
}

/* Escape time: a while loop per point. */
void escape(int n, const double *restrict c, int *restrict iters)
{
    for (int i = 0; i < n; i++) {
        double z = 0;
        int k = 0;
        while (k < 256 && fabs(z) < 2.0) {
            z = z * z + c[i];
            k++;
        }
        iters[i] = k;
    }
}

/* Even: every row costs the same; OpenMP's default blocks. */
void scale_rows(int n, int m, double a[n][m])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            a[i][j] *= 2.0;
}
