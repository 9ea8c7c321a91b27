/* scalars.c - classifies the scalar variables of a loop.
 *
 * For each scalar declared outside the loop and used inside it:
 *  - never written: shared, no clause;
 *  - every use is part of one reduction shape: reduction(op:v);
 *  - written before any read on every path through an iteration: private,
 *    or lastprivate if its value is read after the loop, which also needs
 *    it to be written on every path (otherwise the last iteration may not
 *    hold the last value: conditional-lastprivate, serial);
 *  - anything else carries a value between iterations: serial.
 *
 * "Written before read" is a forward must-analysis over the body in
 * evaluation order.  Writes under a condition (if branches, the right side
 * of && || ?:, loop bodies that may run zero times) do not count after the
 * condition; a path that ends in 'continue' does not reach later code. */
#include "parc/analysis.h"

#include <string.h>

typedef struct cand {
	parc_var *var;
	bool exposed;         /* read before written on some path */
	int exposed_line;
	int write_line;
	int total;            /* references in the body */
	int owned;            /* references inside reduction shapes */
	parc_op red;          /* reduction operator, NONE if none yet */
	bool red_conflict;    /* shapes with different operators */
	const char *narrowed; /* a reduction shape but for a cast to this type */
	int narrowed_line;
} cand;

typedef struct sc {
	parc_program *p;
	parc_loop *l;
	parc_loop_info *li;
	cand *c;
	int n;
	parc_idmap index_of;  /* var id -> candidate index */
	unsigned char *end;   /* written on every path to the iteration end */
	int runs;             /* the loop provably runs an iteration: 1 yes,
	                       * 0 no, -1 not asked yet (it costs an isl test) */
	unsigned char *sw_entry; /* set at the start of the innermost switch */
	bool end_set;
	int nest;             /* loops/switches inside "l" */
} sc;

static int cand_of(sc *s, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (!e || e->kind != PARC_EXPR_VAR)
		return -1;
	return parc_idmap_get(&s->index_of, e->var->id);
}

/* --------------------------------------------------------- flow walk */

static unsigned char *set_copy(sc *s, unsigned char *set)
{
	unsigned char *r = parc_arena_alloc(s->p->arena, (size_t)s->n + 1);
	memcpy(r, set, (size_t)s->n);
	return r;
}

static void set_meet(sc *s, unsigned char *dst, unsigned char *other)
{
	for (int i = 0; i < s->n; i++)
		dst[i] &= other[i];
}

static void use(sc *s, parc_expr *e, unsigned char *set, bool write)
{
	int k = cand_of(s, e);
	if (k < 0)
		return;
	if (write) {
		set[k] = 1;
		if (!s->c[k].write_line)
			s->c[k].write_line = e->loc.line;
	} else if (!set[k] && !s->c[k].exposed) {
		s->c[k].exposed = true;
		s->c[k].exposed_line = e->loc.line;
	}
}

static void fexpr(sc *s, parc_expr *e, unsigned char *set);
static bool fstmt(sc *s, parc_stmt *st, unsigned char *set);

/* An lvalue being stored to: a variable is written, anything else only
 * evaluates its parts. */
static void fstore(sc *s, parc_expr *lhs, unsigned char *set, bool also_read)
{
	parc_expr *v = parc_expr_skip_casts(lhs);
	if (v && v->kind == PARC_EXPR_VAR) {
		if (also_read)
			use(s, v, set, false);
		use(s, v, set, true);
	} else {
		fexpr(s, lhs, set);
	}
}

static void fexpr(sc *s, parc_expr *e, unsigned char *set)
{
	if (!e)
		return;
	switch (e->kind) {
	case PARC_EXPR_VAR:
		use(s, e, set, false);
		return;
	case PARC_EXPR_ASSIGN:
		fexpr(s, e->b, set);
		fstore(s, e->a, set, e->op != PARC_OP_NONE);
		return;
	case PARC_EXPR_INCDEC:
		fstore(s, e->a, set, true);
		return;
	case PARC_EXPR_BINARY:
		fexpr(s, e->a, set);
		if (e->op == PARC_OP_LAND || e->op == PARC_OP_LOR)
			fexpr(s, e->b, set_copy(s, set));
		else
			fexpr(s, e->b, set);
		return;
	case PARC_EXPR_COND: {
		fexpr(s, e->a, set);
		unsigned char *t = set_copy(s, set);
		fexpr(s, e->b, t);
		fexpr(s, e->c, set);
		set_meet(s, set, t);
		return;
	}
	case PARC_EXPR_SIZEOF:
		for (int i = 0; i < e->args.len; i++)
			fexpr(s, e->args.items[i], set);
		return;
	case PARC_EXPR_STMTEXPR:
		fstmt(s, e->stmt, set);
		return;
	default:
		fexpr(s, e->a, set);
		fexpr(s, e->b, set);
		fexpr(s, e->c, set);
		for (int i = 0; i < e->args.len; i++)
			fexpr(s, e->args.items[i], set);
		if (e->stmt)
			fstmt(s, e->stmt, set);
		return;
	}
}

