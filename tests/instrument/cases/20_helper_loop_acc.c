/* serial: loop body calls helper whose own loop accumulates into global acc[j % 4] */
#include <stdio.h>
#define R 50
#define M 20
static int A[R][M];
static long acc[4];
static void add_row(const int *row, int m) {
    for (int j = 0; j < m; j++) {
        acc[j % 4] += row[j];
    }
}
int main(void) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < M; j++) A[i][j] = (i + 2 * j) % 7;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < R; i++) {
        add_row(&A[i][0], M);
    }
    printf("checksum %ld\n", acc[0] + 2 * acc[1] + 3 * acc[2] + 4 * acc[3]);
    return 0;
}
