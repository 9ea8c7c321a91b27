#include <stdio.h>
#include <stdbool.h>
#define N 4000
static int a[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i % 4 == 0) ? 2 : 1;
  bool g = 0;
  for (int i = 0; i < N; i++) g += a[i] - 1;   /* g = (g + x) != 0: not associative */
  printf("%d\n", g);
  return 0;
}
