#include <stdio.h>
#define N 4000
static int A[N + 8], B[N + 8];
static void kern(int *x, const int *y, int n)
{
  __asm__ ("lea 4(%1), %0" : "=r"(y) : "r"(x));     /* y = x + 1 */
  for (int i = 0; i < n; i++) x[i] = y[i] * 2 + 1;
}
int main(void)
{
  for (int i = 0; i < N + 8; i++) { A[i] = i % 7; B[i] = i % 5; }
  kern(A, B, N);
  long s = 0; for (int i = 0; i < N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
