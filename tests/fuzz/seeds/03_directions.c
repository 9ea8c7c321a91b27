/* Downward and strided loops (parallel), shift left (serial, anti). */
#include <stdio.h>

#define N 60000

static int in[N], o1[N], o2[N], o3[N], o4[N], sh[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void down(int *restrict out, const int *restrict src, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = n - 1; i >= 0; i--)
        out[i] = 3 * src[i] - 1;
}

static void stride2(int *restrict out, const int *restrict src, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = 0; i < n - 1; i += 2)
        out[i] = src[i] + src[i + 1];
}

static void stride3(int *restrict out, const int *restrict src, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = 1; i < n; i += 3)
        out[i] = src[i] * 2 + src[i - 1];
}

static void down2(int *restrict out, const int *restrict src, int n)
{
    int i;
    /* EXPECT: parallel */
    for (i = n - 1; i > 0; i -= 2)
        out[i] = src[i] - src[i - 1];
}

static void shift_left(int *p, int n)
{
    int i;
    /* EXPECT: serial anti-dependence */
    for (i = 0; i < n - 1; i++)
        p[i] = p[i + 1] + 1;
}

int main(void)
{
    int i;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        in[i] = (int)gen((unsigned)i);
        sh[i] = in[i];
    }
    down(o1, in, N);
    stride2(o2, in, N);
    stride3(o3, in, N);
    down2(o4, in, N);
    shift_left(sh, N);

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)o1[i]);
        h = ck(h, (unsigned)o2[i]);
        h = ck(h, (unsigned)o3[i]);
        h = ck(h, (unsigned)o4[i]);
        h = ck(h, (unsigned)sh[i]);
    }
    printf("o1[0]=%d o2[2]=%d o3[4]=%d o4[N-1]=%d sh[0]=%d\n",
           o1[0], o2[2], o3[4], o4[N - 1], sh[0]);
    printf("checksum %u\n", h);
    return 0;
}
