#include <stdio.h>
#define N 4000
static int a[2 * N + 8];
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) a[i] = i % 7;
  int off = 1;
#ifdef _OPENMP
  off = 2;                         /* the build that parc's output is meant for */
#endif
  for (int i = 0; i < N; i++)
    a[2 * i] = a[2 * i + off] * 3 + 1;
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
