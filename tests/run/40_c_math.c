/* libm calls whose C meaning differs from C++'s overloads: sqrt of a float
   computes in double in C (C++: in float), abs of a double truncates to
   int in C (C++: fabs).  With --target=cuda the kernels must keep C's
   meaning. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 20000

static float f[N];
static double d[N], e[N];
static int k[N];

int main(void)
{
    int i;
    for (i = 0; i < N; i++) {
        f[i] = (float)(i % 97) * 0.37f + 0.5f;
        d[i] = (double)(i % 41) - 20.25;
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        e[i] = sqrt(f[i]) + pow(f[i], 2) + fmod(f[i], 0.3f) + exp(f[i] * 0.01f);

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        k[i] = abs(d[i]) + (int)fmax(f[i], 3.25f) + (int)floor(f[i]);

    unsigned long long h = 1469598103934665603ULL;
    for (i = 0; i < N; i++) {
        unsigned long long bits;
        double x = e[i];
        __builtin_memcpy(&bits, &x, sizeof bits);
        h = (h ^ bits) * 1099511628211ULL;
        h = (h ^ (unsigned long long)k[i]) * 1099511628211ULL;
    }
    printf("checksum %llu\n", h);
    return 0;
}
