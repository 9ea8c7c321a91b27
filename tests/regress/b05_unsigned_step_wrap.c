#include <stdio.h>
static unsigned sum(unsigned n)
{
  unsigned s = 0;
  for (unsigned i = n; i > 0; i -= 3)   /* 10,7,4,1, then wraps and keeps going */
    s += i & 7;
  return s;
}
int main(void) { printf("%u\n", sum(10)); return 0; }
