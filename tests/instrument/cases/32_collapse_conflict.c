/* A short outer loop over a nest, collapsed: (i, j) iterations all add
 * into row[j], so iterations with the same j and different i conflict. */
#include <stdio.h>

static double a[8][40][50], row[40];

int main(void)
{
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 40; j++)
            for (int k = 0; k < 50; k++)
                a[i][j][k] = (i + j + k) % 3;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 40; j++)
            for (int k = 0; k < 50; k++)
                row[j] += a[i][j][k];
    double sum = 0;
    for (int j = 0; j < 40; j++)
        sum += row[j] * (j + 1);
    printf("checksum %.0f\n", sum);
    return 0;
}