static void end_of_iteration(sc *s, unsigned char *set)
{
	if (!s->end_set) {
		memcpy(s->end, set, (size_t)s->n);
		s->end_set = true;
	} else {
		set_meet(s, s->end, set);
	}
}

/* A nested loop or switch: its body may run zero times, so its writes are
 * not definite afterwards. */
static void fnested(sc *s, parc_stmt *body, unsigned char *set)
{
	s->nest++;
	fstmt(s, body, set_copy(s, set));
	s->nest--;
}

/* Walks "st" updating "set"; returns true if control never falls through
 * (continue, break, return, goto). */
static bool fstmt(sc *s, parc_stmt *st, unsigned char *set)
{
	if (!st)
		return false;
	switch (st->kind) {
	case PARC_STMT_COMPOUND: {
		/* After a jump, code is reachable again only through a label;
		 * until then everything counts as written (nothing is exposed),
		 * and a case or label resets the set. */
		bool term = false;
		for (int i = 0; i < st->body.len; i++) {
			if (term)
				memset(set, 1, (size_t)s->n);
			term = fstmt(s, st->body.items[i], set);
		}
		return term;
	}
	case PARC_STMT_EXPR:
		fexpr(s, st->expr, set);
		return false;
	case PARC_STMT_DECL:
		fexpr(s, st->expr, set);       /* array sizes first */
		for (int i = 0; i < st->inits.len; i++)
			fexpr(s, st->inits.items[i], set);
		return false;
	case PARC_STMT_IF: {
		fexpr(s, st->expr, set);
		unsigned char *t = set_copy(s, set);
		bool tt = fstmt(s, st->then, t);
		bool te = fstmt(s, st->els, set);
		if (tt && te)
			return true;
		if (te)
			memcpy(set, t, (size_t)s->n);
		else if (!tt)
			set_meet(s, set, t);
		return false;
	}
	case PARC_STMT_FOR:
		fstmt(s, st->loop->init, set);
		fexpr(s, st->loop->cond, set);
		s->nest++;
		{
			unsigned char *t = set_copy(s, set);
			fstmt(s, st->loop->body, t);
			fexpr(s, st->loop->inc, t);
		}
		s->nest--;
		return false;
	case PARC_STMT_WHILE:
		fexpr(s, st->expr, set);
		fnested(s, st->then, set);
		return false;
	case PARC_STMT_SWITCH: {
		/* A 'continue' inside a switch still ends the loop's iteration,
		 * so the nesting level stays; only the body is conditional, and
		 * each case starts from what held before the switch. */
		fexpr(s, st->expr, set);
		unsigned char *saved = s->sw_entry;
		s->sw_entry = set_copy(s, set);
		fstmt(s, st->then, set_copy(s, set));
		s->sw_entry = saved;
		return false;
	}
	case PARC_STMT_DO:
		fnested(s, st->then, set);
		fexpr(s, st->expr, set_copy(s, set));
		return false;
	case PARC_STMT_CONTINUE:
		if (s->nest == 0)
			end_of_iteration(s, set);
		return true;
	case PARC_STMT_BREAK: case PARC_STMT_GOTO:
		return true;
	case PARC_STMT_RETURN:
		fexpr(s, st->expr, set);
		return true;
	case PARC_STMT_CASE:
		if (s->sw_entry)
			set_meet(s, set, s->sw_entry);
		else
			memset(set, 0, (size_t)s->n);
		return fstmt(s, st->then, set);
	case PARC_STMT_LABEL:
		/* A goto may arrive from anywhere. */
		memset(set, 0, (size_t)s->n);
		return fstmt(s, st->then, set);
	default:
		for (int i = 0; i < st->body.len; i++)
			fstmt(s, st->body.items[i], set);
		fexpr(s, st->expr, set);
		return false;
	}
}

/* ------------------------------------------------------ reductions */

static bool same_repr(const parc_type *a, const parc_type *b)
{
	return a && b && a->cls == b->cls && a->size == b->size && a->size > 0 &&
		a->is_unsigned == b->is_unsigned && a->is_bool == b->is_bool;
}

static bool same_expr(parc_expr *a, parc_expr *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind || a->op != b->op)
		return false;
	switch (a->kind) {
	case PARC_EXPR_INT: return a->ival == b->ival;
	case PARC_EXPR_VAR: return a->var == b->var;
	case PARC_EXPR_FUNC: return !strcmp(a->name, b->name);
	case PARC_EXPR_MEMBER:
		if (strcmp(a->name, b->name) || a->arrow != b->arrow)
			return false;
		break;
	case PARC_EXPR_BINARY: case PARC_EXPR_UNARY: case PARC_EXPR_INDEX:
	case PARC_EXPR_CAST:
		if (!same_repr(a->type, b->type))
			return false;   /* (signed char)x is not (long)x */
		break;
	case PARC_EXPR_COND:
		break;
	default:
		return false;   /* calls, assignments, literals of other kinds */
	}
	return same_expr(a->a, b->a) && same_expr(a->b, b->b) && same_expr(a->c, b->c);
}

typedef struct refs {
	parc_var *v;
	int n;
	bool effects;
} refs;

