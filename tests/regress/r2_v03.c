#include <stdio.h>
#define N 4000
static int a[N], b[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 13;
  int t = 5;
  for (int i = 0; i < N; i++) {
    typedef char row[t];                  /* evaluates t from the previous iteration */
    b[i] = (int)sizeof(row);
    t = a[i] + 1;
  }
  long s = 0; for (int i = 0; i < N; i++) s = s * 3 + b[i];
  printf("%ld\n", s);
  return 0;
}
