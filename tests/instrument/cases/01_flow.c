/* serial: flow dependence a[i] = a[i-1] + i */
#include <stdio.h>
#define N 1000
static long a[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 7;
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < N; i++) {
        a[i] = a[i - 1] + i;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i] % 1000;
    printf("checksum %ld\n", s);
    return 0;
}
