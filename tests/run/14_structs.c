/* Array of structs and struct of arrays (parallel);
   pointer-chasing over a linked list (serial, non-canonical loop). */
#include <stdio.h>
#include <stdlib.h>

#define N 50000

struct pt {
    int x, y, z;
};

struct soa {
    int x[N];
    int y[N];
    int d[N];
};

struct node {
    int val;
    struct node *next;
};

static struct pt pts[N];
static struct soa s;
static struct node nodes[N];

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
    int i;
    long lsum = 0;
    struct node *p, *head;
    unsigned h = 2166136261u;

    /* EXPECT: parallel */
    for (i = 0; i < N; i++) {
        pts[i].x = i % 100;
        pts[i].y = (int)(gen((unsigned)i) % 300u);
        pts[i].z = pts[i].x * pts[i].y - i;
    }

    for (i = 0; i < N; i++) {
        s.x[i] = (int)gen((unsigned)i + 3u);
        s.y[i] = (int)gen((unsigned)i + 11u);
    }

    /* EXPECT: parallel */
    for (i = 0; i < N; i++)
        s.d[i] = s.x[i] - s.y[i];

    for (i = 0; i < N; i++) {
        nodes[i].val = pts[i].z;
        nodes[i].next = (i + 1 < N) ? &nodes[i + 1] : NULL;
    }
    head = &nodes[0];

    /* EXPECT: serial non-canonical-loop */
    for (p = head; p != NULL; p = p->next)
        lsum += p->val;

    for (i = 0; i < N; i++) {
        h = ck(h, (unsigned)pts[i].z);
        h = ck(h, (unsigned)s.d[i]);
    }
    h = ck(h, (unsigned)lsum);
    printf("z[9]=%d d[9]=%d lsum=%ld\n", pts[9].z, s.d[9], lsum);
    printf("checksum %u\n", h);
    return 0;
}
