/* parallel: per-byte map over a char array, c[i] = c[i] ^ 0x20 */
#include <stdio.h>
#define N 1000
static unsigned char c[N];
int main(void) {
    for (int i = 0; i < N; i++) c[i] = (unsigned char)('a' + i % 26);
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N; i++) {
        c[i] = (unsigned char)(c[i] ^ 0x20);
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += c[i];
    printf("checksum %ld\n", s);
    return 0;
}
