/* Loops that leave early through return or goto (serial). */
#include <stdio.h>

#define N 100000

static int a[N], b[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static int find_first(const int *p, int n, int key)
{
    int i;
    /* EXPECT: serial early-exit */
    for (i = 0; i < n; i++)
        if (p[i] == key)
            return i;
    return -1;
}

static int fill_until_big(int *restrict dst, const int *restrict src, int n)
{
    int i;
    int filled = 0;
    /* EXPECT: serial early-exit */
    for (i = 0; i < n; i++) {
        if (src[i] > 32700)
            goto done;
        dst[i] = src[i] * 2;
        filled++;
    }
done:
    return filled;
}

int main(void)
{
    int i, pos, pos2, filled;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    pos = find_first(a, N, a[N / 2]);
    pos2 = find_first(a, N, 40000);
    filled = fill_until_big(b, a, N);

    for (i = 0; i < N; i++)
        h = ck(h, (unsigned)b[i]);
    h = ck(h, (unsigned)pos);
    h = ck(h, (unsigned)pos2);
    h = ck(h, (unsigned)filled);
    printf("pos=%d pos2=%d filled=%d\n", pos, pos2, filled);
    printf("checksum %u\n", h);
    return 0;
}
