/* loops.c - canonical loop form and the hazards that keep a loop serial.
 *
 * A loop is canonical (in the OpenMP sense) when its header has the shape
 *
 *     for (i = lb | T i = lb;  i OP ub | ub OP' i;  i++ | ++i | i-- | --i |
 *          i += c | i -= c | i = i + c | i = c + i | i = i - c)
 *
 * with an integer index, OP one of < <= > >= !=, a non-zero constant step
 * whose sign agrees with OP, and |c| = 1 for !=.  Loop invariance of the
 * index and of the bound is checked with the hazards, because it needs the
 * body's writes. */
#include "parc/analysis.h"

#include <stdarg.h>
#include <string.h>

parc_reason *parc_loop_add_reason(parc_program *p, parc_loop *l,
	parc_reason_kind kind, const char *fmt, ...)
{
	parc_buf b;
	parc_buf_init(&b);
	va_list ap;
	va_start(ap, fmt);
	char tmp[1024];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	parc_buf_puts(&b, tmp);
	parc_reason *r = parc_arena_alloc(p->arena, sizeof *r);
	r->kind = kind;
	r->message = parc_arena_strdup(p->arena, b.data);
	parc_buf_free(&b);
	parc_vec_push(p->arena, &l->reasons, r);
	return r;
}

static bool is_var(parc_expr *e, parc_var *v)
{
	e = parc_expr_skip_casts(e);
	return e && e->kind == PARC_EXPR_VAR && (!v || e->var == v);
}

/* The index and lower bound from the init part. */
static const char *canon_init(parc_loop *l)
{
	parc_stmt *s = l->init;
	if (!s)
		return "the loop has no initialization";
	if (s->kind == PARC_STMT_DECL) {
		if (s->decls.len != 1 || !s->inits.items[0])
			return "the initialization must declare one initialized index";
		l->index = s->decls.items[0];
		l->lb = s->inits.items[0];
		l->index_declared = true;
		return NULL;
	}
	parc_expr *e = s->kind == PARC_STMT_EXPR ? s->expr : NULL;
	if (!e || e->kind != PARC_EXPR_ASSIGN || e->op != PARC_OP_NONE ||
	    e->a->kind != PARC_EXPR_VAR)
		return "the initialization is not an assignment to the index";
	l->index = e->a->var;
	l->lb = e->b;
	return NULL;
}

static parc_op flip(parc_op op)
{
	switch (op) {
	case PARC_OP_LT: return PARC_OP_GT;
	case PARC_OP_GT: return PARC_OP_LT;
	case PARC_OP_LE: return PARC_OP_GE;
	case PARC_OP_GE: return PARC_OP_LE;
	default: return op;
	}
}

static const char *canon_cond(parc_loop *l)
{
	parc_expr *e = l->cond;
	if (!e)
		return "the loop has no condition";
	if (e->kind != PARC_EXPR_BINARY || (e->op != PARC_OP_LT &&
	    e->op != PARC_OP_LE && e->op != PARC_OP_GT && e->op != PARC_OP_GE &&
	    e->op != PARC_OP_NE))
		return "the condition is not a comparison of the index";
	if (is_var(e->a, l->index)) {
		l->cmp = e->op;
		l->ub = e->b;
	} else if (is_var(e->b, l->index)) {
		l->cmp = flip(e->op);
		l->ub = e->a;
	} else {
		return "the condition does not compare the index";
	}
	return NULL;
}

/* Constant step of the increment part, 0 if it is not of canonical shape. */
static int64_t inc_step(parc_expr *e, parc_var *i)
{
	if (!e)
		return 0;
	if (e->kind == PARC_EXPR_INCDEC && is_var(e->a, i))
		return e->op == PARC_OP_PRE_INC || e->op == PARC_OP_POST_INC ? 1 : -1;
	if (e->kind != PARC_EXPR_ASSIGN || !is_var(e->a, i))
		return 0;
	parc_expr *r = e->b;
	if (e->op == PARC_OP_ADD || e->op == PARC_OP_SUB) {
		if (!r->is_const || r->ival == INT64_MIN)
			return 0;
		return e->op == PARC_OP_ADD ? r->ival : -r->ival;
	}
	if (e->op != PARC_OP_NONE || r->kind != PARC_EXPR_BINARY)
		return 0;
	if (r->op == PARC_OP_ADD && is_var(r->a, i) && r->b->is_const)
		return r->b->ival;
	if (r->op == PARC_OP_ADD && is_var(r->b, i) && r->a->is_const)
		return r->a->ival;
	if (r->op == PARC_OP_SUB && is_var(r->a, i) && r->b->is_const &&
	    r->b->ival != INT64_MIN)
		return -r->b->ival;
	return 0;
}

