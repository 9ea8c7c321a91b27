/* Fuzz seed 94: a constant step through unsigned short wraps at 65536. */
#include <stdio.h>
int main(void)
{
  int s2 = 0;
  for (int i = 3; i < 159; i++)
    for (int j = 2; j <= 155; j += 1)
      s2 = (unsigned short)(s2 + 4);
  printf("%d\n", s2);
  return 0;
}
