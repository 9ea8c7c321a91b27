/* 2-D array nests: rectangular and triangular (outer loop parallel),
   wavefront recurrence (serial). */
#include <stdio.h>

#define R 400
#define C 300

static int A[R][C], B[R][C];
static unsigned T[R][R];
static unsigned W[R][C];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i, j;
    unsigned h = 2166136261u;

    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            B[i][j] = (int)(gen((unsigned)(i * C + j)) % 1000u);

    /* EXPECT: parallel */
    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++)
            A[i][j] = 2 * B[i][j] + i - j;

    /* EXPECT: parallel */
    for (i = 0; i < R; i++)
        for (j = 0; j < i; j++)
            T[i][j] = (unsigned)(i * j) + (unsigned)B[i][j % C];

    for (j = 0; j < C; j++)
        W[0][j] = (unsigned)j + 1u;
    for (i = 0; i < R; i++)
        W[i][0] = (unsigned)i + 1u;

    /* EXPECT: serial flow-dependence */
    for (i = 1; i < R; i++)
        /* EXPECT: serial flow-dependence */
        for (j = 1; j < C; j++)
            W[i][j] = W[i - 1][j] + W[i][j - 1] + (unsigned)B[i][j];

    for (i = 0; i < R; i++) {
        for (j = 0; j < C; j++) {
            h = ck(h, (unsigned)A[i][j]);
            h = ck(h, W[i][j]);
        }
        for (j = 0; j < R; j++)
            h = ck(h, T[i][j]);
    }
    printf("A[5][7]=%d T[9][4]=%u W[last]=%u\n", A[5][7], T[9][4], W[R - 1][C - 1]);
    printf("checksum %u\n", h);
    return 0;
}
