/* parallel: struct array field update of own element, p[i].x += p[i].y */
#include <stdio.h>
#define N 1000
struct pt { int x; int y; };
static struct pt p[N];
int main(void) {
    for (int i = 0; i < N; i++) { p[i].x = i % 10; p[i].y = i % 4; }
    /* PARC-TARGET expect=parallel */
    for (int i = 0; i < N; i++) {
        p[i].x += p[i].y;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += p[i].x;
    printf("checksum %ld\n", s);
    return 0;
}
