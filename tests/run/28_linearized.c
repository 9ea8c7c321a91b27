/* A linearized 2-D array (a[i*m + j]) whose writes run into the next row
   (serial), plus a plain 2-D copy done through a linearized index
   (not a target: whether it is proven independent is up to the
   compiler, the output must be right either way). */
#include <stdio.h>
#include <stdlib.h>

#define ROWS 300
#define COLS 200

static unsigned lin[ROWS * COLS + 1];
static unsigned src[ROWS * COLS], dst[ROWS * COLS];

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
    int rows = ROWS, m = COLS;
    unsigned h = 2166136261u;

    for (i = 0; i < ROWS * COLS; i++) {
        lin[i] = gen((unsigned)i);
        src[i] = gen((unsigned)i + 1u);
    }
    lin[ROWS * COLS] = 0u;

    /* EXPECT: serial */
    for (i = 0; i < rows; i++)
        for (j = 0; j < m; j++)
            lin[i * m + j + 1] = lin[i * m + j] * 3u + 1u;

    for (i = 0; i < rows; i++)
        for (j = 0; j < m; j++)
            dst[i * m + j] = src[i * m + j] + (unsigned)j;

    for (i = 0; i <= ROWS * COLS; i++)
        h = ck(h, lin[i]);
    for (i = 0; i < ROWS * COLS; i++)
        h = ck(h, dst[i]);
    printf("lin[last]=%u dst[7]=%u\n", lin[ROWS * COLS], dst[7]);
    printf("checksum %u\n", h);
    return 0;
}
