/* serial: linearized array b[i*W+j], each row writes W+1 elements so rows overlap */
#include <stdio.h>
#define R 30
#define W 20
static int b[R * W + 1];
int main(void) {
    int n = W;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < R; i++) {
        for (int j = 0; j <= n; j++) {
            b[i * n + j] = i * 3 + j;
        }
    }
    long s = 0;
    for (int k = 0; k < R * W + 1; k++) s += b[k];
    printf("checksum %ld\n", s);
    return 0;
}
