/* Golden test: nests, private inner indices, collapse, lastprivate. */
enum { R = 300, C = 200, K = 50 };

double A[R][K], B[K][C], M[R][C];

void matmul(void)
{
    int i, j, k;
    #pragma omp parallel for private(j,k)
#line 9 "nest.c"
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++) {
            double s = 0;
            for (k = 0; k < K; k++)
                s += A[i][k] * B[k][j];
            M[i][j] = s;
        }
}

__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); __extension__ extern long long parc_rt_floor __attribute__((__weak__)); __extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), parc_rt_static_chunk(long long) __attribute__((__weak__));
#line 18 "nest.c"
int wavefront(int n, int m, double u[n][m])
{
    int i, j, last = 0;
    for (i = 1; i < n; i++)
        for (j = 1; j < m; j++)
            u[i][j] = u[i - 1][j] + u[i][j - 1];
#ifdef _OPENMP
    if ((parc_rt_worth ? (unsigned long long)((long long)n) * 8ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 8LL) : (unsigned long long)((long long)n) * 8ULL >= 131072ULL)) {
    #pragma omp parallel for firstprivate(last) lastprivate(last)
#line 24 "nest.c"
    for (i = 0; i < n; i++) {
        last = i * 2;
        u[i][0] = last;
    }
    } else
#endif
#line 24 "nest.c"
    for (i = 0; i < n; i++) {
        last = i * 2;
        u[i][0] = last;
    }
    return last;
}
