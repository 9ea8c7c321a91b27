/* offload.c - which parallel nests can run as CUDA kernels (--target=cuda).
 *
 * A nest is offloaded only when the analysis proved its outermost loop
 * parallel, and when everything the kernel needs can be said exactly:
 *
 *   - the body's text, re-emitted in the .cu file, names only variables,
 *     device math functions, pure same-file functions and macros of the
 *     file that the kernel can see (its parameters, its own locals);
 *   - every array or pointer it reaches has a region (first subscripts
 *     lo..hi, from isl, parc_deps_region) that can be copied to the device
 *     and back;
 *   - its scalars are read-only values, private, or reductions.
 *
 * Anything else keeps the nest on the CPU with its OpenMP pragma, and a
 * reason in the report: not-offloadable-call, unbounded-region,
 * not-offloadable (types, clauses, code the kernel cannot see). */
#include "parc/analysis.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Below this much work (parc's units, about 0.014 ns each on one core:
 * 2^22 units are some 60 us) a loop of constant length stays on the CPU:
 * a launch, a synchronization and two copies are expected to cost tens of
 * microseconds over PCIe (not measured here: no GPU), which the CPU's
 * threads beat.  Loops of run-time length ask parc_cuda_use.
 * --min-work=0 (no cost model) turns this off too. */
enum { GPU_MIN_WORK = 1 << 22 };

typedef struct oc {
	parc_program *p;
	const char *const *args;
	int nargs;
	parc_vec defines;     /* mdef: #define lines of the main file */
	parc_vec names;       /* const char *: offload names given so far */
} oc;

typedef parc_macro mdef;

static bool names_written(parc_program *p, parc_loop_info *li, const char *t);
static void header_bounds(parc_program *p, parc_loop *l, const char **lb, const char **ub);
static bool repeatable(parc_expr *e);

/* --------------------------------------------------------------- lexing */

typedef struct ident {
	const char *s;
	int n;
	int off;
} ident;

/* The identifiers of C text [off, end), skipping comments, literals and
 * numbers.  Returns false on text the kernel cannot take: a preprocessor
 * line, or member access (structs stay on the CPU). */
static bool identifiers(const char *src, int off, int end, parc_arena *a, parc_vec *out)
{
	for (int k = off; k < end;) {
		char c = src[k];
		if (c == '/' && k + 1 < end && src[k + 1] == '*') {
			const char *e = strstr(src + k + 2, "*/");
			k = e ? (int)(e - src) + 2 : end;
		} else if (c == '/' && k + 1 < end && src[k + 1] == '/') {
			while (k < end && src[k] != '\n')
				k++;
		} else if (c == '"' || c == '\'') {
			for (k++; k < end && src[k] != c; k++)
				if (src[k] == '\\')
					k++;
			k++;
		} else if (isdigit((unsigned char)c) || (c == '.' && k + 1 < end &&
			   isdigit((unsigned char)src[k + 1]))) {
			/* A pp-number: 1e-5f, 0x1Fu, 1.5. */
			for (k++; k < end && (isalnum((unsigned char)src[k]) || src[k] == '.' ||
			     src[k] == '_' || ((src[k] == '-' || src[k] == '+') &&
			     strchr("eEpP", src[k - 1]))); k++)
				;
		} else if (isalpha((unsigned char)c) || c == '_') {
			int s = k;
			while (k < end && (isalnum((unsigned char)src[k]) || src[k] == '_'))
				k++;
			ident *id = parc_arena_alloc(a, sizeof *id);
			id->s = src + s;
			id->n = k - s;
			id->off = s;
			parc_vec_push(a, out, id);
		} else if (c == '#' || c == '.' || (c == '-' && k + 1 < end && src[k + 1] == '>')) {
			return false;
		} else {
			k++;
		}
	}
	return true;
}

static bool ident_is(const ident *id, const char *s)
{
	return (int)strlen(s) == id->n && !strncmp(id->s, s, (size_t)id->n);
}

static bool in_list(const ident *id, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (ident_is(id, list[i]))
			return true;
	return false;
}

/* C keywords that mean the same in CUDA C++ device code. */
static const char *const KEYWORDS[] = {
	"break", "case", "char", "const", "continue", "default", "do", "double",
	"else", "float", "for", "if", "int", "long", "return", "short", "signed",
	"switch", "unsigned", "void", "while", NULL
};

/* Names a .cu file cannot use for the user's variables: C++ keywords,
 * CUDA's built-in variables, and parc's own prefix. */
static const char *const RESERVED[] = {
	"alignas", "alignof", "and", "and_eq", "asm", "bitand", "bitor", "bool", "catch",
	"char16_t", "char32_t", "class", "compl", "concept", "const_cast", "constexpr",
	"decltype", "delete", "dynamic_cast", "explicit", "export", "false", "friend",
	"inline", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr",
	"operator", "or", "or_eq", "private", "protected", "public", "reinterpret_cast",
	"requires", "static_assert", "static_cast", "template", "this", "thread_local",
	"throw", "true", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor",
	"xor_eq", "blockIdx", "threadIdx", "blockDim", "gridDim", "warpSize", "dim3",
	"uint3", NULL
};

/* Names the .cu file's headers define with their standard meaning. */
static const char *const STANDARD[] = {
	"size_t", "ptrdiff_t", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t",
	"uint16_t", "uint32_t", "uint64_t", "INFINITY", "NAN", "HUGE_VAL", "HUGE_VALF",
	"INT_MAX", "INT_MIN", "UINT_MAX", "LONG_MAX", "LONG_MIN", "ULONG_MAX", "LLONG_MAX",
	"LLONG_MIN", "ULLONG_MAX", "CHAR_BIT", "DBL_MAX", "DBL_MIN", "DBL_EPSILON", "FLT_MAX",
	"FLT_MIN", "FLT_EPSILON",
	/* glibc's <math.h> constants (the .cu file is compiled with GNU
	 * extensions, as nvcc and g++ do by default) */
	"M_PI", "M_PI_2", "M_PI_4", "M_1_PI", "M_2_PI", "M_2_SQRTPI", "M_E", "M_LN2",
	"M_LN10", "M_LOG2E", "M_LOG10E", "M_SQRT2", "M_SQRT1_2", NULL
};

/* Functions CUDA's headers declare for device code under these names: a
 * same-file function called so is not copied (it would clash). */
static const char *const CUDA_NAMES[] = {
	"min", "max", "umin", "umax", "llmin", "llmax", "ullmin", "ullmax", "signbit",
	"isnan", "isinf", "isfinite", "ldexp", "frexp", "modf", "scalbn", "ilogb", "logb",
	"lrint", "llrint", "lround", "llround", "nextafter", "saturate", "mul24", NULL
};

