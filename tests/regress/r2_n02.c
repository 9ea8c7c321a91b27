#include <stdio.h>
#include <math.h>
#include <fenv.h>
#define N 4000
static int a[N];
static long b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;          /* first parallel region: worker threads start here */
  fesetround(FE_UPWARD);                              /* only the main thread's mode changes */
  for (int i = 0; i < N; i++) b[i] = lrint(a[i] / 2.0);
  long s = 0; for (int i = 0; i < N; i++) s = s * 3 + b[i];
  printf("%ld\n", s);
  return 0;
}