static void count_ref(parc_expr *e, void *ctx)
{
	refs *r = ctx;
	if (e->kind == PARC_EXPR_VAR && e->var == r->v)
		r->n++;
	if (e->kind == PARC_EXPR_ASSIGN || e->kind == PARC_EXPR_INCDEC ||
	    e->kind == PARC_EXPR_CALL || e->kind == PARC_EXPR_STMTEXPR)
		r->effects = true;
}

static int refs_of(parc_expr *e, parc_var *v, bool *effects)
{
	refs r = { v, 0, false };
	parc_walk_expr(e, NULL, count_ref, &r);
	if (effects)
		*effects = r.effects;
	return r.n;
}

/* A cast that keeps every value of its operand.  Stricter than
 * parc_type_converts_exactly: a signed value cast to a wider unsigned type
 * changes when negative, and a reduction must see the same values. */
static bool cast_keeps_value(parc_expr *e)
{
	parc_type *to = e->type, *from = e->a ? e->a->type : NULL;
	if (!parc_type_converts_exactly(to, from))
		return false;
	return !(to->cls == PARC_TY_INT && from->cls == PARC_TY_INT &&
		 to->is_unsigned && !from->is_unsigned);
}

/* Strips only the casts that keep every value: (unsigned char)(s + a[j])
 * wraps at each step, so a reduction over it is not a sum (fuzz seed 91). */
static parc_expr *skip_exact_casts(parc_expr *e)
{
	while (e && e->kind == PARC_EXPR_CAST && e->a && cast_keeps_value(e))
		e = e->a;
	return e;
}

/* The right side of "v = ...": a cast to v's own type there is the
 * conversion the assignment makes anyway. */
static parc_expr *skip_update_casts(parc_expr *e, parc_var *v)
{
	while (e && e->kind == PARC_EXPR_CAST && e->a &&
	       (cast_keeps_value(e) || same_repr(e->type, v->type)))
		e = e->a;
	return e;
}

/* An integer reduction variable cannot take a floating operand: each step
 * truncates, so the order of the steps matters. */
static bool operand_fits(parc_var *v, parc_type *operand)
{
	return !(v->type->cls == PARC_TY_INT && operand && operand->cls == PARC_TY_FLOAT);
}

static void own(sc *s, int k, parc_op op, int count)
{
	cand *c = &s->c[k];
	if (c->red != PARC_OP_NONE && c->red != op)
		c->red_conflict = true;
	c->red = op;
	c->owned += count;
}

/* In a tree of + and - (or of one associative operator "op"), whether "v"
 * occurs exactly once, as a leaf with a positive sign. */
static bool chain_has(parc_expr *e, parc_var *v, parc_op op, int sign, int *found)
{
	e = skip_exact_casts(e);
	if (e->kind == PARC_EXPR_VAR && e->var == v) {
		(*found)++;
		return sign > 0;
	}
	bool additive = op == PARC_OP_ADD;
	if (e->kind == PARC_EXPR_BINARY && (e->op == op ||
	    (additive && e->op == PARC_OP_SUB))) {
		int sb = e->op == PARC_OP_SUB ? -sign : sign;
		return chain_has(e->a, v, op, sign, found) && chain_has(e->b, v, op, sb, found);
	}
	/* A reduction evaluates && and || operands that the sequential loop
	 * may skip, so they must have no effects. */
	bool fx;
	int n = refs_of(e, v, &fx);
	return n == 0 && !(fx && (op == PARC_OP_LAND || op == PARC_OP_LOR));
}

static parc_op reduction_class(parc_op op)
{
	return op == PARC_OP_SUB ? PARC_OP_ADD : op;
}

/* Whether comparison "cmp" of (x OP y) says "x is the larger". */
static int larger_side(parc_expr *cmp, parc_var *v, parc_expr **other)
{
	parc_expr *x = skip_exact_casts(cmp->a), *y = skip_exact_casts(cmp->b);
	bool gt = cmp->op == PARC_OP_GT || cmp->op == PARC_OP_GE;
	bool lt = cmp->op == PARC_OP_LT || cmp->op == PARC_OP_LE;
	if (cmp->kind != PARC_EXPR_BINARY || (!gt && !lt))
		return 0;
	bool xv = x->kind == PARC_EXPR_VAR && x->var == v;
	bool yv = y->kind == PARC_EXPR_VAR && y->var == v;
	if (xv == yv)
		return 0;
	*other = xv ? cmp->b : cmp->a;
	/* +1: "other > v" when the condition holds; -1: "other < v". */
	return (xv == lt) ? 1 : -1;
}

static bool clean(parc_expr *e, parc_var *v)
{
	bool fx;
	return refs_of(e, v, &fx) == 0 && !fx;
}

/* Remembers a cast that keeps "v = (T)(v + x)" from being a reduction, so
 * the report can say why. */