static bool uses_var(parc_expr *e, parc_var *v);
static int64_t inc_step(parc_expr *e, parc_var *i);

/* while (i < n) { ...; i++; }: a comparison of a variable, and a body that
 * ends by stepping that variable by a constant. */
static bool counted_while(parc_loop *l)
{
	parc_stmt *s = l->stmt;
	parc_expr *c = s->expr ? parc_expr_skip_casts(s->expr) : NULL;
	if (!c || c->kind != PARC_EXPR_BINARY || c->op < PARC_OP_LT || c->op > PARC_OP_NE)
		return false;
	parc_expr *v = parc_expr_skip_casts(c->a);
	if (!v || v->kind != PARC_EXPR_VAR)
		v = parc_expr_skip_casts(c->b);
	parc_stmt *b = s->then;
	if (!v || v->kind != PARC_EXPR_VAR || !b || b->kind != PARC_STMT_COMPOUND || !b->body.len)
		return false;
	parc_stmt *last = b->body.items[b->body.len - 1];
	return last->kind == PARC_STMT_EXPR && inc_step(last->expr, v->var) != 0;
}

/* An index whose arithmetic wraps around (unsigned, or narrower than int)
 * can leave the loop, or keep it going, by wrapping; OpenMP computes the
 * trip count as if it never did.  Accept only shapes where it cannot. */
static const char *index_wraps(parc_loop *l, parc_type *t)
{
	/* i < n with a signed i and an unsigned n of at least its width
	 * compares as unsigned (i = -5 is huge); OpenMP compares as signed.
	 * Only an index that starts non-negative and grows is safe. */
	bool never_negative = l->step > 0 && l->lb->is_const && l->lb->ival >= 0;
	if (!t->is_unsigned && !l->ub->is_const && l->ub->type->is_unsigned &&
	    l->ub->type->size >= t->size && t->size >= 4 && !never_negative)
		return "a signed index that may be negative is compared with an unsigned bound";
	if (!t->is_unsigned && t->size >= 4)
		return NULL;   /* signed overflow is undefined: never happens */
	if (l->cmp == PARC_OP_NE)
		return "a '!=' condition on an unsigned or narrow index may end by wrapping around";
	int64_t s = l->step > 0 ? l->step : -l->step;
	int64_t b = l->ub->is_const ? l->ub->ival : -1;
	int64_t max = t->size >= 8 ? INT64_MAX : t->is_unsigned ?
		(INT64_C(1) << (8 * t->size)) - 1 : (INT64_C(1) << (8 * t->size - 1)) - 1;
	/* Counting up in steps can jump past a bound near the top of the type
	 * and wrap around. */
	if (l->step > 1 && t->size < 8 && !(l->ub->is_const && b + s - 1 <= max))
		return "an unsigned or narrow index counting up in steps may wrap around";
	if (l->step < 0 && l->cmp == PARC_OP_GE && !(l->ub->is_const && b >= s))
		return "an unsigned index counting down to a '>=' bound may wrap around below zero";
	if (l->step < 0 && l->cmp == PARC_OP_GT && s > 1 && !(l->ub->is_const && b >= s - 1))
		return "an unsigned index counting down in steps may wrap around below zero";
	if (l->step > 0 && l->cmp == PARC_OP_LE && l->ub->is_const && t->size > 0 && t->size < 8 &&
	    b > max - s)
		return "the index would wrap around before passing the bound";
	return NULL;
}

