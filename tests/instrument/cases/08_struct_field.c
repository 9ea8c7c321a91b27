/* serial: struct array field flow dependence p[i].x = p[i-1].x + p[i].y */
#include <stdio.h>
#define N 1000
struct pt { int x; int y; };
static struct pt p[N];
int main(void) {
    for (int i = 0; i < N; i++) { p[i].x = i % 5; p[i].y = i % 3; }
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < N; i++) {
        p[i].x = p[i - 1].x + p[i].y;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += p[i].x;
    printf("checksum %ld\n", s);
    return 0;
}
