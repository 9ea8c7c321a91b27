#include <stdio.h>
#define N 4000
#define PFOR _Pragma("omp parallel for")
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  PFOR
  for (int i = 0; i < N; i++) b[i] = a[i] + 1;
#pragma \
  omp parallel for
  for (int i = 0; i < N; i++) b[i] += a[i];
  long s = 0; for (int j = 0; j < N; j++) s += b[j];
  printf("%ld\n", s);
  return 0;
}
