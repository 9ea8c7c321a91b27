/* serial: byte array flow dependence c[i+1] = c[i] ^ 0x5a */
#include <stdio.h>
#define N 1000
static unsigned char c[N];
int main(void) {
    for (int i = 0; i < N; i++) c[i] = (unsigned char)(i * 3);
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N - 1; i++) {
        c[i + 1] = (unsigned char)(c[i] ^ 0x5a);
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += c[i];
    printf("checksum %ld\n", s);
    return 0;
}
