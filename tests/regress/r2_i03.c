#include <stdio.h>
#define N 4000
static int a[N], b[300];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 13;
  unsigned char k = 0;
  for (int i = 0; i < N; i++) { b[k] = b[k] * 3 + a[i]; k++; }   /* k wraps: b[i % 256] */
  long s = 0; for (int i = 0; i < 300; i++) s = s * 3 + b[i];
  printf("%ld %d\n", s, k);
  return 0;
}
