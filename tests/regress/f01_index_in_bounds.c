#include <stdio.h>
#define N 4000
static int b[N];
static int f(int start)
{
  int i = start;
  for (i = i + 1; i < N; i++) b[i] += i;   /* lb uses the index */
  return i;
}
int main(void)
{
  int r = f(5);
  for (int k = 0; k < N - k; k++) b[k] += 1;   /* bound uses the index */
  long s = 0; for (int j = 0; j < N; j++) s += b[j];
  printf("%ld %d\n", s, r);
  return 0;
}