static void note_narrowing(sc *s, int k, parc_expr *r, parc_expr *at)
{
	parc_expr *in = parc_expr_skip_casts(r);
	if (r && r->kind == PARC_EXPR_CAST && r->type && r->type->spelling &&
	    in->kind == PARC_EXPR_BINARY && refs_of(in, s->c[k].var, NULL) == 1 &&
	    !s->c[k].narrowed) {
		s->c[k].narrowed = r->type->spelling;
		s->c[k].narrowed_line = at->loc.line;
	}
}

/* v = cond ? x : y, v = fmax(v, e), v = v op e ... */
static void match_assign(sc *s, parc_expr *e)
{
	int k = cand_of(s, e->a);
	if (k < 0)
		return;
	parc_var *v = parc_expr_skip_casts(e->a)->var;
	if (e->op != PARC_OP_NONE) {
		parc_op op = e->op;
		if ((op == PARC_OP_ADD || op == PARC_OP_SUB || op == PARC_OP_MUL ||
		     op == PARC_OP_BAND || op == PARC_OP_BOR || op == PARC_OP_BXOR) &&
		    refs_of(e->b, v, NULL) == 0 && operand_fits(v, e->b->type))
			own(s, k, reduction_class(op), 1);
		return;
	}
	parc_expr *r = skip_update_casts(e->b, v);
	note_narrowing(s, k, r, e);
	if (r->kind == PARC_EXPR_BINARY) {
		parc_op op = r->op == PARC_OP_SUB ? PARC_OP_ADD : r->op;
		int found = 0;
		if ((op == PARC_OP_ADD || op == PARC_OP_MUL || op == PARC_OP_BAND ||
		     op == PARC_OP_BOR || op == PARC_OP_BXOR || op == PARC_OP_LAND ||
		     op == PARC_OP_LOR) && chain_has(r, v, op, 1, &found) && found == 1 &&
		    operand_fits(v, r->type))
			own(s, k, op, 2);
		return;
	}
	if (r->kind == PARC_EXPR_COND) {
		parc_expr *other;
		int side = larger_side(skip_exact_casts(r->a), v, &other);
		if (!side || !clean(other, v))
			return;
		parc_expr *b = skip_exact_casts(r->b), *c = skip_exact_casts(r->c);
		bool b_other = same_expr(b, skip_exact_casts(other)) &&
			c->kind == PARC_EXPR_VAR && c->var == v;
		bool b_v = b->kind == PARC_EXPR_VAR && b->var == v &&
			same_expr(c, skip_exact_casts(other));
		if ((b_other || b_v) && parc_type_converts_exactly(v->type, other->type))
			own(s, k, (side > 0) == b_other ? PARC_OP_MAX : PARC_OP_MIN, 3);
		return;
	}
	if (r->kind == PARC_EXPR_CALL && r->name && r->args.len == 2) {
		bool mx = !strncmp(r->name, "fmax", 4), mn = !strncmp(r->name, "fmin", 4);
		parc_func *fn = parc_program_find_func(s->p, r->name);
		if (!(mx || mn) || strlen(r->name) > 5 || (fn && fn->body))
			return;     /* the file's own fmax is not libm's */
		parc_expr *x = skip_exact_casts(r->args.items[0]);
		parc_expr *y = skip_exact_casts(r->args.items[1]);
		bool xv = x->kind == PARC_EXPR_VAR && x->var == v;
		bool yv = y->kind == PARC_EXPR_VAR && y->var == v;
		parc_expr *o = xv ? y : x;
		if (xv != yv && refs_of(o, v, NULL) == 0 && r->type &&
		    parc_type_converts_exactly(v->type, r->type) &&
		    parc_type_converts_exactly(r->type, v->type))
			own(s, k, mx ? PARC_OP_MAX : PARC_OP_MIN, 2);
	}
}

/* if (e > v) v = e;  and the other comparisons. */
static bool match_if(sc *s, parc_stmt *st)
{
	if (st->els || !st->then)
		return false;
	parc_stmt *t = st->then;
	if (t->kind == PARC_STMT_COMPOUND && t->body.len == 1)
		t = t->body.items[0];
	if (t->kind != PARC_STMT_EXPR || t->expr->kind != PARC_EXPR_ASSIGN ||
	    t->expr->op != PARC_OP_NONE)
		return false;
	int k = cand_of(s, t->expr->a);
	if (k < 0)
		return false;
	parc_var *v = parc_expr_skip_casts(t->expr->a)->var;
	parc_expr *other;
	int side = larger_side(skip_exact_casts(st->expr), v, &other);
	if (!side || !clean(other, v) ||
	    !same_expr(skip_exact_casts(other), skip_update_casts(t->expr->b, v)) ||
	    !parc_type_converts_exactly(v->type, other->type))
		return false;
	own(s, k, side > 0 ? PARC_OP_MAX : PARC_OP_MIN, 2);
	return true;
}

/* Reduction updates are whole statements: in "x = s++" or "f(s += a)" the
 * value of the update is used, so those are not reductions. */
static void match_update(sc *s, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return;
	if (e->kind == PARC_EXPR_BINARY && e->op == PARC_OP_COMMA) {
		match_update(s, e->a);
		match_update(s, e->b);
	} else if (e->kind == PARC_EXPR_ASSIGN) {
		match_assign(s, e);
	} else if (e->kind == PARC_EXPR_INCDEC) {
		int k = cand_of(s, e->a);
		if (k >= 0)
			own(s, k, PARC_OP_ADD, 1);
	}
}

