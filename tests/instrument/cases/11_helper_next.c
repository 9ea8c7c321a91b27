/* serial: static helper called from the loop reads p[i+1] while writing p[i] */
#include <stdio.h>
#define N 1000
static int p[N];
static void shift(int *q, int i) {
    q[i] = q[i + 1] + i % 3;
}
int main(void) {
    for (int i = 0; i < N; i++) p[i] = i % 8;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N - 1; i++) {
        shift(p, i);
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += p[i];
    printf("checksum %ld\n", s);
    return 0;
}