/* libm functions with a CUDA device version of the same name and meaning
 * (CUDA's math API), and the integer abs family. */
static const char *const DEVICE_MATH[] = {
	"sqrt", "cbrt", "hypot", "exp", "exp2", "expm1", "log", "log2", "log10",
	"log1p", "pow", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
	"sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil",
	"round", "trunc", "fmod", "fmin", "fmax", "fma", "copysign", "erf", "erfc",
	"tgamma", "rint", "nearbyint", "remainder", "fdim",
	"sqrtf", "cbrtf", "hypotf", "expf", "exp2f", "expm1f", "logf", "log2f",
	"log10f", "log1pf", "powf", "sinf", "cosf", "tanf", "asinf", "acosf", "atanf",
	"atan2f", "sinhf", "coshf", "tanhf", "asinhf", "acoshf", "atanhf", "fabsf",
	"floorf", "ceilf", "roundf", "truncf", "fmodf", "fminf", "fmaxf", "fmaf",
	"copysignf", "erff", "erfcf", "tgammaf", "rintf", "nearbyintf", "remainderf",
	"fdimf", "abs", "labs", "llabs", NULL
};

/* ------------------------------------------------------------- macros */

static bool at_line_start(const char *src, int k)
{
	while (k > 0 && (src[k - 1] == ' ' || src[k - 1] == '\t'))
		k--;
	return k == 0 || src[k - 1] == '\n';
}

static int line_end(const char *src, int len, int k)
{
	while (k < len && src[k] != '\n')
		k += src[k] == '\\' && k + 1 < len && src[k + 1] == '\n' ? 2 : 1;
	return k;
}

static mdef *find_define(oc *c, const char *s, int n)
{
	for (int i = 0; i < c->defines.len; i++) {
		mdef *m = c->defines.items[i];
		if ((int)strlen(m->name) == n && !strncmp(m->name, s, (size_t)n))
			return m;
	}
	return NULL;
}

static bool defined_on_command_line(oc *c, const char *name)
{
	size_t n = strlen(name);
	for (int i = 0; i < c->nargs; i++) {
		const char *a = c->args[i];
		if ((!strncmp(a, "-D", 2) || !strncmp(a, "-U", 2)) && a[2] == 0 && i + 1 < c->nargs)
			a = c->args[++i] - 2;
		else if (strncmp(a, "-D", 2) && strncmp(a, "-U", 2))
			continue;
		if (!strncmp(a + 2, name, n) && (a[2 + n] == 0 || a[2 + n] == '=' || a[2 + n] == '('))
			return true;
	}
	return false;
}

/* Records every #define of the main file.  A macro is usable in the .cu
 * file only if its one definition holds everywhere: outside any #if, never
 * #undef'd or redefined, and not set by -D/-U. */
static void scan_defines(oc *c)
{
	parc_program *p = c->p;
	const char *src = p->src;
	int depth = 0;
	for (int k = 0; k < p->src_len; k++) {
		if (src[k] != '#' || !at_line_start(src, k))
			continue;
		int e = line_end(src, p->src_len, k);
		int d = k + 1;
		while (d < e && (src[d] == ' ' || src[d] == '\t'))
			d++;
		int w = d;
		while (w < e && isalpha((unsigned char)src[w]))
			w++;
		int n = w - d;
		if ((n == 2 && !strncmp(src + d, "if", 2)) || (n == 5 && !strncmp(src + d, "ifdef", 5)) ||
		    (n == 6 && !strncmp(src + d, "ifndef", 6)))
			depth++;
		else if (n == 5 && !strncmp(src + d, "endif", 5) && depth > 0)
			depth--;
		else if ((n == 6 && !strncmp(src + d, "define", 6)) ||
			 (n == 5 && !strncmp(src + d, "undef", 5))) {
			while (w < e && (src[w] == ' ' || src[w] == '\t'))
				w++;
			int s = w;
			while (w < e && (isalnum((unsigned char)src[w]) || src[w] == '_'))
				w++;
			mdef *m = find_define(c, src + s, w - s);
			if (m) {
				m->usable = false;
			} else if (w > s) {
				m = parc_arena_alloc(p->arena, sizeof *m);
				memset(m, 0, sizeof *m);
				m->name = parc_arena_strndup(p->arena, src + s, (size_t)(w - s));
				m->off = k;
				m->end = e;
				m->usable = n == 6 && depth == 0 && !defined_on_command_line(c, m->name);
				if (w < e && src[w] == '(') {
					/* Function-like: its parameter names are not free. */
					parc_vec ids = { 0 };
					int close = w;
					while (close < e && src[close] != ')')
						close++;
					identifiers(src, w, close, p->arena, &ids);
					for (int i = 0; i < ids.len; i++) {
						ident *id = ids.items[i];
						parc_vec_push(p->arena, &m->params,
							parc_arena_strndup(p->arena, id->s, (size_t)id->n));
					}
					w = close + 1;
				}
				m->body = w;
				parc_vec_push(p->arena, &c->defines, m);
			}
		}
		k = e;
	}
}

/* ---------------------------------------------------------- the names */

/* What the body text may name. */
typedef struct scope {
	oc *c;
	parc_vec names;       /* const char *: variables and functions */
	parc_vec macros;      /* mdef, in the order first needed */
	const char *bad;      /* the first name the kernel cannot see */
	int before;           /* where the text starts: macros defined from
	                       * there on do not apply to it */
} scope;

static bool scope_has(scope *s, const ident *id)
{
	for (int i = 0; i < s->names.len; i++)
		if (ident_is(id, s->names.items[i]))
			return true;
	return false;
}

static bool text_ok(scope *s, int off, int end, parc_vec *skip);

/* A macro the text uses: usable, defined before the text (a name defined
 * as a macro only later means something else there, an enum constant
 * say), and its replacement names only what the kernel can see (checked
 * once, then remembered). */
static bool macro_ok(scope *s, mdef *m)
{
	if (m->off >= s->before)
		return false;
	if (parc_vec_has(&s->macros, m))
		return true;
	if (!m->usable)
		return false;
	parc_vec_push(s->c->p->arena, &s->macros, m);
	if (!text_ok(s, m->body, m->end, &m->params)) {
		s->macros.len--;
		return false;
	}
	return true;
}

