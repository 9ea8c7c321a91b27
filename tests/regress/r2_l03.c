#include <stdio.h>
static int a[300];
static long run(unsigned n)
{
  for (int i = -5; i < n; i++)     /* (unsigned)-5 >= n: no iterations */
    a[i + 5] = 7;
  long s = 0; for (int i = 0; i < 300; i++) s = s * 3 + a[i];
  return s;
}
int main(void)
{
  for (int i = 0; i < 300; i++) a[i] = i % 7;
  printf("%ld\n", run(200));
  return 0;
}
