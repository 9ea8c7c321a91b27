/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { "A[i][k]", "A", 13, 22, 2 },
  { "B[k][j]", "B", 13, 32, 2 },
  { "M[i][j]", "M", 14, 13, 2 },
  { "u[i][0]", "u", 26, 9, 2 },
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { "nest.c", 9, 5, "i", "", 1, 0 },
  { "nest.c", 24, 5, "i", "", 1, 0 },
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "nest.c"
/* Golden test: nests, private inner indices, collapse, lastprivate. */
enum { R = 300, C = 200, K = 50 };

double A[R][K], B[K][C], M[R][C];

void matmul(void)
{
    int i, j, k;
    for (i = 0; parc_chk_iter(&__parc_chk_loops[0], (i < R), (long long)(i), 0LL, 0); i++)
        for (j = 0; j < C; j++) {
            double s = 0;
            for (k = 0; k < K; k++)
                s += __parc_R(0, A, (A[i][k])) * __parc_R(1, B, (B[k][j]));
            __parc_W(2, M, (M[i][j])) = s;
        }
}

int wavefront(int n, int m, double u[n][m])
{
    int i, j, last = 0;
    for (i = 1; i < n; i++)
        for (j = 1; j < m; j++)
            u[i][j] = u[i - 1][j] + u[i][j - 1];
    for (i = 0; parc_chk_iter(&__parc_chk_loops[1], (i < n), (long long)(i), 0LL, 0); i++) {
        last = i * 2;
        __parc_W(3, u, (u[i][0])) = last;
    }
    return last;
}
