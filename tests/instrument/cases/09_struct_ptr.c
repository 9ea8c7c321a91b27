/* serial: flow dependence through struct pointer, s->v[i] = s->v[i-1] + 2 */
#include <stdio.h>
#include <stdlib.h>
#define N 1000
struct S { int n; int v[N]; };
int main(void) {
    struct S *s = malloc(sizeof *s);
    if (!s) return 1;
    s->n = N;
    for (int i = 0; i < N; i++) s->v[i] = i % 4;
    /* PARC-TARGET expect=serial */
    for (int i = 1; i < s->n; i++) {
        s->v[i] = s->v[i - 1] + 2;
    }
    long c = 0;
    for (int i = 0; i < N; i++) c += s->v[i];
    free(s);
    printf("checksum %ld\n", c);
    return 0;
}
