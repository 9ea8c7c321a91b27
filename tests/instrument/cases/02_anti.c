/* serial: anti dependence a[i] = a[i+1] * 2 + 1 */
#include <stdio.h>
#define N 1000
static long a[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 13;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N - 1; i++) {
        a[i] = a[i + 1] * 2 + 1;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i];
    printf("checksum %ld\n", s);
    return 0;
}
