#include <stdio.h>
#define N 4000
static int A[2 * N + 8];
void f(int *x, const int *y, int n)
{
  for (int i = n; i <= n; i++) {
    printf("row\n");
    int n = 0;
    for (int j = 0; j < i; j++)
      x[j] = y[j] + n;
  }
}
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) A[i] = i % 7;
  f(A + 1, A, N);
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
