/* serial: iterations accumulate into a[i % 4] (read-modify-write conflicts) */
#include <stdio.h>
#define N 1000
static int a[4];
static int b[N];
int main(void) {
    for (int i = 0; i < N; i++) b[i] = (i * 17) % 53;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N; i++) {
        a[i % 4] += b[i];
    }
    printf("checksum %d\n", a[0] + 2 * a[1] + 3 * a[2] + 4 * a[3]);
    return 0;
}
