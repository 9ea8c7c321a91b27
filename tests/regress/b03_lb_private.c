#include <stdio.h>
#define N 4000
static int a[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 1013;
  int lo = 100;
  long s = 0;
  for (int i = lo; i < N; i++) { lo = a[i]; s += lo; }   /* lo is dead after the loop */
  printf("%ld\n", s);
  return 0;
}
