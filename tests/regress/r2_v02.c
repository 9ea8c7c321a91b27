#include <stdio.h>
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 13;
  int w = 5;
  for (int i = 0; i < N; i++) {
    b[i] = (int)sizeof(*(int (*)[w])a);    /* the cast's VLA type reads w */
    w = a[i] + 3;
  }
  long s = 0; for (int i = 0; i < N; i++) s = s * 3 + b[i];
  printf("%ld\n", s);
  return 0;
}
