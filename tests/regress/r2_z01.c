#include <stdio.h>
#define N 4000
static int a[N], b[N];
static long total;
static void acc(int *p) { total = total * 3 + *p; }   /* runs when 't' goes out of scope */
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  for (int i = 0; i < N; i++) {
    __attribute__((cleanup(acc))) int t = a[i] + 1;
    b[i] = t;
  }
  long s = 0; for (int i = 0; i < N; i++) s += b[i];
  printf("%ld %ld\n", s, total);
  return 0;
}
