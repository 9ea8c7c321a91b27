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

__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); __extension__ extern long long parc_rt_floor __attribute__((__weak__)); __extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), parc_rt_static_chunk(long long) __attribute__((__weak__));
__extension__ extern int parc_cuda_use(long long, long long) __attribute__((__weak__)), parc_cuda_host(void) __attribute__((__weak__)); __extension__ extern void parc_cuda_scope_begin(void) __attribute__((__weak__)), parc_cuda_scope_end(void) __attribute__((__weak__)); __extension__ extern int parc_k_vadd_16(int, int, const void *, long long, long long, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_stencil_23(int, int, int, int, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_norm2_32(int, long, double *, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_lower_45(int, int, const void *, long long, long long, int, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_tri_52(int, int, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_smooth_60(int, int, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_smooth_62(int, int, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_stats_71(int, int, double *, const void *, long long, long long, double *, long *) __attribute__((__weak__)); __extension__ extern int parc_k_pipeline_84(int, long, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_pipeline_86(int, long, const void *, long long, long long, const void *, long long, long long, const void *, long long, long long) __attribute__((__weak__)); __extension__ extern int parc_k_wave_92(int, int, const void *, long long, long long, int) __attribute__((__weak__));
#line 14 "cuda.c"
void vadd(int n, float *restrict z, const float *restrict x, const float *restrict y)
{
    if (parc_cuda_use && parc_k_vadd_16 && parc_cuda_use((long long)((long long)n) * 9LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*z) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*x) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*y) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*z) : 0ULL)) && !parc_k_vadd_16((0), (n), z, 0LL, (long long)n - 1LL, x, 0LL, (long long)n - 1LL, y, 0LL, (long long)n - 1LL)) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 9ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 9LL) : (unsigned long long)((long long)n) * 9ULL >= 131072ULL)) {
    #pragma omp parallel for simd
#line 16 "cuda.c"
    for (int i = 0; i < n; i++)
        z[i] = x[i] + y[i];
    } else
#endif
#line 16 "cuda.c"
    for (int i = 0; i < n; i++)
        z[i] = x[i] + y[i];
}

void stencil(void)
{
    int i, j;
    if (parc_cuda_use && parc_k_stencil_23 && parc_cuda_use(1022LL * 31683LL, (1022LL >= 1LL ? (unsigned long long)(1022LL - 1LL + 1) * sizeof(*next) : 0ULL) + (1023LL >= 0LL ? (unsigned long long)(1023LL - 0LL + 1) * sizeof(*grid) : 0ULL) + (1022LL >= 1LL ? (unsigned long long)(1022LL - 1LL + 1) * sizeof(*next) : 0ULL)) && !parc_k_stencil_23((1), (N - 1), (1), (M - 1), next, 1LL, 1022LL, grid, 0LL, 1023LL)) {} else
    #pragma omp parallel for private(j)
#line 23 "cuda.c"
    for (i = 1; i < N - 1; i++)
        for (j = 1; j < M - 1; j++)
            next[i][j] = 0.25 * (grid[i - 1][j] + grid[i + 1][j] +
                                 grid[i][j - 1] + grid[i][j + 1]);
}

double norm2(long n, const double *v)
{
    double s = 0.0;
    if (parc_cuda_use && parc_k_norm2_32 && parc_cuda_use((long long)((long long)n) * 7LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*v) : 0ULL)) && !parc_k_norm2_32((0), (n), &s, v, 0LL, (long long)n - 1LL)) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 7ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 7LL) : (unsigned long long)((long long)n) * 7ULL >= 131072ULL)) {
    #pragma omp parallel for simd reduction(+:s)
#line 32 "cuda.c"
    for (long k = 0; k < n; k++)
        s += SQ(v[k]);
    } else
#endif
#line 32 "cuda.c"
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
        if (parc_cuda_use && parc_k_lower_45 && parc_cuda_use((long long)(((long long)i + 1)) * 39LL, (65LL * i >= 64LL * i ? (unsigned long long)(65LL * i - 64LL * i + 1) * sizeof(*L) : 0ULL) + ((long long)i >= 0LL ? (unsigned long long)((long long)i - 0LL + 1) * sizeof(*a) : 0ULL) + (65LL * i >= 64LL * i ? (unsigned long long)(65LL * i - 64LL * i + 1) * sizeof(*L) : 0ULL)) && !parc_k_lower_45((0), (i), L, 64LL * i, 65LL * i, i, a, 0LL, (long long)i)) {} else
