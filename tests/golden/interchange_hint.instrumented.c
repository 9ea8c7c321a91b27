/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { "a[j][i]", "a", 11, 13, 2 },
  { "a[j][i - 1]", "a", 11, 23, 2 },
  { "a[j][i]", "a", 11, 43, 2 },
  { "a[j][i]", "a", 36, 13, 2 },
  { "a[j][i - 1]", "a", 36, 23, 2 },
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { "interchange_hint.c", 10, 9, "j", "", 1, 0 },
  { "interchange_hint.c", 35, 9, "j", "", 1, 0 },
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "interchange_hint.c"
/* The nests of interchange.c without --interchange: notes only. */
/* Loop interchange: each nest's outer loop carries a dependence. */
#define N 256
double a[N][N], b[N][N], c[N][N];

/* Column sweep: swapped, j runs in parallel and i walks along a row. */
void sweep(int n)
{
    for (int i = 1; i < n; i++)
        for (int j = 0; parc_chk_iter(&__parc_chk_loops[0], (j < n), (long long)(j), 0LL, 0); j++)
            __parc_W(0, a, (a[j][i])) = __parc_R(1, a, (a[j][i - 1])) * 0.5 + __parc_R(2, a, (a[j][i]));
}

/* Row recurrence: the inner loop already walks along a row, so a swap
 * would only make memory order worse; the inner loop stays parallel. */
void rows(void)
{
    for (int i = 1; i < N; i++)
        for (int j = 0; j < N; j++)
            b[i][j] = b[i - 1][j] + b[i][j];
}

/* Direction (<, >): the swap would reverse a dependence; not swapped. */
void skew(void)
{
    for (int i = 1; i < N; i++)
        for (int j = 0; j < N - 1; j++)
            c[j][i] = c[j + 1][i - 1] + 1.0;
}

/* A bound uses the outer index: not a rectangular nest, not swapped. */
void tri(void)
{
    for (int i = 1; i < N; i++)
        for (int j = 0; parc_chk_iter(&__parc_chk_loops[1], (j < i), (long long)(j), 0LL, 0); j++)
            __parc_W(3, a, (a[j][i])) = __parc_R(4, a, (a[j][i - 1])) + 2.0;
}
