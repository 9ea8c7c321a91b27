/* effects.c - what a call inside a loop may do.
 *
 * Library functions are described by one table (below), the single place
 * where parc states facts about libc and libm.  Functions defined in the
 * file get a summary computed from their bodies: whether they may write
 * non-local memory, perform I/O, read globals, or read through pointers.
 * Summaries are a greatest fixpoint: every defined function starts out
 * pure and is marked impure when its body (or a callee) shows an effect,
 * until nothing changes.  That gives recursive functions a definite answer:
 * a cycle of functions none of which has an effect of its own is pure. */
#include "parc/analysis.h"

#include <string.h>

typedef struct lib_fn {
	const char *name;
	parc_call_class cls;
	bool reads_args;
	const char *why;
	unsigned writes;      /* bit k: writes through argument k */
} lib_fn;

#define C(n) { n, PARC_CALL_CONST, false, NULL, 0 }
#define R(n) { n, PARC_CALL_READS, true, NULL, 0 }
#define IO(n) { n, PARC_CALL_IO, false, "it performs I/O", 0 }
#define X(n, w) { n, PARC_CALL_EXIT, false, w, 0 }
#define U(n, w) { n, PARC_CALL_UNKNOWN, false, w, 0 }
#define W(n, mask) { n, PARC_CALL_READS, true, NULL, mask }

/* Math functions may set errno on domain errors; errno is thread-local and
 * parc, like compilers' -fno-math-errno, treats them as const. */
