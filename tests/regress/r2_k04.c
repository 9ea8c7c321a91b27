#include <stdio.h>
#define N 200
static int a[N][50][4];
static int f(int m)
{
  int i = -1;
  for (i = 0; i < N; i++)
    for (int j = 0; j < m; j++)
      for (int k = 0; k < 4; k++)
        a[i][j][k] = i + j * k;
  return i;                 /* N, even when m == 0 */
}
int main(void)
{
  printf("%d %d\n", f(50), f(0));
  return 0;
}
