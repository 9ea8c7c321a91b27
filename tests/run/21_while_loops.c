/* A for loop whose body runs an inner while loop over a per-iteration
   local (parallel); while and do-while loops themselves (serial). */
#include <stdio.h>

#define N 100000

static int steps[N], w[N];

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i, k;
    int n = N;
    unsigned acc = 1u;
    unsigned h = 2166136261u;

    /* EXPECT: parallel */
    for (i = 0; i < n; i++) {
        unsigned x = (unsigned)i + 1u;
        int s = 0;
        while (x != 1u && s < 1000) {
            x = (x & 1u) ? 3u * x + 1u : x / 2u;
            s++;
        }
        steps[i] = s;
    }

    i = 0;
    /* EXPECT: serial non-canonical-loop */
    while (i < n) {
        w[i] = steps[i] * 2 + (i > 0 ? w[i - 1] % 7 : 0);
        i++;
    }

    k = 0;
    /* EXPECT: serial non-canonical-loop */
    do {
        acc = acc * 3u + (unsigned)steps[k];
        k += 7;
    } while (k < n);

    for (i = 0; i < n; i++) {
        h = ck(h, (unsigned)steps[i]);
        h = ck(h, (unsigned)w[i]);
    }
    h = ck(h, acc);
    printf("steps[26]=%d w[9]=%d acc=%u\n", steps[26], w[9], acc);
    printf("checksum %u\n", h);
    return 0;
}
