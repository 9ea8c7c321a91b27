/* Versioned loops ("if (guard) { parallel copy } else loop"): the copy
   must be exactly the loop, whatever surrounds it: code after the loop on
   its last line, a dangling else, a label, a compound literal, an
   unbraced outer if, a loop whose text cannot be copied (a static local,
   a preprocessor line inside, a label inside).  Small and large n take
   both branches. */
#include <stdio.h>

struct pt { long x, y; };
static long a[300000], b[300000];
static struct pt q[300000];

static long run(int n, int flag)
{
    long s = 0, t = 0;
    for (int i = 0; i < n; i++) a[i] = i * 3 + flag; s += a[n > 0 ? n - 1 : 0];
    if (flag)
        for (int i = 0; i < n; i++)
            b[i] = a[i] ^ 5;
    else
        for (int i = 0; i < n; i++)
            b[i] = a[i] + 7;
again:
    for (int i = 0; i < n; i++)
        q[i] = (struct pt){ a[i], b[i] };
    if (t++ < 1)
        goto again;
    for (int i = 0; i < n; i++) {
        static long calls;
        calls++;
        b[i] += q[i].x - q[i].y;
    }
    for (int i = 0; i < n; i++) {
#if 1
        a[i] = b[i] * 2;
#endif
    }
    for (int i = 0; i < n; i++) { long z = a[i] + b[i]; s += z; }  /* a reduction */
    return s;
}

int main(void)
{
    unsigned long h = 14695981039346656037ul;
    int sizes[] = { 0, 1, 3, 50, 1000, 300000 };
    for (int k = 0; k < 6; k++)
        for (int flag = 0; flag < 2; flag++) {
            long s = run(sizes[k], flag);
            h = (h ^ (unsigned long)s) * 1099511628211ul;
            for (int i = 0; i < sizes[k]; i += 97)
                h = (h ^ (unsigned long)(a[i] + 3 * b[i] + q[i].x)) * 1099511628211ul;
        }
    printf("checksum %lu\n", h);
    return 0;
}
