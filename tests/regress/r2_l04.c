#include <stdio.h>
static int a[400];
static void run(unsigned char n)
{
  for (unsigned char c = 266; c < n; c++)     /* c starts at 10 */
    a[c] = a[400 - c] * 3 + 1;
}
int main(void)
{
  for (int i = 0; i < 400; i++) a[i] = i % 7;
  run(255);
  long s = 0; for (int i = 0; i < 400; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
