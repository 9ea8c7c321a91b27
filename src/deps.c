/* deps.c - exact cross-iteration dependences of memory accesses, with isl.
 *
 * For a loop L and two accesses A and B to the same base, at least one a
 * write, parc builds the integer set
 *
 *     [params] -> { [a0..an, b0..bm] : A's iteration domain, B's domain,
 *                   a0 < b0, and every aligned subscript equal }
 *
 * where a0/b0 are L's index in two iterations and a1../b1.. the indices of
 * the loops between L and each access.  A non-empty set is a dependence
 * carried by L; which access comes first gives flow, anti or output, and
 * b0 - a0, when it is one number, gives the distance.
 *
 * Soundness rules: anything not affine is left out of the set, which only
 * makes it larger.  A bound that is not affine drops that constraint; a
 * subscript that is not affine drops that equality.  Variables other than
 * loop indices are parameters only if the loop never writes them. */
#include "parc/analysis.h"

#include <isl/ctx.h>
#include <isl/options.h>
#include <isl/set.h>
#include <isl/val.h>
#include <isl/aff.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TERMS = 24, MAX_CHAIN = 16 };

/* A linear form: sum of "c[k]" * "v[k]" plus "k0". */
typedef struct lin {
	int n;
	parc_var *v[MAX_TERMS];
	int64_t c[MAX_TERMS];
	int64_t k0;
} lin;

static bool lin_add_var(lin *f, parc_var *v, int64_t c)
{
	for (int i = 0; i < f->n; i++)
		if (f->v[i] == v)
			return !__builtin_add_overflow(f->c[i], c, &f->c[i]);
	if (f->n == MAX_TERMS)
		return false;
	f->v[f->n] = v;
	f->c[f->n++] = c;
	return true;
}

/* Integer conversions that keep every value keep subscripts affine:
 * (unsigned char)i wraps, so it is not affine in i. */
static bool value_preserving(parc_type *to, parc_type *from)
{
	return to && from && to->cls == PARC_TY_INT && from->cls == PARC_TY_INT &&
		parc_type_converts_exactly(to, from);
}

/* A constant of a 32-bit (or narrower) unsigned type at or above 2^31
 * stands for a negative number once arithmetic wraps (i + 4294967295u is
 * i - 1), so it is not used as it reads. */
static bool wrapping_const(parc_expr *e)
{
	return e->is_const && e->type && e->type->cls == PARC_TY_INT &&
		e->type->is_unsigned && e->type->size > 0 && e->type->size <= 4 &&
		(e->ival >= INT64_C(0x80000000) || e->ival < 0);
}

/* Arithmetic in a 32-bit (or narrower) unsigned type wraps around; it is
 * taken as exact only for an operand plus or times a small constant (an
 * index i + 1 cannot wrap before i reaches its bound).  i + k with an
 * unknown unsigned k may stand for i - 1. */
static bool may_wrap(parc_expr *e)
{
	if (!e->type || e->type->cls != PARC_TY_INT || !e->type->is_unsigned ||
	    e->type->size <= 0 || e->type->size >= 8)
		return false;
	if (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_NEG)
		return true;
	if (e->kind != PARC_EXPR_BINARY ||
	    (e->op != PARC_OP_ADD && e->op != PARC_OP_SUB && e->op != PARC_OP_MUL))
		return false;
	parc_expr *k = e->a->is_const ? e->a : e->b->is_const ? e->b : NULL;
	return !k || k->ival < 0 || k->ival >= (1 << 16);
}

/* Adds "mult" * "e" to "f"; false if "e" is not linear. */
static bool lin_of(lin *f, parc_expr *e, int64_t mult)
{
	int64_t t;
	if (!e || wrapping_const(e) || may_wrap(e))
		return false;
	if (e->is_const) {
		return !__builtin_mul_overflow(e->ival, mult, &t) &&
			!__builtin_add_overflow(f->k0, t, &f->k0);
	}
	switch (e->kind) {
	case PARC_EXPR_VAR:
		if (e->var->has_const)
			return !__builtin_mul_overflow(e->var->const_val, mult, &t) &&
				!__builtin_add_overflow(f->k0, t, &f->k0);
		return e->var->type->cls == PARC_TY_INT && lin_add_var(f, e->var, mult);
	case PARC_EXPR_CAST:
		return value_preserving(e->type, e->a ? e->a->type : NULL) && lin_of(f, e->a, mult);
	case PARC_EXPR_INCDEC:
		/* The value of k++ is k (as it was before this statement's update). */
		return (e->op == PARC_OP_POST_INC || e->op == PARC_OP_POST_DEC) &&
			e->a && e->a->kind == PARC_EXPR_VAR && lin_of(f, e->a, mult);
	case PARC_EXPR_UNARY:
		if (e->op == PARC_OP_PLUS)
			return lin_of(f, e->a, mult);
		return e->op == PARC_OP_NEG && mult != INT64_MIN && lin_of(f, e->a, -mult);
	case PARC_EXPR_BINARY:
		if (e->op == PARC_OP_ADD)
			return lin_of(f, e->a, mult) && lin_of(f, e->b, mult);
		if (e->op == PARC_OP_SUB)
			return mult != INT64_MIN && lin_of(f, e->a, mult) && lin_of(f, e->b, -mult);
		if (e->op == PARC_OP_MUL && e->a->is_const)
			return !wrapping_const(e->a) &&
				!__builtin_mul_overflow(mult, e->a->ival, &t) && lin_of(f, e->b, t);
		if (e->op == PARC_OP_MUL && e->b->is_const)
			return !wrapping_const(e->b) &&
				!__builtin_mul_overflow(mult, e->b->ival, &t) && lin_of(f, e->a, t);
		return false;
	default:
		return false;
	}
}

static bool header_holds(parc_loop *l);
static parc_induction *pointer_induction(parc_loop_info *li, parc_access *a);

/* The canonical loops from L (first) down to "inner" whose bodies leave
 * their headers alone (others have no usable iteration domain). */
typedef struct chain {
	int n;
	parc_loop *l[MAX_CHAIN];
} chain;

static bool make_chain(parc_loop *L, parc_loop *inner, chain *ch)
{
	parc_loop *tmp[64];
	int n = 0;
	for (parc_loop *x = inner; x; x = x->parent) {
		if (n == 64)
			return false;
		tmp[n++] = x;
		if (x == L)
			break;
	}
	ch->n = 0;
	for (int i = n - 1; i >= 0; i--)
		if (tmp[i]->canonical && header_holds(tmp[i]) && ch->n < MAX_CHAIN)
			ch->l[ch->n++] = tmp[i];
	return ch->n > 0 && ch->l[0] == L;
}

/* State for printing one isl set. */
typedef struct pr {
	parc_program *p;
	parc_loop_info *li;
	isl_ctx *ctx;
	parc_access *cur[2];  /* accesses being printed, sides 'a' and 'b' */
	parc_buf params;      /* "p12,p40" */
	parc_idmap pset;      /* params already listed, by var id */
} pr;

/* The name of "v" in the set for an access with "ch" and dim prefix
 * "pre" ('a' or 'b'); NULL if "v" cannot appear in an affine constraint. */
static const char *param_name(pr *x, parc_var *v, char *buf)
{
	sprintf(buf, "p%d", v->id);
	if (parc_idmap_get(&x->pset, v->id) < 0) {
		parc_idmap_put(&x->pset, v->id, 1);
		parc_buf_printf(&x->params, "%s%s", x->params.len ? "," : "", buf);
	}
	return buf;
}

