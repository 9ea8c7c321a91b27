/* Helpers that write through their pointer parameters: their accesses are
 * replayed at each call, with the arguments in place of the parameters.
 * set(&a[i], v) writes a[i] only; bump(&a[i]) writes a[i + 1], which the
 * next iteration also touches. */
#include <stdio.h>

#define N 40000

static int a[N + 2], b[N + 2], c[N + 2];
static int rows[200][200];

static void set(int *p, int v) { *p = v * 3 + 1; }
static void add_pair(int *dst, const int *src) { dst[0] = src[0] + src[1]; }
static int window(const int *q, int k) { return q[k] - q[k + 1]; }
static void bump(int *p) { p[1] += p[0]; }
static void fill_row(int *r, int n, int v) { for (int j = 0; j < n; j++) r[j] = v + j; }

int main(void)
{
    for (int i = 0; i < N + 2; i++)
        b[i] = (int)((i * 2246822519u) >> 24);

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++)
        set(&a[i], b[i]);

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++)
        add_pair(&c[i], &b[i]);

    /* EXPECT: parallel */
    for (int i = 0; i < N; i++)
        a[i] += window(b, i);

    /* EXPECT: serial flow-dependence */
    for (int i = 0; i < N; i++)
        bump(&c[i]);

    /* EXPECT: serial */
    for (int i = 0; i < 200; i++)
        fill_row(rows[i], 200, i);

    unsigned long long ck = 0;
    for (int i = 0; i < N + 2; i++)
        ck = ck * 1000003u + (unsigned)a[i] * 5u + (unsigned)c[i];
    for (int i = 0; i < 200; i++)
        ck = ck * 31u + (unsigned)rows[i][i];
    printf("checksum %llu\n", ck);
    return 0;
}
