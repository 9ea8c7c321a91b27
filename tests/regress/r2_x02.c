#include <stdio.h>
#define N 4000
static int a[N + 1];
int g_n = 1;
static void shrink(void) { g_n = 0; }
int main(void)
{
  for (int j = 0; j <= N; j++) a[j] = j % 7;
  for (int i = 0; i < g_n; i++) {     /* one iteration; g_n becomes 0 inside */
    shrink();
    for (int j = 0; j < N; j++)       /* i - g_n == 0 here: a[j] = a[j + 1] + 1 */
      a[j] = a[j + 1 - 2 * N * (i - g_n)] + 1;
  }
  long s = 0; for (int j = 0; j <= N; j++) s = s * 3 + a[j];
  printf("%ld\n", s);
  return 0;
}
