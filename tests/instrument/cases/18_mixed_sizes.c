/* serial: write a double, another iteration reads one of its bytes via unsigned char* */
#include <stdio.h>
#define N 1000
static double d[N];
int main(void) {
    const unsigned char *p = (const unsigned char *)d;
    for (int i = 0; i < N; i++) d[i] = (double)(i % 9);
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < N; i++) {
        d[i] = (double)p[(i - 1) * sizeof(double) + 6] + 2.0;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += (long)d[i];
    printf("checksum %ld\n", s);
    return 0;
}
