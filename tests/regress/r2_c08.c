#include <stdio.h>
static int a[400];
int main(void)
{
  for (int i = 0; i < 400; i++) a[i] = i % 7;
  unsigned char n = 256;          /* n == 0: the loops below run no iteration */
  int x = 77, i;
  for (int j = 0; j < n; j++) x = a[j] * 2;
  for (i = 5; i < n; i++) a[i] += 1;
  printf("%d %d\n", x, i);        /* expect 77 5 */
  return 0;
}
