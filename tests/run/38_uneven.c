/* Uneven loops: triangular nests, sparse rows, escape-time while loops and
   heavy branches get schedules whose chunk sizes come from parc_rt
   (schedule(static, parc_rt_static_chunk(n)), schedule(dynamic,
   parc_rt_chunk(n))); every iteration must still run exactly once.
   Exact unsigned arithmetic. */
#include <stdio.h>

#define N 700

static unsigned A[N][N], B[N][N];
static unsigned lower[N], y[N], it[N], heavy[N];
static int rp[N + 1], col[N * 8];
static unsigned val[N * 8], x[N];

static unsigned gen(unsigned i)
{
    unsigned v = i * 1103515245u + 12345u;
    return (v >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void tri_lower(int n)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++) {
        unsigned s = 0u;
        for (int j = 0; j <= i; j++)
            s += A[i][j] * 3u + j;
        lower[i] = s;
    }
}

static void tri_upper(int n)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++)
            B[i][j] = A[i][j] ^ (unsigned)(i + j);
}

static void spmv(int n)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++) {
        unsigned s = 0u;
        for (int k = rp[i]; k < rp[i + 1]; k++)
            s += val[k] * x[col[k]];
        y[i] = s;
    }
}

static void escape(int n)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++) {
        unsigned z = (unsigned)i, k = 0u;
        while (k < 500u && (z & 1023u) != 7u) {
            z = z * 5u + 3u + (unsigned)(i & 15);
            k++;
        }
        it[i] = k;
    }
}

static void branchy(int n, const unsigned *mask)
{
    /* EXPECT: parallel */
    for (int i = 0; i < n; i++) {
        if (mask[i] % 5u == 0u) {
            unsigned s = 0u;
            for (int j = 0; j < N; j++)
                s += A[j][i] * (unsigned)j;
            heavy[i] = s;
        } else {
            heavy[i] = mask[i];
        }
    }
}

int main(void)
{
    unsigned h = 2166136261u;
    int nnz = 0;

    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++)
            A[i][j] = gen((unsigned)(i * N + j)) % 1000u;
        x[i] = gen((unsigned)i + 99u) % 100u;
    }
    for (int i = 0; i < N; i++) {
        rp[i] = nnz;
        int len = (int)(gen((unsigned)i * 7u) % 9u);   /* 0 to 8 entries */
        for (int k = 0; k < len; k++) {
            col[nnz] = (int)(gen((unsigned)(i * 8 + k)) % N);
            val[nnz] = gen((unsigned)(nnz + 3)) % 50u;
            nnz++;
        }
    }
    rp[N] = nnz;

    /* Odd sizes too: chunks must cover every row. */
    int sizes[] = { 1, 2, 3, 17, 255, N };
    for (int t = 0; t < 6; t++) {
        int n = sizes[t];
        tri_lower(n);
        tri_upper(n);
        spmv(n);
        escape(n);
        branchy(n, x);
        for (int i = 0; i < n; i++) {
            h = ck(h, lower[i]);
            h = ck(h, y[i]);
            h = ck(h, it[i]);
            h = ck(h, heavy[i]);
            for (int j = i; j < n; j += 37)
                h = ck(h, B[i][j]);
        }
    }
    printf("checksum %u\n", h);
    return 0;
}
