#include <stdio.h>
#define N 2000
static int a[2 * N + 8];
int main(void)
{
  for (int i = 0; i < 2 * N + 8; i++) a[i] = i % 7;
  int k = 5;
  __asm__ ("movl $-2, %0" : "=r"(k));   /* k == -2 */
  for (int i = 1; i < N; i++)
    a[2 * i] = a[2 * i + k] + 1;
  long s = 0; for (int i = 0; i < 2 * N + 8; i++) s = s * 3 + a[i];
  printf("%ld %d\n", s, k);
  return 0;
}
