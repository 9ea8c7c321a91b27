/* Linearized two-dimensional arrays: a[i*n + j] with 0 <= j < n is row i,
 * column j, so rows written by different iterations never overlap.  When a
 * column index can reach n, it spills into the next row. */
#include <stdio.h>
#include <stdlib.h>

static void scale_rows(int rows, int n, const int *restrict in, int *restrict out)
{
    /* EXPECT: parallel */
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < n; j++)
            out[i * n + j] = in[i * n + j] * (i + 1);
}

static void smooth_rows(int rows, int n, int *a)
{
    /* EXPECT: parallel */
    for (int i = 0; i < rows; i++)
        for (int j = 1; j < n; j++)
            a[i * n + j] += a[i * n + j - 1];
}

static void spill(int rows, int n, int *a)
{
    /* EXPECT: serial */
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < n; j++)
            a[i * n + j + 1] += a[i * n + j];
}

static void down_rows(int rows, int n, int *a)
{
    /* EXPECT: serial flow-dependence */
    for (int i = 1; i < rows; i++)
        for (int j = 0; j < n; j++)
            a[n * i + j] += a[n * (i - 1) + j];
}

int main(void)
{
    enum { R = 300, C = 200 };
    int *in = malloc((R * C + 1) * sizeof *in), *out = malloc((R * C + 1) * sizeof *out);
    if (!in || !out)
        return 1;
    for (int k = 0; k < R * C + 1; k++) {
        in[k] = (int)((k * 2654435761u) >> 20) % 100;
        out[k] = 0;
    }
    scale_rows(R, C, in, out);
    smooth_rows(R, C, out);
    spill(R, C, in);
    down_rows(R, C, out);
    unsigned long long ck = 0;
    for (int k = 0; k < R * C + 1; k++)
        ck = ck * 31u + (unsigned)in[k] + 7u * (unsigned)out[k];
    printf("checksum %llu\n", ck);
    free(in);
    free(out);
    return 0;
}
