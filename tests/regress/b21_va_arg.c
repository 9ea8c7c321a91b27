#include <stdio.h>
#include <stdarg.h>
static int weighted(int n, ...)
{
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += (i + 1) * va_arg(ap, int);   /* va_arg advances ap */
  va_end(ap);
  return s;
}
int main(void)
{
  printf("%d\n", weighted(20, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20));
  return 0;
}
