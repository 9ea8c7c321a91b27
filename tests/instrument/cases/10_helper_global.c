/* serial: static helper called from the loop writes global array element g[0] */
#include <stdio.h>
#define N 1000
static int a[N];
static int g[4];
static void touch(int *arr, int i) {
    arr[i] = arr[i] * 2 + 1;
    g[0] += arr[i] % 7;
}
int main(void) {
    for (int i = 0; i < N; i++) a[i] = i % 10;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N; i++) {
        touch(a, i);
    }
    long s = g[0];
    for (int i = 0; i < N; i++) s += a[i];
    printf("checksum %ld\n", s);
    return 0;
}
