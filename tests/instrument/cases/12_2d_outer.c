/* serial: 2-D array, A[i][j] = A[i-1][j] + 1, target is the outer loop over i */
#include <stdio.h>
#define R 40
#define C 25
static int A[R][C];
int main(void) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) A[i][j] = (i + j) % 3;
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < R; i++) {
        for (int j = 0; j < C; j++) {
            A[i][j] = A[i - 1][j] + 1;
        }
    }
    long s = 0;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) s += A[i][j];
    printf("checksum %ld\n", s);
    return 0;
}
