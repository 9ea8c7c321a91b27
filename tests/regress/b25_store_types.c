#include <stdio.h>
#include <stdlib.h>
#define N 4000
static void mix(int *ip, float *fp, int n)
{
  for (int i = 0; i < n; i++) { ip[i] = i; fp[i + 1] = 1.0f; }
}
int main(void)
{
  void *buf = malloc(sizeof(int) * (N + 1));
  mix(buf, buf, N);          /* stores of either type to allocated memory are valid */
  unsigned char *c = buf;
  unsigned long s = 0;
  for (int j = 0; j < (int)sizeof(int) * (N + 1); j++) s = s * 31 + c[j];
  printf("%lu\n", s);
  free(buf);
  return 0;
}
