#include <stdio.h>
#define N 4000
static int A[N + 8];
void f(int *x, const int *y, unsigned n, unsigned k)
{
  for (unsigned i = 1; i < n; i++)
    x[i + k] = y[i] + 1;        /* k == UINT_MAX: x[i - 1] */
}
int main(void)
{
  for (int i = 0; i < N + 8; i++) A[i] = i % 7;
  f(A + 2, A, N, 4294967295u);
  long s = 0; for (int i = 0; i < N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