static bool text_ok(scope *s, int off, int end, parc_vec *skip)
{
	parc_program *p = s->c->p;
	parc_vec ids = { 0 };
	if (!identifiers(p->src, off, end, p->arena, &ids)) {
		s->bad = "member access or a preprocessor line";
		return false;
	}
	for (int i = 0; i < ids.len; i++) {
		ident *id = ids.items[i];
		bool param = false;
		for (int k = 0; skip && k < skip->len && !param; k++)
			param = ident_is(id, skip->items[k]);
		if (in_list(id, RESERVED) || (id->n > 5 && !strncmp(id->s, "parc_", 5)) ||
		    (id->n > 2 && !strncmp(id->s, "__", 2))) {
			s->bad = parc_arena_strndup(p->arena, id->s, (size_t)id->n);
			return false;
		}
		if (param || in_list(id, KEYWORDS) || scope_has(s, id))
			continue;
		mdef *m = find_define(s->c, id->s, id->n);
		if (m ? macro_ok(s, m) : in_list(id, STANDARD))
			continue;
		s->bad = parc_arena_strndup(p->arena, id->s, (size_t)id->n);
		return false;
	}
	return true;
}

/* ---------------------------------------------------------- the nest */

typedef struct nest {
	oc *c;
	parc_loop *l;
	int off, end;         /* the loop's text */
	parc_vec free;        /* parc_var used in the nest, declared outside */
	parc_vec local;       /* parc_var declared inside */
	parc_vec callees;     /* parc_expr: FUNC references */
	bool indirect;        /* a call through a pointer */
	bool addresses;       /* an address used as a value (address_use) */
} nest;

static bool pointer_typed(parc_expr *e)
{
	return e && e->type && (e->type->cls == PARC_TY_PTR || e->type->cls == PARC_TY_ARRAY);
}

/* Device addresses are not host addresses: a pointer turned into a
 * number, or compared for equality (with another object's pointer, or
 * with one kept from before), would mean something else in a kernel.
 * (Subscripts, and differences and order within one array, are the same
 * on the device: a region is one contiguous copy.) */
static void address_use(parc_expr *e, void *ctx)
{
	nest *n = ctx;
	if (e->kind == PARC_EXPR_CAST && pointer_typed(e->a) && !pointer_typed(e))
		n->addresses = true;
	if (e->kind == PARC_EXPR_BINARY && (e->op == PARC_OP_EQ || e->op == PARC_OP_NE) &&
	    (pointer_typed(e->a) || pointer_typed(e->b)))
		n->addresses = true;
}

static void nest_expr(parc_expr *e, void *ctx)
{
	nest *n = ctx;
	parc_arena *a = n->c->p->arena;
	if (e->kind == PARC_EXPR_VAR && e->var) {
		bool inside = e->var->loc.in_main && e->var->loc.off >= n->off &&
			e->var->loc.off < n->end;
		parc_vec *v = inside ? &n->local : &n->free;
		if (!parc_vec_has(v, e->var))
			parc_vec_push(a, v, e->var);
	} else if (e->kind == PARC_EXPR_FUNC) {
		parc_vec_push(a, &n->callees, e);
	} else if (e->kind == PARC_EXPR_CALL && (!e->a ||
		   parc_expr_skip_casts(e->a)->kind != PARC_EXPR_FUNC)) {
		n->indirect = true;
	}
	address_use(e, n);
}

static void nest_stmt(parc_stmt *s, void *ctx)
{
	nest *n = ctx;
	if (s->kind != PARC_STMT_DECL)
		return;
	for (int i = 0; i < s->decls.len; i++)
		if (!parc_vec_has(&n->local, s->decls.items[i]))
			parc_vec_push(n->c->p->arena, &n->local, s->decls.items[i]);
}

/* The C declaration of "name" with type "t", as a kernel parameter: an
 * array becomes a pointer to its element, as it does in a C call.  NULL
 * for types a kernel cannot take (structs, pointers to pointers, VLAs). */
static const char *declarator(parc_program *p, parc_type *t, const char *name, bool param)
{
	parc_buf dims;
	parc_buf_init(&dims);
	bool ptr = false;
	if (param && (t->cls == PARC_TY_PTR || t->cls == PARC_TY_ARRAY)) {
		if (t->cls == PARC_TY_ARRAY && (t->incomplete || t->vla))
			return parc_buf_free(&dims), NULL;
		ptr = true;
		t = t->elem;
	}
	while (t && t->cls == PARC_TY_ARRAY) {
		if (t->incomplete || t->vla || !t->elem || t->size <= 0 || t->elem->size <= 0)
			return parc_buf_free(&dims), NULL;
		parc_buf_printf(&dims, "[%d]", t->size / t->elem->size);
		t = t->elem;
	}
	if (!t || !t->canon || t->is_volatile || t->is_atomic)
		return parc_buf_free(&dims), NULL;
	parc_buf b;
	parc_buf_init(&b);
	if (ptr && dims.len)
		parc_buf_printf(&b, "%s (*%s)%s", t->canon, name, dims.data);
	else
		parc_buf_printf(&b, "%s%s%s%s%s", t->canon, ptr || *name ? " " : "", ptr ? "*" : "",
			name, dims.data ? dims.data : "");
	const char *r = parc_arena_strdup(p->arena, b.data);
	parc_buf_free(&b);
	parc_buf_free(&dims);
	return r;
}

/* Whether clause "cl" (e.g. "private(a,b)") lists "v" after "prefix". */
static bool lists(const char *cl, const char *prefix, parc_var *v)
{
	size_t np = strlen(prefix), n = strlen(v->name);
	if (strncmp(cl, prefix, np))
		return false;
	const char *list = strchr(cl, ':') && prefix[0] == 'r' ? strchr(cl, ':') + 1 : cl + np;
	for (const char *q = list; (q = strstr(q, v->name)); q += n)
		if ((q[-1] == '(' || q[-1] == ',' || q[-1] == ':' || q[-1] == ' ') &&
		    (q[n] == ',' || q[n] == ')'))
			return true;
	return false;
}

/* How the clauses of "l" treat "v": sets the kind and flags of "ov";
 * false when no clause names it. */
static bool clause_kind(parc_program *p, parc_loop *l, parc_var *v, parc_offload_var *ov)
{
	bool named = false;
	for (int i = 0; i < l->clauses.len; i++) {
		const char *cl = l->clauses.items[i];
		if (lists(cl, "reduction(", v)) {
			ov->kind = PARC_OFFLOAD_REDUCTION;
			ov->op = parc_arena_strndup(p->arena, cl + 10,
				(size_t)(strchr(cl, ':') - cl - 10));
			return true;
		}
		bool pr = lists(cl, "private(", v), fp = lists(cl, "firstprivate(", v),
			lp = lists(cl, "lastprivate(", v);
		if (pr || fp || lp) {
			ov->kind = PARC_OFFLOAD_PRIVATE;
			ov->first |= fp;
			ov->last |= lp;
			named = true;
		}
	}
	return named;
}