static void match_stmt(sc *s, parc_stmt *st)
{
	if (!st)
		return;
	if (st->kind == PARC_STMT_IF && match_if(s, st))
		return;
	if (st->kind == PARC_STMT_FOR) {
		match_stmt(s, st->loop->init);
		match_update(s, st->loop->inc);
		match_stmt(s, st->loop->body);
		return;
	}
	if (st->kind == PARC_STMT_EXPR)
		match_update(s, st->expr);
	for (int i = 0; i < st->body.len; i++)
		match_stmt(s, st->body.items[i]);
	match_stmt(s, st->then);
	match_stmt(s, st->els);
}

static void count_total(parc_expr *e, void *ctx)
{
	sc *s = ctx;
	int k = e->kind == PARC_EXPR_VAR ? cand_of(s, e) : -1;
	if (k >= 0)
		s->c[k].total++;
}

static bool op_fits(parc_op op, parc_type *t)
{
	if (t->cls != PARC_TY_INT && t->cls != PARC_TY_FLOAT)
		return false;
	/* b += x means b = (b + x) != 0 for a _Bool: not associative. */
	if (t->is_bool)
		return op == PARC_OP_LAND || op == PARC_OP_LOR;
	if (op == PARC_OP_BAND || op == PARC_OP_BOR || op == PARC_OP_BXOR)
		return t->cls == PARC_TY_INT;
	/* A floating product regrouped across threads can underflow or
	 * overflow where the sequential one does not: gsl's taylorcoeff gave
	 * 0 instead of 2.66e-267 at 3 threads (tests/realworld).  Sums only
	 * differ in the last bits. */
	if (op == PARC_OP_MUL && t->cls == PARC_TY_FLOAT)
		return false;
	return true;
}

/* ------------------------------------------------------ live-out */

/* Whether "v" may be read after loop "l" before it is assigned again.
 * Walks forward from the loop through the enclosing blocks: a plain
 * assignment to "v" (as in the next loop's "i = 0") ends the search; any
 * other reference, or a path it cannot follow, counts as a read. */
typedef enum { FLOW_GO, FLOW_KILL, FLOW_LIVE } flow;

typedef struct rc {
	parc_var *v;
	int n;
} rc;

static void ref_count(parc_expr *e, void *ctx)
{
	rc *r = ctx;
	if (e->kind == PARC_EXPR_VAR && e->var == r->v)
		r->n++;
}

static int stmt_refs(parc_stmt *s, parc_var *v)
{
	rc r = { v, 0 };
	parc_walk_stmt(s, NULL, ref_count, &r);
	return r.n;
}

static int expr_refs(parc_expr *e, parc_var *v)
{
	rc r = { v, 0 };
	parc_walk_expr(e, NULL, ref_count, &r);
	return r.n;
}

static bool kills(parc_expr *e, parc_var *v)
{
	if (!e || e->kind != PARC_EXPR_ASSIGN || e->op != PARC_OP_NONE)
		return false;
	parc_expr *l = parc_expr_skip_casts(e->a);
	return l && l->kind == PARC_EXPR_VAR && l->var == v && expr_refs(e->b, v) == 0;
}

static flow scan(parc_stmt *s, parc_var *v);

/* A branch that may be skipped: a read in it counts, a kill does not. */
static flow scan_maybe(parc_stmt *s, parc_var *v)
{
	return s && scan(s, v) == FLOW_LIVE ? FLOW_LIVE : FLOW_GO;
}

static flow scan(parc_stmt *s, parc_var *v)
{
	if (s->kind == PARC_STMT_COMPOUND) {
		for (int i = 0; i < s->body.len; i++) {
			flow f = scan(s->body.items[i], v);
			if (f != FLOW_GO)
				return f;
		}
		return FLOW_GO;
	}
	if (s->kind == PARC_STMT_IF) {
		if (expr_refs(s->expr, v))
			return FLOW_LIVE;
		if (s->then && s->els) {
			flow a = scan(s->then, v), b = scan(s->els, v);
			if (a == FLOW_LIVE || b == FLOW_LIVE)
				return FLOW_LIVE;
			return a == FLOW_KILL && b == FLOW_KILL ? FLOW_KILL : FLOW_GO;
		}
		return scan_maybe(s->then, v);
	}
	if (s->kind == PARC_STMT_EXPR)
		return kills(s->expr, v) ? FLOW_KILL : expr_refs(s->expr, v) ? FLOW_LIVE : FLOW_GO;
	if (s->kind == PARC_STMT_FOR && s->loop->init &&
	    s->loop->init->kind == PARC_STMT_EXPR && kills(s->loop->init->expr, v))
		return FLOW_KILL;
	return stmt_refs(s, v) ? FLOW_LIVE : FLOW_GO;
}

/* Finds the chain of statements from "s" down to "target"; "path[0]" is
 * "s".  Returns the chain's length, 0 if "target" is not inside "s". */
