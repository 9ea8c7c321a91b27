/* Uneven loops: the schedule follows how the work of an iteration varies
 * with its index (the report's "balance"). */
#include <math.h>

/* Triangular: row i does i + 1 steps. */
__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); __extension__ extern long long parc_rt_floor __attribute__((__weak__)); __extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), parc_rt_static_chunk(long long) __attribute__((__weak__));
#line 6 "balance.c"
void lower_sums(int n, double *restrict out, const double *restrict a)
{
    #pragma omp parallel for schedule(static, (parc_rt_static_chunk ? parc_rt_static_chunk((long long)n) : ((long long)n) > 16 ? ((long long)n) / 16 : 1))
#line 8 "balance.c"
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
    #pragma omp parallel for schedule(dynamic, (parc_rt_chunk ? parc_rt_chunk((long long)n) : ((long long)n) > 16 ? ((long long)n) / 16 : 1))
#line 20 "balance.c"
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
    #pragma omp parallel for schedule(dynamic, (parc_rt_chunk ? parc_rt_chunk((long long)n) : ((long long)n) > 16 ? ((long long)n) / 16 : 1))
#line 31 "balance.c"
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
#ifdef _OPENMP
    if ((parc_rt_worth ? parc_rt_worth((long long)n, (long long)(1ULL + ((long long)m > 0 ? (unsigned long long)((long long)m) : 0ULL) * (7ULL))) : (unsigned long long)((long long)n) * (unsigned long long)(long long)(1ULL + ((long long)m > 0 ? (unsigned long long)((long long)m) : 0ULL) * (7ULL)) >= 131072ULL)) {
    #pragma omp parallel for
#line 45 "balance.c"
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            a[i][j] *= 2.0;
    } else
#endif
#line 45 "balance.c"
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            a[i][j] *= 2.0;
}
