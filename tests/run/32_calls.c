/* Loops that communicate through hidden channels (all serial): a helper
   defined after main that appends to a global log, memcpy to the next
   element, a flag toggled inside the loop, and a global accumulator.
   A helper that stores through its pointer argument is left unmarked. */
#include <stdio.h>
#include <string.h>

#define N 100000
#define LOG 256

static unsigned a[N], b[N], buf[N], c[N], d[N], e[N];
static unsigned g_log[LOG];
static int g_nlog;
static unsigned g_acc;

static void record(unsigned v);

static unsigned gen(unsigned i)
{
    unsigned x = i * 1103515245u + 12345u;
    return (x >> 16) & 0x7fffu;
}

static unsigned ck(unsigned h, unsigned v)
{
    return (h ^ v) * 16777619u;
}

static void put(unsigned *dst, unsigned v)
{
    *dst = v;
}

int main(void)
{
    int i;
    int n = N;
    int flag;
    unsigned h = 2166136261u;

    for (i = 0; i < N; i++) {
        a[i] = gen((unsigned)i);
        buf[i] = a[i];
    }

    /* EXPECT: serial unknown-call */
    for (i = 0; i < n; i++) {
        if (a[i] % 1543u == 0u)
            record(a[i] + (unsigned)i);
        b[i] = a[i] + 1u;
    }

    /* EXPECT: serial */
    for (i = 0; i < n - 1; i++) {
        unsigned tmp;
        memcpy(&tmp, &buf[i], sizeof tmp);
        tmp = tmp * 3u + 1u;
        memcpy(&buf[i + 1], &tmp, sizeof tmp);
    }

    flag = 0;
    /* EXPECT: serial */
    for (i = 0; i < n; i++) {
        if (flag)
            c[i] = a[i] * 2u;
        else
            c[i] = a[i];
        if (a[i] > 32000u)
            flag = !flag;
    }

    g_acc = 1u;
    /* EXPECT: serial */
    for (i = 0; i < n; i++) {
        g_acc = g_acc * 5u + a[i];
        d[i] = g_acc;
    }

    for (i = 0; i < n; i++)
        put(&e[i], a[i] ^ 0x55u);

    for (i = 0; i < N; i++) {
        h = ck(h, b[i]);
        h = ck(h, buf[i]);
        h = ck(h, c[i]);
        h = ck(h, d[i]);
        h = ck(h, e[i]);
    }
    for (i = 0; i < g_nlog; i++)
        h = ck(h, g_log[i]);
    printf("nlog=%d flag=%d acc=%u\n", g_nlog, flag, g_acc);
    printf("checksum %u\n", h);
    return 0;
}

static void record(unsigned v)
{
    if (g_nlog < LOG)
        g_log[g_nlog++] = v;
}
