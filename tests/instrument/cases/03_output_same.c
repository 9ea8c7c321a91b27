/* serial: output dependence, every iteration writes a[0] */
#include <stdio.h>
#define N 1000
static int a[N];
static int b[N];
int main(void) {
    for (int i = 0; i < N; i++) b[i] = (i * 31) % 101;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N; i++) {
        a[0] = b[i];
    }
    long s = a[0];
    for (int i = 0; i < N; i++) s += b[i];
    printf("checksum %ld\n", s);
    return 0;
}
