/* test_analysis.c - table-driven tests of the analyses, one row per case.
 *
 * Each row is a small C function; the test parses it, runs the decision
 * phase and checks the decision of one loop (the "loop"-th loop statement
 * -- for, while or do -- in source order, 0-based), a reason kind it must carry, and the exact
 * clause list it must get.  Rows live in cases.h, grouped by topic and
 * named hierarchically (deps-1.2 ...). */
#include "parc/analysis.h"
#include "parc/control.h"
#include "parc/frontend.h"
#include "parc/output.h"

#include <stdlib.h>
#include <string.h>

typedef struct test_case {
	const char *name;
	const char *src;
	int loop;             /* which for loop, in source order */
	const char *decision; /* "parallel", "serial", "inner", "skipped" */
	const char *reason;   /* a reason kind the loop must have, or NULL */
	const char *clauses;  /* exact pragma clauses, or NULL to skip */
	bool cost_model;      /* decide with the cost model (default work);
	                       * the other rows see analysis alone */
} test_case;

static const test_case cases[] = {
#include "cases.h"
};

static bool has_reason(parc_loop *l, const char *kind)
{
	for (int i = 0; i < l->reasons.len; i++) {
		parc_reason *r = l->reasons.items[i];
		if (!strcmp(parc_reason_kind_name(r->kind), kind))
			return true;
	}
	return false;
}

static void print_reasons(parc_loop *l)
{
	for (int i = 0; i < l->reasons.len; i++) {
		parc_reason *r = l->reasons.items[i];
		fprintf(stderr, "    reason %s: %s\n", parc_reason_kind_name(r->kind), r->message);
	}
}

static int default_min_work;

/* "(parc_rt_worth ? X : fixed)" and "(parc_rt_chunk ? parc_rt_chunk(n) :
 * fixed)" as "X" and "parc_rt_chunk(n)": the rows spell what the program
 * does when linked with parc_rt; the fallback for a program linked without
 * it (weak references) has rows of its own (rt.fallback-*). */
static void strip_fallbacks(char *s)
{
	static const char *const keys[] = { "(parc_rt_worth ? ", "(parc_rt_chunk ? ",
		"(parc_rt_static_chunk ? " };
	for (int k = 0; k < 3; k++) {
		char *p;
		while ((p = strstr(s, keys[k]))) {
			char *mid = p + strlen(keys[k]), *colon = NULL, *end = NULL;
			int depth = 0;
			for (char *q = mid; *q && !end; q++) {
				if (*q == '(')
					depth++;
				else if (*q == ')' && depth-- == 0)
					end = q;
				else if (depth == 0 && !colon && !strncmp(q, " : ", 3))
					colon = q;
			}
			if (!colon || !end)
				break;
			size_t n = (size_t)(colon - mid);
			memmove(p, mid, n);
			memmove(p + n, end + 1, strlen(end + 1) + 1);
		}
	}
}

/* The pragma's clauses as the rows spell them: "simd" has its own table,
 * and the run-time overlap test is "if(...)" (the pragma writes
 * "if(parallel: ...)" so that simd stays on). */
static void plain_clauses(char *cl)
{
	char *p;
	if (!strncmp(cl, "simd", 4) && (cl[4] == ' ' || !cl[4]))
		memmove(cl, cl + 4 + (cl[4] == ' '), strlen(cl + 4 + (cl[4] == ' ')) + 1);
	while ((p = strstr(cl, "if(parallel: ")))
		memmove(p + 3, p + 13, strlen(p + 13) + 1);
	strip_fallbacks(cl);
}

