#include <stdio.h>
#include "tp.h"
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  PFOR
  for (int i = 0; i < N; i++) b[i] = a[i] + 1;
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld\n", s);
  return 0;
}
