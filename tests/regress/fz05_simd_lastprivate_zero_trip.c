/* Fuzz seed 2395: "parallel for simd lastprivate(j)" on an inner loop that
 * runs no iteration for small i.  The sequential loop still sets j to its
 * start value; gcc 12's simd lastprivate left j undefined (wrong at one
 * thread).  parc no longer adds simd to loops with last values. */
#include <stdio.h>
static int a[400];
static int f(void)
{
  int i, j = 0;
  for (i = 92; i >= 1; i--) {
    for (j = 2; j < i / 2 + 1; j++)
      a[i + 200 - j] = (a[i + 200 - j] + j) & 1023;
  }
  return i * 3 + j * 5;
}
int main(void)
{
  int r = f();
  long s = 0;
  for (int i = 0; i < 400; i++)
    s += a[i] * (i + 1);
  printf("%d %ld\n", r, s);
  return 0;
}
