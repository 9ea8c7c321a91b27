/* serial: conflict only in one iteration: if (i == 50) a[0] = a[99]; else b[i] = a[i]*2 */
#include <stdio.h>
#define N 100
static int a[N];
static int b[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i + 1;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N; i++) {
        if (i == 50)
            a[0] = a[99];
        else
            b[i] = a[i] * 2;
    }
    long s = a[0];
    for (int i = 0; i < N; i++) s += b[i];
    printf("checksum %ld\n", s);
    return 0;
}
