/* parc fuzz program, seed 21230: the --instrument build differs at gcc 12 -O1 only (see README.md) */
#include <math.h>
#include <stdio.h>

static int ia0[400];
static int ia1[640];
static unsigned ua0[1024];
static double da0[300];
static int im0[64][200];
static unsigned um0[256][128];
static double dh0[128];
static int ix0[256];

static double h0(double x)
{
  return fmod(x * 1.0 + 5.0, 1009.0);
}

static void h1(unsigned *p, unsigned v)
{
  *p = *p + v;
}

static unsigned h2(const unsigned *p, int i)
{
  return p[i] * 3u + p[i + 1];
}

static int h3(int x, int y)
{
  return (x * 5 + y * 3 + 0) % 1009;
}

static void init(void)
{
  for (int i = 0; i < 400; i++)
    ia0[i] = (i * 13 + 9) % 17 - 5;
  for (int i = 0; i < 640; i++)
    ia1[i] = (i * 3 + 2) % 29 - 9;
  for (int i = 0; i < 1024; i++)
    ua0[i] = (unsigned)(i * 3 + 5) % 29u;
  for (int i = 0; i < 300; i++)
    da0[i] = (double)((i * 11 + 4) % 17);
  for (int i = 0; i < 64; i++)
    for (int j = 0; j < 200; j++)
      im0[i][j] = (i * 3 + j * 5 + 7) % 31 - 10;
  for (int i = 0; i < 256; i++)
    for (int j = 0; j < 128; j++)
      um0[i][j] = (unsigned)(i * 11 + j * 3 + 8) % 31u;
  for (int i = 0; i < 128; i++)
    dh0[i] = (double)((i * 7 + 1) % 23) * 0.5;
  for (int i = 0; i < 256; i++)
    ix0[i] = (i * 11 + 9) % 64;
}

static unsigned long long k0(void)
{
  unsigned t0 = 0;
  /* clean nest */
  for (int i = 121; i >= 0; --i) {
    t0 = ((unsigned)ia1[i + 315]) * 2654435761u;
    double l0 = fmod((double)im0[48][185 - i] * (double)(ua0[2 * i + 227] & 1023u) - (double)(t0 & 1023u) * 5.0 - (double)(ua0[2 * i + 227] & 1023u), 1009.0);
    double l1 = (double)((int)(h0((double)(ua0[2 * i + 226] & 1023u)) * 6.0 + (double)(um0[i + 105][i + 4] & 1023u)) % 1013);
    h1(&ua0[2 * i + 227], ua0[2 * i + 228] + ua0[2 * i + 226]);
  }
  return (unsigned long long)t0 * 3ull;
}

static unsigned long long k1(void)
{
  unsigned *v0 = ua0 + 5;
  unsigned char k1 = 22;
  /* mixed nest */
  for (int i = 124; i > 0; --i) {
    im0[ix0[i + 98]][68] = (im0[ix0[i + 98]][68] - 6 - (i > i ? (int)(h2(um0[2 * i + 6], 96) & 1023u) : i)) & 1023;
    ia1[k1] = (i) % 1009;
    k1 = k1 + 1;
    ia0[i + 166] = (ia0[i + 166] - (ia0[(i * i) % 400] > 6 ? (int)da0[i + 82] : i)) % 1009;
  }
  return (unsigned long long)k1 * 3ull;
}

void p0(int *x, const int *y, int n)
{
  for (int i = 0; i < n; i += 2) {
    x[i - 1] = (x[2 * i - 1] + x[i + 3] + x[i + 1]) & 1023;
    x[i + 1] = (x[i - 2] + x[i + 1] * 4) % 1009;
  }
}

static unsigned long long k2(int n)
{
  int i = 0;
  int j = 0;
  unsigned s0 = 1;
  unsigned s1 = 0;
  /* clean nest */
  for (i = 1; i <= n - 1; i++) {
    for (j = n - 4; j >= 2; --j) {
      for (size_t q = n - 4; q > 2; q -= 1) {
        if ((double)ia1[q + 501] > 3.0) {
          switch (11 & 3) {
          case 0: {
            im0[2 * i + 7][j + 17] = ((int)(ua0[j + 821] & 1023u)) % 1009;
            int l0 = (h3(im0[2 * i + 7][j + 17], im0[2 * i + 6][i + j + 125]) * 4 + im0[2 * i + 7][i + j + 125] * im0[2 * i + 7][q + 134]) % 1009;
          }
          case 1: {
            s0 = (unsigned char)(s0 * (int)q);
            s1 = s1 + (um0[j + 204][63] > (unsigned)h3(im0[2 * i + 6][2 * j + 125], j) ? (unsigned)im0[2 * i + 7][i + 64] : ua0[j + 821]) ^ ua0[j + 821] * 3u;
            break;
          }
          }
        }
        if (h3(im0[2 * i + 6][q + 133], j) != 14) {
          unsigned l1 = ((unsigned)im0[2 * i + 7][2 * i + 2 * j + 93]) * 2654435761u;
        }
        im0[2 * i + 7][n + 2 * q + 17] = (im0[2 * i + 7][n + 2 * q + 17] + (ia1[j + 8] > (int)h0(13.0) ? i : im0[2 * i + 7][2 * j + 64])) % 1009;
        double l2 = (double)((int)((double)ia1[i + 501] * 7.0) % 1013);
      }
    }
  }
  return (unsigned long long)i * 3ull + (unsigned long long)s0 * 5ull + (unsigned long long)s1 * 7ull;
}

static unsigned long long checksum(unsigned long long h)
{
  for (int i = 0; i < 400; i++)
    h = h * 31ull + (unsigned long long)ia0[i];
  for (int i = 0; i < 640; i++)
    h = h * 31ull + (unsigned long long)ia1[i];
  for (int i = 0; i < 1024; i++)
    h = h * 31ull + (unsigned long long)ua0[i];
  for (int i = 0; i < 300; i++)
    h = h * 31ull + (unsigned long long)(long long)da0[i];
  for (int i = 0; i < 64; i++)
    for (int j = 0; j < 200; j++)
      h = h * 31ull + (unsigned long long)im0[i][j];
  for (int i = 0; i < 256; i++)
    for (int j = 0; j < 128; j++)
      h = h * 31ull + (unsigned long long)um0[i][j];
  for (int i = 0; i < 128; i++)
    h = h * 31ull + (unsigned long long)(long long)dh0[i];
  for (int i = 0; i < 256; i++)
    h = h * 31ull + (unsigned long long)ix0[i];
  return h;
}

int main(void)
{
  unsigned long long r = 0;
  init();
  r = r * 1000003ull + k0();
  r = r * 1000003ull + k1();
  p0(&im0[25][2], &im0[25][2], 93);
  p0(ia0 + 5, ia0 + 5, 144);
  r = r * 1000003ull + k2(14);
  r = r * 1000003ull + k2(29);
  printf("checksum %llu\n", checksum(r));
  return 0;
}
