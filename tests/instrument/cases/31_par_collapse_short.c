/* A short outer loop over a nest: parc collapses the two outer loops, so
 * the checker counts (i, j) pairs as iterations; each writes its own c[i][j]. */
#include <stdio.h>

static double a[8][300], b[300][40], c[8][40];

int main(void)
{
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 300; k++)
            a[i][k] = (i + k) % 7;
    for (int k = 0; k < 300; k++)
        for (int j = 0; j < 40; j++)
            b[k][j] = (k * j) % 5;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 40; j++) {
            double s = 0;
            for (int k = 0; k < 300; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    double sum = 0;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 40; j++)
            sum += c[i][j];
    printf("checksum %.0f\n", sum);
    return 0;
}
