/* Golden test: loops left alone, each with its reason in the report. */
#include <stdio.h>

#define FOR_EACH(i, n) for (i = 0; i < (n); i++)

int counter;
static void bump(void) { counter++; }

int hazards(int *restrict a, const int *restrict idx, int n)
{
    int i, total = 0;
    for (i = 0; i < n; i++)
        printf("%d\n", a[i]);
    for (i = 0; i < n; i++) {
        if (a[i] < 0)
            break;
        total += a[i];
    }
    for (i = 0; i < n; i++)
        a[idx[i]] = i;
    for (i = 0; i < n; i++)
        bump();
    FOR_EACH(i, n)
        a[i] = 0;
#pragma omp parallel for
    for (i = 0; i < n; i++)
        a[i] = 1;
    for (i = 0; i < 8; i++)
        a[i] = 2;
    i = 0;
    while (i < n)
        a[i++] = 3;
    return total;
}
