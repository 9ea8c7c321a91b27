#include <stdio.h>
#define N 4000
static int b[N];
int main(void)
{
  for (unsigned i = N - 1; i != (unsigned)-1; i--)   /* 4000 iterations, ends by wrapping */
    b[i] = (int)i;
  long s = 0; for (int j = 0; j < N; j++) s += b[j];
  printf("%ld\n", s);           /* expect 7998000 */
  return 0;
}
