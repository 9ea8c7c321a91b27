#include <stdio.h>
#define N 4000
static int a[N + 1];
int main(void)
{
  for (int j = 0; j <= N; j++) a[j] = j % 7;
  int i = 10;
  goto inside;                        /* enters the loop body with i == 10 */
  for (i = 0; i < 10; i++) {
  inside:
    for (int j = 0; j < N; j++)       /* i == 10: a[j] = a[j + 1] + 1 */
      a[j] = a[j + 1 - 2 * N * (i - 10)] + 1;
  }
  long s = 0; for (int j = 0; j <= N; j++) s = s * 3 + a[j];
  printf("%ld\n", s);
  return 0;
}
