/* Matrix-vector product (parallel) and forward substitution with a
   unit lower-triangular matrix (serial), in exact unsigned arithmetic. */
#include <stdio.h>

#define N 500

static unsigned L[N][N];
static unsigned vec[N], y[N], rhs[N], x[N];

static unsigned gen(unsigned i)
{
    unsigned v = i * 1103515245u + 12345u;
    return (v >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i, j;
    int n = N;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++)
            L[i][j] = j < i ? gen((unsigned)(i * N + j)) % 100u : (j == i ? 1u : 0u);
        vec[i] = gen((unsigned)i + 7u) % 50u;
        rhs[i] = gen((unsigned)i + 13u);
    }

    /* EXPECT: parallel */
    for (i = 0; i < n; i++) {
        unsigned s = 0u;
        for (j = 0; j < n; j++)
            s += L[i][j] * vec[j];
        y[i] = s;
    }

    /* EXPECT: serial */
    for (i = 0; i < n; i++) {
        unsigned s = rhs[i];
        for (j = 0; j < i; j++)
            s -= L[i][j] * x[j];
        x[i] = s;
    }

    for (i = 0; i < N; i++) {
        h = ck(h, y[i]);
        h = ck(h, x[i]);
    }
    printf("y[0]=%u y[N-1]=%u x[N-1]=%u\n", y[0], y[N - 1], x[N - 1]);
    printf("checksum %u\n", h);
    return 0;
}