static bool clauses_fit(parc_loop *l, const char **bad)
{
	for (int i = 0; i < l->clauses.len; i++) {
		const char *cl = l->clauses.items[i];
		if (strncmp(cl, "private(", 8) && strncmp(cl, "reduction(", 10) &&
		    strncmp(cl, "firstprivate(", 13) && strncmp(cl, "lastprivate(", 12) &&
		    strncmp(cl, "schedule(", 9) && strncmp(cl, "if(", 3)) {
			*bad = cl;
			return false;
		}
	}
	return true;
}

/* Device math functions that CUDA computes exactly as a correctly
 * rounded libm does (IEEE operations); the others may differ from the
 * host's libm in the last bit (the report says so: "inexact_math"). */
static const char *const EXACT_MATH[] = {
	"sqrt", "sqrtf", "fabs", "fabsf", "floor", "floorf", "ceil", "ceilf", "round",
	"roundf", "trunc", "truncf", "fmod", "fmodf", "fmin", "fminf", "fmax", "fmaxf",
	"fma", "fmaf", "copysign", "copysignf", "rint", "rintf", "nearbyint", "nearbyintf",
	"fdim", "fdimf", "abs", "labs", "llabs", NULL
};

static bool is_device_math(parc_expr *f)
{
	ident id = { f->name, (int)strlen(f->name), 0 };
	return in_list(&id, DEVICE_MATH);
}

/* A same-file function the kernel may call as a __device__ copy: proved
 * pure, taking and returning arithmetic values only, calling nothing but
 * device math, its text in the file. */
static bool device_func(oc *c, parc_func *fn, parc_type *ret, scope *s, bool *inexact,
	parc_vec *math)
{
	ident fnid = { fn ? fn->name : "", fn ? (int)strlen(fn->name) : 0, 0 };
	if (!fn || in_list(&fnid, DEVICE_MATH) || in_list(&fnid, CUDA_NAMES))
		return false;
	if (!fn->body || fn->is_variadic || fn->writes_nonlocal || fn->does_io ||
	    fn->reads_globals || fn->reads_args || fn->writes_args || !fn->loc.in_main ||
	    fn->loc.in_macro || !fn->body->loc.in_main || fn->body->loc.in_macro ||
	    !ret || !ret->canon)
		return false;
	for (int i = 0; i < fn->params.len; i++) {
		parc_var *v = fn->params.items[i];
		ident id = { v->name, (int)strlen(v->name), 0 };
		if (!v->type->canon || v->addr_taken || in_list(&id, RESERVED))
			return false;
	}
	/* Its body sees its parameters, its locals and device math. */
	nest n = { c, NULL, fn->body->loc.off, fn->body->loc.end, { 0 }, { 0 }, { 0 }, false, false };
	parc_walk_stmt(fn->body, nest_stmt, nest_expr, &n);
	if (n.indirect)
		return false;
	for (int i = 0; i < n.free.len; i++)
		if (!parc_vec_has(&fn->params, n.free.items[i]))
			return false;
	for (int i = 0; i < n.local.len; i++)
		if (((parc_var *)n.local.items[i])->is_global)
			return false;   /* a static local: no device copy */
	for (int i = 0; i < n.callees.len; i++) {
		parc_expr *f = n.callees.items[i];
		ident fid = { f->name, (int)strlen(f->name), 0 };
		if (!is_device_math(f))
			return false;
		if (!in_list(&fid, EXACT_MATH))
			*inexact = true;
		parc_vec_push(c->p->arena, math, (char *)f->name);
	}
	scope fs = { c, { 0 }, { 0 }, NULL, fn->loc.off };
	for (int i = 0; i < fn->params.len; i++)
		parc_vec_push(c->p->arena, &fs.names, (char *)((parc_var *)fn->params.items[i])->name);
	for (int i = 0; i < n.local.len; i++)
		parc_vec_push(c->p->arena, &fs.names, (char *)((parc_var *)n.local.items[i])->name);
	for (int i = 0; i < n.callees.len; i++)
		parc_vec_push(c->p->arena, &fs.names, (char *)((parc_expr *)n.callees.items[i])->name);
	fs.macros = s->macros;
	if (!text_ok(&fs, fn->body->loc.off, fn->body->loc.end, NULL))
		return false;
	s->macros = fs.macros;
	return true;
}

/* The return type of the call whose callee is "f". */
typedef struct call_find {
	parc_expr *f;
	parc_type *ret;
} call_find;

static void find_call(parc_expr *e, void *ctx)
{
	call_find *cf = ctx;
	if (e->kind == PARC_EXPR_CALL && e->a && parc_expr_skip_casts(e->a) == cf->f)
		cf->ret = e->type;
}

/* The offset just after the parenthesis or bracket that closes the one
 * at "k", or -1. */
static int close_of(const char *src, int k, int end)
{
	int depth = 0;
	for (; k < end; k++) {
		if (src[k] == '(' || src[k] == '[')
			depth++;
		else if ((src[k] == ')' || src[k] == ']') && --depth == 0)
			return k + 1;
	}
	return -1;
}

static const char *trimmed(parc_program *p, int a, int b)
{
	while (a < b && strchr(" \t\n\r", p->src[a]))
		a++;
	while (b > a && strchr(" \t\n\r", p->src[b - 1]))
		b--;
	if (a >= b)
		return NULL;
	parc_buf t;
	parc_buf_init(&t);
	parc_buf_puts(&t, "(");
	parc_buf_add(&t, p->src + a, (size_t)(b - a));
	parc_buf_puts(&t, ")");
	const char *r = strpbrk(t.data, "#;{}\n\\") || strstr(t.data, "/*") ||
		strstr(t.data, "//") ? NULL : parc_arena_strdup(p->arena, t.data);
	parc_buf_free(&t);
	return r;
}

/* The bounds' text as the header spells them (macro names included: they
 * expand the same at the call): "for (i = LB; i < UB; ...)" or with the
 * index on the right of the test.  NULL parts when the header has another
 * shape. */
