#include <stdio.h>
#define N 2000
static int a[2 * N + 8];
static void f(int *restrict p, int n)
{
  for (int i = 0; i < n; i++)
    ((int (*)[2])p)[i][0] = p[i] + 1;     /* writes p[2*i], reads p[i] */
}
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) a[i] = i % 7;
  f(a, N);
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
