#include <stdio.h>
#define N 4000
static int b[N];
int main(void)
{
  for (int i = 0; i < N; i++) b[i] = i % 7;
  for (unsigned i = 1; i < N; i++)
    b[i] = b[i + 2147483647u + 2147483647u + 1u] + 1;     /* wraps to b[i - 1] */
  long s = 0; for (int j = 0; j < N; j++) s = s * 3 + b[j];
  printf("%ld\n", s);
  return 0;
}