static void header_bounds(parc_program *p, parc_loop *l, const char **lb, const char **ub)
{
	*lb = *ub = NULL;
	const char *src = p->src;
	int k = l->loc.off + 3;
	while (k < p->src_len && src[k] != '(')
		k++;
	int close = close_of(src, k, p->src_len);
	if (close < 0)
		return;
	int semi[2], n = 0, depth = 0;
	for (int j = k + 1; j < close - 1 && n < 2; j++) {
		depth += (src[j] == '(' || src[j] == '[') - (src[j] == ')' || src[j] == ']');
		if (src[j] == ';' && depth == 0)
			semi[n++] = j;
	}
	if (n < 2)
		return;
	/* Init: the text after its one top-level "=". */
	int eq = -1;
	depth = 0;
	for (int j = k + 1; j < semi[0]; j++) {
		depth += (src[j] == '(' || src[j] == '[') - (src[j] == ')' || src[j] == ']');
		if (depth == 0 && src[j] == ',')
			return;
		if (depth == 0 && src[j] == '=' && src[j + 1] != '=' && eq < 0 &&
		    !strchr("<>!=", src[j - 1]))
			eq = j;
	}
	if (eq < 0)
		return;
	/* Test: INDEX op UB, or UB op INDEX. */
	const char *name = l->index->name;
	size_t nl = strlen(name);
	int op = -1, oplen = 0;
	depth = 0;
	for (int j = semi[0] + 1; j < semi[1]; j++) {
		depth += (src[j] == '(' || src[j] == '[') - (src[j] == ')' || src[j] == ']');
		if (depth || !strchr("<>!", src[j]) || (src[j] == '!' && src[j + 1] != '='))
			continue;
		if (src[j + 1] == src[j] && src[j] != '!')
			return;   /* a shift */
		if (op >= 0)
			return;
		op = j;
		oplen = src[j + 1] == '=' ? 2 : 1;
		j += oplen - 1;
	}
	if (op < 0)
		return;
	/* The test must be the one comparison: nothing else at its top level
	 * (a && b, a ? b : c, a, b would make a side more than a bound). */
	depth = 0;
	for (int j = semi[0] + 1; j < semi[1]; j++) {
		depth += (src[j] == '(' || src[j] == '[') - (src[j] == ')' || src[j] == ']');
		if (depth == 0 && (strchr("?,=|&", src[j]) && !(src[j] == '=' && j > 0 &&
		    strchr("<>!", src[j - 1]))))
			return;
	}
	const char *left = trimmed(p, semi[0] + 1, op), *right = trimmed(p, op + oplen, semi[1]);
	if (!left || !right)
		return;
	char want[300];
	snprintf(want, sizeof want, "(%s)", name);
	if (nl < 250 && !strcmp(left, want))
		*ub = right;
	else if (nl < 250 && !strcmp(right, want))
		*ub = left;
	*lb = trimmed(p, eq + 1, semi[0]);
}

/* Bounds that may be evaluated once more, before the loop: no calls, no
 * assignments. */
static void side_effect(parc_expr *e, void *ctx)
{
	if (e->kind == PARC_EXPR_CALL || e->kind == PARC_EXPR_ASSIGN || e->kind == PARC_EXPR_INCDEC ||
	    e->kind == PARC_EXPR_STMTEXPR || e->opaque || (e->type && e->type->is_volatile))
		*(bool *)ctx = true;
}

static bool repeatable(parc_expr *e)
{
	bool bad = false;
	parc_walk_expr(e, NULL, side_effect, &bad);
	return !bad;
}

static const char *unique_name(oc *c, parc_loop *l)
{
	char name[256];
	snprintf(name, sizeof name, "parc_k_%s_%d", l->func ? l->func->name : "file", l->loc.line);
	for (int k = 2;; k++) {
		bool taken = strstr(c->p->src, name) != NULL;
		for (int i = 0; i < c->names.len && !taken; i++)
			taken = !strcmp(c->names.items[i], name);
		if (!taken)
			break;
		snprintf(name, sizeof name, "parc_k_%s_%d_%d", l->func ? l->func->name : "file",
			l->loc.line, k);
	}
	const char *r = parc_arena_strdup(c->p->arena, name);
	parc_vec_push(c->p->arena, &c->names, (char *)r);
	return r;
}

#define REFUSE(kind, ...) do { \
	parc_loop_add_reason(c->p, l, kind, __VA_ARGS__); return; } while (0)

/* Every memory access of the nest must go to a mapped array, or to an
 * array declared inside the nest (a local of the thread). */
static bool accesses_mapped(nest *n, parc_loop_info *li, const char **why)
{
	for (int i = 0; i < li->accesses.len; i++) {
		parc_access *a = li->accesses.items[i];
		if (a->scalar)
			continue;
		if (a->var && parc_vec_has(&n->local, a->var) && a->base == PARC_BASE_OBJECT)
			continue;
		if ((a->base == PARC_BASE_OBJECT || a->base == PARC_BASE_POINTER) && a->var &&
		    parc_vec_has(&n->free, a->var))
			continue;
		*why = parc_access_spelling(n->c->p, a);
		return false;
	}
	return true;
}

static void add_bytes(parc_buf *b, parc_offload_var *ov)
{
	parc_buf_printf(b, "%s(%s >= %s ? (unsigned long long)(%s - %s + 1) * sizeof(*%s) : 0ULL)",
		b->len ? " + " : "", ov->hi, ov->lo, ov->hi, ov->lo, ov->var->name);
}

/* Whether the inner loop "in" of "l" carries no dependence either, with
 * no scalar needing more than the clauses "l" has (or its own index's
 * value after it, which the wrapper sets).  The test's reasons
 * and clauses are taken back: "in" stays an inner loop in the report. */
static bool inner_parallel(parc_program *p, parc_loop *l, parc_loop *in)
{
	int nr = in->reasons.len, nc = in->clauses.len;
	const char *rt = in->rt_check;
	parc_loop_info *li = parc_access_collect(p, in);
	bool ok = parc_deps_check(p, li) == parc_bool_true && !in->rt_check &&
		parc_scalars_classify(p, li);
	for (int i = nc; i < in->clauses.len && ok; i++) {
		const char *cl = in->clauses.items[i];
		bool same = false;
		for (int k = 0; k < l->clauses.len && !same; k++)
			same = !strcmp(cl, l->clauses.items[k]);
		char own[300];
		snprintf(own, sizeof own, "lastprivate(%s)", in->index->name);
		ok = !strncmp(cl, "private(", 8) || !strcmp(cl, own) ||
			(same && !strncmp(cl, "reduction(", 10));
	}
	in->reasons.len = nr;
	in->clauses.len = nc;
	in->rt_check = rt;
	return ok;
}

/* A perfect nest of two loops, both parallel, the inner one's bounds fixed
 * while the outer runs: a 2-D grid, the inner loop on x (neighbouring
 * threads touch neighbouring elements of a row).  Of the lastprivate
 * variables only the indices may be: the wrapper sets them from the bounds
 * (another one's value after the nest would be the last thread's). */
