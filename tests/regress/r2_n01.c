#include <stdio.h>
#include <math.h>
#define N 4000
static double a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i == N - 1) ? -1.0 : (double)i;
  for (int i = 0; i < N; i++) b[i] = sqrt(a[i]);   /* sets errno = EDOM in the thread that runs i = N-1 */
  perror("sqrt");                                   /* reads errno: expect "Numerical argument out of domain" */
  return 0;
}
