/* parc-args: --min-work=0 */
/* Fuzz seed 20058 (cost-model batch): an uneven loop over an unsigned int
   index counting down got schedule(dynamic, parc_rt_chunk(n)), and gcc
   12's libgomp runs no iteration of such a loop under a dynamic or guided
   schedule (0 of 156, at any thread count).  Static schedules, signed and
   64-bit indices are fine.  Now such loops get static schedules only. */
#include <stdio.h>

static unsigned cnt[200];
static unsigned short cs[200];

int main(void)
{
    unsigned long h = 14695981039346656037ul;
    for (unsigned i = 158; i >= 3; i -= 1) {
        unsigned k = 0;
        while (k < i % 7)
            k++;
        cnt[i] = k + 1;
    }
    for (unsigned short s = 150; s >= 2; s--) {
        unsigned k = 0;
        while (k < s % 5u)
            k++;
        cs[s] = (unsigned short)(k + 2);
    }
    for (int i = 0; i < 200; i++)
        h = (h ^ (cnt[i] + 7u * cs[i])) * 1099511628211ul;
    printf("checksum %lu\n", h);
    return 0;
}