static void plan_2d(oc *c, parc_loop *l, parc_offload *o, parc_loop_info *li)
{
	parc_program *p = c->p;
	parc_loop *in = parc_loop_only_child(l);
	if (!in || !in->canonical || !in->index || !in->index->type->canon ||
	    !in->lb->type || !in->ub->type || !in->lb->type->canon || !in->ub->type->canon ||
	    !in->body || !in->body->loc.in_main || in->body->loc.in_macro || in->header_in_macro ||
	    !repeatable(in->lb) || !repeatable(in->ub) || parc_loop_text_end(p, in) < 0)
		return;
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->last && v->var != in->index)
			return;
	}
	const char *lb, *ub;
	header_bounds(p, in, &lb, &ub);
	if (!lb || !ub || names_written(p, li, lb) || names_written(p, li, ub) ||
	    !inner_parallel(p, l, in))
		return;
	o->inner = in;
	o->lb2 = lb;
	o->ub2 = ub;
	o->lbt2 = in->lb->type->canon;
	o->ubt2 = in->ub->type->canon;
	o->it2 = in->index->type->canon;
	/* The kernel's body is the inner loop's. */
	o->body_off = in->body->loc.off;
	o->body_end = parc_loop_text_end(p, in);
	o->body_line = in->body->loc.line;
}

/* Adds a reason to "l" and fails the check it is in. */
#define REFUSED(kind, ...) (parc_loop_add_reason(c->p, l, kind, __VA_ARGS__), false)

/* What the loop's header and clauses allow: a proven, profitable,
 * canonical loop whose text and bounds can be repeated. */
static bool plan_header(oc *c, parc_loop *l, parc_offload *o)
{
	parc_program *p = c->p;
	if (l->asserted)
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE, "the loop is parallel because the "
			"user asserted it, not by parc's proof; only proven loops run on the GPU");
	int64_t w = parc_loop_const_work(l);
	if (parc_min_work > 0 && w >= 0 && w < GPU_MIN_WORK)
		return REFUSED(PARC_REASON_NOT_PROFITABLE_GPU, "the loop does about %lld units "
			"of work, less than a kernel launch and the copies cost (%d units)",
			(long long)w, GPU_MIN_WORK);
	int end = parc_loop_text_end(p, l);
	if (l->line_start_off < 0 || !l->loc.in_main || l->loc.in_macro || end < 0 ||
	    !l->body || !l->body->loc.in_main || l->body->loc.in_macro)
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE, "the loop's text is not all in the "
			"file (a macro), so it cannot be copied into a kernel");
	const char *cl;
	if (!clauses_fit(l, &cl))
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE, "the loop needs '%s', which the GPU "
			"version does not implement", cl);
	if (!l->canonical || !l->index || !l->index->type->canon || !l->lb->type ||
	    !l->ub->type || !l->lb->type->canon || !l->ub->type->canon)
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE, "the loop's index or bounds are not "
			"plain integers");
	header_bounds(p, l, &o->lb, &o->ub);
	if (!o->lb || !o->ub || !repeatable(l->lb) || !repeatable(l->ub))
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE, "the loop's bounds cannot be "
			"repeated before it");
	o->lbt = l->lb->type->canon;
	o->ubt = l->ub->type->canon;
	o->it = l->index->type->canon;
	o->body_off = l->body->loc.off;
	o->body_end = end;
	o->body_line = l->body->loc.line;
	return true;
}

/* Calls: device math, or pure same-file functions copied as __device__
 * functions; their names join the kernel's scope. */
static bool plan_calls(oc *c, parc_loop *l, nest *n, scope *s, parc_offload *o)
{
	parc_program *p = c->p;
	if (n->indirect)
		return REFUSED(PARC_REASON_NOT_OFFLOADABLE_CALL, "the loop calls through a "
			"function pointer, which has no GPU version");
	for (int i = 0; i < n->callees.len; i++) {
		parc_expr *f = n->callees.items[i];
		parc_vec_push(p->arena, &s->names, (char *)f->name);
		ident fid = { f->name, (int)strlen(f->name), 0 };
		if (is_device_math(f)) {
			o->inexact_math |= !in_list(&fid, EXACT_MATH);
			parc_vec_push(p->arena, &o->math, (char *)f->name);
			continue;
		}
		parc_func *fn = parc_program_find_func(p, f->name);
		call_find cf = { f, NULL };
		parc_walk_stmt(l->stmt, NULL, find_call, &cf);
		if (!device_func(c, fn, cf.ret, s, &o->inexact_math, &o->math))
			return REFUSED(PARC_REASON_NOT_OFFLOADABLE_CALL, "the loop calls '%s', which "
				"has no GPU version: only device math (sqrt, exp, fabs, ...) and pure "
				"functions of this file that take and return numbers can be called "
				"in a kernel", f->name);
		if (!parc_vec_has(&o->funcs, fn))
			parc_vec_push(p->arena, &o->funcs, fn);
	}
	return true;
}

/* An array or pointer the nest reaches: its kernel types, whether it is
 * read and written, and its region (isl). */
static bool plan_array(oc *c, parc_loop *l, parc_loop_info *li, parc_offload_var *ov)
{
	parc_program *p = c->p;
	parc_var *v = ov->var;
	ov->kind = PARC_OFFLOAD_ARRAY;
	ov->decl = declarator(p, v->type, v->name, true);
	ov->cast = declarator(p, v->type, "", true);
	ov->elem = declarator(p, v->type->elem ? v->type->elem : v->type, "", false);
	/* An array's elements may be written; a pointer itself not. */
	if (!ov->decl || !ov->elem || !ov->cast ||
	    (v->type->cls == PARC_TY_PTR && parc_loop_writes(li, v)))
		return false;
	for (int k = 0; k < li->accesses.len; k++) {
		parc_access *a = li->accesses.items[k];
		if (a->var == v && !a->scalar) {
			ov->read |= a->read;
			ov->write |= a->write;
		}
	}
	parc_buf lo, hi;
	parc_buf_init(&lo);
	parc_buf_init(&hi);
	bool ok = parc_deps_region(p, li, v, &lo, &hi);
	if (ok) {
		ov->lo = parc_arena_strdup(p->arena, lo.data);
		ov->hi = parc_arena_strdup(p->arena, hi.data);
	}
	parc_buf_free(&lo);
	parc_buf_free(&hi);
	if (!ok)
		parc_loop_add_reason(p, l, PARC_REASON_UNBOUNDED_REGION, "the elements of '%s' "
			"the loop reaches cannot be bounded by its parameters (a subscript that is "
			"not affine, such as b[idx[i]], or a[i * n + j] whose j may leave [0, n)), "
			"so the region to copy to the GPU is unknown", v->name);
	ov->unbounded = !ok;
	return ok;
}

/* How variable "v", used in the nest and declared outside it, reaches the
 * kernel; NULL (with a reason) when it cannot. */
