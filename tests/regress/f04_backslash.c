#include <stdio.h>
#define N 4000
static int b[N];
int main(void)
{
  int x = 1; \
  for (int i = 0; i < N; i++) b[i] = i + x;
  long s = 0; for (int j = 0; j < N; j++) s += b[j];
  printf("%ld\n", s);
  return 0;
}
