#include <stdio.h>
#define N 4000
static int b[N];
int main(void)
{
  for (int i = 0; i < N; i++) b[i] = i % 7;
  for (unsigned i = 1; i < N; i++)
    b[i] = b[i + 4294967295u] + 1;      /* i + UINT_MAX wraps to i - 1 */
  long s = 0; for (int j = 0; j < N; j++) s += b[j];
  printf("%ld\n", s);
  return 0;
}
