#include <stdio.h>
#define N 4000
static int a[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = i % 7;
  printf("line %d\n", __LINE__);
  return 0;
}
