/* serial: writes through a global pointer into the same array that is read (gp = arr + 1) */
#include <stdio.h>
#define N 1000
static int arr[N];
static int *gp;
int main(void) {
    gp = arr + 1;
    for (int i = 0; i < N; i++) arr[i] = i % 6;
    /* PARC-TARGET expect=serial */
    for (int i = 0; i < N - 1; i++) {
        gp[i] = arr[i] % 100 + 1;
    }
    long s = 0;
    for (int i = 0; i < N; i++) s += arr[i];
    printf("checksum %ld\n", s);
    return 0;
}
