#include <stdio.h>
#define N 4000
static int a[N + 1];
int main(void)
{
  for (int i = 0; i <= N; i++) a[i] = i % 7;
  unsigned k = 4294967295u;          /* i + k wraps to i - 1 */
  for (int i = 1; i <= N; i++)
    a[i] = a[i + k] + 1;
  long s = 0; for (int i = 0; i <= N; i++) s = s * 3 + a[i];
  printf("%ld\n", s);
  return 0;
}
