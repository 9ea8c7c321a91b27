/* parallel: simple map a[i] = b[i] * 2 */
#include <stdio.h>
#define N 1000
static int a[N];
static int b[N];
int main(void) {
    for (int i = 0; i < N; i++) b[i] = i % 21;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N; i++) {
        a[i] = b[i] * 2;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i];
    printf("checksum %ld\n", s);
    return 0;
}
