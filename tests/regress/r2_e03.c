#include <stdio.h>
#define N 4000
#define OMP_FOR _Pragma("omp parallel for")
#define PAR_LOOP OMP_FOR
#define STR(x) #x
#define DO_PRAGMA(x) _Pragma(STR(x))
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  PAR_LOOP
  for (int i = 0; i < N; i++) b[i] = a[i] + 1;
  DO_PRAGMA(omp parallel for)
  for (int i = 0; i < N; i++) b[i] += a[i];
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld\n", s);
  return 0;
}
