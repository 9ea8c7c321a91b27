/* serial: write through pointer parameter aliasing read parameter, f(a, a+1, n) */
#include <stdio.h>
#define N 1000
static int a[N];
static void f(int *dst, const int *src, int n) {
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < n; i++) {
        dst[i] = src[i] + 3;
    }
}
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 11;
    f(a, a + 1, N - 1);
    long s = 0;
    for (int i = 0; i < N; i++) s += a[i] * (i % 5 + 1);
    printf("checksum %ld\n", s);
    return 0;
}
