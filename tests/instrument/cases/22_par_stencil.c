/* parallel: 3-point stencil reading in[] and writing a separate out[] */
#include <stdio.h>
#define N 1000
static int in[N];
static int out[N];
int main(void) {
    for (int i = 0; i < N; i++) in[i] = (i * 13) % 29;
    /* PARC-TARGET expect=parallel */
    for (int i = 1; i < N - 1; i++) {
        out[i] = in[i - 1] + 2 * in[i] + in[i + 1];
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += out[i];
    printf("checksum %ld\n", s);
    return 0;
}