static const char *canon(parc_loop *l)
{
	if (l->stmt->kind == PARC_STMT_WHILE)
		return counted_while(l) ? "this while loop counts with an index; written as a "
			"for loop (for (i = lb; i < n; i++)) it could be analysed" :
			"while loops are not parallelized yet";
	if (l->stmt->kind == PARC_STMT_DO)
		return "do-while loops are not parallelized yet";
	if (l->header_in_macro)
		return "the loop header comes from a macro expansion";
	const char *why = canon_init(l);
	if (!why)
		why = canon_cond(l);
	if (why)
		return why;
	if (uses_var(l->lb, l->index) || uses_var(l->ub, l->index))
		return "the bounds use the index itself";
	parc_type *t = l->index->type;
	if (t->cls != PARC_TY_INT)
		return "the index is not of integer type";
	if (t->is_volatile || t->is_atomic)
		return "the index is volatile or atomic";
	if (l->index->is_global)
		return "the index is a global or static variable";
	if (!l->lb->type || l->lb->type->cls != PARC_TY_INT ||
	    !l->ub->type || l->ub->type->cls != PARC_TY_INT)
		return "the bounds are not integers";
	/* An index narrower than its bound may wrap before reaching it (an
	 * unsigned char counting to 300 never stops).  Signed int and wider
	 * cannot: their overflow is undefined, so the program never does it. */
	bool wraps = t->is_unsigned || t->size < 4;
	if (!l->ub->is_const && wraps && t->size > 0 && l->ub->type->size > t->size)
		return "the index type is narrower than the bound's type";
	if (t->size > 0 && t->size < 8) {
		int64_t lim = t->is_unsigned ? (INT64_C(1) << (8 * t->size)) - 1 :
			(INT64_C(1) << (8 * t->size - 1)) - 1;
		int64_t low = t->is_unsigned ? 0 : -lim - 1;
		if (l->ub->is_const && (l->ub->ival > lim || l->ub->ival < low))
			return "the bound does not fit the index type";
		/* The initial value is converted to the index type too. */
		if (l->lb->is_const && (l->lb->ival > lim || l->lb->ival < low))
			return "the initial value does not fit the index type";
		if (!l->lb->is_const && wraps && l->lb->type->size > t->size)
			return "the index type is narrower than the initial value's type";
	}
	/* i < n with a signed i and an unsigned n of at least its width
	 * compares as unsigned (i = -5 is huge); OpenMP compares as signed. */

	l->step = inc_step(l->inc, l->index);
	if (l->step == 0)
		return l->inc ? "the increment is not a constant step of the index"
			: "the loop has no increment";
	bool up = l->step > 0;
	if (l->cmp == PARC_OP_NE) {
		if (l->step != 1 && l->step != -1)
			return "a '!=' condition needs a step of 1 or -1";
	} else if (up != (l->cmp == PARC_OP_LT || l->cmp == PARC_OP_LE)) {
		return "the step goes away from the bound";
	}
	return index_wraps(l, t);
}

typedef struct uv {
	parc_var *v;
	bool hit;
} uv;

static void find_use(parc_expr *e, void *ctx)
{
	uv *u = ctx;
	if (e->kind == PARC_EXPR_VAR && e->var == u->v)
		u->hit = true;
}

static bool uses_var(parc_expr *e, parc_var *v)
{
	uv u = { v, false };
	parc_walk_expr(e, NULL, find_use, &u);
	return u.hit;
}

void parc_loops_canonicalize(parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		l->noncanon_why = canon(l);
		l->canonical = l->noncanon_why == NULL;
	}
}

/* ------------------------------------------------------------- hazards */

typedef struct hz {
	parc_program *p;
	parc_loop *l;
	bool found;
	int nest;          /* loops and switches inside "l" around the walk */
} hz;

static void hazard(hz *h, parc_reason_kind k, int line, const char *what)
{
	/* One reason of each kind is enough to explain the decision. */
	for (int i = 0; i < h->l->reasons.len; i++)
		if (((parc_reason *)h->l->reasons.items[i])->kind == k)
			return;
	parc_loop_add_reason(h->p, h->l, k, "%s (line %d)", what, line);
	h->found = true;
}

static void hz_stmt(hz *h, parc_stmt *s);

static void hazard(hz *h, parc_reason_kind k, int line, const char *what);

static void fp_use(parc_expr *e, void *ctx)
{
	if (e->type && e->type->cls == PARC_TY_FLOAT)
		hazard(ctx, PARC_REASON_UNKNOWN_CALL, e->loc.line,
			"the file changes the floating-point environment (fesetround), which "
			"each thread has its own copy of");
}

static void hz_call(hz *h, parc_expr *e)
{
	parc_call_info ci = parc_effects_of_call(h->p, e);
	char msg[512];
	const char *name = e->name ? e->name : "a function pointer";
	switch (ci.cls) {
	case PARC_CALL_IO:
		snprintf(msg, sizeof msg, "call to '%s' performs I/O, whose order "
			"would change", name);
		hazard(h, PARC_REASON_IO_CALL, e->loc.line, msg);
		break;
	case PARC_CALL_EXIT:
		snprintf(msg, sizeof msg, "call to '%s' leaves the loop early", name);
		hazard(h, PARC_REASON_EARLY_EXIT, e->loc.line, msg);
		break;
	case PARC_CALL_UNKNOWN:
		snprintf(msg, sizeof msg, "call to '%s' may have side effects: %s; "
			"mark it __attribute__((const)) or ((pure)) if it has none",
			name, ci.why ? ci.why : "its effects are unknown");
		hazard(h, PARC_REASON_UNKNOWN_CALL, e->loc.line, msg);
		break;
	default:
		break;
	}
}

