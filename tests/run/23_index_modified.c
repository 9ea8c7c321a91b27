/* Loops whose control is changed inside the body: the index, the bound,
   and a for loop with the condition and increment moved into the body
   (all serial). */
#include <stdio.h>

#define N 100000

static int a[N], o1[N], o2[N], o3[N];

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
    int i;
    int n = N;
    int lim = N;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        a[i] = (int)gen((unsigned)i);

    /* EXPECT: serial index-modified */
    for (i = 0; i < n; i++) {
        o1[i] = a[i] + 1;
        if (a[i] % 7 == 0)
            i++;
    }

    /* EXPECT: serial */
    for (i = 0; i < lim; i++) {
        o2[i] = a[i] * 2;
        if (a[i] > 30000)
            lim -= 3;
    }
    printf("lim=%d stop=%d\n", lim, i);

    /* EXPECT: serial */
    for (i = 0; ; ) {
        if (i >= n)
            break;
        o3[i] = a[i] - 5;
        i++;
    }

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)o1[i]);
        h = ck(h, (unsigned)o2[i]);
        h = ck(h, (unsigned)o3[i]);
    }
    h = ck(h, (unsigned)lim);
    printf("checksum %u\n", h);
    return 0;
}
