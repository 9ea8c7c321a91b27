#include <stdio.h>
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i == 100) ? 0 : 1;
  int ok = 1;
  for (int i = 0; i < N; i++)
    ok = ok && (b[i] = a[i]);   /* after i == 100, b[] is never written again */
  int s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%d %d\n", ok, s);     /* expect: 0 100 */
  return 0;
}
