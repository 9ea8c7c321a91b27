/* A loop with a tiny constant trip count is not worth parallelizing;
   a large one next to it is. */
#include <stdio.h>

#define N 100000

static int big[N];

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i;
    int small[4];
    unsigned h = 2166136261u;

    /* EXPECT: serial not-profitable */
    for (i = 0; i < 4; i++)
        small[i] = i;

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        big[i] = (i % 1000) * small[i % 4] + 3;

    for (i = 0; i < N; i++)
        h = ck(h, (unsigned)big[i]);
    for (i = 0; i < 4; i++)
        h = ck(h, (unsigned)small[i]);
    printf("big[7]=%d\n", big[7]);
    printf("checksum %u\n", h);
    return 0;
}
