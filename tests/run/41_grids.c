/* Nests and the GPU grid they map to with --target=cuda: a rectangular
   nest whose inner loop is parallel too (2-D), one whose inner loop is a
   recurrence (the outer loop only, 1-D), and a triangular one (1-D).  Run
   on the emulated device, whose blocks run in reverse order, a recurrence
   mapped to threads would come out wrong. */
#include <stdio.h>

#define R 300
#define C 256

static double a[R][C], b[R][C], t[R][C];

int main(void)
{
    int i, j;
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            b[i][j] = (double)((i * 31 + j * 17) % 13);

    /* EXPECT: parallel */
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            a[i][j] = 2.0 * b[i][j] + i;

    /* EXPECT: parallel */
    for (i = 0; i < R; i++)
        for (j = 1; j < C; j++)
            a[i][j] = a[i][j - 1] * 0.5 + b[i][j];

    /* EXPECT: parallel */
    for (i = 0; i < R; i++)
        for (j = 0; j <= i && j < C; j++)
            t[i][j] = a[i][j] - b[i][j];

    double s = 0.0;
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            s = s * 0.999 + a[i][j] + t[i][j];
    printf("checksum %lld\n", (long long)(s * 1000.0));
    return 0;
}
