/* parc fuzz program, seed 5262 */
#include <math.h>
#include <stdio.h>

static unsigned ua0[256];
static int ia0[200];
static int ia1[512];
static int ia2[300];
static int ia3[512];
static unsigned um0[128][128];
static int ix0[128];
static int ix1[256];
static int *gv0 = &ia0[4];

static void h0(int *p, int v)
{
  *p = v;
}

static int h1(const int *p, int i)
{
  return (p[i] + 2 * p[i + 1]) % 1009;
}

static void init(void)
{
  for (int i = 0; i < 256; i++)
    ua0[i] = (unsigned)(i * 11 + 8) % 23u;
  for (int i = 0; i < 200; i++)
    ia0[i] = (i * 11 + 6) % 19 - 6;
  for (int i = 0; i < 512; i++)
    ia1[i] = (i * 7 + 6) % 23 - 7;
  for (int i = 0; i < 300; i++)
    ia2[i] = (i * 11 + 0) % 31 - 10;
  for (int i = 0; i < 512; i++)
    ia3[i] = (i * 13 + 4) % 23 - 7;
  for (int i = 0; i < 128; i++)
    for (int j = 0; j < 128; j++)
      um0[i][j] = (unsigned)(i * 7 + j * 3 + 4) % 31u;
  for (int i = 0; i < 128; i++)
    ix0[i] = (i * i + 5) % 128;
  for (int i = 0; i < 256; i++)
    ix1[i] = (i * 7 + 5) % 128;
}

static void p0(unsigned *x, const unsigned *y, int n)
{
  for (int i = 0; i < n; i++) {
    x[2 * i] = (y[i - 1]) & 65535u;
  }
}

static unsigned long long k0(void)
{
  int j = 0;
  /* mixed nest */
  for (size_t i = 3; i < 60; i += 2) {
    for (j = 58; j >= 3; j -= 1) {
      for (int q = 0; q < j / 2 + 1; ++q) {
        ia0[j + 123] = ((int)(um0[ix0[86 - j]][120 - i] & 1023u)) % 1009;
        gv0[140 - i] = ((int)(ua0[i + j + 23] & 1023u) * 1) % 1009;
        ua0[i + j + 22] = (unsigned)ia0[j + 123] * 3u;
      }
    }
  }
  return (unsigned long long)j * 3ull;
}

static unsigned long long k1(void)
{
  unsigned *v0 = um0[75];
  double t1 = 0.0;
  /* clean nest */
  for (int i = 3; i != 255; i++) {
    t1 = (double)((int)((double)ia1[2 * i + 2] - (double)(ua0[258 - i] & 1023u)) % 1013);
    ia1[2 * i + 1] = (8 * 3) & 1023;
    if ((double)ia1[2 * i] >= 222.0) {
      ia1[2 * i + 1] = ((int)(ua0[258 - i] & 1023u) * 4 + ia3[i + 220] + (12 > i ? (int)t1 : ia1[2 * i + 1])) % 1009;
      unsigned l0 = (unsigned)gv0[163] ^ ((unsigned)ia1[2 * i + 2] > (unsigned)gv0[162] ? 7u : ua0[257 - i]) + (unsigned)i * um0[66][14];
    }
    if (ia1[2 * i + 1] != 0) {
      h0(&ia1[2 * i + 1], (ia2[282 - i] * 2) & 1023);
    }
  }
  return 0ull;
}

static unsigned long long k2(void)
{
  int i = 0;
  int s0 = 0;
  /* clean nest */
  for (i = 0; i < 60; ++i) {
    for (int j = 0; j < 62; ++j) {
      int l0 = (gv0[i + 89]) & 1023;
      ia0[i + 8] = (ia0[i + 8] - ia0[i + 8] * ia0[i + 8] - ia3[3 * i + 48]) % 1009;
      if (ia0[i + 8] < l0) {
        double l1 = (double)((int)((double)ia0[i + 8] * 7.0) % 1013);
        s0 += gv0[i + 89];
      } else {
        ia0[i + 8] = (ia0[i + 8] + j * l0 + ia3[3 * i + 46] - (h1(ia3, i + 169) > ia1[67] ? j : ia3[(j < 60 ? j : 60)])) & 1023;
      }
      ia0[i + 8] = (ia1[69] + l0) % 1009;
    }
  }
  return (unsigned long long)i * 3ull + (unsigned long long)s0 * 5ull;
}

static unsigned long long checksum(unsigned long long h)
{
  for (int i = 0; i < 256; i++)
    h = h * 31ull + (unsigned long long)ua0[i];
  for (int i = 0; i < 200; i++)
    h = h * 31ull + (unsigned long long)ia0[i];
  for (int i = 0; i < 512; i++)
    h = h * 31ull + (unsigned long long)ia1[i];
  for (int i = 0; i < 300; i++)
    h = h * 31ull + (unsigned long long)ia2[i];
  for (int i = 0; i < 512; i++)
    h = h * 31ull + (unsigned long long)ia3[i];
  for (int i = 0; i < 128; i++)
    for (int j = 0; j < 128; j++)
      h = h * 31ull + (unsigned long long)um0[i][j];
  for (int i = 0; i < 128; i++)
    h = h * 31ull + (unsigned long long)ix0[i];
  for (int i = 0; i < 256; i++)
    h = h * 31ull + (unsigned long long)ix1[i];
  return h;
}

int main(void)
{
  unsigned long long r = 0;
  init();
  p0(ua0 + 1, &ua0[2], 65);
  p0(&ua0[2], &ua0[2], 102);
  p0(&ua0[3], &um0[108][3], 78);
  r = r * 1000003ull + k0();
  r = r * 1000003ull + k1();
  r = r * 1000003ull + k2();
  printf("checksum %llu\n", checksum(r));
  return 0;
}
