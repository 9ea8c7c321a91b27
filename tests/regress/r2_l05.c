#include <stdio.h>
static unsigned char b[65536];
int main(void)
{
  for (short i = 0; i < 32767; i += 3)      /* i wraps past 32767 and laps around before hitting it */
    b[(unsigned short)i] = 1;
  long s = 0; for (int j = 0; j < 65536; j++) s += b[j];
  printf("%ld\n", s);
  return 0;
}
