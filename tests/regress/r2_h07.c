#include <stdio.h>
#define N 4000
static int A[2 * N + 8];
void f1(int *x, const int *y, int n)
{
  int i;
  for (i = 0; i < n; i++) x[i] = y[i] + 1;
}
int main(void)
{
  int i; long s = 0;
  for (i = 0; i < 2 * N + 8; i++) A[i] = i % 7;
  f1(A + 1, A, N);
  for (i = 0; i < 2 * N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