/* An induction variable's value in iteration t of side "pre": its value
 * before the loop, plus its step per iteration, plus one step more when
 * the access comes after the update. */
static const char *induction_value(pr *x, char pre, parc_var *v, char *buf)
{
	for (int i = 0; i < x->li->inductions.len; i++) {
		parc_induction *ind = x->li->inductions.items[i];
		parc_access *a = x->cur[pre == 'b'];
		if (ind->var != v || !a)
			continue;
		char p0[32];
		param_name(x, v, p0);
		bool after = a->expr->loc.off >= ind->update_end;
		sprintf(buf, "(%s + %lld*t%c + %lld)", p0, (long long)ind->step, pre,
			(long long)(after ? ind->step : 0));
		return buf;
	}
	return NULL;
}

static const char *var_name(pr *x, chain *ch, int upto, char pre, parc_var *v, char *buf)
{
	for (int k = upto - 1; k >= 0; k--) {
		if (ch->l[k]->index == v) {
			sprintf(buf, "%c%d", pre, k);
			return buf;
		}
	}
	if (x->li->inductions.len && induction_value(x, pre, v, buf))
		return buf;
	if (parc_loop_writes(x->li, v))
		return NULL;
	if (v->addr_taken || v->type->cls != PARC_TY_INT || v->type->is_volatile)
		return NULL;
	return param_name(x, v, buf);
}

/* Prints "f" (with dims of "ch" visible up to "upto") into "b". */
static bool print_lin(pr *x, parc_buf *b, lin *f, chain *ch, int upto, char pre)
{
	char name[128];
	parc_buf_printf(b, "(%lld", (long long)f->k0);
	for (int i = 0; i < f->n; i++) {
		if (f->c[i] == 0)
			continue;
		const char *nm = var_name(x, ch, upto, pre, f->v[i], name);
		if (!nm)
			return false;
		parc_buf_printf(b, " + %lld*%s", (long long)f->c[i], nm);
	}
	parc_buf_puts(b, ")");
	return true;
}

/* Appends " and <constraint>" for one expression pair, or nothing when
 * either side is not affine. */
static void add_cmp(pr *x, parc_buf *b, parc_expr *e, const char *dim,
	const char *op, chain *ch, int upto, char pre)
{
	lin f = { 0 };
	if (!lin_of(&f, e, 1))
		return;
	parc_buf t;
	parc_buf_init(&t);
	if (print_lin(x, &t, &f, ch, upto, pre))
		parc_buf_printf(b, " and %s %s %s", dim, op, t.data);
	parc_buf_free(&t);
}

/* The iteration domain of the loops in "ch" for dims named "pre". */
/* Constraints of loop "l" on "dim", whose bounds may use the dims of the
 * first "upto" loops of "ch" (or only parameters when "ch" is NULL). */
static void loop_bounds(pr *x, parc_buf *b, parc_loop *l, const char *dim,
	chain *ch, int upto, char pre, const char *ex)
{
	static chain none = { 0 };
	if (!ch)
		ch = &none;
	bool up = l->step > 0;
	add_cmp(x, b, l->lb, dim, up ? ">=" : "<=", ch, upto, pre);
	const char *op = l->cmp == PARC_OP_LT ? "<" : l->cmp == PARC_OP_LE ? "<=" :
		l->cmp == PARC_OP_GT ? ">" : l->cmp == PARC_OP_GE ? ">=" : up ? "<" : ">";
	add_cmp(x, b, l->ub, dim, op, ch, upto, pre);
	lin f = { 0 };
	parc_buf t;
	parc_buf_init(&t);
	if ((l->step > 1 || l->step < -1) && lin_of(&f, l->lb, 1) &&
	    print_lin(x, &t, &f, ch, upto, pre))
		parc_buf_printf(b, " and exists (%s : %s = %s + %lld*%s)",
			ex, dim, t.data, (long long)l->step, ex);
	parc_buf_free(&t);
}

/* The iteration domain of the loops in "ch" for dims named "pre". */
static void domain(pr *x, parc_buf *b, chain *ch, char pre)
{
	for (int k = 0; k < ch->n; k++) {
		char dim[32], ex[32];
		sprintf(dim, "%c%d", pre, k);
		sprintf(ex, "s%c%d", pre, k);
		loop_bounds(x, b, ch->l[k], dim, ch, k, pre, ex);
	}
}

typedef struct hdr {
	parc_loop *l;
	bool written;
} hdr;

static bool in_header(parc_loop *l, parc_var *v);

static void header_write(parc_expr *e, void *ctx)
{
	hdr *h = ctx;
	parc_expr *t = NULL;
	if (e->kind == PARC_EXPR_ASSIGN || e->kind == PARC_EXPR_INCDEC ||
	    (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_ADDR))
		t = parc_expr_skip_casts(e->a);
	if (t && t->kind == PARC_EXPR_VAR && in_header(h->l, t->var))
		h->written = true;
}

typedef struct uses {
	parc_var *v;
	bool hit;
} uses;

static void uses_var(parc_expr *e, void *ctx)
{
	uses *u = ctx;
	if (e->kind == PARC_EXPR_VAR && e->var == u->v)
		u->hit = true;
}

static bool in_header(parc_loop *l, parc_var *v)
{
	uses u = { v, v == l->index };
	parc_walk_expr(l->lb, NULL, uses_var, &u);
	parc_walk_expr(l->ub, NULL, uses_var, &u);
	return u.hit;
}

/* Whether a loop's body leaves its index and the variables of its bounds
 * alone, so that lb <= i < ub holds throughout each iteration. */
typedef struct hg {
	bool bad;
} hg;

/* A variable a call could change (a global, an escaped local). */
static void changeable(parc_expr *e, void *ctx)
{
	if (e->kind == PARC_EXPR_VAR && (e->var->is_global || e->var->addr_taken))
		((hg *)ctx)->bad = true;
}

/* A label inside the body can be reached by goto with any index value, and
 * so can a case label whose switch is outside the loop (Duff's device). */
static void label_in(parc_stmt *st, int switches, hg *g)
{
	if (!st)
		return;
	if (st->kind == PARC_STMT_LABEL || (st->kind == PARC_STMT_CASE && switches == 0))
		g->bad = true;
	int in = switches + (st->kind == PARC_STMT_SWITCH);
	if (st->kind == PARC_STMT_FOR)
		label_in(st->loop->body, in, g);
	for (int i = 0; i < st->body.len; i++)
		label_in(st->body.items[i], in, g);
	label_in(st->then, in, g);
	label_in(st->els, in, g);
}

static bool header_holds(parc_loop *l)
{
	hdr h = { l, false };
	parc_walk_stmt(l->body, NULL, header_write, &h);
	hg g = { false };
	parc_walk_expr(l->lb, NULL, changeable, &g);
	parc_walk_expr(l->ub, NULL, changeable, &g);
	label_in(l->body, 0, &g);
	return !h.written && !l->index->addr_taken && !g.bad;
}

/* The loops around L run within their bounds while L runs: their indices
 * are parameters of L's sets, constrained by those bounds. */
static void outer_context(pr *x, parc_buf *b, parc_loop *L)
{
	static chain none = { 0 };
	int k = 0;
	for (parc_loop *o = L->parent; o; o = o->parent, k++) {
		char name[128], ex[32];
		if (!o->canonical || !header_holds(o) ||
		    !var_name(x, &none, 0, 'a', o->index, name))
			continue;
		sprintf(ex, "so%d", k);
		loop_bounds(x, b, o, name, NULL, 0, 'a', ex);
	}
}

