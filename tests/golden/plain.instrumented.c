/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { "a[j]", "a", 11, 18, 1 },
  { "out[i]", "out", 12, 9, 1 },
  { "rp[i]", "rp", 22, 22, 1 },
  { "rp[i + 1]", "rp", 22, 33, 1 },
  { "v[k]", "v", 23, 18, 1 },
  { "x[col[k]]", "x", 23, 25, 1 },
  { "col[k]", "col", 23, 27, 1 },
  { "y[i]", "y", 24, 9, 1 },
  { "c[i]", "c", 35, 25, 1 },
  { "iters[i]", "iters", 38, 9, 1 },
  { "a[i][j]", "a", 47, 13, 2 },
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { "plain.c", 8, 5, "i", "", 1, 0 },
  { "plain.c", 20, 5, "i", "", 1, 0 },
  { "plain.c", 31, 5, "i", "", 1, 0 },
  { "plain.c", 45, 5, "i", "", 1, 0 },
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "plain.c"
/* parc-args: --runtime=none */
/* The loops of balance.c as plain OpenMP, with no call into parc_rt. */
#include <math.h>

/* Triangular: row i does i + 1 steps. */
void lower_sums(int n, double *restrict out, const double *restrict a)
{
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[0], (i < n), (long long)(i), 0LL, 0); i++) {
        double s = 0;
        for (int j = 0; j <= i; j++)
            s += __parc_R(0, a, (a[j]));
        __parc_W(1, out, (out[i])) = s;
    }
}

/* Sparse rows: the data decides each row's length. */
void spmv(int n, const int *restrict rp, const int *restrict col,
          const double *restrict v, const double *restrict x, double *restrict y)
{
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[1], (i < n), (long long)(i), 0LL, 0); i++) {
        double s = 0;
        for (int k = __parc_R(2, rp, (rp[i])); k < __parc_R(3, rp, (rp[i + 1])); k++)
            s += __parc_R(4, v, (v[k])) * __parc_R(5, x, (x[__parc_R(6, col, (col[k]))]));
        __parc_W(7, y, (y[i])) = s;
    }
}

/* Escape time: a while loop per point. */
void escape(int n, const double *restrict c, int *restrict iters)
{
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[2], (i < n), (long long)(i), 0LL, 0); i++) {
        double z = 0;
        int k = 0;
        while (k < 256 && fabs(z) < 2.0) {
            z = z * z + __parc_R(8, c, (c[i]));
            k++;
        }
        __parc_W(9, iters, (iters[i])) = k;
    }
}

/* Even: every row costs the same; OpenMP's default blocks. */
void scale_rows(int n, int m, double a[n][m])
{
    for (int i = 0; parc_chk_iter(&__parc_chk_loops[3], (i < n), (long long)(i), 0LL, 0); i++)
        for (int j = 0; j < m; j++)
            __parc_RW(10, a, (a[i][j])) *= 2.0;
}
