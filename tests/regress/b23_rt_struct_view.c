#include <stdio.h>
#define N 1000
struct P { int a, b; };
static int A[3 * N + 8];
static void f(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i++) ((struct P *)x)[i].a = y[i] + 1;   /* touches x[0 .. 2n-2] */
}
int main(void)
{
  for (int i = 0; i < 3 * N + 8; i++) A[i] = i % 7;
  f(A, A + N + 2, N);
  long s = 0; for (int i = 0; i < 3 * N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
