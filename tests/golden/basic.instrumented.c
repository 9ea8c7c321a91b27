/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */
struct parc_chk_site { const char *text; const char *base; int line, col, dims; };
struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; int collapse; void *state; };
extern void *parc_chk_access(const struct parc_chk_site *, const void *, const volatile void *, unsigned long, int);
extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);
__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {
  { "a[i]", "a", 19, 3, 1 },
  { "c[i]", "c", 19, 27, 1 },
  { "a[i]", "a", 25, 10, 1 },
  { "a[i]", "a", 26, 7, 1 },
  { "a[i]", "a", 27, 11, 1 },
  { "c[i]", "c", 30, 37, 1 },
  { "a[i]", "a", 30, 50, 1 },
  { "b[i]", "b", 30, 56, 1 },
  { 0, 0, 0, 0, 0 }
};
__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {
  { "basic.c", 18, 2, "i", "", 1, 0 },
  { "basic.c", 24, 2, "i", "", 1, 0 },
  { "basic.c", 30, 13, "i", "", 1, 0 },
  { 0, 0, 0, 0, 0, 0, 0 }
};
#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], (const void *)(b), &(lv), sizeof(lv), m))
#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)
#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)
#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)
#line 1 "basic.c"
/* Golden test: comments, macros and formatting survive byte for byte;
 * only pragma lines are added. */
#include <math.h>

#define N 4096
#define SQR(x) ((x) * (x))

static double a[N], b[N], c[N];

/* A pure helper: calls to it do not block parallelization. */
static double blend(double x, double y) { return 0.25 * x + 0.75 * y; }

double kernels(int n)
{
	double sum = 0.0, peak = -1.0;
	int i;

	for (i = 0; parc_chk_iter(&__parc_chk_loops[0], (i < n), (long long)(i), 0LL, 0); i++)     /* map */
		__parc_W(0, a, (a[i])) = SQR(b[i]) + sqrt(__parc_R(1, c, (c[i])));

	for (i = 1; i < n; i++)     // recurrence: stays serial
		a[i] = a[i - 1] + b[i];

	for (i = 0; parc_chk_iter(&__parc_chk_loops[1], (i < n), (long long)(i), 0LL, 0); i++) {
		sum += __parc_R(2, a, (a[i]));
		if (__parc_R(3, a, (a[i])) > peak)
			peak = __parc_R(4, a, (a[i]));
	}

	if (n > 0) for (i = 0; parc_chk_iter(&__parc_chk_loops[2], (i < n), (long long)(i), 0LL, 0); i++) __parc_W(5, c, (c[i])) = blend(__parc_R(6, a, (a[i])), __parc_R(7, b, (b[i])));

	return sum + peak;
}
