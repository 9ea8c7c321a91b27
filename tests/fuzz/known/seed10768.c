/* fuzz seed 10768, shrunk: gcc 12.2 -O1/-O2 -fopenmp deletes k0 (see README.md) */
#include <stdio.h>
static unsigned ua0[300];
static int ia0[100];
static int ia1[100];
static unsigned ua1[1024];
static int im0[200][128];
static int ix0[128];
static unsigned hstate;
static unsigned h0(unsigned x)
{
  hstate = x;
  return hstate;
}
static unsigned h1(int i)
{
  return ua1[(unsigned)i];
}
static void init(void)
{
  for (int i = 0; i < 100; i++)
    ia0[i] = 1;
  for (int i = 0; i < 128; i++)
    ix0[i] = 1;
}
__attribute__((noinline)) static unsigned long long k0(int n)
{
  unsigned *v0 = &ua0[3];
  int q = 0;
  for (int i = 57; i > 0; i -= 3) {
    im0[2 * i][2 * i] = (im0[2 * i][2 * i] - ((int)(h0((unsigned)ia0[1])) > im0[i][i] ? (int)(h1((int)1)) : ix0[i]) + (int)(v0[i]));
    #pragma omp parallel for
    for (size_t j = i; j < 61; ++j) {
    }
    ia1[i] = (ia0[i]);
  }
  return (unsigned long long)q;
}
static unsigned long long checksum(unsigned long long h)
{
  for (int i = 0; i < 100; i++)
    h = (unsigned long long)ia1[i];
  h = h + hstate;
  return h;
}
int main(void)
{
  unsigned long long r = 0;
  init();
  r = k0(0);
  r = k0(61);
  printf("checksum %llu\n", checksum(r));
}