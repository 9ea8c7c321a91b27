#include <stdio.h>
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i % 500 == 0) ? 1 : i % 13 + 100;
  int t = 0;
  for (int i = 0; i < N; i++) {
    switch (a[i] % 3) {
    case 0: t = a[i];        /* fall through */
    case 1: b[i] = t; break; /* entered directly: reads t from an earlier iteration */
    default: b[i] = -1; break;
    }
  }
  long s = 0; for (int i = 0; i < N; i++) s = s * 3 + b[i];
  printf("%ld\n", s);
  return 0;
}
