/* serial: flow dependence with distance 5, a[i] = a[i-5] + 1 */
#include <stdio.h>
#define N 1000
static int a[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 9;
    /* PARC-TARGET expect=serial */
    for (int i = 5; i < N; i++) {
        a[i] = a[i - 5] + 1;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i];
    printf("checksum %ld\n", s);
    return 0;
}
