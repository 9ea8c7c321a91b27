#include <stdio.h>
static int a[100];
static int last(int n, int x)
{
  for (int i = 0; i < n; i++)
    x = a[i] * 2;
  return x;                     /* n == 0: must return the argument */
}
static int index_after(int lo, int hi)
{
  int i = -1;
  for (i = lo; i < hi; i++)
    a[i] += 1;
  return i;                     /* lo >= hi: must return lo */
}
int main(void)
{
  for (int i = 0; i < 100; i++) a[i] = i;
  printf("%d %d\n", last(0, 77), index_after(60, 10));   /* expect: 77 60 */
  return 0;
}
