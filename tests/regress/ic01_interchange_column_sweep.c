/* parc-args: --interchange */
/* Interchange: column sweeps (outer loop carries the dependence, the
   inner loop is independent and strides across rows).  Swapped, the
   parallel loop is outside; the result must not change, at any thread
   count, including for sizes with empty loops. */
#include <stdio.h>

#define N 300
static long a[N][N], b[N][N];
static unsigned c[N][N];

static void sweep(int n)
{
    for (int i = 1; i < n; i++)
        for (int j = 0; j < n; j++)
            a[j][i] = a[j][i - 1] * 3 + a[j][i] - 7 * j;
}

static void sweep2(int n, int m)
{
    for (int i = 2; i < n; i++)
        for (int j = m; j < n - 1; j++)
            b[j][i] = (b[j][i - 2] ^ b[j][i - 1]) + i;
}

static void backward(int n)
{
    for (int i = n - 2; i >= 0; i--)
        for (int j = 0; j < n; j++)
            c[j][i] = c[j][i + 1] * 33u + c[j][i];
}

int main(void)
{
    unsigned long h = 14695981039346656037ul;
    int sizes[] = { 0, 1, 2, 3, 17, 100, N };
    for (int t = 0; t < 7; t++) {
        int n = sizes[t];
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                a[i][j] = (i * 31 + j * 17) % 101 - 50;
                b[i][j] = (i * 7 + j * 3) % 19;
                c[i][j] = (unsigned)(i * 13 + j * 5) % 97u;
            }
        sweep(n);
        sweep2(n, n / 3);
        backward(n);
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                h = (h ^ (unsigned long)(a[i][j] + b[i][j] + c[i][j])) * 1099511628211ul;
    }
    printf("checksum %lu\n", h);
    return 0;
}
