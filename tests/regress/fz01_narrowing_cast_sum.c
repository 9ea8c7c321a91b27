/* Fuzz seed 91: the cast wraps the running sum at each step, so the
 * result depends on the order of the steps; not a + reduction. */
#include <stdio.h>
static int a[4000];
int main(void)
{
  for (int i = 0; i < 4000; i++) a[i] = (i % 11) - 3;
  int s = 0;
  for (int j = 0; j < 4000; j++)
    s = (unsigned char)(s + a[j]);
  printf("%d\n", s);
  return 0;
}