/* Appends the subscript equalities of two aligned paths.  Returns false
 * when the paths provably select different fields (no dependence). */
/* ------------------------------------------------------ delinearization */

/* A subscript "l0" + "P" * "l1" over one size variable P (chosen by the
 * caller), the shape of a linearized two-dimensional index a[i*n + j]. */
typedef struct qlin {
	lin l0, l1;
	parc_var *P;
} qlin;

static bool qlin_of(qlin *q, parc_expr *e, int64_t mult)
{
	if (!e || wrapping_const(e) || may_wrap(e))
		return false;
	if (e->is_const || e->kind == PARC_EXPR_VAR)
		return lin_of(&q->l0, e, mult);
	switch (e->kind) {
	case PARC_EXPR_CAST:
		return value_preserving(e->type, e->a ? e->a->type : NULL) && qlin_of(q, e->a, mult);
	case PARC_EXPR_UNARY:
		if (e->op == PARC_OP_PLUS)
			return qlin_of(q, e->a, mult);
		return e->op == PARC_OP_NEG && mult != INT64_MIN && qlin_of(q, e->a, -mult);
	case PARC_EXPR_BINARY:
		break;
	default:
		return false;
	}
	if (e->op == PARC_OP_ADD)
		return qlin_of(q, e->a, mult) && qlin_of(q, e->b, mult);
	if (e->op == PARC_OP_SUB)
		return mult != INT64_MIN && qlin_of(q, e->a, mult) && qlin_of(q, e->b, -mult);
	if (e->op != PARC_OP_MUL)
		return false;
	int64_t t;
	if (wrapping_const(e->a) || wrapping_const(e->b))
		return false;
	if (e->a->is_const)
		return !__builtin_mul_overflow(mult, e->a->ival, &t) && qlin_of(q, e->b, t);
	if (e->b->is_const)
		return !__builtin_mul_overflow(mult, e->b->ival, &t) && qlin_of(q, e->a, t);
	/* One factor must be the size variable "P" itself. */
	parc_expr *x = parc_expr_skip_casts(e->a), *y = parc_expr_skip_casts(e->b);
	parc_expr *size = y->kind == PARC_EXPR_VAR && y->var == q->P ? y :
		x->kind == PARC_EXPR_VAR && x->var == q->P ? x : NULL;
	if (!size || size->var->type->cls != PARC_TY_INT)
		return false;
	return lin_of(&q->l1, size == y ? e->a : e->b, mult);
}

static bool qlin_of_step(qlin *q, parc_step *s)
{
	for (int k = 0; k < s->terms.len; k++) {
		parc_term *t = s->terms.items[k];
		if (!qlin_of(q, t->expr, t->coef))
			return false;
	}
	return true;
}

/* Whether 0 <= l0 < P holds everywhere in the domain of "ch": then
 * l0 + P*l1 determines l0 and l1, as a row and a column do. */
static bool in_row(pr *x, lin *l0, parc_var *P, chain *ch, char pre)
{
	char pname[128];
	parc_buf t, b;
	parc_buf_init(&t);
	parc_buf_init(&b);
	bool ok = print_lin(x, &t, l0, ch, ch->n, pre) &&
		var_name(x, ch, 0, pre, P, pname) != NULL;
	if (ok) {
		domain(x, &b, ch, pre);
		outer_context(x, &b, x->li->loop);
		parc_buf s;
		parc_buf_init(&s);
		parc_buf_printf(&s, "[%s] -> { [", x->params.data ? x->params.data : "");
		for (int k = 0; k < ch->n; k++)
			parc_buf_printf(&s, "%s%c%d", k ? "," : "", pre, k);
		parc_buf_printf(&s, "] : (%s < 0 or %s >= %s)%s }", t.data, t.data, pname,
			b.data ? b.data : "");
		isl_set *set = isl_set_read_from_str(x->ctx, s.data);
		ok = set && isl_set_is_empty(set) == isl_bool_true;
		isl_set_free(set);
		parc_buf_free(&s);
	}
	parc_buf_free(&t);
	parc_buf_free(&b);
	return ok;
}

/* The offset an induction pointer has moved by in iteration t of side
 * "pre" (its entry value is the same on both sides and cancels). */
static void pointer_offset(pr *x, parc_buf *b, parc_access *a, char pre)
{
	parc_induction *ind = a ? pointer_induction(x->li, a) : NULL;
	if (!ind)
		return;
	bool after = a->expr->loc.off >= ind->update_end;
	parc_buf_printf(b, " + %lld*t%c + %lld", (long long)ind->step, pre,
		(long long)(after ? ind->step : 0));
}

static void equate_at(pr *x, parc_buf *b, lin *fa, chain *ca, lin *fb, chain *cb, bool first)
{
	parc_buf ta, tb;
	parc_buf_init(&ta);
	parc_buf_init(&tb);
	if (print_lin(x, &ta, fa, ca, ca->n, 'a') && print_lin(x, &tb, fb, cb, cb->n, 'b')) {
		if (first) {
			pointer_offset(x, &ta, x->cur[0], 'a');
			pointer_offset(x, &tb, x->cur[1], 'b');
		}
		parc_buf_printf(b, " and %s = %s", ta.data, tb.data);
	}
	parc_buf_free(&ta);
	parc_buf_free(&tb);
}

static void equate(pr *x, parc_buf *b, lin *fa, chain *ca, lin *fb, chain *cb)
{
	parc_buf ta, tb;
	parc_buf_init(&ta);
	parc_buf_init(&tb);
	if (print_lin(x, &ta, fa, ca, ca->n, 'a') && print_lin(x, &tb, fb, cb, cb->n, 'b'))
		parc_buf_printf(b, " and %s = %s", ta.data, tb.data);
	parc_buf_free(&ta);
	parc_buf_free(&tb);
}

typedef struct factors {
	parc_var *v[4];
	int n;
} factors;

static void collect_factor(parc_expr *e, void *ctx)
{
	factors *f = ctx;
	if (e->kind != PARC_EXPR_BINARY || e->op != PARC_OP_MUL || e->a->is_const ||
	    e->b->is_const)
		return;
	parc_expr *sides[2] = { parc_expr_skip_casts(e->a), parc_expr_skip_casts(e->b) };
	for (int k = 0; k < 2; k++) {
		if (sides[k]->kind != PARC_EXPR_VAR)
			continue;
		bool seen = false;
		for (int i = 0; i < f->n; i++)
			seen |= f->v[i] == sides[k]->var;
		if (!seen && f->n < 4)
			f->v[f->n++] = sides[k]->var;
	}
}

/* a[i*n + j] against a[i'*n + j']: when both column parts stay within
 * [0, n), the subscripts are equal exactly when rows and columns are.
 * Each variable multiplied in the subscript is tried as the row size. */
static void delinearize(pr *x, parc_buf *b, parc_step *sa, chain *ca,
	parc_step *sb, chain *cb)
{
	factors f = { { 0 }, 0 };
	for (int k = 0; k < sa->terms.len; k++)
		parc_walk_expr(((parc_term *)sa->terms.items[k])->expr, NULL, collect_factor, &f);
	for (int c = 0; c < f.n; c++) {
		qlin qa = { 0 }, qb = { 0 };
		qa.P = qb.P = f.v[c];
		if (!qlin_of_step(&qa, sa) || !qlin_of_step(&qb, sb) ||
		    !in_row(x, &qa.l0, qa.P, ca, 'a') || !in_row(x, &qb.l0, qb.P, cb, 'b'))
			continue;
		equate(x, b, &qa.l1, ca, &qb.l1, cb);
		equate(x, b, &qa.l0, ca, &qb.l0, cb);
		return;
	}
}

