/* The compared value is a[i], the stored value is (signed char)a[i]: the
 * loop keeps the truncation of the last larger element, not a maximum. */
#include <stdio.h>
static int a[4000];
int main(void)
{
  for (int i = 0; i < 4000; i++) a[i] = (i * 37) % 1000;
  int q = 0, r = 0;
  for (int i = 0; i < 4000; i++)
    if (a[i] > q) q = (signed char)a[i];
  for (int i = 0; i < 4000; i++)
    r = a[i] > (signed char)r ? a[i] : r;   /* compares a truncated r */
  printf("%d %d\n", q, r);
  return 0;
}