/* Runs one case; returns true if it passed. */
static bool run_case(const test_case *t)
{
	parc_min_work = t->cost_model ? default_min_work : 0;
	/* The table's guards are parc's own constant ones (as with
	 * --min-work); parc_rt's guards have their own table below. */
	parc_min_work_fixed = t->cost_model;
	parc_runtime = PARC_RUNTIME_PARC;
	parc_frontend_opts o = { "case.c", t->src, (int)strlen(t->src), NULL, 0, stderr };
	parc_program *p = parc_frontend_parse(&o);
	if (!p) {
		fprintf(stderr, "FAIL %s: does not parse\n", t->name);
		return false;
	}
	parc_decide(p);
	bool ok = true;
	if (t->loop >= p->loops.len) {
		fprintf(stderr, "FAIL %s: only %d loops\n", t->name, p->loops.len);
		parc_program_free(p);
		return false;
	}
	parc_loop *l = p->loops.items[t->loop];
	const char *got = parc_decision_name(l->decision);
	if (strcmp(got, t->decision)) {
		fprintf(stderr, "FAIL %s: decision %s, expected %s\n", t->name, got, t->decision);
		ok = false;
	}
	if (t->reason && !has_reason(l, t->reason)) {
		fprintf(stderr, "FAIL %s: no reason '%s'\n", t->name, t->reason);
		ok = false;
	}
	if (t->clauses) {
		parc_buf b;
		parc_buf_init(&b);
		parc_pragma_text(&b, l);
		char *cl = b.data + strlen("omp parallel for");
		cl += *cl == ' ';
		plain_clauses(cl);
		if (strcmp(cl, t->clauses)) {
			fprintf(stderr, "FAIL %s: clauses '%s', expected '%s'\n", t->name, cl,
				t->clauses);
			ok = false;
		}
		parc_buf_free(&b);
	}
	if (!ok)
		print_reasons(l);
	parc_program_free(p);
	return ok;
}

/* Whether a parallel loop's pragma is "parallel for simd". */
typedef struct simd_case {
	const char *name, *src;
	int loop;
	bool simd;
} simd_case;

static const simd_case simd_cases[] = {
	{ "simd.map", "void f(double *restrict a, const double *restrict b, int n)\n"
	  "{ for (int i = 0; i < n; i++) a[i] = b[i] * 2; }\n", 0, true },
	{ "simd.sum", "double f(const double *a, int n)\n"
	  "{ double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }\n", 0, true },
	{ "simd.libm", "#include <math.h>\nvoid f(double *restrict a, int n)\n"
	  "{ for (int i = 0; i < n; i++) a[i] = sqrt(a[i]); }\n", 0, true },
	{ "simd.branch", "double f(const double *a, int n)\n"
	  "{ double m = 0; for (int i = 0; i < n; i++) if (a[i] > m) m = a[i]; return m; }\n",
	  0, false },
	{ "simd.outer", "double a[100][100];\nvoid f(void)\n"
	  "{ for (int i = 0; i < 100; i++) for (int j = 0; j < 100; j++) a[i][j] = i; }\n",
	  0, false },
	{ "simd.short-inner", "void f(long *restrict o, const long *restrict x, const long *c, int n)\n"
	  "{ for (int i = 0; i < n; i++) { long h = c[0]; for (int d = 1; d <= 10; d++) h = h * x[i] + c[d]; o[i] = h; } }\n",
	  0, true },
	{ "simd.inner-65", "void f(long *restrict o, const long *restrict x, int n)\n"
	  "{ for (int i = 0; i < n; i++) { long h = 0; for (int d = 0; d < 65; d++) h += x[i] * d; o[i] = h; } }\n",
	  0, false },
	{ "simd.short-inner-branch", "void f(long *restrict o, const long *restrict x, int n)\n"
	  "{ for (int i = 0; i < n; i++) { long h = 0; for (int d = 0; d < 8; d++) if (x[i] > d) h++; o[i] = h; } }\n",
	  0, false },
	{ "simd.same-file-call", "static void g(double *p) { *p = 1; }\n"
	  "void f(double *restrict a, int n)\n"
	  "{ for (int i = 0; i < n; i++) g(&a[i]); }\n", 0, false },
	{ "simd.rt-check", "void f(double *a, const double *b, int n)\n"
	  "{ for (int i = 0; i < n; i++) a[i] = b[i]; }\n", 0, false },
	{ "simd.lastprivate", "double f(double *restrict a, const double *restrict b, int n)\n"
	  "{ double t = 0; for (int i = 0; i < n; i++) { t = b[i]; a[i] = t; } return t; }\n",
	  0, false },
	{ "simd.private", "void f(double *restrict a, const double *restrict b, int n)\n"
	  "{ double t; for (int i = 0; i < n; i++) { t = b[i] * 2; a[i] = t + 1; } }\n", 0, true },
	{ "simd.asserted", "void f(double *a, const int *p, int n)\n"
	  "{\n#pragma parc independent\n for (int i = 0; i < n; i++) a[p[i]] = i; }\n", 0, false },
};

