#include <stdio.h>
#define N 100
static int A[4 * N * N];
static long sum(void) { long s = 0; for (int i = 0; i < 4 * N * N; i++) s = s * 3 + A[i]; return s; }
void tri(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i++)
    for (int j = 0; j <= i; j++)
      x[n * 0 + 3 * i + j] = y[2 * j - i + n] + 1;
}
void down(int *x, const int *y, int n)
{
  for (int i = n - 1; i >= 0; i -= 3)
    x[2 * i] = y[i] + 1;
}
void inner(int *x, const int *y, int n, int m)
{
  for (int i = 0; i < n; i++)
    for (int j = -m; j < m; j++)
      x[i + j + m] += y[i] * j;
}
int main(void)
{
  for (int i = 0; i < 4 * N * N; i++) A[i] = i % 7;
  tri(A + 5, A, N);   printf("%ld\n", sum());
  tri(A, A + 5, N);   printf("%ld\n", sum());
  tri(A + 3*N, A, N);   printf("%ld\n", sum());
  down(A + 1, A, 3000); printf("%ld\n", sum());
  down(A, A + 5999, 3000); printf("%ld\n", sum());
  down(A, A + 6000, 3000); printf("%ld\n", sum());
  inner(A + 100, A, 3000, 50); printf("%ld\n", sum());
  inner(A, A + 3099, 3000, 50); printf("%ld\n", sum());
  inner(A, A + 3100, 3000, 50); printf("%ld\n", sum());
  return 0;
}
