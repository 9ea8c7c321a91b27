/* parc-args: --min-work=0 */
/* Fuzz seed 14476 (third long run): the inner loop's bound i / 2 + 1 is not
   affine, so the dependence test left it out of the loop's domain; the
   "runs at least once" test then saw an unbounded loop and gave t only
   lastprivate.  For i < 4 the loop runs no iteration, gcc's lastprivate
   then stores its uninitialised private copy, and t came out 0 instead of
   its value from the previous i (1 thread, any -O).  Now a bound that
   cannot be expressed means "may run no iteration": firstprivate too. */
#include <stdio.h>

static double src[64];

int main(void)
{
    double t = -1.0;
    unsigned long h = 14695981039346656037ul;
    for (int i = 30; i >= 1; i -= 3) {
        for (int q = 2; q < i / 2 + 1; q += 2)
            t = src[q] + i;
        h = (h ^ (unsigned long)(long)(t * 4)) * 1099511628211ul;
    }
    for (int i = 0; i < 64; i++)
        src[i] = i * 0.5;
    printf("checksum %lu %g\n", h, t);
    return 0;
}
