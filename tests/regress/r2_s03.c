#include <stdio.h>
#define N 4000
static int A[N + 1], B[N + 1];
__attribute__((used, noinline, noclone)) static void kern(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i++) x[i] = y[i] + 1;
}
extern void kern_by_label(int *x, const int *y, int n) __asm__("kern");
int main(void)
{
  for (int i = 0; i <= N; i++) { A[i] = i % 7; B[i] = i % 5; }
  kern(A, B, N);
  kern_by_label(A + 1, A, N);   /* same function, overlapping arguments */
  long s = 0; for (int i = 0; i <= N; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