static int find_path(parc_stmt *s, parc_stmt *target, parc_stmt **path, int depth, int max)
{
	if (!s || depth == max)
		return 0;
	path[depth] = s;
	if (s == target)
		return depth + 1;
	parc_stmt *kids[4] = { s->then, s->els, NULL, NULL };
	if (s->kind == PARC_STMT_FOR) {
		kids[0] = s->loop->body;
		kids[1] = NULL;
	}
	for (int i = 0; i < s->body.len; i++) {
		int n = find_path(s->body.items[i], target, path, depth + 1, max);
		if (n)
			return n;
	}
	for (int i = 0; i < 2; i++) {
		int n = find_path(kids[i], target, path, depth + 1, max);
		if (n)
			return n;
	}
	return 0;
}

static bool is_loop_stmt(parc_stmt *s)
{
	return s->kind == PARC_STMT_FOR || s->kind == PARC_STMT_WHILE || s->kind == PARC_STMT_DO;
}

typedef struct gt { bool found; } gt;
static void find_goto(parc_stmt *s, void *ctx)
{
	if (s->kind == PARC_STMT_GOTO || s->kind == PARC_STMT_LABEL)
		((gt *)ctx)->found = true;
}

static bool live_out(parc_loop *l, parc_var *v)
{
	if (v->is_global || v->addr_taken || !v->func || !v->func->body)
		return true;
	gt g = { false };
	parc_walk_stmt(v->func->body, find_goto, NULL, &g);
	parc_stmt *path[256];
	int n = find_path(v->func->body, l->stmt, path, 0, 256);
	if (g.found || n == 0)
		return true;
	for (int k = n - 2; k >= 0; k--) {
		parc_stmt *up = path[k], *child = path[k + 1];
		if (up->kind == PARC_STMT_COMPOUND) {
			int i = 0;
			while (i < up->body.len && up->body.items[i] != child)
				i++;
			for (i++; i < up->body.len; i++) {
				flow f = scan(up->body.items[i], v);
				if (f == FLOW_KILL)
					return false;
				if (f == FLOW_LIVE)
					return true;
			}
		} else if (is_loop_stmt(up)) {
			/* The enclosing loop may come round again: any other use in it
			 * could see the value. */
			if (stmt_refs(up, v) > stmt_refs(l->stmt, v))
				return true;
		} else if (up->kind != PARC_STMT_IF && up->kind != PARC_STMT_LABEL &&
		           up->kind != PARC_STMT_CASE) {
			return true;
		}
	}
	return false;
}

/* ------------------------------------------------------ clauses */

/* Adds "v" to the clause that starts with "prefix" (e.g. "private(" or
 * "reduction(+:"), creating the clause if needed. */
static void add_clause(sc *s, const char *prefix, parc_var *v)
{
	parc_loop *l = s->l;
	size_t plen = strlen(prefix);
	parc_buf b;
	parc_buf_init(&b);
	int at = -1;
	for (int i = 0; i < l->clauses.len && at < 0; i++)
		if (!strncmp(l->clauses.items[i], prefix, plen))
			at = i;
	if (at >= 0) {
		const char *c = l->clauses.items[at];
		parc_buf_add(&b, c, strlen(c) - 1);
		parc_buf_printf(&b, ",%s)", v->name);
		l->clauses.items[at] = parc_arena_strdup(s->p->arena, b.data);
	} else {
		parc_buf_printf(&b, "%s%s)", prefix, v->name);
		parc_vec_push(s->p->arena, &l->clauses, parc_arena_strdup(s->p->arena, b.data));
	}
	parc_buf_free(&b);
}

static const char *red_prefix(parc_op op)
{
	switch (op) {
	case PARC_OP_MAX: return "reduction(max:";
	case PARC_OP_MIN: return "reduction(min:";
	case PARC_OP_ADD: return "reduction(+:";
	case PARC_OP_MUL: return "reduction(*:";
	case PARC_OP_BAND: return "reduction(&:";
	case PARC_OP_BOR: return "reduction(|:";
	case PARC_OP_BXOR: return "reduction(^:";
	case PARC_OP_LAND: return "reduction(&&:";
	case PARC_OP_LOR: return "reduction(||:";
	default: parc_unreachable();
	}
}

/* ------------------------------------------------------ inductions */

/* The constant a statement-level update adds to "v" (k++, k -= 2), or 0. */
static int64_t update_step(parc_expr *e, parc_var *v)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return 0;
	parc_expr *t = parc_expr_skip_casts(e->a);
	if (!t || t->kind != PARC_EXPR_VAR || t->var != v)
		return 0;
	if (e->kind == PARC_EXPR_INCDEC)
		return e->op == PARC_OP_PRE_INC || e->op == PARC_OP_POST_INC ? 1 : -1;
	if (e->kind == PARC_EXPR_ASSIGN && e->b && e->b->is_const && e->b->ival != INT64_MIN &&
	    (e->op == PARC_OP_ADD || e->op == PARC_OP_SUB))
		return e->op == PARC_OP_ADD ? e->b->ival : -e->b->ival;
	return 0;
}