static const lib_fn lib[] = {
	C("sqrt"), C("sqrtf"), C("sqrtl"), C("cbrt"), C("cbrtf"), C("hypot"),
	C("hypotf"), C("sin"), C("sinf"), C("cos"), C("cosf"), C("tan"),
	C("tanf"), C("asin"), C("acos"), C("atan"), C("atan2"), C("atan2f"),
	C("asinf"), C("acosf"), C("atanf"), C("sinh"), C("cosh"), C("tanh"),
	C("exp"), C("expf"), C("exp2"), C("exp2f"), C("expm1"), C("log"),
	C("logf"), C("log2"), C("log2f"), C("log10"), C("log10f"), C("log1p"),
	C("pow"), C("powf"), C("fabs"), C("fabsf"), C("fabsl"), C("floor"),
	C("floorf"), C("ceil"), C("ceilf"), C("round"), C("roundf"),
	C("trunc"), C("truncf"), C("fmod"), C("fmodf"), C("fmin"), C("fminf"),
	C("fmax"), C("fmaxf"), C("fma"), C("fmaf"), C("copysign"), C("erf"),
	C("erfc"), C("tgamma"), C("nearbyint"), C("rint"), C("lround"),
	C("llround"), C("lrint"), C("ldexp"), C("remainder"), C("fdim"),
	C("abs"), C("labs"), C("llabs"), C("imaxabs"),
	C("toupper"), C("tolower"), C("isdigit"), C("isalpha"), C("isalnum"),
	C("isspace"), C("isupper"), C("islower"), C("isxdigit"), C("ispunct"),
	C("isprint"), C("iscntrl"), C("isgraph"), C("isblank"),
	C("__builtin_expect"), C("__builtin_fabs"), C("__builtin_fabsf"),
	C("__builtin_sqrt"), C("__builtin_isnan"), C("__builtin_isinf"),
	C("__builtin_isinf_sign"), C("__builtin_isfinite"), C("__builtin_huge_val"),
	C("__builtin_inf"), C("__builtin_nan"), C("__builtin_popcount"),
	C("__builtin_popcountl"), C("__builtin_popcountll"), C("__builtin_clz"),
	C("__builtin_ctz"), C("__builtin_clzll"), C("__builtin_ctzll"),
	C("__builtin_bswap32"), C("__builtin_bswap64"), C("__fpclassify"),
	C("__isnan"), C("__isinf"), C("__finite"), C("__signbit"),
	C("__ctype_b_loc"), C("__ctype_tolower_loc"), C("__ctype_toupper_loc"),
	/* A failing assert aborts the program whether the loop runs in
	 * parallel or not; a passing one does nothing. */
	C("__assert_fail"), C("__assert"),
	/* Fresh memory; its address is not observable by the program's output. */
	{ "malloc", PARC_CALL_READS, false, NULL, 0 },
	{ "calloc", PARC_CALL_READS, false, NULL, 0 },
	{ "aligned_alloc", PARC_CALL_READS, false, NULL, 0 },
	{ "posix_memalign", PARC_CALL_READS, false, NULL, 0 },
	R("strlen"), R("strnlen"), R("strcmp"), R("strncmp"), R("memcmp"),
	R("strchr"), R("strrchr"), R("strstr"), R("strspn"), R("strcspn"),
	R("memchr"), R("atoi"), R("atol"), R("atoll"), R("atof"),
	IO("printf"), IO("fprintf"), IO("vprintf"), IO("vfprintf"), IO("puts"),
	IO("fputs"), IO("putchar"), IO("fputc"), IO("putc"), IO("fwrite"),
	IO("fread"), IO("scanf"), IO("fscanf"), IO("getchar"), IO("fgets"),
	IO("fgetc"), IO("getc"), IO("fopen"), IO("fclose"), IO("fflush"),
	IO("perror"), IO("write"), IO("read"), IO("open"), IO("close"),
	IO("__printf_chk"), IO("__fprintf_chk"), IO("getline"), IO("ungetc"),
	X("exit", "it ends the program"), X("_Exit", "it ends the program"),
	X("abort", "it ends the program"), X("quick_exit", "it ends the program"),
	X("longjmp", "it jumps out of the loop"),
	X("siglongjmp", "it jumps out of the loop"),
	X("_setjmp", "setjmp in a loop body"), X("setjmp", "setjmp in a loop body"),
	X("__sigsetjmp", "setjmp in a loop body"),
	X("__builtin_trap", "it ends the program"),
	X("__builtin_unreachable", "it ends the program"),
	U("rand", "it updates hidden random-number state"),
	U("srand", "it updates hidden random-number state"),
	U("random", "it updates hidden random-number state"),
	U("strtok", "it keeps hidden state between calls"),
	U("free", "it releases memory other iterations may use"),
	U("realloc", "it may move memory other iterations use"),
	/* string.h: reads through its pointer arguments, writes through the
	 * first; the accesses are recorded on the arguments' objects. */
	W("memcpy", 1), W("memmove", 1), W("memset", 1), W("strcpy", 1),
	W("strncpy", 1), W("strcat", 1), W("strncat", 1),
	U("sprintf", "it writes through its arguments"),
	U("snprintf", "it writes through its arguments"),
	U("sscanf", "it writes through its arguments"),
	U("qsort", "it writes through its arguments"),
	U("time", "it reads the clock"), U("clock", "it reads the clock"),
};

/* Math functions that never set errno (the others may, on domain or range
 * errors).  errno is per thread: when the file reads errno, a loop calling
 * the others cannot run in parallel. */
static const char *no_errno[] = {
	"fabs", "fabsf", "fabsl", "floor", "floorf", "ceil", "ceilf", "round", "roundf",
	"trunc", "truncf", "fmin", "fminf", "fmax", "fmaxf", "copysign", "nearbyint",
	"rint", "abs", "labs", "llabs", "imaxabs", NULL
};

static bool sets_errno(const lib_fn *l)
{
	if (l->cls != PARC_CALL_CONST || !strncmp(l->name, "__", 2) ||
	    !strncmp(l->name, "is", 2) || !strncmp(l->name, "to", 2))
		return false;
	for (int i = 0; no_errno[i]; i++)
		if (!strcmp(no_errno[i], l->name))
			return false;
	return true;
}

typedef struct en {
	bool hit;
	bool fenv;
} en;

