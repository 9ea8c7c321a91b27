/* parallel: even/odd split, a[2i] = a[2i+1] * 2 */
#include <stdio.h>
#define N 1000
static int a[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 12;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N / 2; i++) {
        a[2 * i] = a[2 * i + 1] * 2;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i];
    printf("checksum %ld\n", s);
    return 0;
}
