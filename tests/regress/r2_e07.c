#include <stdio.h>
#define N 4000
static int a[N], b[N];
static _Thread_local int tp = 0;
static void setup(void) { tp = 5; }
static int get(void) { return tp; }
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  setup();
  for (int i = 0; i < N; i++) b[i] = a[i] + tp;         /* other threads see their own tp == 0 */
  for (int i = 0; i < N; i++) b[i] += get();
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld\n", s);
  return 0;
}
