#include <stdio.h>
#define N 1000
#define M 4
static int m[N][M];
int main(void)
{
  for (int i = 0; i < N; i++) for (int j = 0; j < M; j++) m[i][j] = (i + j) % 7;
  for (int i = 0; i < N; i++)
    m[i][0] = ((int *)m)[i] + 1;          /* ((int*)m)[i] is m[i/4][i%4] */
  long s = 0; for (int i = 0; i < N; i++) for (int j = 0; j < M; j++) s = s * 3 + m[i][j];
  printf("%ld\n", s);
  return 0;
}
