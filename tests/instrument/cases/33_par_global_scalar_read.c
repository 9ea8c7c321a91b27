/* Every iteration reads a global double (recorded, as globals are shared
 * memory) and writes only its own element: silent.  Fuzz seed 2722: the
 * checking build once passed the double itself as a base pointer and did
 * not compile. */
#include <stdio.h>

static double scale = 2.5;
static double a[1000], b[1000];

int main(void)
{
    for (int i = 0; i < 1000; i++)
        b[i] = i % 17;
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < 1000; i++)
        a[i] = b[i] * scale;
    double s = 0;
    for (int i = 0; i < 1000; i++)
        s += a[i];
    printf("checksum %.0f\n", s);
    return 0;
}
