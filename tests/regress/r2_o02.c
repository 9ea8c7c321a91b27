#include <stdio.h>
#define N 4000
static int a[N], b[N];
static long work;
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  for (int i = 0; i < N; i++) {
    b[i] = a[i] * 2;
#ifdef _OPENMP
    work = work * 3 + b[i];       /* only in the OpenMP build: invisible to parc */
#endif
  }
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld %ld\n", s, work);
  return 0;
}
