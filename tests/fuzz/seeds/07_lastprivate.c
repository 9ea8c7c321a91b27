/* Values live after the loop: a scalar assigned unconditionally in every
   iteration and the loop index itself (parallel with lastprivate);
   a conditionally assigned "last match" (serial). */
#include <stdio.h>

#define N 90000

static int b[N], a[N], w[N];

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
    int last_t = 0;
    int last_match = -1;
    unsigned h = 2166136261u;

    for (i = 0; i < n; i++)
        b[i] = (int)gen((unsigned)i);

    /* EXPECT: parallel */
    for (i = 0; i < n; i++) {
        last_t = b[i] + i;
        a[i] = last_t * 2;
    }
    printf("last_t=%d i=%d\n", last_t, i);

    /* EXPECT: parallel */
    for (i = 0; i < n - 5; i++)
        w[i] = b[i] - b[i + 5];
    printf("index after loop=%d\n", i);

    /* EXPECT: serial */
    for (i = 0; i < n; i++)
        if (b[i] % 97 == 3)
            last_match = i;
    printf("last_match=%d\n", last_match);

    for (i = 0; i < n; i++) {
        h = ck(h, (unsigned)a[i]);
        h = ck(h, (unsigned)w[i]);
    }
    h = ck(h, (unsigned)last_t);
    h = ck(h, (unsigned)last_match);
    printf("checksum %u\n", h);
    return 0;
}
