#include <stdio.h>
#include <math.h>
#include <errno.h>
#define N 4000
static double a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i == N - 1) ? -1.0 : (double)i;
  errno = 0;
  for (int i = 0; i < N; i++) b[i] = sqrt(a[i]);   /* sets errno (thread-local) */
  printf("%d\n", errno == EDOM);
  return 0;
}