#ifdef _OPENMP
        if ((parc_rt_worth ? (unsigned long long)(((long long)i + 1)) * 39ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth(((long long)i + 1), 39LL) : (unsigned long long)(((long long)i + 1)) * 39ULL >= 131072ULL)) {
        #pragma omp parallel for
#line 45 "cuda.c"
        for (int j = 0; j <= i; j++)
            L[i * 64 + j] = weight(a[j], i - j);
        } else
#endif
#line 45 "cuda.c"
        for (int j = 0; j <= i; j++)
            L[i * 64 + j] = weight(a[j], i - j);
}

void tri(int n, double (*restrict T)[64], const double *restrict a)
{
    int i, j;
    if (parc_cuda_use && parc_k_tri_52 && parc_cuda_use(-1LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*T) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*a) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*T) : 0ULL)) && !parc_k_tri_52((0), (n), T, 0LL, (long long)n - 1LL, a, 0LL, (long long)n - 1LL)) {} else
    #pragma omp parallel for private(j) schedule(static, (parc_rt_static_chunk ? parc_rt_static_chunk((long long)n) : ((long long)n) > 16 ? ((long long)n) / 16 : 1))
#line 52 "cuda.c"
    for (i = 0; i < n; i++)
        for (j = 0; j <= i; j++)
            T[i][j] = weight(a[j], i - j);
}

void smooth(int steps, int n, double *restrict u, double *restrict w)
{
    { if (parc_cuda_scope_begin) parc_cuda_scope_begin();
#line 59 "cuda.c"
    for (int t = 0; t < steps; t++) {
        if (parc_cuda_use && parc_k_smooth_60 && parc_cuda_use((long long)((((long long)n - 1LL) - 1LL)) * 15LL, ((long long)n - 2LL >= 1LL ? (unsigned long long)((long long)n - 2LL - 1LL + 1) * sizeof(*w) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*u) : 0ULL) + ((long long)n - 2LL >= 1LL ? (unsigned long long)((long long)n - 2LL - 1LL + 1) * sizeof(*w) : 0ULL)) && !parc_k_smooth_60((1), (n - 1), w, 1LL, (long long)n - 2LL, u, 0LL, (long long)n - 1LL)) {} else if (parc_cuda_host && parc_cuda_host()) {} else
#ifdef _OPENMP
        if ((parc_rt_worth ? (unsigned long long)((((long long)n - 1LL) - 1LL)) * 15ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((((long long)n - 1LL) - 1LL), 15LL) : (unsigned long long)((((long long)n - 1LL) - 1LL)) * 15ULL >= 131072ULL)) {
        #pragma omp parallel for simd
#line 60 "cuda.c"
        for (int i = 1; i < n - 1; i++)
            w[i] = (u[i - 1] + u[i] + u[i + 1]) / 3.0;
        } else
#endif
#line 60 "cuda.c"
        for (int i = 1; i < n - 1; i++)
            w[i] = (u[i - 1] + u[i] + u[i + 1]) / 3.0;
        if (parc_cuda_use && parc_k_smooth_62 && parc_cuda_use((long long)((((long long)n - 1LL) - 1LL)) * 6LL, ((long long)n - 2LL >= 1LL ? (unsigned long long)((long long)n - 2LL - 1LL + 1) * sizeof(*u) : 0ULL) + ((long long)n - 2LL >= 1LL ? (unsigned long long)((long long)n - 2LL - 1LL + 1) * sizeof(*w) : 0ULL) + ((long long)n - 2LL >= 1LL ? (unsigned long long)((long long)n - 2LL - 1LL + 1) * sizeof(*u) : 0ULL)) && !parc_k_smooth_62((1), (n - 1), u, 1LL, (long long)n - 2LL, w, 1LL, (long long)n - 2LL)) {} else if (parc_cuda_host && parc_cuda_host()) {} else
#ifdef _OPENMP
        if ((parc_rt_worth ? (unsigned long long)((((long long)n - 1LL) - 1LL)) * 6ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((((long long)n - 1LL) - 1LL), 6LL) : (unsigned long long)((((long long)n - 1LL) - 1LL)) * 6ULL >= 131072ULL)) {
        #pragma omp parallel for simd
#line 62 "cuda.c"
        for (int i = 1; i < n - 1; i++)
            u[i] = w[i];
        } else
#endif
#line 62 "cuda.c"
        for (int i = 1; i < n - 1; i++)
            u[i] = w[i];
    }
    if (parc_cuda_scope_end) parc_cuda_scope_end(); }
