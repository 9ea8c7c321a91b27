/* Found on gsl (tests/realworld): x^n / n! as a running product rises to
 * about 1e86 and falls to about 2.7e-267.  Regrouped across threads as a
 * reduction(*:p), the partial products of the later chunks underflow to 0
 * before the first chunk's large one is applied: parc must keep it serial. */
#include <stdio.h>
static double power_over_factorial(int n, double x)
{
  double p = 1.0;
  for (int k = 1; k <= n; k++)
    p *= x / k;
  return p;
}
int main(void)
{
  printf("%.6g\n", power_over_factorial(1000, 200.0));
  return 0;
}
