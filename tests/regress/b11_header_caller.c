#include <stdio.h>
#include "kern.h"   /* static void kern(int*, const int*, int);
                       static inline void shifted(int *a, int n) { kern(a + 1, a, n); } */
#define N 4000
static int A[N + 1], B[N + 1];
static void kern(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i++) x[i] = y[i] + 1;
}
int main(void)
{
  for (int i = 0; i <= N; i++) { A[i] = i % 7; B[i] = i % 5; }
  kern(A, B, N);
  shifted(A, N);               /* kern(A + 1, A, N): overlapping */
  long s = 0; for (int i = 0; i <= N; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