static parc_offload_var *plan_var(oc *c, parc_loop *l, parc_loop_info *li, parc_var *v)
{
	parc_program *p = c->p;
	parc_offload_var *ov = parc_arena_alloc(p->arena, sizeof *ov);
	memset(ov, 0, sizeof *ov);
	ov->var = v;
	bool ok;
	if (clause_kind(p, l, v, ov)) {
		ov->type = v->type->canon;
		ov->decl = declarator(p, v->type, v->name, false);
		ok = ov->type && ov->decl;
	} else if (v->type->cls == PARC_TY_INT || v->type->cls == PARC_TY_FLOAT) {
		ov->kind = PARC_OFFLOAD_VALUE;
		ov->type = v->type->canon;
		ov->decl = declarator(p, v->type, v->name, false);
		ok = ov->type && ov->decl && !parc_loop_writes(li, v);
	} else if (v->type->cls == PARC_TY_PTR || v->type->cls == PARC_TY_ARRAY) {
		ok = plan_array(c, l, li, ov);
		if (!ok && ov->unbounded)
			return NULL;
	} else {
		ok = false;
	}
	if (!ok)
		parc_loop_add_reason(p, l, PARC_REASON_NOT_OFFLOADABLE, "'%s' has a type or use "
			"the GPU version does not take (only numbers, and arrays or pointers of "
			"numbers that the loop does not reassign)", v->name);
	return ok ? ov : NULL;
}

/* The bytes copied each way, as C: every region in (written ones too:
 * elements the nest does not write must come back unchanged), written
 * regions out. */
static void plan_bytes(parc_program *p, parc_offload *o)
{
	parc_buf in, out;
	parc_buf_init(&in);
	parc_buf_init(&out);
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *ov = o->vars.items[i];
		if (ov->kind != PARC_OFFLOAD_ARRAY)
			continue;
		add_bytes(&in, ov);
		if (ov->write)
			add_bytes(&out, ov);
	}
	o->bytes_in = parc_arena_strdup(p->arena, in.len ? in.data : "0ULL");
	o->bytes_out = parc_arena_strdup(p->arena, out.len ? out.data : "0ULL");
	parc_buf_free(&in);
	parc_buf_free(&out);
}

static void plan_loop(oc *c, parc_loop *l)
{
	parc_program *p = c->p;
	parc_offload *o = parc_arena_alloc(p->arena, sizeof *o);
	memset(o, 0, sizeof *o);
	if (!plan_header(c, l, o))
		return;
	/* The body only: the bounds are evaluated on the host. */
	nest n = { c, l, l->loc.off, o->body_end, { 0 }, { 0 }, { 0 }, false, false };
	parc_walk_stmt(l->body, nest_stmt, nest_expr, &n);
	if (n.addresses)
		REFUSE(PARC_REASON_NOT_OFFLOADABLE, "the loop uses an address as a value (a "
			"pointer cast to a number, or compared with ==), which differs on the GPU");
	scope s = { c, { 0 }, { 0 }, NULL, l->loc.off };
	if (!plan_calls(c, l, &n, &s, o))
		return;
	parc_loop_info *li = parc_access_collect(p, l);
	const char *why;
	if (!accesses_mapped(&n, li, &why))
		REFUSE(PARC_REASON_UNBOUNDED_REGION, "'%s' reaches memory through a pointer "
			"the loop computes, so the region to copy to the GPU is unknown", why);
	for (int i = 0; i < n.local.len; i++) {
		parc_var *v = n.local.items[i];
		if (v->is_global)
			REFUSE(PARC_REASON_NOT_OFFLOADABLE, "'%s' is a static or extern variable "
				"declared in the loop, which a kernel cannot have", v->name);
		parc_vec_push(p->arena, &s.names, (char *)v->name);
	}
	for (int i = 0; i < n.free.len; i++) {
		parc_var *v = n.free.items[i];
		parc_vec_push(p->arena, &s.names, (char *)v->name);
		if (v == l->index)
			continue;
		parc_offload_var *ov = plan_var(c, l, li, v);
		if (!ov)
			return;
		parc_vec_push(p->arena, &o->vars, ov);
	}
	if (!text_ok(&s, o->body_off, o->body_end, NULL)) {
		bool what = s.bad[0] == 'm' && strchr(s.bad, ' ');
		REFUSE(PARC_REASON_NOT_OFFLOADABLE, "the loop body uses %s%s%s, which a kernel "
			"in the .cu file cannot see (a macro from a header or under #if, a "
			"type name, a global the analysis does not pass)",
			what ? "" : "'", s.bad, what ? "" : "'");
	}
	parc_offload_var iv = { 0 };
	o->index_last = clause_kind(p, l, l->index, &iv) && iv.last;
	o->macros = s.macros;
	plan_bytes(p, o);
	o->work = parc_loop_work_text(p, l);
	o->name = unique_name(c, l);
	l->offload = o;
	plan_2d(c, l, o, li);
}

/* ------------------------------------------------------- data scopes */

/* A serial loop around offloaded nests keeps their arrays on the device
 * (runtime: parc_cuda_scope_begin/end) when nothing else in it can see
 * them: every memory access of its body is inside an offloaded nest, every
 * other call is a pure library function, and nothing leaves it but its
 * own end (no return or goto: the scope's end must run). */
typedef struct scope_check {
	parc_program *p;
	parc_loop *l;
	bool bad;
	int nests;
} scope_check;

static parc_loop *offloaded_around(parc_program *p, parc_loop *top, int off)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *n = p->loops.items[i];
		if (n->offload && n->decision == PARC_DECISION_PARALLEL &&
		    parc_loop_contains(top, n) && off >= n->loc.off &&
		    off < n->offload->body_end)
			return n;
	}
	return NULL;
}

static void scope_stmt(parc_stmt *st, void *ctx)
{
	scope_check *c = ctx;
	if (st->kind == PARC_STMT_RETURN || st->kind == PARC_STMT_GOTO ||
	    st->kind == PARC_STMT_LABEL || st->kind == PARC_STMT_ASM)
		c->bad = true;
}

static void scope_expr(parc_expr *e, void *ctx)
{
	scope_check *c = ctx;
	if (e->kind != PARC_EXPR_CALL || offloaded_around(c->p, c->l, e->loc.off))
		return;
	if (parc_effects_of_call(c->p, e).cls != PARC_CALL_CONST)
		c->bad = true;
}

/* The offset after the newline that ends the line where "l" ends, when
 * only blanks follow the loop there; else -1. */
