#include <stdio.h>
#define N 4000
static union U { int i[N + 1]; float f[N + 1]; } u;
static void k(float *fp, int n)
{
  for (int j = 0; j < n; j++)
    fp[j + 1] = (float)(u.i[j] % 1000) + 0.5f;   /* u.i[j] reads the bits fp[j] stored */
}
int main(void)
{
  for (int j = 0; j <= N; j++) u.i[j] = j % 7;
  k(u.f, N);
  long s = 0; for (int j = 0; j <= N; j++) s = s * 3 + u.i[j] % 1000;
  printf("%ld\n", s);
  return 0;
}
