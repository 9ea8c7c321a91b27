/* serial: triangular nest, outer loop is target, T[i][j] = T[i-1][j] + j for j < i */
#include <stdio.h>
#define N 60
static int T[N][N];
int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) T[i][j] = (i * j) % 5;
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < N; i++) {
        for (int j = 0; j < i; j++) {
            T[i][j] = T[i - 1][j] + j;
        }
    }
    long s = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) s += T[i][j];
    printf("checksum %ld\n", s);
    return 0;
}
