#include <stdio.h>
#define N 4000
static int b[N];
static int counter;
static int next_id(void)
{
  int r;
  __asm__ volatile ("movl %1, %0\n\tincl %1" : "=r"(r), "+m"(counter));
  return r;
}
int main(void)
{
  for (int i = 0; i < N; i++) b[i] = next_id();
  long s = 0; for (int i = 0; i < N; i++) s = s * 3 + b[i];
  printf("%ld\n", s);
  return 0;
}
