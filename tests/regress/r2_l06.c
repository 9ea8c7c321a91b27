#include <stdio.h>
static int b[256];
static void run(unsigned char n)
{
  for (unsigned char c = 250; c < n; c += 3)     /* 250, 253, wraps to 0, 3, ..., 252, then 255 ends it */
    b[c] += c + 1;
}
int main(void)
{
  run(255);
  long s = 0; for (int j = 0; j < 256; j++) s = s * 3 + b[j];
  printf("%ld\n", s);
  return 0;
}