/* Finds "v"'s postfix increments in an expression, noting whether one is
 * evaluated only under a condition (&&, ||, ?:). */
typedef struct pf {
	parc_var *v;
	int count;
	int64_t step;
	bool conditional;
} pf;

static void postfix_in(parc_expr *e, pf *x, bool cond)
{
	if (!e)
		return;
	if (e->kind == PARC_EXPR_INCDEC && (e->op == PARC_OP_POST_INC || e->op == PARC_OP_POST_DEC)) {
		int64_t st = update_step(e, x->v);
		if (st) {
			x->count++;
			x->step = st;
			x->conditional |= cond;
			return;
		}
	}
	bool c2 = cond || e->kind == PARC_EXPR_COND ||
		(e->kind == PARC_EXPR_BINARY && (e->op == PARC_OP_LAND || e->op == PARC_OP_LOR));
	postfix_in(e->a, x, cond);
	postfix_in(e->b, x, c2);
	postfix_in(e->c, x, c2);
	for (int i = 0; i < e->args.len; i++)
		postfix_in(e->args.items[i], x, cond);
}

typedef struct ct {
	int nest;
	bool found;
} ct;

static void find_continue(parc_stmt *st, ct *c)
{
	if (!st)
		return;
	if (st->kind == PARC_STMT_CONTINUE && c->nest == 0)
		c->found = true;
	bool loop = st->kind == PARC_STMT_FOR || st->kind == PARC_STMT_WHILE || st->kind == PARC_STMT_DO;
	c->nest += loop;
	if (st->kind == PARC_STMT_FOR)
		find_continue(st->loop->body, c);
	for (int i = 0; i < st->body.len; i++)
		find_continue(st->body.items[i], c);
	find_continue(st->then, c);
	find_continue(st->els, c);
	c->nest -= loop;
}

typedef struct incs {
	parc_var *v;
	int n;
} incs;

static void count_incs(parc_expr *e, void *ctx)
{
	incs *x = ctx;
	if ((e->kind == PARC_EXPR_INCDEC || e->kind == PARC_EXPR_ASSIGN) && update_step(e, x->v))
		x->n++;
}

/* Whether "v" is advanced exactly once per iteration by a constant, in a
 * top-level statement of the body: "k += c;" alone, or one "k++" inside an
 * unconditional expression statement (out[k++] = x).  All other uses only
 * read it.  Records the induction on success; "*conditional" tells that
 * the only problem is an update under a condition. */
static bool induction(sc *s, parc_var *v, bool *conditional)
{
	parc_stmt *body = s->l->body;
	ct c = { 0, false };
	find_continue(body, &c);
	/* Narrower than int, the counter would wrap around. */
	bool ptr = v->type->cls == PARC_TY_PTR;   /* *p++ = x: linear(p) */
	if ((!ptr && (v->type->cls != PARC_TY_INT || v->type->is_bool || v->type->size < 4)) ||
	    c.found || !body)
		return false;
	parc_stmt *one[1] = { body };
	parc_stmt **top = body->kind == PARC_STMT_COMPOUND ? (parc_stmt **)body->body.items : one;
	int ntop = body->kind == PARC_STMT_COMPOUND ? body->body.len : 1;
	parc_stmt *upd = NULL;
	int64_t step = 0;
	for (int i = 0; i < ntop; i++) {
		parc_stmt *st = top[i];
		pf x = { v, 0, 0, false };
		int64_t direct = st->kind == PARC_STMT_EXPR ? update_step(st->expr, v) : 0;
		if (st->kind == PARC_STMT_EXPR && !direct)
			postfix_in(st->expr, &x, false);
		if (!direct && !x.count)
			continue;
		if (upd || x.count > 1 || x.conditional)
			return false;
		upd = st;
		step = direct ? direct : x.step;
	}
	/* Every write to "v" must be that one update. */
	int writes = 0;
	for (int i = 0; i < s->li->accesses.len; i++) {
		parc_access *a = s->li->accesses.items[i];
		writes += a->scalar && a->var == v && a->write;
	}
	if (!upd || writes != 1) {
		incs n = { v, 0 };
		parc_walk_stmt(body, NULL, count_incs, &n);
		*conditional = !upd && writes >= 1 && n.n == writes;
		return false;
	}
	parc_induction *ind = parc_arena_alloc(s->p->arena, sizeof *ind);
	ind->var = v;
	ind->step = step;
	ind->update_end = upd->loc.end > upd->loc.off ? upd->loc.end : upd->loc.off + 1;
	parc_vec_push(s->p->arena, &s->li->inductions, ind);
	return true;
}

static bool runs_once(sc *s)
{
	if (s->runs < 0)
		s->runs = parc_deps_runs_once(s->p, s->li) == parc_bool_true;
	return s->runs;
}

