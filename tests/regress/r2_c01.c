#include <stdio.h>
#define N 200
static int a[600];
int main(void)
{
  for (int i = 0; i < 600; i++) a[i] = i % 7;
  unsigned char k = 257;          /* k == 1 */
  for (int i = 0; i < N; i++)
    a[i] = a[i + k] + 1;
  long s = 0; for (int i = 0; i < 600; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