/* Functions that read errno (or print it), and the ones that change the
 * per-thread floating-point environment. */
static const char *errno_readers[] = { "__errno_location", "perror", "err", "errx",
	"warn", "warnx", "verr", "vwarn", "error", "error_at_line", NULL };
static const char *fenv_writers[] = { "fesetround", "fesetenv", "feupdateenv",
	"feholdexcept", "fesetexceptflag", "feenableexcept", "fedisableexcept", NULL };

static bool in_list(const char **list, const char *name)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(list[i], name))
			return true;
	return false;
}

static void find_errno(parc_expr *e, void *ctx)
{
	en *x = ctx;
	if (e->kind != PARC_EXPR_CALL || !e->name)
		return;
	if (in_list(errno_readers, e->name))
		x->hit = true;
	if (in_list(fenv_writers, e->name))
		x->fenv = true;
}

static const lib_fn *lib_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof lib / sizeof lib[0]; i++)
		if (!strcmp(lib[i].name, name))
			return &lib[i];
	return NULL;
}

/* ---------------------------------------------------------- summaries */

typedef struct sm {
	parc_program *p;
	parc_func *fn;
	bool changed;
} sm;

static void impure(sm *s, bool *flag, const char *why, int line)
{
	if (*flag)
		return;
	*flag = true;
	s->changed = true;
	if (!s->fn->impure_why && (flag == &s->fn->writes_nonlocal ||
	    flag == &s->fn->does_io)) {
		s->fn->impure_why = why;
		s->fn->impure_line = line;
	}
}

static bool is_local(parc_var *v)
{
	return !v->is_global && !v->addr_taken;
}

/* The variable at the root of an lvalue, and whether the path to it goes
 * through a pointer (then the write may reach any memory). */
static parc_var *lvalue_root(parc_expr *e, bool *through_ptr)
{
	*through_ptr = false;
	for (;;) {
		e = parc_expr_skip_casts(e);
		if (!e)
			return NULL;
		switch (e->kind) {
		case PARC_EXPR_VAR:
			return e->var;
		case PARC_EXPR_INDEX:
			if (e->a->type->cls != PARC_TY_ARRAY)
				*through_ptr = true;
			e = e->a;
			break;
		case PARC_EXPR_MEMBER:
			*through_ptr |= e->arrow;
			e = e->a;
			break;
		case PARC_EXPR_UNARY:
			if (e->op != PARC_OP_DEREF) {
				*through_ptr = true;
				return NULL;
			}
			*through_ptr = true;
			e = e->a;
			break;
		case PARC_EXPR_BINARY:
			/* p + k and p - k point into what p points into. */
			if ((e->op == PARC_OP_ADD || e->op == PARC_OP_SUB) && e->a->type &&
			    e->a->type->cls == PARC_TY_PTR) {
				e = e->a;
				break;
			}
			*through_ptr = true;
			return NULL;
		default:
			*through_ptr = true;
			return NULL;
		}
	}
}

/* A parameter the function never assigns, which therefore still holds the
 * caller's argument. */
static bool fixed_param(parc_var *v)
{
	if (!v || !v->is_param || v->addr_taken || !v->func || !v->func->body)
		return false;
	return !parc_var_is_assigned(v);
}

parc_var *parc_effects_param_root(parc_expr *e)
{
	for (int derefs = 0;;) {
		e = parc_expr_skip_casts(e);
		if (!e)
			return NULL;
		switch (e->kind) {
		case PARC_EXPR_VAR:
			return derefs == 1 && e->var->type->cls == PARC_TY_PTR &&
				fixed_param(e->var) ? e->var : NULL;
		case PARC_EXPR_INDEX:
			if (!e->a->type || e->a->type->cls != PARC_TY_ARRAY)
				derefs++;
			e = e->a;
			break;
		case PARC_EXPR_MEMBER:
			derefs += e->arrow;
			e = e->a;
			break;
		case PARC_EXPR_UNARY:
			if (e->op != PARC_OP_DEREF)
				return NULL;
			derefs++;
			e = e->a;
			break;
		default:
			return NULL;
		}
		if (derefs > 1)
			return NULL;
	}
}