static bool run_simd_case(const simd_case *t)
{
	parc_min_work = 0;
	parc_frontend_opts o = { "t.c", t->src, (int)strlen(t->src), NULL, 0, stderr };
	parc_program *p = parc_frontend_parse(&o);
	if (!p) {
		fprintf(stderr, "FAIL %s: parse\n", t->name);
		return false;
	}
	parc_control_pragmas(p, stderr);
	parc_decide(p);
	parc_loop *l = p->loops.items[t->loop];
	bool ok = l->decision == PARC_DECISION_PARALLEL && l->simd == t->simd;
	if (!ok)
		fprintf(stderr, "FAIL %s: decision %s, simd %d, expected parallel with simd %d\n",
			t->name, parc_decision_name(l->decision), l->simd, t->simd);
	parc_program_free(p);
	return ok;
}

/* parc_rt in the clauses: the measured threshold for loops of run-time
 * length, chunk sizes for uneven loops, and what --runtime=none and a
 * fixed --min-work emit instead. */
typedef struct rt_case {
	const char *name;
	const char *src;
	int loop;
	parc_runtime_kind runtime;
	bool fixed;           /* --min-work given (default value) */
	const char *clauses;  /* exact clauses, "simd" included */
	bool uses_rt;         /* the output must link parc_rt */
	parc_balance balance;
} rt_case;

#define TRI "void f(double *restrict a, const double *restrict b, int n)\n" \
	"{ for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j <= i; j++) s += b[j]; a[i] = s; } }\n"
#define CSR "void f(int n, const int *restrict rp, const double *restrict v, double *restrict y)\n" \
	"{ for (int i = 0; i < n; i++) { double s = 0; for (int k = rp[i]; k < rp[i + 1]; k++) s += v[k]; y[i] = s; } }\n"
#define SYM "void f(double *restrict a, int n)\n{ for (int i = 0; i < n; i++) a[i] = 0; }\n"

