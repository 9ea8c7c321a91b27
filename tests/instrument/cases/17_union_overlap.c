/* serial: union members overlap, u[i].d written, u[i-1].b[0] (same bytes) read */
#include <stdio.h>
#define N 1000
union U { double d; unsigned char b[8]; };
static union U u[N];
int main(void) {
    for (int i = 0; i < N; i++) u[i].d = (double)(i % 17) + 0.5;
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < N; i++) {
        u[i].d = (double)u[i - 1].b[7] + 1.0;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += (long)u[i].d;
    printf("checksum %ld\n", s);
    return 0;
}