static bool classify(sc *s, cand *c)
{
	parc_var *v = c->var;
	if (!parc_loop_writes(s->li, v))
		return true;
	if (c->red != PARC_OP_NONE && !c->red_conflict && c->owned == c->total &&
	    op_fits(c->red, v->type)) {
		add_clause(s, red_prefix(c->red), v);
		return true;
	}
	bool cond_update = false;
	if (c->exposed && induction(s, v, &cond_update)) {
		parc_induction *ind = s->li->inductions.items[s->li->inductions.len - 1];
		char pre[64];
		if (ind->step == 1)
			add_clause(s, "linear(", v);
		else {
			snprintf(pre, sizeof pre, "linear(%s:%lld)", v->name, (long long)ind->step);
			parc_vec_push(s->p->arena, &s->l->clauses, parc_arena_strdup(s->p->arena, pre));
		}
		return true;
	}
	if (c->exposed && cond_update) {
		parc_reason *r = parc_loop_add_reason(s->p, s->l, PARC_REASON_COND_INDUCTION,
			"'%s' is advanced only in some iterations (line %d), so its value in an "
			"iteration depends on all earlier ones", v->name, c->write_line);
		r->var = v->name;
		return false;
	}
	if (c->exposed && c->red == PARC_OP_MUL && !c->red_conflict && c->owned == c->total &&
	    v->type->cls == PARC_TY_FLOAT) {
		parc_reason *r = parc_loop_add_reason(s->p, s->l, PARC_REASON_SCALAR_DEP,
			"'%s' is a floating-point product: computed in another order across "
			"threads it can underflow or overflow where the loop does not, so it is "
			"not made a reduction", v->name);
		r->var = v->name;
		r->src_line = c->write_line;
		r->dst_line = c->exposed_line;
		return false;
	}
	if (c->exposed && c->narrowed) {
		parc_reason *r = parc_loop_add_reason(s->p, s->l, PARC_REASON_SCALAR_DEP,
			"scalar '%s' is not a reduction: its update at line %d converts "
			"through '%s', which wraps or rounds at every step, so the order "
			"of the steps matters", v->name, c->narrowed_line, c->narrowed);
		r->var = v->name;
		r->src_line = c->write_line;
		r->dst_line = c->exposed_line;
		return false;
	}
	if (c->exposed) {
		parc_reason *r = parc_loop_add_reason(s->p, s->l, PARC_REASON_SCALAR_DEP,
			"scalar '%s' carries a value from one iteration to the next: it is "
			"read at line %d before it is written (line %d)", v->name,
			c->exposed_line, c->write_line);
		r->var = v->name;
		r->src_line = c->write_line;
		r->dst_line = c->exposed_line;
		return false;
	}
	if (!live_out(s->l, v)) {
		add_clause(s, "private(", v);
		return true;
	}
	if (s->end_set && s->end[c - s->c]) {
		/* With no iteration at all, lastprivate leaves the variable
		 * undefined; firstprivate makes it keep its value. */
		if (!runs_once(s))
			add_clause(s, "firstprivate(", v);
		add_clause(s, "lastprivate(", v);
		return true;
	}
	parc_reason *r = parc_loop_add_reason(s->p, s->l, PARC_REASON_COND_LASTPRIVATE,
		"scalar '%s' is used after the loop but not assigned in every "
		"iteration, so its final value depends on the iteration order (line %d)",
		v->name, c->write_line);
	r->var = v->name;
	return false;
}

static void find_candidates(sc *s)
{
	for (int i = 0; i < s->li->accesses.len; i++) {
		parc_access *a = s->li->accesses.items[i];
		parc_var *v = a->var;
		if (!a->scalar || v == s->l->index || parc_access_is_local(s->l, v) ||
		    parc_idmap_get(&s->index_of, v->id) >= 0)
			continue;
		parc_idmap_put(&s->index_of, v->id, s->n);
		s->c[s->n++].var = v;
	}
}

bool parc_scalars_classify(parc_program *p, parc_loop_info *li)
{
	parc_loop *l = li->loop;
	sc s = { .p = p, .l = l, .li = li };
	parc_idmap_init(&s.index_of, p->arena);
	s.c = parc_arena_alloc(p->arena, sizeof(cand) * ((size_t)li->accesses.len + 1));
	find_candidates(&s);
	s.end = parc_arena_alloc(p->arena, (size_t)s.n + 1);
	s.runs = -1;
	unsigned char *set = parc_arena_alloc(p->arena, (size_t)s.n + 1);
	if (!fstmt(&s, l->body, set))
		end_of_iteration(&s, set);
	match_stmt(&s, l->body);
	parc_walk_stmt(l->body, NULL, count_total, &s);
	bool ok = true;
	for (int i = 0; i < s.n; i++)
		ok &= classify(&s, &s.c[i]);
	if (ok && !l->index_declared && live_out(l, l->index)) {
		/* OpenMP does not give the index its initial value when the loop
		 * runs no iteration, as the sequential loop does. */
		if (runs_once(&s)) {
			add_clause(&s, "lastprivate(", l->index);
		} else {
			parc_reason *r = parc_loop_add_reason(p, l, PARC_REASON_COND_LASTPRIVATE,
				"the loop index '%s' is used after the loop, which may run no "
				"iteration; its final value would then be lost", l->index->name);
			r->var = l->index->name;
			ok = false;
		}
	}
	return ok;
}
