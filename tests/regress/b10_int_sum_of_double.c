#include <stdio.h>
#define N 4000
static double d[N];
int main(void)
{
  for (int i = 0; i < N; i++) d[i] = (i < N / 2) ? -1.5 : 2.5;
  int s = 0;
  for (int i = 0; i < N; i++) s += d[i];   /* truncates after every step */
  printf("%d\n", s);
  return 0;
}
