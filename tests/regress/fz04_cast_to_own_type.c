/* Casts that keep every value, or that convert to the accumulator's own
 * type, are still reductions; the results must match the serial run. */
#include <stdio.h>
static int a[4000];
static double d[4000];
int main(void)
{
  for (int i = 0; i < 4000; i++) { a[i] = (i % 13) - 6; d[i] = i * 0.25; }
  unsigned char u = 0;
  long l = 0;
  double m = 0;
  for (int i = 0; i < 4000; i++) {
    u = (unsigned char)(u + a[i]);       /* wraps mod 256 in any order */
    l = (long)(l + (long)a[i]);
  }
  for (int i = 0; i < 4000; i++)
    if ((double)d[i] > m) m = d[i];
  printf("%d %ld %g\n", u, l, m);
  return 0;
}