static const rt_case rt_cases[] = {
	{ "rt.worth", SYM, 0, PARC_RUNTIME_PARC, false,
	  "simd if(parallel: (unsigned long long)((long long)n) * 4ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 4LL))", true, PARC_BALANCE_UNIFORM },
	{ "rt.fallback-worth", SYM, 0, PARC_RUNTIME_PARC, false,
	  "simd if(parallel: (parc_rt_worth ? (unsigned long long)((long long)n) * 4ULL >= "
	  "(unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && "
	  "parc_rt_worth((long long)n, 4LL) : (unsigned long long)((long long)n) * 4ULL >= 131072ULL))",
	  true, PARC_BALANCE_UNIFORM },
	{ "rt.fallback-chunk", CSR, 0, PARC_RUNTIME_PARC, false,
	  "schedule(dynamic, (parc_rt_chunk ? parc_rt_chunk((long long)n) : ((long long)n) > 16 ? "
	  "((long long)n) / 16 : 1))", true, PARC_BALANCE_IRREGULAR },
	{ "rt.worth-none", SYM, 0, PARC_RUNTIME_NONE, false,
	  "simd if(parallel: (long long)n >= 4096LL)", false, PARC_BALANCE_UNIFORM },
	{ "rt.worth-fixed", SYM, 0, PARC_RUNTIME_PARC, true,
	  "simd if(parallel: (long long)n >= 4096LL)", false, PARC_BALANCE_UNIFORM },
	{ "rt.worth-inclusive", "void f(double *restrict a, int m, int n)\n"
	  "{ for (int i = m; i <= n; i++) a[i] = 0; }\n", 0, PARC_RUNTIME_PARC, false,
	  "simd if(parallel: (unsigned long long)(((long long)n - (long long)m + 1)) * 4ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth(((long long)n - (long long)m + 1), 4LL))", true,
	  PARC_BALANCE_UNIFORM },
	{ "rt.worth-stride", "void f(double *restrict a, long n)\n"
	  "{ for (long i = 0; i < n; i += 4) a[i] = 0; }\n", 0, PARC_RUNTIME_PARC, false,
	  "simd if(parallel: (unsigned long long)((long long)n / 4) * 4ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n / 4, 4LL))", true, PARC_BALANCE_UNIFORM },
	{ "rt.worth-downward", "void f(double *restrict a, int n)\n"
	  "{ for (int i = n; i >= 1; i--) a[i] = 0; }\n", 0, PARC_RUNTIME_PARC, false,
	  "simd if(parallel: (unsigned long long)(((long long)n - 1LL + 1)) * 4ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth(((long long)n - 1LL + 1), 4LL))", true, PARC_BALANCE_UNIFORM },
	{ "rt.no-worth-constant-large", "double a[2000000];\nvoid f(void)\n{ for (int i = 0; i < 2000000; i++) a[i] = 0; }\n",
	  0, PARC_RUNTIME_PARC, false, "simd", false, PARC_BALANCE_UNIFORM },
	{ "rt.worth-constant-mid", "double a[100000];\nvoid f(void)\n{ for (int i = 0; i < 100000; i++) a[i] = 0; }\n",
	  0, PARC_RUNTIME_PARC, false, "simd if(parallel: (unsigned long long)(100000LL) * 4ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth(100000LL, 4LL))", true,
	  PARC_BALANCE_UNIFORM },
	{ "rt.worth-constant-mid-none", "double a[100000];\nvoid f(void)\n{ for (int i = 0; i < 100000; i++) a[i] = 0; }\n",
	  0, PARC_RUNTIME_NONE, false, "simd", false, PARC_BALANCE_UNIFORM },
	{ "rt.no-worth-call-bound", "int g(void) __attribute__((const));\nvoid f(double *restrict a)\n"
	  "{ for (int i = 0; i < g(); i++) a[i] = 0; }\n", 0, PARC_RUNTIME_PARC, false, "simd", false,
	  PARC_BALANCE_UNIFORM },
	{ "rt.triangular", TRI, 0, PARC_RUNTIME_PARC, false,
	  "schedule(static, parc_rt_static_chunk((long long)n))", true, PARC_BALANCE_LINEAR },
	{ "rt.triangular-none", TRI, 0, PARC_RUNTIME_NONE, false, "schedule(guided)", false,
	  PARC_BALANCE_LINEAR },
	{ "rt.triangular-down", "double a[500][500];\nvoid f(int n)\n"
	  "{ for (int i = 0; i < n; i++) for (int j = i; j < n; j++) a[i][j] = 1; }\n", 0,
	  PARC_RUNTIME_PARC, false, "schedule(static, parc_rt_static_chunk((long long)n))", true,
	  PARC_BALANCE_LINEAR },
	{ "rt.csr", CSR, 0, PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk((long long)n))",
	  true, PARC_BALANCE_IRREGULAR },
	{ "rt.csr-none", CSR, 0, PARC_RUNTIME_NONE, false, "schedule(guided)", false,
	  PARC_BALANCE_IRREGULAR },
	{ "rt.while-escape", "void f(int *restrict it, const double *restrict c, int n)\n"
	  "{ for (int i = 0; i < n; i++) { double z = 0; int k = 0; while (k < 100 && z < 4) { z = z * z + c[i]; k++; } it[i] = k; } }\n",
	  0, PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk((long long)n))", true,
	  PARC_BALANCE_IRREGULAR },
	{ "rt.bound-from-body", "double a[500][500];\nvoid f(int n, const int *restrict len)\n"
	  "{ for (int i = 0; i < n; i++) { int m = len[i] % 500; for (int j = 0; j < m; j++) a[i][j] = 1; } }\n",
	  0, PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk((long long)n))", true,
	  PARC_BALANCE_IRREGULAR },
	{ "rt.unsigned-down-irregular", "void f(int *restrict it, unsigned n)\n"
	  "{ for (unsigned i = n; i >= 3; i--) { unsigned k = 0; while (k < i % 7) k++; it[i] = k; } }\n",
	  0, PARC_RUNTIME_PARC, false, "schedule(static, parc_rt_static_chunk(((long long)n - 3LL + 1)))",
	  true, PARC_BALANCE_IRREGULAR },
	{ "rt.unsigned-down-irregular-none", "void f(int *restrict it, unsigned n)\n"
	  "{ for (unsigned i = n; i >= 3; i--) { unsigned k = 0; while (k < i % 7) k++; it[i] = k; } }\n",
	  0, PARC_RUNTIME_NONE, false, "schedule(static, 1)", false, PARC_BALANCE_IRREGULAR },
	{ "rt.size-t-down-irregular", "#include <stddef.h>\nvoid f(int *restrict it, size_t n)\n"
	  "{ for (size_t i = n; i >= 3; i--) { unsigned k = 0; while (k < i % 7) k++; it[i] = k; } }\n",
	  0, PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk(((long long)n - 3LL + 1)))",
	  true, PARC_BALANCE_IRREGULAR },
	{ "rt.heavy-branch", "double a[500][500];\nvoid f(int n, const int *restrict on)\n"
	  "{ for (int i = 0; i < n; i++) if (on[i]) for (int j = 0; j < 500; j++) a[i][j] = j; }\n",
	  0, PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk((long long)n)) "
	  "if(parallel: (unsigned long long)((long long)n) * 3503ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 3503LL))", true, PARC_BALANCE_IRREGULAR },
	{ "rt.light-branch", "void f(double *restrict a, const double *restrict b, int n)\n"
	  "{ for (int i = 0; i < n; i++) if (b[i] > 0) a[i] = b[i]; }\n", 0, PARC_RUNTIME_PARC, false,
	  "if(parallel: (unsigned long long)((long long)n) * 9ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 9LL))", true, PARC_BALANCE_UNIFORM },
	{ "rt.branch-inside-inner", "double a[500][500];\nvoid f(int n)\n"
	  "{ for (int i = 0; i < n; i++) for (int j = 0; j < 500; j++) if (a[i][j] > 0) { a[i][j] = a[i][j] * 2 + 1; a[i][j] /= 3; a[i][j] -= 7; } }\n",
	  0, PARC_RUNTIME_PARC, false, "if(parallel: (unsigned long long)((long long)n) * 14001ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 14001LL))", true,
	  PARC_BALANCE_UNIFORM },
	{ "rt.rectangular-inner", "double a[500][500];\nvoid f(int n, int m)\n"
	  "{ for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = 1; }\n", 0,
	  PARC_RUNTIME_PARC, false, "if(parallel: parc_rt_worth((long long)n, (long long)(1ULL + "
	  "((long long)m > 0 ? (unsigned long long)((long long)m) : 0ULL) * (7ULL))))", true,
	  PARC_BALANCE_UNIFORM },
	{ "rt.rectangular-inner-fixed", "double a[500][500];\nvoid f(int n, int m)\n"
	  "{ for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = 1; }\n", 0,
	  PARC_RUNTIME_PARC, true, "", false, PARC_BALANCE_UNIFORM },
	{ "rt.two-symbolic-levels", "void f(int n, int m, int k, double *restrict a, const double *restrict b)\n"
	  "{ for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) for (int q = 0; q < k; q++) a[i] += b[j + q]; }\n",
	  0, PARC_RUNTIME_PARC, false, "if(parallel: parc_rt_worth((long long)n, (long long)(1ULL + "
	  "((long long)m > 0 ? (unsigned long long)((long long)m) : 0ULL) * (2ULL + "
	  "((long long)k > 0 ? (unsigned long long)((long long)k) : 0ULL) * (8ULL)))))", true,
	  PARC_BALANCE_UNIFORM },
	{ "rt.inner-bound-written-in-body", "double a[500][500];\nvoid f(int n, int m)\n"
	  "{ for (int i = 0; i < n; i++) { int k = m; for (int j = 0; j < k; j++) a[i][j] = 1; } }\n", 0,
	  PARC_RUNTIME_PARC, false, "schedule(dynamic, parc_rt_chunk((long long)n))", true,
	  PARC_BALANCE_IRREGULAR },
	{ "rt.switch-break", "void f(double *restrict a, const int *restrict k, int n)\n"
	  "{ for (int i = 0; i < n; i++) switch (k[i]) { case 1: a[i] = 1; break; default: a[i] = 0; } }\n",
	  0, PARC_RUNTIME_PARC, false, "if(parallel: (unsigned long long)((long long)n) * 9ULL >= (unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && parc_rt_worth((long long)n, 9LL))", true,
	  PARC_BALANCE_UNIFORM },
};

