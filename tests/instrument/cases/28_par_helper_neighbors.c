/* parallel: helper reads neighbours of in[] but writes only its own element of out[] */
#include <stdio.h>
#define N 1000
static int in[N];
static int out[N];
static void smooth(int *o, const int *src, int i) {
    o[i] = (src[i - 1] + src[i] + src[i + 1]) / 3;
}
int main(void) {
    for (int i = 0; i < N; i++) in[i] = (i * 37) % 100;
    /* PARC-TARGET expect=parallel */
    for (int i = 1; i < N - 1; i++) {
        smooth(out, in, i);
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += out[i];
    printf("checksum %ld\n", s);
    return 0;
}
