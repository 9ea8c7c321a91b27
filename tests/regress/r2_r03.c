#include <stdio.h>
#define N 9000
static int A[N + 8];
void up3(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i += 3)
    x[i] = y[i] + 1;
}
int main(void)
{
  for (int i = 0; i < N + 8; i++) A[i] = i % 7;
  up3(A + 3, A, N);
  long s = 0; for (int i = 0; i < N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
