/* Character map with an if/else body (parallel); tokenizing with strtok,
   which keeps hidden state between calls (serial). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 100000
#define NTOK 2000

static char text[N];
static char upper[N];
static char buf[NTOK * 8];
static int vals[NTOK];

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

int main(void)
{
    int i, k;
    size_t len = 0;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++)
        text[i] = (char)(' ' + (int)(gen((unsigned)i) % 95u));

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        char ch = text[i];
        if (ch >= 'a' && ch <= 'z')
            upper[i] = (char)(ch - 'a' + 'A');
        else
            upper[i] = ch;
    }

    for (k = 0; k < NTOK; k++) {
        int w = snprintf(buf + len, sizeof buf - len, "%u,", gen((unsigned)k) % 10000u);
        if (w > 0)
            len += (size_t)w;
    }

    /* EXPECT: serial */
    for (k = 0; k < NTOK; k++) {
        char *t = strtok(k == 0 ? buf : NULL, ",");
        vals[k] = t != NULL ? atoi(t) : -1;
    }

    for (i = 0; i < N; i++)
        h = ck(h, (unsigned char)upper[i]);
    for (k = 0; k < NTOK; k++)
        h = ck(h, (unsigned)vals[k]);
    printf("upper[0..9]=%.10s vals[0]=%d vals[last]=%d\n", upper, vals[0], vals[NTOK - 1]);
    printf("checksum %u\n", h);
    return 0;
}
