#include <stdio.h>
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 13;
  int t = 5;
  for (int i = 0; i < N; i++) {
    b[i] = (int)sizeof(char[t]);          /* reads t (VLA size is evaluated) */
    t = a[i] + 1;
  }
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld\n", s);
  return 0;
}
