/* parc-args: --interchange */
/* Loop interchange: each nest's outer loop carries a dependence. */
#define N 256
double a[N][N], b[N][N], c[N][N];

/* Column sweep: swapped, j runs in parallel and i walks along a row. */
__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); __extension__ extern long long parc_rt_floor __attribute__((__weak__)); __extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), parc_rt_static_chunk(long long) __attribute__((__weak__));
#line 7 "interchange.c"
void sweep(int n)
{
#ifdef _OPENMP
    if ((parc_rt_worth ? parc_rt_worth((long long)n, (long long)(1ULL + (((long long)n - 1LL) > 0 ? (unsigned long long)(((long long)n - 1LL)) : 0ULL) * (18ULL))) : (unsigned long long)((long long)n) * (unsigned long long)(long long)(1ULL + (((long long)n - 1LL) > 0 ? (unsigned long long)(((long long)n - 1LL)) : 0ULL) * (18ULL)) >= 131072ULL)) {
    #pragma omp parallel for
#line 9 "interchange.c"
    for (int j = 0; j < n; j++)
        for (int i = 1; i < n; i++)
            a[j][i] = a[j][i - 1] * 0.5 + a[j][i];
    } else
#endif
#line 9 "interchange.c"
    for (int j = 0; j < n; j++)
        for (int i = 1; i < n; i++)
            a[j][i] = a[j][i - 1] * 0.5 + a[j][i];
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
#ifdef _OPENMP
        if ((parc_rt_worth ? (unsigned long long)((long long)i) * 12ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)i, 12LL) : (unsigned long long)((long long)i) * 12ULL >= 131072ULL)) {
        #pragma omp parallel for simd
#line 35 "interchange.c"
        for (int j = 0; j < i; j++)
            a[j][i] = a[j][i - 1] + 2.0;
        } else
#endif
#line 35 "interchange.c"
        for (int j = 0; j < i; j++)
            a[j][i] = a[j][i - 1] + 2.0;
}
