#include <stdio.h>
#define N 64
static int b[N];
int main(void)
{
  for (int i = 0; i < N; i++) b[i] = i;
  for (int i = 1; i < N; i++)
    for (unsigned char c = 1; c != 0; c++)   /* 255 iterations (wraps to 0) */
      if (c == 100) b[i] += b[i - 1];         /* real recurrence on i */
  long s = 0; for (int j = 0; j < N; j++) s = s * 3 + b[j];
  printf("%ld\n", s);
  return 0;
}
