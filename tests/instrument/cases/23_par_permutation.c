/* parallel: indirect writes through a true permutation, out[perm[i]] = in[i] */
#include <stdio.h>
#define N 1000
static int perm[N];
static int in[N];
static int out[N];
int main(void) {
    for (int i = 0; i < N; i++) { perm[i] = (i * 7 + 3) % N; in[i] = i % 50; }
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N; i++) {
        out[perm[i]] = in[i] + 1;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += (long)out[i] * (i % 3 + 1);
    printf("checksum %ld\n", s);
    return 0;
}
