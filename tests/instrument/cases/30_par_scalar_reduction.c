/* parallel: reduction into a local double scalar (scalars are not recorded) */
#include <stdio.h>
#define N 1000
static double a[N];
int main(void) {
    for (int i = 0; i < N; i++) a[i] = (double)(i % 8) * 0.25;
    double sum = 0.0;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N; i++) {
        sum += a[i];
    }
    printf("checksum %.0f\n", sum);
    return 0;
}
