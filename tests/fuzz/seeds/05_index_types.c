/* Index variables of type size_t, unsigned, long, int64_t (parallel);
   every iteration writes the same element (serial, output dependence). */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

#define N 80000

static unsigned base[N];
static unsigned r1[N], r2[N], r3[N], r4[N];
static unsigned slot[4];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void with_size_t(unsigned *restrict out, const unsigned *restrict in, size_t n)
{
    size_t i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        out[i] = in[i] ^ (unsigned)(i & 0xffu);
}

static void with_unsigned(unsigned *restrict out, const unsigned *restrict in, unsigned n)
{
    unsigned i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        out[i] = in[i] * 3u + i;
}

static void with_long(unsigned *restrict out, const unsigned *restrict in, long n)
{
    long i;
    /* EXPECT: parallel */
    for (i = 0; i < n; i++)
        out[i] = in[i] + (unsigned)(i % 17);
}

static void with_int64(unsigned *restrict out, const unsigned *restrict in, int64_t n)
{
    /* EXPECT: parallel */
    for (int64_t i = 0; i < n; i++)
        out[i] = in[i] >> 1;
}

int main(void)
{
    int i;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        base[i] = gen((unsigned)i);

    with_size_t(r1, base, (size_t)N);
    with_unsigned(r2, base, (unsigned)N);
    with_long(r3, base, (long)N);
    with_int64(r4, base, (int64_t)N);

    /* EXPECT: serial output-dependence */
    for (i = 0; i < N; i++)
        slot[0] = base[i] + (unsigned)i;

    for (i = 0; i < N; i++) {
        h = ck(h, r1[i]);
        h = ck(h, r2[i]);
        h = ck(h, r3[i]);
        h = ck(h, r4[i]);
    }
    h = ck(h, slot[0]);
    printf("r1[3]=%u r2[3]=%u r3[3]=%u r4[3]=%u slot=%u n=%" PRId64 "\n",
           r1[3], r2[3], r3[3], r4[3], slot[0], (int64_t)N);
    printf("checksum %u\n", h);
    return 0;
}