static bool lin_of_step(lin *f, parc_step *s)
{
	for (int k = 0; k < s->terms.len; k++) {
		parc_term *t = s->terms.items[k];
		if (!lin_of(f, t->expr, t->coef))
			return false;
	}
	return true;
}

/* Appends the subscript equalities of two aligned paths.  Returns false
 * when the paths provably select different fields (no dependence). */
static bool lin_of_step(lin *f, parc_step *s);

/* An index step after the first that is not known to stay inside its
 * enclosing element (v->fam[i], or a row reached through a pointer) can
 * reach the next element, so earlier subscripts say nothing on their own
 * unless they are the same constants on both sides. */
static bool separable(parc_access *A, parc_access *B)
{
	int n = A->steps.len < B->steps.len ? A->steps.len : B->steps.len;
	int unbounded = -1;
	for (int i = 1; i < A->steps.len || i < B->steps.len; i++) {
		parc_step *sa = i < A->steps.len ? A->steps.items[i] : NULL;
		parc_step *sb = i < B->steps.len ? B->steps.items[i] : NULL;
		if ((sa && !sa->is_field && !sa->bounded) || (sb && !sb->is_field && !sb->bounded)) {
			unbounded = i;
			break;
		}
	}
	for (int i = 0; i < unbounded && i < n; i++) {
		parc_step *sa = A->steps.items[i], *sb = B->steps.items[i];
		if (sa->is_field != sb->is_field)
			return false;
		if (sa->is_field) {
			if (strcmp(sa->field, sb->field))
				return false;
			continue;
		}
		lin fa = { 0 }, fb = { 0 };
		if (sa->any || sb->any || !lin_of_step(&fa, sa) || !lin_of_step(&fb, sb) ||
		    fa.n || fb.n || fa.k0 != fb.k0)
			return false;
	}
	return true;
}

static bool subscripts(pr *x, parc_buf *b, parc_access *A, chain *ca,
	parc_access *B, chain *cb)
{
	if (!separable(A, B))
		return true;     /* no constraint: they may overlap anywhere */
	int n = A->steps.len < B->steps.len ? A->steps.len : B->steps.len;
	for (int i = 0; i < n; i++) {
		parc_step *sa = A->steps.items[i], *sb = B->steps.items[i];
		if (sa->is_field != sb->is_field)
			return true;
		if (sa->is_field) {
			if (!strcmp(sa->field, sb->field))
				continue;
			/* Different members of a union overlap: nothing below them
			 * can be compared by name any more. */
			return sa->in_union;
		}
		if (sa->any || sb->any)
			continue;
		lin fa = { 0 }, fb = { 0 };
		bool moved = i == 0 && (pointer_induction(x->li, A) || pointer_induction(x->li, B));
		if (lin_of_step(&fa, sa) && lin_of_step(&fb, sb))
			equate_at(x, b, &fa, ca, &fb, cb, i == 0);
		else if (!moved)
			delinearize(x, b, sa, ca, sb, cb);
	}
	return true;
}

typedef struct dep_result {
	bool exists;
	bool has_distance;
	int64_t distance;
} dep_result;

/* The set's dimensions: both chains' indices, and with induction
 * variables the iteration numbers ta and tb. */
static void dims(parc_buf *b, chain *ca, chain *cb, bool t)
{
	for (int k = 0; k < ca->n; k++)
		parc_buf_printf(b, "%sa%d", k ? "," : "", k);
	for (int k = 0; k < cb->n; k++)
		parc_buf_printf(b, ",b%d", k);
	if (t)
		parc_buf_puts(b, ",ta,tb");
}

/* ta and tb count the iterations of L: a0 = lb + step * ta. */
static bool iteration_numbers(pr *x, parc_buf *b)
{
	static chain none = { 0 };
	parc_loop *l = x->li->loop;
	lin f = { 0 };
	parc_buf t;
	parc_buf_init(&t);
	bool ok = lin_of(&f, l->lb, 1) && print_lin(x, &t, &f, &none, 0, 'a');
	if (ok)
		parc_buf_printf(b, " and a0 = %s + %lld*ta and ta >= 0 and b0 = %s + %lld*tb and tb >= 0",
			t.data, (long long)l->step, t.data, (long long)l->step);
	parc_buf_free(&t);
	return ok;
}

/* The distance b0 - a0 if it is a single integer. */
static void distance(isl_ctx *ctx, const char *params, parc_buf *body,
	chain *ca, chain *cb, dep_result *r)
{
	parc_buf s;
	parc_buf_init(&s);
	parc_buf_printf(&s, "[%s] -> { [d] : exists (", params);
	dims(&s, ca, cb, strstr(body->data, "ta >= 0") != NULL);
	parc_buf_printf(&s, " : d = b0 - a0 %s) }", body->data);
	isl_set *set = isl_set_read_from_str(ctx, s.data);
	parc_buf_free(&s);
	if (!set)
		return;
	isl_set *mn = isl_set_lexmin(isl_set_copy(set));
	isl_set *mx = isl_set_lexmax(set);
	if (isl_set_is_equal(mn, mx) == isl_bool_true) {
		isl_val *v = isl_set_plain_get_val_if_fixed(mn, isl_dim_set, 0);
		if (v && isl_val_is_int(v)) {
			r->has_distance = true;
			r->distance = isl_val_get_num_si(v);
		}
		isl_val_free(v);
	}
	isl_set_free(mn);
	isl_set_free(mx);
}

/* Tests whether A (in an earlier iteration of L: "earlier" means a0 < b0
 * when "a_first_lt") and B touch the same element. */
static dep_result test_pair(pr *x, isl_ctx *ctx, parc_access *A, chain *ca,
	parc_access *B, chain *cb, bool lt)
{
	dep_result r = { false, false, 0 };
	parc_buf body;
	parc_buf_init(&body);
	parc_buf_printf(&body, " and a0 %s b0", lt ? "<" : ">");
	domain(x, &body, ca, 'a');
	domain(x, &body, cb, 'b');
	outer_context(x, &body, x->li->loop);
	x->cur[0] = A;
	x->cur[1] = B;
	bool t = x->li->inductions.len > 0;
	if (t && !iteration_numbers(x, &body)) {
		r.exists = true;   /* cannot number the iterations: assume the worst */
		parc_buf_free(&body);
		return r;
	}
	if (!subscripts(x, &body, A, ca, B, cb)) {
		parc_buf_free(&body);
		return r;
	}
	parc_buf s;
	parc_buf_init(&s);
	parc_buf_printf(&s, "[%s] -> { [", x->params.data ? x->params.data : "");
	dims(&s, ca, cb, t);
	parc_buf_printf(&s, "] : 1 = 1%s }", body.data);
	isl_set *set = isl_set_read_from_str(ctx, s.data);
	isl_bool empty = set ? isl_set_is_empty(set) : isl_bool_error;
	isl_set_free(set);
	parc_buf_free(&s);
	/* An analysis failure counts as a dependence. */
	r.exists = empty != isl_bool_true;
	if (r.exists && empty == isl_bool_false)
		distance(ctx, x->params.data ? x->params.data : "", &body, ca, cb, &r);
	parc_buf_free(&body);
	return r;
}

