/* parallel: disjoint halves, a[i] and a[i + n/2] for i < n/2 */
#include <stdio.h>
#define N 1000
static int a[N];
int main(void) {
    int n = N;
    for (int i = 0; i < N; i++) a[i] = i % 15;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < n / 2; i++) {
        int t = a[i];
        a[i] = a[i + n / 2] + 1;
        a[i + n / 2] = t * 2;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += (long)a[i] * (i % 4 + 1);
    printf("checksum %ld\n", s);
    return 0;
}
