#include <stdio.h>
#define N 4000
int A[N + 8];
extern int B[N + 8] __attribute__((alias("A")));
int main(void)
{
  for (int i = 0; i < N + 8; i++) A[i] = i % 7;
  for (int i = 0; i < N; i++)
    A[i + 1] = B[i] * 2 + 1;        /* B is A */
  long s = 0; for (int i = 0; i < N + 8; i++) s = s * 3 + A[i];
  printf("%ld\n", s);
  return 0;
}