#line 65 "cuda.c"
}

void stats(int n, const double *restrict x, double *sum, double *lo, long *count)
{
    double s = 0.0, m = x[0];
    long c = 0;
    if (parc_cuda_use && parc_k_stats_71 && parc_cuda_use((long long)((long long)n) * 14LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*x) : 0ULL)) && !parc_k_stats_71((0), (n), &s, x, 0LL, (long long)n - 1LL, &m, &c)) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 14ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 14LL) : (unsigned long long)((long long)n) * 14ULL >= 131072ULL)) {
    #pragma omp parallel for reduction(+:s,c) reduction(min:m)
#line 71 "cuda.c"
    for (int i = 0; i < n; i++) {
        s += x[i];
        if (x[i] < m)
            m = x[i];
        c += x[i] > 0.0;
    }
    } else
#endif
#line 71 "cuda.c"
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
    { if (parc_cuda_scope_begin) parc_cuda_scope_begin();
#line 84 "cuda.c"
    if (parc_cuda_use && parc_k_pipeline_84 && parc_cuda_use((long long)((long long)n) * 7LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*b) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*a) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*b) : 0ULL)) && !parc_k_pipeline_84((0), (n), b, 0LL, (long long)n - 1LL, a, 0LL, (long long)n - 1LL)) {} else if (parc_cuda_host && parc_cuda_host()) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 7ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 7LL) : (unsigned long long)((long long)n) * 7ULL >= 131072ULL)) {
    #pragma omp parallel for simd
#line 84 "cuda.c"
    for (long i = 0; i < n; i++)
        b[i] = a[i] * 2.0;
    } else
#endif
#line 84 "cuda.c"
    for (long i = 0; i < n; i++)
        b[i] = a[i] * 2.0;
    if (parc_cuda_use && parc_k_pipeline_86 && parc_cuda_use((long long)((long long)n) * 9LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*c) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*b) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*a) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*c) : 0ULL)) && !parc_k_pipeline_86((0), (n), c, 0LL, (long long)n - 1LL, b, 0LL, (long long)n - 1LL, a, 0LL, (long long)n - 1LL)) {} else if (parc_cuda_host && parc_cuda_host()) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 9ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 9LL) : (unsigned long long)((long long)n) * 9ULL >= 131072ULL)) {
    #pragma omp parallel for simd
#line 86 "cuda.c"
    for (long i = 0; i < n; i++)
        c[i] = b[i] + a[i];
    } else
#endif
#line 86 "cuda.c"
    for (long i = 0; i < n; i++)
        c[i] = b[i] + a[i];
    if (parc_cuda_scope_end) parc_cuda_scope_end(); }
#line 88 "cuda.c"
}

void wave(int n, double *restrict w)
{
    if (parc_cuda_use && parc_k_wave_92 && parc_cuda_use((long long)((long long)n) * 37LL, ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*w) : 0ULL) + ((long long)n - 1LL >= 0LL ? (unsigned long long)((long long)n - 1LL - 0LL + 1) * sizeof(*w) : 0ULL)) && !parc_k_wave_92((0), (n), w, 0LL, (long long)n - 1LL, n)) {} else
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 37ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 37LL) : (unsigned long long)((long long)n) * 37ULL >= 131072ULL)) {
    #pragma omp parallel for simd
#line 92 "cuda.c"
    for (int i = 0; i < n; i++)
        w[i] = sin(2.0 * M_PI * i / n);
    } else
#endif
#line 92 "cuda.c"
    for (int i = 0; i < n; i++)
        w[i] = sin(2.0 * M_PI * i / n);
}
