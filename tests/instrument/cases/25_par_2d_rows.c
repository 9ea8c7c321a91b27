/* parallel: 2-D row-wise update, each outer iteration i touches only row i */
#include <stdio.h>
#define R 40
#define C 25
static int A[R][C];
int main(void) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) A[i][j] = (i * j) % 7;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < R; i++) {
        for (int j = 1; j < C; j++) {
            A[i][j] = A[i][j - 1] + A[i][j];
        }
    }
    long s = 0;
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) s += A[i][j];
    printf("checksum %ld\n", s);
    return 0;
}