static void hz_type(hz *h, parc_expr *e)
{
	parc_type *t = e->type;
	if (!t)
		return;
	if (t->is_volatile || (e->kind == PARC_EXPR_VAR && e->var->type->is_volatile))
		hazard(h, PARC_REASON_VOLATILE, e->loc.line, "the loop accesses a volatile object");
	if (t->is_atomic || (e->kind == PARC_EXPR_VAR && e->var->type->is_atomic))
		hazard(h, PARC_REASON_ATOMIC, e->loc.line, "the loop accesses an _Atomic object");
}

static void hz_expr(parc_expr *e, void *ctx)
{
	hz *h = ctx;
	hz_type(h, e);
	if (e->opaque)
		hazard(h, PARC_REASON_UNANALYZABLE, e->loc.line,
			"the loop contains an expression parc cannot analyse (such as va_arg "
			"or an atomic builtin)");
	/* A cast to, or sizeof of, a variable-length array type evaluates its
	 * sizes, which the IR does not show. */
	if ((e->kind == PARC_EXPR_CAST || (e->kind == PARC_EXPR_SIZEOF && !e->is_const)) &&
	    ((e->type && e->type->vla) || e->kind == PARC_EXPR_SIZEOF))
		hazard(h, PARC_REASON_UNANALYZABLE, e->loc.line,
			"the loop names a variable-length array type");
	if (e->kind == PARC_EXPR_CALL)
		hz_call(h, e);
	if (e->kind == PARC_EXPR_STMTEXPR && e->stmt) {
		/* Walk statement expressions with the statement rules too. */
		int saved = h->nest;
		hz_stmt(h, e->stmt);
		h->nest = saved;
	}
}

static void hz_exprs(hz *h, parc_expr *e)
{
	/* STMTEXPR bodies are handled by hz_expr itself, so no statement
	 * callback here. */
	parc_walk_expr(e, NULL, hz_expr, h);
}

static void hz_children(hz *h, parc_stmt *s)
{
	hz_exprs(h, s->expr);
	for (int i = 0; i < s->inits.len; i++)
		hz_exprs(h, s->inits.items[i]);
	for (int i = 0; i < s->body.len; i++)
		hz_stmt(h, s->body.items[i]);
	hz_stmt(h, s->then);
	hz_stmt(h, s->els);
}

static void hz_stmt(hz *h, parc_stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case PARC_STMT_FOR:
		h->nest++;
		hz_stmt(h, s->loop->init);
		hz_exprs(h, s->loop->cond);
		hz_exprs(h, s->loop->inc);
		hz_stmt(h, s->loop->body);
		h->nest--;
		return;
	case PARC_STMT_WHILE: case PARC_STMT_DO: case PARC_STMT_SWITCH:
		h->nest++;
		hz_children(h, s);
		h->nest--;
		return;
	case PARC_STMT_BREAK:
		if (h->nest == 0)
			hazard(h, PARC_REASON_EARLY_EXIT, s->loc.line, "'break' leaves the loop early");
		return;
	case PARC_STMT_RETURN:
		hz_exprs(h, s->expr);
		hazard(h, PARC_REASON_EARLY_EXIT, s->loc.line, "'return' leaves the loop early");
		return;
	case PARC_STMT_GOTO:
		hazard(h, PARC_REASON_EARLY_EXIT, s->loc.line, "'goto' may leave the loop");
		return;
	case PARC_STMT_ASM:
		hazard(h, PARC_REASON_INLINE_ASM, s->loc.line, "the loop contains inline assembly");
		return;
	default:
		hz_children(h, s);
		return;
	}
}

/* __attribute__((cleanup(f))) calls f when a variable goes out of scope:
 * a call the IR does not show.  The loop's text is searched for it. */
static bool hidden_cleanup(parc_program *p, parc_loop *l)
{
	if (!l->loc.in_main || l->loc.end <= l->loc.off || l->loc.end > p->src_len)
		return false;
	const char *s = p->src + l->loc.off;
	size_t n = (size_t)(l->loc.end - l->loc.off);
	for (size_t i = 0; i + 7 <= n; i++)
		if (!strncmp(s + i, "cleanup", 7))
			return true;
	return false;
}

bool parc_loop_hazards(parc_program *p, parc_loop *l)
{
	hz h = { p, l, false, 0 };
	if (hidden_cleanup(p, l))
		hazard(&h, PARC_REASON_UNKNOWN_CALL, l->loc.line,
			"a variable with __attribute__((cleanup)) calls a function when it goes "
			"out of scope");
	/* Threads have their own floating-point environment. */
	if (p->changes_fenv)
		parc_walk_stmt(l->body, NULL, fp_use, &h);
	hz_stmt(&h, l->body);
	/* The header's own condition and increment run every iteration too. */
	hz_exprs(&h, l->cond);
	hz_exprs(&h, l->inc);
	return h.found;
}