/* ------------------------------------------------------------ driver */

/* One isl context for the whole file: creating one per loop costs more
 * than the tests themselves on files with many small loops. */
static isl_ctx *shared_ctx(parc_program *p)
{
	if (!p->isl) {
		isl_ctx *c = isl_ctx_alloc();
		if (c)
			isl_options_set_on_error(c, ISL_ON_ERROR_CONTINUE);
		p->isl = c;
	}
	return p->isl;
}

void parc_deps_done(parc_program *p)
{
	if (p->isl)
		isl_ctx_free(p->isl);
	p->isl = NULL;
}

typedef struct dctx {
	parc_program *p;
	parc_loop_info *li;
	isl_ctx *ctx;
	bool ok;
	parc_vec pending;     /* may-alias pairs a run-time test may settle:
	                       * parc_access a, b, a, b, ... */
} dctx;

static bool reason_exists(parc_loop *l, parc_reason_kind k, const char *var)
{
	for (int i = 0; i < l->reasons.len; i++) {
		parc_reason *r = l->reasons.items[i];
		if (r->kind == k && r->var && var && !strcmp(r->var, var))
			return true;
	}
	return false;
}

static void report_dep(dctx *d, parc_access *src, parc_access *dst, dep_result *r)
{
	parc_loop *l = d->li->loop;
	parc_reason_kind k = src->write && dst->read ? PARC_REASON_FLOW_DEP :
		src->write ? PARC_REASON_OUTPUT_DEP : PARC_REASON_ANTI_DEP;
	const char *name = parc_base_name(src);
	d->ok = false;
	if (reason_exists(l, k, name))
		return;
	const char *kn = k == PARC_REASON_FLOW_DEP ? "flow" :
		k == PARC_REASON_ANTI_DEP ? "anti" : "output";
	int64_t dist = r->distance / (l->step ? l->step : 1);
	if (dist < 0)
		dist = -dist;
	char dtext[64] = "";
	if (r->has_distance)
		snprintf(dtext, sizeof dtext, " (distance %lld)", (long long)dist);
	parc_reason *rs = parc_loop_add_reason(d->p, l, k,
		"%s dependence on '%s' from line %d to line %d%s: %s %s, then %s %s "
		"in a later iteration", kn, name, src->expr->loc.line,
		dst->expr->loc.line, dtext, src->write ? "writes" : "reads",
		parc_access_spelling(d->p, src), dst->write ? "writes" : "reads",
		parc_access_spelling(d->p, dst));
	rs->var = name;
	rs->src_line = src->expr->loc.line;
	rs->dst_line = dst->expr->loc.line;
	rs->has_distance = r->has_distance;
	rs->distance = dist;
}

static bool same_base(parc_access *a, parc_access *b)
{
	if (a->base != b->base)
		return false;
	if (a->base == PARC_BASE_LOADED)
		return !strcmp(a->key, b->key);
	return a->base != PARC_BASE_UNKNOWN && a->var == b->var;
}

/* Whether "v" has one value throughout an execution of the loop. */
static bool invariant(parc_loop_info *li, parc_var *v)
{
	return !parc_loop_writes(li, v) && !v->addr_taken && v->type->cls == PARC_TY_INT &&
		!v->type->is_volatile;
}

/* A quick test before isl, for the commonest case: some subscript is the
 * same expression on both sides, c*i + (invariants) with c != 0, where i is
 * the loop's own index.  Equal subscripts then mean equal i: no two
 * iterations meet.  (The same separability rules as the full test apply.) */
static bool obviously_independent(dctx *d, parc_access *a, parc_access *b)
{
	parc_loop *l = d->li->loop;
	if (d->li->inductions.len || !separable(a, b))
		return false;
	int n = a->steps.len < b->steps.len ? a->steps.len : b->steps.len;
	for (int k = 0; k < n; k++) {
		parc_step *sa = a->steps.items[k], *sb = b->steps.items[k];
		if (sa->is_field != sb->is_field)
			return false;
		if (sa->is_field) {
			if (strcmp(sa->field, sb->field))
				return false;
			continue;
		}
		lin fa = { 0 }, fb = { 0 };
		if (sa->any || sb->any || !lin_of_step(&fa, sa) || !lin_of_step(&fb, sb) ||
		    fa.n != fb.n || fa.k0 != fb.k0)
			continue;
		bool same = true, has_index = false;
		for (int t = 0; t < fa.n && same; t++) {
			same = fa.v[t] == fb.v[t] && fa.c[t] == fb.c[t];
			if (fa.v[t] == l->index && fa.c[t])
				has_index = true;
			else if (fa.c[t] && !invariant(d->li, fa.v[t]))
				same = false;
		}
		if (same && has_index)
			return true;
	}
	return false;
}

static void compare_same(dctx *d, pr *x, parc_access *a, parc_access *b)
{
	parc_loop *l = d->li->loop;
	chain ca, cb;
	if (!make_chain(l, a->inner, &ca) || !make_chain(l, b->inner, &cb)) {
		dep_result r = { true, false, 0 };
		report_dep(d, a, b, &r);
		return;
	}
	if (l->canonical && header_holds(l) && obviously_independent(d, a, b))
		return;
	/* In iteration order: for a downward loop, a0 > b0 is "a first". */
	bool up = l->step > 0;
	dep_result r = test_pair(x, d->ctx, a, &ca, b, &cb, up);
	if (r.exists)
		report_dep(d, a, b, &r);
	if (a == b)
		return;
	r = test_pair(x, d->ctx, a, &ca, b, &cb, !up);
	if (r.exists)
		report_dep(d, b, a, &r);
}

static void report_alias(dctx *d, parc_access *a, parc_access *b)
{
	parc_loop *l = d->li->loop;
	d->ok = false;
	const char *na = parc_base_name(a), *nb = parc_base_name(b);
	char key[256];
	snprintf(key, sizeof key, "%s,%s", na, nb);
	if (reason_exists(l, PARC_REASON_MAY_ALIAS, key))
		return;
	parc_reason *r;
	if (a->base == PARC_BASE_UNKNOWN || b->base == PARC_BASE_UNKNOWN) {
		parc_access *u = a->base == PARC_BASE_UNKNOWN ? a : b;
		r = parc_loop_add_reason(d->p, l, PARC_REASON_MAY_ALIAS,
			"'%s' (line %d) goes through a pointer parc cannot follow, "
			"and may touch the memory that '%s' (line %d) %s",
			parc_access_spelling(d->p, u), u->expr->loc.line,
			parc_access_spelling(d->p, u == a ? b : a),
			(u == a ? b : a)->expr->loc.line, (u == a ? b : a)->write ? "writes" : "reads");
	} else if (parc_access_object(a) && parc_access_object(a) == parc_access_object(b)) {
		r = parc_loop_add_reason(d->p, l, PARC_REASON_MAY_ALIAS,
			"'%s' and '%s' point into the same object '%s' (lines %d and %d)",
			na, nb, parc_access_object(a)->name, a->expr->loc.line, b->expr->loc.line);
	} else if (a->var && b->var && parc_interproc_known_overlap(a->var, b->var)) {
		r = parc_loop_add_reason(d->p, l, PARC_REASON_MAY_ALIAS,
			"'%s' and '%s' point into the same object at a call of '%s' (lines %d and %d)",
			na, nb, l->func ? l->func->name : "?", a->expr->loc.line, b->expr->loc.line);
	} else {
		bool params = (a->base != PARC_BASE_POINTER || a->var->is_param) &&
			(b->base != PARC_BASE_POINTER || b->var->is_param);
		r = parc_loop_add_reason(d->p, l, PARC_REASON_MAY_ALIAS,
			"'%s' and '%s' may point to the same memory (lines %d and %d)%s",
			na, nb, a->expr->loc.line, b->expr->loc.line, params ?
			"; declare the pointer parameters 'restrict' if they never overlap" :
			"; parc cannot prove that they point to different objects");
	}
	r->var = parc_arena_strdup(d->p->arena, key);
	r->src_line = a->expr->loc.line;
	r->dst_line = b->expr->loc.line;
}

