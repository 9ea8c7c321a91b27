#include <stdio.h>
#define N 2000
static int a[2 * N + 8];
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) a[i] = i % 7;
  /* ((int *)((char *)a + 4))[2*i] is a[2*i + 1]; parc treats it as a[2*i + 4] */
  for (int i = 0; i < N; i++)
    ((int *)((char *)a + 4))[2 * i] = a[2 * i + 3] + 1;
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
