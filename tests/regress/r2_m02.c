#include <stdio.h>
#define N 4000
static int a[N];
static int fmax(int x, int y) { return x < y ? x : y; }   /* no <math.h>: a file-scope min named fmax */
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i * 37) % 1001 - 500;
  int m = 0;
  for (int i = 0; i < N; i++)
    m = fmax(m, a[i]);
  printf("%d\n", m);
  return 0;
}
