/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "hazards.c"
/* Golden test: loops left alone, each with its reason in the report. */
#include <stdio.h>

#define FOR_EACH(i, n) for (i = 0; i < (n); i++)

int counter;
static void bump(void) { counter++; }

int hazards(int *restrict a, const int *restrict idx, int n)
{
    int i, total = 0;
    for (i = 0; i < n; i++)
        printf("%d\n", a[i]);
    for (i = 0; i < n; i++) {
        if (a[i] < 0)
            break;
        total += a[i];
    }
    for (i = 0; i < n; i++)
        a[idx[i]] = i;
    for (i = 0; i < n; i++)
        bump();
    FOR_EACH(i, n)
        a[i] = 0;
#pragma omp parallel for
    for (i = 0; i < n; i++)
        a[i] = 1;
    for (i = 0; i < 8; i++)
        a[i] = 2;
    i = 0;
    while (i < n)
        a[i++] = 3;
    return total;
}
