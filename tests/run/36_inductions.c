/* Induction variables: a counter advanced by a constant once in every
 * iteration has the value k0 + c*i in iteration i, so the loop runs in
 * parallel with linear(k:c).  A counter advanced only under a condition
 * depends on all earlier iterations. */
#include <stdio.h>

#define N 30000

static int in[N], out[3 * N + 8], packed[N];

int main(void)
{
    int k = 2, m = 0, c = 0, r = 3 * N + 5;
    for (int i = 0; i < N; i++)
        in[i] = (int)((i * 2654435761u) >> 22) % 50;

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++)
        out[k++] = in[i] * 2;

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++) {
        m += 3;
        out[m - 1] += in[i];
        out[m - 2] -= 1;
    }

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++) {
        out[r] += i % 7;
        r -= 2;
    }

    /* EXPECT: serial conditional-induction */
    for (int i = 0; i < N; i++)
        if (in[i] > 25)
            packed[c++] = i;

    /* EXPECT: serial flow-dependence */
    for (int i = 1; i < N; i++) {
        out[k] = out[k - 1] + 1;
        k++;
    }

    int *pp = packed + 2;
    /* EXPECT: parallel */
    for (int i = 0; i < N / 2; i++)
        *pp++ += in[i] + 1;

    int *pr = out + 1;
    /* EXPECT: serial flow-dependence */
    for (int i = 1; i < N; i++) {
        *pr = pr[-1] + 3;
        pr++;
    }

    unsigned long long ck = (unsigned)k * 7u + (unsigned)m * 11u + (unsigned)c * 13u + (unsigned)r;
    for (int i = 0; i < 3 * N + 8; i++)
        ck = ck * 31u + (unsigned)out[i];
    for (int i = 0; i < N; i++)
        ck = ck * 17u + (unsigned)packed[i];
    printf("checksum %llu\n", ck);
    return 0;
}
