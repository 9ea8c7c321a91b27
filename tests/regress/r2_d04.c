#include <stdio.h>
#define M 65536
static unsigned char p[M];
int main(void)
{
  for (unsigned n = 1073741824u; n < 1073741825u; n++) {    /* n = 2^30, one iteration */
    printf("n=%u\n", n);
    for (unsigned i = 0; i < 512; i += 4)                    /* i * n == 0 (mod 2^32): every row is row 0 */
      for (unsigned j = 0; j < M; j++)
        p[i * n + j] = (unsigned char)(p[i * n + j] * 3 + (i >> 2) + j);
  }
  unsigned long s = 0;
  for (int j = 0; j < M; j++) s = s * 131 + p[j];
  printf("%lu\n", s);
  return 0;
}
