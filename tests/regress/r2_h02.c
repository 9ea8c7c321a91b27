#include <stdio.h>
#define N 4000
static int A[2 * N + 8];
/* kernel:
   x[i] = y[i] + 1 */ void f1(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i++) x[i] = y[i] + 1;
}
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) A[i] = i % 7;
  f1(A + 1, A, N);
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
