/* Regressions found by the shared corpus.
 * 1. An increment whose value is used ("w++" inside an expression) is not a
 *    reduction: each iteration reads the running value.  (It is an
 *    induction variable, w0 + i in iteration i: linear(w).)
 * 2. Array parameters (including VLA parameters) are pointers: two of them
 *    may overlap, so the loop stays serial without restrict.
 * 3. A compound assignment whose value is used is not a reduction either. */
#include <stdio.h>

#define N 3000

static unsigned long long weighted(const int *v, int n)
{
    unsigned long long sum = 0, w = 1;
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        sum += (unsigned long long)v[i] * w++;
    return sum;
}

static void shift_rows(int n, const int a[n][4], int b[n][4])
{
    /* EXPECT: serial may-alias */
    for (int i = 1; i < n; i++)
        for (int j = 0; j < 4; j++)
            b[i][j] = a[i - 1][j] + 1;
}

static void shift_fixed(const int a[N], int b[N])
{
    /* EXPECT: serial may-alias */
    for (int i = 1; i < N; i++)
        b[i] = a[i - 1] + 1;
}

static int running(const int *restrict v, int *restrict out, int n)
{
    int s = 0;
    /* EXPECT: serial scalar-dependence */
    for (int i = 0; i < n; i++)
        out[i] = (s += v[i]);
    return s;
}

int main(void)
{
    static int v[N], out[N], m[N][4];
    unsigned long long ck = 0;
    for (int i = 0; i < N; i++) {
        v[i] = (int)((i * 2654435761u) % 1000u);
        for (int j = 0; j < 4; j++)
            m[i][j] = i + j;
    }
    ck += weighted(v, N);
    /* Overlapping arguments: the same array as input and output. */
    shift_rows(N, (const int (*)[4])m, m);
    shift_fixed(v, v);
    ck += (unsigned long long)running(v, out, N);
    for (int i = 0; i < N; i++)
        ck = ck * 31u + (unsigned)v[i] + (unsigned)out[i] + (unsigned)m[i][3];
    printf("checksum %llu\n", ck);
    return 0;
}