/* Whether the addresses an access can touch are a range of whole elements
 * of a named array or of a pointer that the loop does not change: then a
 * run-time test can tell whether two such ranges overlap. */
static bool checkable(parc_access *a)
{
	if (!a->var || a->steps.len == 0)
		return false;
	parc_step *s = a->steps.items[0];
	if (s->is_field || s->any)
		return false;
	/* Later subscripts must stay inside the element: a flexible array
	 * member (v->arr[i]) reaches past it. */
	for (int i = 1; i < a->steps.len; i++) {
		parc_step *t = a->steps.items[i];
		if (!t->is_field && !t->bounded)
			return false;
	}
	if (a->base == PARC_BASE_OBJECT)
		return a->var->type->cls == PARC_TY_ARRAY;
	return a->base == PARC_BASE_POINTER;
}

static void compare_alias(dctx *d, parc_access *a, parc_access *b)
{
	const char *why;
	if (!parc_access_may_alias(d->p, d->li, a, b, &why))
		return;
	/* No test where the pointers are known to share an object. */
	bool shared = (parc_access_object(a) && parc_access_object(a) == parc_access_object(b)) ||
		(a->var && b->var && parc_interproc_known_overlap(a->var, b->var));
	if (checkable(a) && checkable(b) && !shared) {
		parc_vec_push(d->p->arena, &d->pending, a);
		parc_vec_push(d->p->arena, &d->pending, b);
		return;
	}
	report_alias(d, a, b);
}

static void unanalyzable(dctx *d, parc_access *a)
{
	d->ok = false;
	if (reason_exists(d->li->loop, PARC_REASON_UNANALYZABLE, "?"))
		return;
	parc_reason *r = parc_loop_add_reason(d->p, d->li->loop, PARC_REASON_UNANALYZABLE,
		"cannot tell which memory '%s' writes (line %d)",
		parc_access_spelling(d->p, a), a->expr->loc.line);
	r->var = "?";
}

/* Accesses that take part: memory, not private to one iteration. */
static bool relevant(parc_loop_info *li, parc_access *a)
{
	if (a->scalar)
		return false;
	if (a->base == PARC_BASE_OBJECT && parc_access_is_local(li->loop, a->var))
		return false;
	return true;
}

/* The induction record of the pointer an access goes through (*p++ = x),
 * or NULL. */
static parc_induction *pointer_induction(parc_loop_info *li, parc_access *a)
{
	if (a->base != PARC_BASE_POINTER || !a->var)
		return NULL;
	for (int i = 0; i < li->inductions.len; i++) {
		parc_induction *ind = li->inductions.items[i];
		if (ind->var == a->var)
			return ind;
	}
	return NULL;
}

/* A pointer variable the loop changes does not name one object, unless it
 * is an induction pointer: then accesses are relative to its entry value. */
static void demote_changing_pointers(parc_loop_info *li)
{
	for (int i = 0; i < li->accesses.len; i++) {
		parc_access *a = li->accesses.items[i];
		if ((a->base == PARC_BASE_POINTER || a->base == PARC_BASE_LOADED) &&
		    a->var && parc_loop_writes(li, a->var) && !pointer_induction(li, a))
			a->base = PARC_BASE_UNKNOWN;
	}
}

/* ------------------------------------------------------ run-time checks */

/* The helper's name: parc_no_overlap, or a variant the file does not use. */
const char *parc_overlap_name(parc_program *p)
{
	if (p->overlap_name)
		return p->overlap_name;
	char name[64] = "parc_no_overlap";
	for (int k = 1; strstr(p->src, name); k++)
		snprintf(name, sizeof name, "parc_no_overlap_%d", k);
	p->overlap_name = parc_arena_strdup(p->arena, name);
	return p->overlap_name;
}

/* The helper goes on its own line just above the function: the function
 * must start its line (not after a comment or another declaration). */
static bool helper_fits(parc_program *p, parc_loop *l)
{
	if (!l->func || !l->func->loc.in_main || l->func->loc.in_macro)
		return false;
	for (int i = l->func->loc.off; i > 0 && p->src[i - 1] != '\n'; i--)
		if (p->src[i - 1] != ' ' && p->src[i - 1] != '\t')
			return false;
	return true;
}

/* Prints affine "aff" over parameters as a C expression of long long
 * values; false if it has divisions. */
static bool aff_to_c(parc_program *p, isl_aff *aff, parc_buf *b)
{
	isl_val *den = isl_aff_get_denominator_val(aff);
	bool ok = den && isl_val_is_one(den);
	isl_val_free(den);
	if (!ok)
		return false;
	parc_buf t;
	parc_buf_init(&t);
	/* Integer divisions (from strides) are not printed: give up. */
	isl_size nd = isl_aff_dim(aff, isl_dim_div);
	for (int k = 0; k < nd && ok; k++) {
		isl_val *v = isl_aff_get_coefficient_val(aff, isl_dim_div, k);
		ok = v && isl_val_is_zero(v);
		isl_val_free(v);
	}
	/* An unbounded extreme is a NaN affine expression. */
	if (isl_aff_is_nan(aff) != isl_bool_false)
		ok = false;
	isl_size np = isl_aff_dim(aff, isl_dim_param);
	for (int k = 0; k < np && ok; k++) {
		isl_val *v = isl_aff_get_coefficient_val(aff, isl_dim_param, k);
		long coef = isl_val_get_num_si(v);
		isl_val_free(v);
		if (coef == 0)
			continue;
		const char *name = isl_aff_get_dim_name(aff, isl_dim_param, k);
		int id = name && name[0] == 'p' ? atoi(name + 1) : -1;
		ok = id >= 0 && id < p->vars.len;
		if (!ok)
			break;
		const char *vn = ((parc_var *)p->vars.items[id])->name;
		const char *sign = coef < 0 ? (t.len ? " - " : "-") : (t.len ? " + " : "");
		long mag = coef < 0 ? -coef : coef;
		if (mag == 1)
			parc_buf_printf(&t, "%s(long long)%s", sign, vn);
		else
			parc_buf_printf(&t, "%s%ldLL * %s", sign, mag, vn);
	}
	isl_val *c = isl_aff_get_constant_val(aff);
	long k0 = isl_val_get_num_si(c);
	isl_val_free(c);
	if (k0 || !t.len)
		parc_buf_printf(&t, "%s%ldLL", !t.len ? "" : k0 < 0 ? " - " : " + ",
			t.len && k0 < 0 ? -k0 : k0);
	if (ok)
		parc_buf_printf(b, "%s", t.data);
	parc_buf_free(&t);
	return ok;
}

static isl_stat one_piece(isl_set *set, isl_aff *aff, void *user)
{
	isl_aff **out = user;
	isl_set_free(set);
	*out = aff;
	return isl_stat_ok;
}

/* The lowest ("max" false) or highest element index of the union "set",
 * as C; false unless it is one affine expression. */
