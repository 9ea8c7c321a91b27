#include <stdio.h>
#include "tp.h"
#define N 4000
static int a[N], b[N];
static void setup(void) { tp = 5; }
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  setup();
  for (int i = 0; i < N; i++) b[i] = a[i] + tp;   /* other threads see tp == 0 */
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld\n", s);
  return 0;
}