static bool run_rt_case(const rt_case *t)
{
	parc_min_work = default_min_work;
	parc_min_work_fixed = t->fixed;
	parc_runtime = t->runtime;
	parc_frontend_opts o = { "t.c", t->src, (int)strlen(t->src), NULL, 0, stderr };
	parc_program *p = parc_frontend_parse(&o);
	if (!p) {
		fprintf(stderr, "FAIL %s: parse\n", t->name);
		return false;
	}
	parc_control_pragmas(p, stderr);
	parc_decide(p);
	parc_loop *l = p->loops.items[t->loop];
	parc_buf b;
	parc_buf_init(&b);
	if (l->simd)
		parc_buf_puts(&b, l->clauses.len ? "simd " : "simd");
	for (int i = 0; i < l->clauses.len; i++)
		parc_buf_printf(&b, "%s%s", i ? " " : "", (const char *)l->clauses.items[i]);
	if (b.data && strncmp(t->name, "rt.fallback", 11))
		strip_fallbacks(b.data);
	bool ok = l->decision == PARC_DECISION_PARALLEL && !strcmp(b.data ? b.data : "", t->clauses) &&
		parc_output_uses_rt(p) == t->uses_rt && l->balance == t->balance;
	if (!ok)
		fprintf(stderr, "FAIL %s: decision %s, clauses '%s' (expected '%s'), uses_rt %d "
			"(expected %d), balance %d (expected %d)\n", t->name,
			parc_decision_name(l->decision), b.data ? b.data : "", t->clauses,
			parc_output_uses_rt(p), t->uses_rt, l->balance, t->balance);
	parc_buf_free(&b);
	parc_program_free(p);
	parc_runtime = PARC_RUNTIME_PARC;
	parc_min_work_fixed = false;
	return ok;
}

int main(int argc, char **argv)
{
	default_min_work = parc_min_work;
	int n = (int)(sizeof cases / sizeof cases[0]), failed = 0, run = 0;
	for (int i = 0; i < n; i++) {
		if (argc > 1 && !strstr(cases[i].name, argv[1]))
			continue;
		run++;
		if (!run_case(&cases[i]))
			failed++;
	}
	for (size_t i = 0; i < sizeof simd_cases / sizeof simd_cases[0]; i++) {
		if (argc > 1 && !strstr(simd_cases[i].name, argv[1]))
			continue;
		run++;
		if (!run_simd_case(&simd_cases[i]))
			failed++;
	}
	for (size_t i = 0; i < sizeof rt_cases / sizeof rt_cases[0]; i++) {
		if (argc > 1 && !strstr(rt_cases[i].name, argv[1]))
			continue;
		run++;
		if (!run_rt_case(&rt_cases[i]))
			failed++;
	}
	printf("%d passed, %d failed\n", run - failed, failed);
	return failed ? 1 : 0;
}
