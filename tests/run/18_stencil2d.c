/* 2-D five-point stencil from one grid into another (parallel), and an
   in-place Gauss-Seidel sweep (serial). */
#include <stdio.h>

#define R 500
#define C 400

static int g_in[R][C], g_out[R][C], gs[R][C];

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
    int i, j, sweep;
    unsigned h = 2166136261u;

    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++) {
            g_in[i][j] = (int)(gen((unsigned)(i * C + j)) % 1000u);
            gs[i][j] = g_in[i][j];
        }

    /* EXPECT: parallel */
    for (i = 1; i < R - 1; i++)
        for (j = 1; j < C - 1; j++)
            g_out[i][j] = g_in[i - 1][j] + g_in[i + 1][j] + g_in[i][j - 1] +
                          g_in[i][j + 1] - 4 * g_in[i][j];

    for (sweep = 0; sweep < 2; sweep++) {
        /* EXPECT: serial */
        for (i = 1; i < R - 1; i++)
            for (j = 1; j < C - 1; j++)
                gs[i][j] = (gs[i - 1][j] + gs[i + 1][j] + gs[i][j - 1] +
                            gs[i][j + 1]) / 4;
    }

    for (i = 0; i < R; i++)
        for (j = 0; j < C; j++) {
            h = ck(h, (unsigned)g_out[i][j]);
            h = ck(h, (unsigned)gs[i][j]);
        }
    printf("out[1][1]=%d gs[1][1]=%d gs[R-2][C-2]=%d\n", g_out[1][1], gs[1][1], gs[R - 2][C - 2]);
    printf("checksum %u\n", h);
    return 0;
}