static int line_after(parc_program *p, parc_loop *l)
{
	int e = parc_loop_text_end(p, l);
	if (e < 0)
		return -1;
	while (e < p->src_len && (p->src[e] == ' ' || p->src[e] == '\t' || p->src[e] == '\r'))
		e++;
	if (e >= p->src_len || p->src[e] != '\n')
		return -1;
	return e + 1;
}

/* Whether C text "t" names a variable the loop of "li" writes (its index
 * included). */
static bool names_written(parc_program *p, parc_loop_info *li, const char *t)
{
	parc_vec ids = { 0 };
	identifiers(t, 0, (int)strlen(t), p->arena, &ids);
	for (int i = 0; i < ids.len; i++) {
		ident *id = ids.items[i];
		for (int k = 0; k < p->vars.len; k++) {
			parc_var *v = p->vars.items[k];
			if (ident_is(id, v->name) && (parc_loop_writes(li, v) || v == li->loop->index))
				return true;
		}
	}
	return false;
}

static bool scope_fits(parc_program *p, parc_loop *l)
{
	if (l->decision != PARC_DECISION_SERIAL || l->line_start_off < 0 || !l->loc.in_main ||
	    l->loc.in_macro || l->header_in_macro || line_after(p, l) < 0)
		return false;
	scope_check c = { p, l, false, 0 };
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *n = p->loops.items[i];
		if (n->offload && n->decision == PARC_DECISION_PARALLEL && parc_loop_contains(l, n))
			c.nests++;
	}
	if (!c.nests)
		return false;
	parc_walk_stmt(l->stmt, scope_stmt, scope_expr, &c);
	if (c.bad)
		return false;
	parc_loop_info *li = parc_access_collect(p, l);
	for (int i = 0; i < li->accesses.len; i++) {
		parc_access *a = li->accesses.items[i];
		if (!a->scalar && !offloaded_around(p, l, a->expr->loc.off))
			return false;
	}
	/* A region that moves with the loop (a[t][...]) is new in every
	 * iteration: keeping the old one on the device saves nothing. */
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *n = p->loops.items[i];
		if (!n->offload || n->decision != PARC_DECISION_PARALLEL || !parc_loop_contains(l, n))
			continue;
		for (int k = 0; k < n->offload->vars.len; k++) {
			parc_offload_var *v = n->offload->vars.items[k];
			if (v->kind == PARC_OFFLOAD_ARRAY &&
			    (names_written(p, li, v->lo) || names_written(p, li, v->hi)))
				return false;
		}
	}
	return true;
}

/* Opens the scope at "opener" and ends it on the line after "last" (its
 * offset, and its number for the #line that follows). */
static void set_scope(parc_program *p, parc_loop *opener, parc_loop *last, int after)
{
	int line = last->loc.line;
	for (int k = last->loc.off; k < after - 1; k++)
		line += p->src[k] == '\n';
	opener->cuda_scope_end = after;
	opener->cuda_scope_line = line + 1;
}

static void mark_scope(parc_program *p, parc_loop *l)
{
	set_scope(p, l, l, line_after(p, l));
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *n = p->loops.items[i];
		if (n->offload && n->decision == PARC_DECISION_PARALLEL && parc_loop_contains(l, n))
			n->offload->in_scope = true;
	}
}

/* Outermost first: a scope inside another adds nothing. */
static void find_scopes(parc_program *p, parc_loop *l)
{
	if (l->offload)
		return;
	if (scope_fits(p, l)) {
		mark_scope(p, l);
		return;
	}
	for (int i = 0; i < l->children.len; i++)
		find_scopes(p, l->children.items[i]);
}

/* Consecutive offloaded nests of one block share a scope too: nothing
 * runs on the host between them.  Only when two of them use the same
 * region of an array, which then stays on the device. */
static bool offloaded_stmt(parc_stmt *st)
{
	parc_loop *l = st->kind == PARC_STMT_FOR ? st->loop : NULL;
	return l && l->offload && l->decision == PARC_DECISION_PARALLEL &&
		!l->offload->in_scope && l->line_start_off >= 0;
}

static bool share_region(parc_offload *a, parc_offload *b)
{
	for (int i = 0; i < a->vars.len; i++) {
		parc_offload_var *x = a->vars.items[i];
		for (int k = 0; x->kind == PARC_OFFLOAD_ARRAY && k < b->vars.len; k++) {
			parc_offload_var *y = b->vars.items[k];
			if (y->kind == PARC_OFFLOAD_ARRAY && y->var == x->var && !strcmp(x->lo, y->lo) &&
			    !strcmp(x->hi, y->hi))
				return true;
		}
	}
	return false;
}

static void mark_sequence(parc_program *p, parc_vec *run, int from, int to)
{
	bool shared = false;
	for (int i = from; i < to && !shared; i++)
		for (int k = i + 1; k < to && !shared; k++)
			shared = share_region(((parc_stmt *)run->items[i])->loop->offload,
				((parc_stmt *)run->items[k])->loop->offload);
	parc_loop *first = ((parc_stmt *)run->items[from])->loop;
	parc_loop *last = ((parc_stmt *)run->items[to - 1])->loop;
	int after = line_after(p, last);
	if (!shared || after < 0)
		return;
	set_scope(p, first, last, after);
	for (int i = from; i < to; i++)
		((parc_stmt *)run->items[i])->loop->offload->in_scope = true;
}

static void sequence_scopes(parc_program *p, parc_stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case PARC_STMT_COMPOUND:
		for (int i = 0; i < s->body.len;) {
			int j = i;
			while (j < s->body.len && offloaded_stmt(s->body.items[j]))
				j++;
			if (j - i >= 2)
				mark_sequence(p, &s->body, i, j);
			if (j == i)
				sequence_scopes(p, s->body.items[i++]);
			else
				i = j;
		}
		break;
	case PARC_STMT_FOR:
		if (!s->loop->offload && s->loop->cuda_scope_end <= 0)
			sequence_scopes(p, s->loop->body);
		break;
	case PARC_STMT_IF:
		sequence_scopes(p, s->then);
		sequence_scopes(p, s->els);
		break;
	case PARC_STMT_WHILE: case PARC_STMT_DO: case PARC_STMT_SWITCH:
	case PARC_STMT_CASE: case PARC_STMT_LABEL:
		sequence_scopes(p, s->then);
		break;
	default:
		break;
	}
}

void parc_cuda_plan(parc_program *p, const char *const *args, int nargs)
{
	oc c = { p, args, nargs, { 0 }, { 0 } };
	scan_defines(&c);
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision == PARC_DECISION_PARALLEL)
			plan_loop(&c, l);
	}
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!l->parent)
			find_scopes(p, l);
	}
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body && fn->loc.in_main)
			sequence_scopes(p, fn->body);
	}
	parc_deps_done(p);
}
