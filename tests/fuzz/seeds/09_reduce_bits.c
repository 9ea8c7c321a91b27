/* Bitwise and logical reductions & | ^ && || (parallel);
   accumulation into a[i % 4] (serial). */
#include <stdio.h>

#define N 100000

static unsigned v[N], w[N];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

int main(void)
{
    int i;
    unsigned band = 0xffffffffu, bor = 0u, bxor = 0u;
    int all_small = 1, all_big = 1, any_hit = 0, any_miss = 0;
    unsigned acc[4] = {0u, 0u, 0u, 0u};
    unsigned target;

    /* Each block of 4096 elements owns one bit, so partial results of
       different threads differ from each other and from the total. */
    for (i = 0; i < N; i++) {
        v[i] = (gen((unsigned)i) & 0xfff0u) | 0x10000u;
        w[i] = 1u << ((unsigned)i / 4096u);
    }
    v[777] = 0x10005u;
    target = v[777];

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        band &= ~w[i];

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        bor |= w[i] ^ (v[i] & 0x10u);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        bxor ^= v[i] * 2654435761u;

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        all_small = all_small && (v[i] < 0x1fff0u);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        all_big = all_big && (v[i] != 0x10005u);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        any_hit = any_hit || (v[i] == target);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        any_miss = any_miss || (v[i] == 0x10006u);

    /* EXPECT: serial */
    for (i = 0; i < N; i++)
        acc[i % 4] = acc[i % 4] * 31u + v[i];

    printf("and=%x or=%x xor=%x all_small=%d all_big=%d any_hit=%d any_miss=%d\n",
           band, bor, bxor, all_small, all_big, any_hit, any_miss);
    printf("acc=%u %u %u %u\n", acc[0], acc[1], acc[2], acc[3]);
    printf("checksum %u\n", band ^ (bor * 3u) ^ (bxor * 5u) ^ (acc[0] + acc[1] + acc[2] + acc[3]) ^
                                (unsigned)(all_small + 2 * all_big + 4 * any_hit + 8 * any_miss));
    return 0;
}