static bool extreme(parc_program *p, isl_set *set, bool max, parc_buf *b)
{
	isl_pw_aff *pa = max ? isl_set_dim_max(isl_set_copy(set), 0) :
		isl_set_dim_min(isl_set_copy(set), 0);
	if (!pa || isl_pw_aff_n_piece(pa) != 1) {
		isl_pw_aff_free(pa);
		return false;
	}
	isl_aff *aff = NULL;
	isl_pw_aff_foreach_piece(pa, one_piece, &aff);
	bool ok = aff && aff_to_c(p, aff, b);
	isl_aff_free(aff);
	isl_pw_aff_free(pa);
	return ok;
}

/* The range of first subscripts of every access of "base"'s object in the
 * loop, as C expressions "lo" and "hi". */
/* With "P" (a linearized a[i * P + j], each access's column part j proved
 * inside [0, P)): the range of the row parts, scaled to elements, rows
 * lo*P .. hi*P + P - 1. */
static bool base_range(dctx *d, pr *x, parc_vec *mem, parc_access *base, parc_var *P,
	parc_buf *lo, parc_buf *hi)
{
	parc_buf u;
	parc_buf_init(&u);
	bool ok = true;
	for (int i = 0; i < mem->len && ok; i++) {
		parc_access *a = mem->items[i];
		if (!same_base(a, base))
			continue;
		chain ch;
		lin f = { 0 };
		parc_buf body, sub;
		parc_buf_init(&body);
		parc_buf_init(&sub);
		qlin q = { .P = P };
		ok = checkable(a) && make_chain(d->li->loop, a->inner, &ch);
		if (ok && !P)
			ok = lin_of_step(&f, a->steps.items[0]) &&
				print_lin(x, &sub, &f, &ch, ch.n, 'a');
		else if (ok)
			ok = qlin_of_step(&q, a->steps.items[0]) && in_row(x, &q.l0, P, &ch, 'a') &&
				print_lin(x, &sub, &q.l1, &ch, ch.n, 'a');
		if (ok) {
			domain(x, &body, &ch, 'a');
			outer_context(x, &body, d->li->loop);
			parc_buf_printf(&u, "%s[e] : exists (", u.len ? "; " : "");
			for (int k = 0; k < ch.n; k++)
				parc_buf_printf(&u, "%sa%d", k ? "," : "", k);
			parc_buf_printf(&u, " : e = %s%s)", sub.data, body.data ? body.data : "");
		}
		parc_buf_free(&body);
		parc_buf_free(&sub);
	}
	if (ok) {
		parc_buf s;
		parc_buf_init(&s);
		parc_buf_printf(&s, "[%s] -> { %s }", x->params.data ? x->params.data : "", u.data);
		isl_set *set = isl_set_read_from_str(d->ctx, s.data);
		parc_buf l, h;
		parc_buf_init(&l);
		parc_buf_init(&h);
		ok = set && extreme(d->p, set, false, &l) && extreme(d->p, set, true, &h);
		if (ok && !P) {
			parc_buf_puts(lo, l.data);
			parc_buf_puts(hi, h.data);
		} else if (ok) {
			parc_buf_printf(lo, "(%s) * (long long)%s", l.data, P->name);
			parc_buf_printf(hi, "(%s) * (long long)%s + (long long)%s - 1LL", h.data,
				P->name, P->name);
		}
		parc_buf_free(&l);
		parc_buf_free(&h);
		isl_set_free(set);
		parc_buf_free(&s);
	}
	parc_buf_free(&u);
	return ok;
}

/* Builds the run-time condition that no two pending pairs overlap, or
 * returns false (then the pairs are may-alias reasons). */
/* The run-time test names variables at the pragma: that is only right if
 * no other variable in scope could have the same name.  Any second
 * variable of that name in the function (or a global of it) is refused. */
static bool unique_name(parc_program *p, parc_loop *l, parc_var *v)
{
	for (int i = 0; i < p->vars.len; i++) {
		parc_var *w = p->vars.items[i];
		if (w != v && !strcmp(w->name, v->name) && (!w->func || w->func == l->func))
			return false;
	}
	return true;
}

static bool runtime_check(dctx *d, pr *x, parc_vec *mem)
{
	parc_buf cond, names, done;
	parc_buf_init(&cond);
	parc_buf_init(&names);
	parc_buf_init(&done);
	bool ok = helper_fits(d->p, d->li->loop);
	for (int i = 0; i < d->pending.len && ok; i += 2) {
		parc_access *a = d->pending.items[i], *b = d->pending.items[i + 1];
		char key[256], ids[64];
		snprintf(key, sizeof key, "'%s' and '%s'", a->var->name, b->var->name);
		snprintf(ids, sizeof ids, " %d-%d ", a->var->id, b->var->id);
		if (done.data && strstr(done.data, ids))
			continue;
		parc_buf_puts(&done, ids);
		parc_buf la, ha, lb, hb;
		parc_buf_init(&la); parc_buf_init(&ha);
		parc_buf_init(&lb); parc_buf_init(&hb);
		ok = base_range(d, x, mem, a, NULL, &la, &ha) && base_range(d, x, mem, b, NULL, &lb, &hb);
		if (ok) {
			parc_buf_printf(&cond, "%s%s(%s, %s, %s, sizeof *%s, %s, %s, %s, sizeof *%s)",
				cond.len ? " && " : "", parc_overlap_name(d->p), a->var->name, la.data,
				ha.data, a->var->name,
				b->var->name, lb.data, hb.data, b->var->name);
			parc_buf_printf(&names, "%s%s", names.len ? ", " : "", key);
		}
		parc_buf_free(&la); parc_buf_free(&ha);
		parc_buf_free(&lb); parc_buf_free(&hb);
	}
	/* Every variable the test names must be the one parc analysed. */
	for (int i = 0; i < d->p->vars.len && ok; i++) {
		parc_var *v = d->p->vars.items[i];
		if (parc_idmap_get(&x->pset, v->id) >= 0 ||
		    v == ((parc_access *)d->pending.items[0])->var)
			ok = unique_name(d->p, d->li->loop, v);
	}
	for (int i = 0; i < d->pending.len && ok; i++)
		ok = unique_name(d->p, d->li->loop, ((parc_access *)d->pending.items[i])->var);
	if (ok) {
		parc_loop *l = d->li->loop;
		l->rt_check = parc_arena_strdup(d->p->arena, cond.data);
		parc_reason *r = parc_loop_add_reason(d->p, l, PARC_REASON_RUNTIME_CHECK,
			"parallel only when %s do not overlap, tested when the loop starts "
			"(declare them 'restrict' to drop the test)", names.data);
		r->var = parc_arena_strdup(d->p->arena, names.data);
	}
	parc_buf_free(&cond);
	parc_buf_free(&names);
	parc_buf_free(&done);
	return ok;
}

/* The region of "v"'s object (or of what pointer "v" points to) that the
 * loop of "li" reaches: first subscripts lo..hi as C expressions over the
 * variables in scope at the loop (see base_range).  Every access to "v"
 * must be a range of whole elements (checkable), and every variable the
 * expressions name must be the only one of its name in the function, so
 * that the text means the same at the loop.  The loop's accesses must
 * have been collected; pointers the loop changes count as unbounded. */