static void sm_write(sm *s, parc_expr *lhs)
{
	bool ptr;
	parc_var *v = lvalue_root(lhs, &ptr);
	if (ptr && parc_effects_param_root(lhs)) {
		if (!s->fn->writes_args)
			impure(s, &s->fn->writes_args, NULL, 0);
	} else if (ptr || !v)
		impure(s, &s->fn->writes_nonlocal, "it writes through a pointer", lhs->loc.line);
	else if (!is_local(v))
		impure(s, &s->fn->writes_nonlocal, "it writes a global or escaping variable",
			lhs->loc.line);
}

static void sm_call(sm *s, parc_expr *e)
{
	parc_call_info ci = parc_effects_of_call(s->p, e);
	if (ci.cls == PARC_CALL_IO)
		impure(s, &s->fn->does_io, "it performs I/O", e->loc.line);
	else if (ci.cls == PARC_CALL_UNKNOWN || ci.cls == PARC_CALL_EXIT)
		impure(s, &s->fn->writes_nonlocal, ci.why ? ci.why : "it calls an unknown function",
			e->loc.line);
	if (ci.reads_globals && !s->fn->reads_globals)
		impure(s, &s->fn->reads_globals, NULL, 0);
	if (ci.reads_args && !s->fn->reads_args)
		impure(s, &s->fn->reads_args, NULL, 0);
	/* Writes through the arguments of a call are writes through whatever
	 * this function passed: not precise, and maybe not its parameters. */
	if (ci.writes_args)
		impure(s, &s->fn->writes_nonlocal, "it calls a function that writes through "
			"its arguments", e->loc.line);
	if (ci.cls != PARC_CALL_CONST && s->fn->precise) {
		s->fn->precise = false;
		s->changed = true;
	}
}

/* Statements a summary cannot see through: inline assembly. */
static void sm_stmt(parc_stmt *st, void *ctx)
{
	sm *s = ctx;
	if (st->kind == PARC_STMT_ASM)
		impure(s, &s->fn->writes_nonlocal, "it contains inline assembly", st->loc.line);
}

static void sm_expr(parc_expr *e, void *ctx)
{
	sm *s = ctx;
	if (e->opaque)
		impure(s, &s->fn->writes_nonlocal, "it contains an expression parc cannot analyse",
			e->loc.line);
	if (e->type && e->type->is_volatile)
		impure(s, &s->fn->writes_nonlocal, "it accesses volatile memory", e->loc.line);
	switch (e->kind) {
	case PARC_EXPR_ASSIGN: case PARC_EXPR_INCDEC:
		sm_write(s, e->a);
		break;
	case PARC_EXPR_CALL:
		sm_call(s, e);
		break;
	case PARC_EXPR_VAR:
		if (e->var->is_global && !s->fn->reads_globals)
			impure(s, &s->fn->reads_globals, NULL, 0);
		break;
	case PARC_EXPR_INDEX: case PARC_EXPR_MEMBER: case PARC_EXPR_UNARY: {
		if (e->kind == PARC_EXPR_UNARY && e->op != PARC_OP_DEREF)
			break;
		bool ptr;
		parc_var *root = lvalue_root(e, &ptr);
		if (!ptr)
			break;
		/* Through a parameter: the caller's argument.  Through anything
		 * else (a local pointer may hold either): the arguments and memory
		 * reachable from globals. */
		if (!s->fn->reads_args)
			impure(s, &s->fn->reads_args, NULL, 0);
		if ((!root || !root->is_param) && !s->fn->reads_globals)
			impure(s, &s->fn->reads_globals, NULL, 0);
		break;
	}
	default:
		break;
	}
}

