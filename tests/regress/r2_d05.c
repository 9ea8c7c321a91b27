#include <stdio.h>
#define M 65536
static unsigned char p[M];
int main(void)
{
  for (unsigned i = 0; i < 512; i += 4)                  /* i * 2^30 == 0 (mod 2^32) */
    for (unsigned j = 0; j < M; j++)
      p[i * 1073741824u + j] = (unsigned char)(p[i * 1073741824u + j] * 3 + (i >> 2) + j);
  unsigned long s = 0;
  for (int j = 0; j < M; j++) s = s * 131 + p[j];
  printf("%lu\n", s);
  return 0;
}