bool parc_deps_region(parc_program *p, parc_loop_info *li, parc_var *v, parc_buf *lo,
	parc_buf *hi)
{
	demote_changing_pointers(li);
	dctx d = { p, li, shared_ctx(p), true, { 0 } };
	if (!d.ctx || li->inductions.len)
		return false;
	pr x = { p, li, d.ctx, { NULL, NULL }, { 0 }, { 0 } };
	parc_idmap_init(&x.pset, p->arena);
	parc_buf_init(&x.params);
	parc_vec mem = { 0 };
	parc_access *base = NULL;
	for (int i = 0; i < li->accesses.len; i++) {
		parc_access *a = li->accesses.items[i];
		if (a->scalar || a->var != v)
			continue;
		if (a->base != PARC_BASE_OBJECT && a->base != PARC_BASE_POINTER)
			return parc_buf_free(&x.params), false;
		parc_vec_push(p->arena, &mem, a);
		base = base ? base : a;
	}
	bool ok = base && base_range(&d, &x, &mem, base, NULL, lo, hi);
	/* Linearized rows: each variable multiplied in a subscript is tried
	 * as the row length. */
	factors f = { { 0 }, 0 };
	for (int i = 0; base && !ok && i < mem.len; i++) {
		parc_access *a = mem.items[i];
		parc_step *st = a->steps.len ? a->steps.items[0] : NULL;
		for (int k = 0; st && !st->is_field && k < st->terms.len; k++)
			parc_walk_expr(((parc_term *)st->terms.items[k])->expr, NULL, collect_factor, &f);
	}
	for (int c = 0; base && !ok && c < f.n; c++) {
		lo->len = hi->len = 0;
		if (lo->data)
			lo->data[0] = 0;
		if (hi->data)
			hi->data[0] = 0;
		ok = base_range(&d, &x, &mem, base, f.v[c], lo, hi);
	}
	for (int i = 0; i < p->vars.len && ok; i++) {
		parc_var *w = p->vars.items[i];
		if (parc_idmap_get(&x.pset, w->id) >= 0)
			ok = unique_name(p, li->loop, w);
	}
	parc_buf_free(&x.params);
	return ok;
}

/* Whether every dependence this pair could show is already reported (the
 * report keeps one reason per kind and array). */
static bool nothing_new(dctx *d, parc_access *a, parc_access *b)
{
	parc_loop *l = d->li->loop;
	const char *na = parc_base_name(a), *nb = parc_base_name(b);
	if (a->write && b->write)
		return reason_exists(l, PARC_REASON_OUTPUT_DEP, na) &&
			reason_exists(l, PARC_REASON_OUTPUT_DEP, nb);
	return reason_exists(l, PARC_REASON_FLOW_DEP, na) &&
		reason_exists(l, PARC_REASON_FLOW_DEP, nb) &&
		reason_exists(l, PARC_REASON_ANTI_DEP, na) &&
		reason_exists(l, PARC_REASON_ANTI_DEP, nb);
}

parc_bool parc_deps_check(parc_program *p, parc_loop_info *li)
{
	demote_changing_pointers(li);
	dctx d = { p, li, shared_ctx(p), true, { 0 } };
	if (!d.ctx)
		return parc_bool_error;
	pr x = { p, li, d.ctx, { NULL, NULL }, { 0 }, { 0 } };
	parc_idmap_init(&x.pset, p->arena);
	parc_buf_init(&x.params);
	/* Only memory accesses take part; scalars can be the bulk of a loop's
	 * accesses, so they are filtered out before the quadratic pairing. */
	parc_vec mem = { 0 };
	for (int i = 0; i < li->accesses.len; i++)
		if (relevant(li, li->accesses.items[i]))
			parc_vec_push(p->arena, &mem, li->accesses.items[i]);
	/* Once the loop is known to be serial, pairs that cannot add a reason
	 * only cost time: a body of 16 unrolled SHA-256 rounds (xz-utils) has
	 * thousands of pairs, 14 s of isl tests. */
	for (int i = 0; i < mem.len; i++) {
		parc_access *a = mem.items[i];
		for (int j = i; j < mem.len; j++) {
			parc_access *b = mem.items[j];
			if (!a->write && !b->write)
				continue;
			if (same_base(a, b)) {
				if (!d.ok && nothing_new(&d, a, b))
					continue;
				compare_same(&d, &x, a, b);
			}
			else if (a != b)
				compare_alias(&d, a, b);
			else if (a->base == PARC_BASE_UNKNOWN && a->write)
				unanalyzable(&d, a);
		}
	}
	/* Pointers that may overlap: a run-time test when everything else is
	 * proven, reasons otherwise. */
	li->loop->rt_check = NULL;
	if (d.pending.len && !(d.ok && !li->inductions.len && runtime_check(&d, &x, &mem))) {
		d.ok = false;
		for (int i = 0; i < d.pending.len; i += 2)
			report_alias(&d, d.pending.items[i], d.pending.items[i + 1]);
	}
	parc_buf_free(&x.params);
	return d.ok ? parc_bool_true : parc_bool_false;
}

/* Whether add_cmp can express "e" (affine in the parameters): a bound it
 * cannot is left out of the domain, which is then larger than the truth. */
static bool bound_exact(pr *x, parc_expr *e, chain *ch)
{
	lin f = { 0 };
	parc_buf t;
	parc_buf_init(&t);
	bool ok = lin_of(&f, e, 1) && print_lin(x, &t, &f, ch, 0, 'a');
	parc_buf_free(&t);
	return ok;
}

parc_bool parc_deps_runs_once(parc_program *p, parc_loop_info *li)
{
	parc_loop *l = li->loop;
	chain ch = { 1, { l } };
	if (!l->canonical)
		return parc_bool_false;
	isl_ctx *ctx = shared_ctx(p);
	if (!ctx)
		return parc_bool_error;
	pr x = { p, li, ctx, { NULL, NULL }, { 0 }, { 0 } };
	parc_idmap_init(&x.pset, p->arena);
	parc_buf_init(&x.params);
	/* "Runs at least once" needs the loop's own domain exactly: a bound
	 * left out (i / 2 + 1, fuzz seed 14476) would make a loop that runs
	 * no iteration look like one that does. */
	if (!bound_exact(&x, l->lb, &ch) || !bound_exact(&x, l->ub, &ch)) {
		parc_buf_free(&x.params);
		return parc_bool_false;
	}
	parc_buf dom, outer;
	parc_buf_init(&dom);
	parc_buf_init(&outer);
	domain(&x, &dom, &ch, 'a');
	outer_context(&x, &outer, l);
	parc_buf s1, s2;
	parc_buf_init(&s1);
	parc_buf_init(&s2);
	const char *ps = x.params.data ? x.params.data : "";
	parc_buf_printf(&s1, "[%s] -> { [a0] : 1 = 1%s%s }", ps, dom.data ? dom.data : "",
		outer.data ? outer.data : "");
	parc_buf_printf(&s2, "[%s] -> { : 1 = 1%s }", ps, outer.data ? outer.data : "");
	isl_set *run = isl_set_params(isl_set_read_from_str(ctx, s1.data));
	isl_set *ctxset = isl_set_read_from_str(ctx, s2.data);
	isl_bool sub = run && ctxset ? isl_set_is_subset(ctxset, run) : isl_bool_error;
	isl_set_free(run);
	isl_set_free(ctxset);
	parc_buf_free(&s1);
	parc_buf_free(&s2);
	parc_buf_free(&dom);
	parc_buf_free(&outer);
	parc_buf_free(&x.params);
	return sub == isl_bool_true ? parc_bool_true : sub == isl_bool_false ?
		parc_bool_false : parc_bool_error;
}
