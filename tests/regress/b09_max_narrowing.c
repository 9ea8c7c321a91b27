#include <stdio.h>
#define N 4000
static int a[N];
int main(void)
{
  for (int i = 0; i < N; i++) a[i] = (i * 37) % 300;
  unsigned char m = 0;
  for (int i = 0; i < N; i++)
    if (a[i] > m) m = a[i];          /* stores a[i] % 256: not a max */
  printf("%d\n", m);
  return 0;
}
