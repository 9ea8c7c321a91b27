/* serial: indirect increments hist[idx[i]]++ with repeated indices */
#include <stdio.h>
#define N 1000
static int idx[N];
static int hist[16];
int main(void) {
    for (int i = 0; i < N; i++) idx[i] = (i * 7) % 10;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N; i++) {
        hist[idx[i]]++;
    }
    long s = 0;
    for (int k = 0; k < 16; k++) s += (long)hist[k] * (k + 1);
    printf("checksum %ld\n", s);
    return 0;
}