/* posix_memalign(&p, ...) stores a fresh allocation in p: &p there does
 * not let p escape. */
static void mark_out_params(parc_expr *e, void *ctx)
{
	(void)ctx;
	if (e->kind == PARC_EXPR_CALL && e->name && !strcmp(e->name, "posix_memalign") &&
	    e->args.len >= 1)
		parc_expr_skip_casts(e->args.items[0])->out_param = true;
}

static void mark_addr(parc_expr *e, void *ctx)
{
	(void)ctx;
	if (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_ADDR && !e->out_param) {
		parc_expr *a = parc_expr_skip_casts(e->a);
		while (a && (a->kind == PARC_EXPR_MEMBER && !a->arrow))
			a = parc_expr_skip_casts(a->a);
		if (a && a->kind == PARC_EXPR_VAR)
			a->var->addr_taken = true;
	}
}

void parc_effects_compute(parc_program *p)
{
	en e = { false, false };
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body)
			parc_walk_stmt(fn->body, NULL, find_errno, &e);
	}
	/* "%m" in any string of the file prints errno. */
	p->reads_errno = e.hit || strstr(p->src, "%m") != NULL;
	p->changes_fenv = e.fenv;
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body) {
			parc_walk_stmt(fn->body, NULL, mark_out_params, NULL);
			parc_walk_stmt(fn->body, NULL, mark_addr, NULL);
		}
	}
	for (int i = 0; i < p->funcs.len; i++)
		((parc_func *)p->funcs.items[i])->precise = true;
	bool changed = true;
	while (changed) {
		changed = false;
		for (int i = 0; i < p->funcs.len; i++) {
			parc_func *fn = p->funcs.items[i];
			if (!fn->body)
				continue;
			sm s = { p, fn, false };
			parc_walk_stmt(fn->body, sm_stmt, sm_expr, &s);
			changed |= s.changed;
		}
	}
}

static parc_call_info summary_info(parc_func *fn)
{
	parc_call_info ci = { .cls = PARC_CALL_CONST, .reads_globals = fn->reads_globals,
		.reads_args = fn->reads_args };
	if (fn->does_io) {
		ci.cls = PARC_CALL_IO;
		ci.why = "it performs I/O";
	} else if (fn->writes_nonlocal) {
		ci.cls = PARC_CALL_UNKNOWN;
		ci.why = fn->impure_why ? fn->impure_why : "it has side effects";
	} else if (fn->writes_args && !fn->precise) {
		ci.cls = PARC_CALL_UNKNOWN;
		ci.why = "it writes through its pointer arguments";
	} else if (ci.reads_globals || ci.reads_args || fn->writes_args) {
		/* Writes through the arguments are replayed at the call site. */
		ci.cls = PARC_CALL_READS;
		ci.writes_args = fn->writes_args;
	}
	return ci;
}

parc_call_info parc_effects_of_call(parc_program *p, parc_expr *call)
{
	parc_call_info ci = { .cls = PARC_CALL_UNKNOWN, .reads_globals = true, .reads_args = true,
		.why = "it is called through a function pointer" };
	if (!call->name)
		return ci;
	parc_func *fn = parc_program_find_func(p, call->name);
	if (fn && fn->body)
		return summary_info(fn);
	if (fn && fn->attr_const)
		return (parc_call_info){ .cls = PARC_CALL_CONST };
	if (fn && fn->attr_pure)
		return (parc_call_info){ .cls = PARC_CALL_READS, .reads_globals = true,
			.reads_args = true };
	const lib_fn *l = lib_lookup(call->name);
	if (l && p->reads_errno && sets_errno(l))
		return (parc_call_info){ .cls = PARC_CALL_UNKNOWN,
			.why = "it may set errno, which this file reads" };
	if (l)
		return (parc_call_info){ .cls = l->cls, .reads_args = l->reads_args, .why = l->why,
			.arg_writes = l->writes };
	ci.why = "its definition is not in this file";
	return ci;
}
