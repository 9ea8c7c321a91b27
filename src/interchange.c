/* interchange.c - loop interchange: making the parallel loop of a nest the
 * outer one.
 *
 * In "for (i) for (j) a[j][i] = a[j][i - 1] + ..." the outer loop carries
 * a dependence, so parc can run only the inner loop in parallel: threads
 * start once per i, and each walks down a column.  With the headers
 * swapped, j is the outer loop: one start for the whole nest, and each
 * thread walks along its rows.
 *
 * Legality comes from the analysis itself.  The headers are swapped in a
 * copy of the text, the copy is parsed and decided like the original, and
 * a swap counts only where the new outer loop is proved parallel.  That
 * proof says that no dependence joins iterations with different j, so
 * every dependence joins two iterations of one j, which both orders run by
 * increasing i: the swap changes no result.  What is checked here first
 * only picks the nests worth that second parse (perfect, rectangular,
 * indices declared in the headers, headers on one line each), and the
 * memory-order test: more accesses whose last subscript moves with the
 * outer index than with the inner one.
 *
 * The swap changes two lines of the user's text, so parc makes it only
 * with --interchange; otherwise the report's note on the outer loop says
 * that it is legal and pays. */
#include "parc/analysis.h"

#include <stdlib.h>
#include <string.h>

/* The outer loop stays serial for memory dependences alone. */
static bool only_memory_deps(parc_loop *l)
{
	if (!l->reasons.len)
		return false;
	for (int i = 0; i < l->reasons.len; i++) {
		parc_reason_kind k = ((parc_reason *)l->reasons.items[i])->kind;
		if (k != PARC_REASON_FLOW_DEP && k != PARC_REASON_ANTI_DEP && k != PARC_REASON_OUTPUT_DEP)
			return false;
	}
	return true;
}

/* The inner loop is parallel where it stands, or would be but for its
 * size (swapped, it may run the whole nest's work). */
static bool inner_parallel(parc_loop *l)
{
	if (l->decision == PARC_DECISION_PARALLEL)
		return !l->rt_check && !l->asserted;
	if (l->decision != PARC_DECISION_SERIAL || !l->reasons.len)
		return false;
	for (int i = 0; i < l->reasons.len; i++)
		if (((parc_reason *)l->reasons.items[i])->kind != PARC_REASON_NOT_PROFITABLE)
			return false;
	return true;
}

typedef struct bounds {
	parc_var *outer, *inner;
	parc_loop_info *li;
	bool bad;
} bounds;

/* Bounds are repeated in the other order: no calls, nothing the nest
 * writes, no index of the other loop, nothing volatile. */
static void bound_expr(parc_expr *e, void *ctx)
{
	bounds *b = ctx;
	if (e->kind == PARC_EXPR_CALL || e->kind == PARC_EXPR_STMTEXPR || e->kind == PARC_EXPR_ASSIGN ||
	    e->kind == PARC_EXPR_INCDEC || e->opaque || (e->type && e->type->is_volatile))
		b->bad = true;
	if (e->kind == PARC_EXPR_VAR && (e->var == b->outer || e->var == b->inner ||
	    parc_loop_writes(b->li, e->var) || e->var->type->is_volatile))
		b->bad = true;
}

static bool bounds_fixed(parc_program *p, parc_loop *o, parc_loop *in)
{
	bounds b = { o->index, in->index, parc_access_collect(p, o), false };
	parc_walk_expr(o->lb, NULL, bound_expr, &b);
	parc_walk_expr(o->ub, NULL, bound_expr, &b);
	parc_walk_expr(in->lb, NULL, bound_expr, &b);
	parc_walk_expr(in->ub, NULL, bound_expr, &b);
	return !b.bad;
}

/* The end of the header of "l" (after its ')', which only white space
 * separates from the body); -1 if not so (a comment or a macro there), or
 * if the header spans lines (a swap would then move line breaks). */
static int header_end(parc_program *p, parc_loop *l)
{
	if (!l->body || l->header_in_macro || !l->loc.in_main)
		return -1;
	int e = l->body->loc.off;
	if (e <= l->loc.off || e > p->src_len)
		return -1;
	while (e > l->loc.off && (p->src[e - 1] == ' ' || p->src[e - 1] == '\t' ||
	       p->src[e - 1] == '\n' || p->src[e - 1] == '\r'))
		e--;
	if (e <= l->loc.off || p->src[e - 1] != ')')
		return -1;
	if (memchr(p->src + l->loc.off, '\n', (size_t)(e - l->loc.off)) ||
	    strncmp(p->src + l->loc.off, "for", 3))
		return -1;
	return e;
}

typedef struct order {
	parc_var *outer, *inner;
	int score;
} order;

static bool mentions(parc_expr *e, parc_var *v)
{
	if (!e)
		return false;
	if (e->kind == PARC_EXPR_VAR)
		return e->var == v;
	if (mentions(e->a, v) || mentions(e->b, v) || mentions(e->c, v))
		return true;
	for (int i = 0; i < e->args.len; i++)
		if (mentions(e->args.items[i], v))
			return true;
	return false;
}

/* The last subscript of each access: moving with the outer index it is
 * contiguous only after the swap, with the inner index only before.  An
 * index expression "a[x][y]" is visited at "[y]" only: its base "a[x]" is
 * an INDEX too, but not a complete access. */
static void order_expr(parc_expr *e, void *ctx)
{
	order *o = ctx;
	if (e->kind != PARC_EXPR_INDEX || (e->type && e->type->cls == PARC_TY_ARRAY))
		return;
	bool out = mentions(e->b, o->outer), in = mentions(e->b, o->inner);
	if (out && !in)
		o->score++;
	else if (in)
		o->score--;
}

static bool swap_pays(parc_loop *o, parc_loop *in)
{
	order w = { o->index, in->index, 0 };
	parc_walk_stmt(in->body, NULL, order_expr, &w);
	return w.score > 0;
}

parc_swap *parc_interchange_candidates(parc_program *p, int *n)
{
	*n = 0;
	parc_swap *out = NULL;
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *o = p->loops.items[i];
		parc_loop *in = parc_loop_only_child(o);
		if (!in || o->decision != PARC_DECISION_SERIAL || !o->canonical || !in->canonical ||
		    !o->index_declared || !in->index_declared || o->want_serial || in->want_serial ||
		    o->asserted || o->label || in->label || !only_memory_deps(o) || !inner_parallel(in))
			continue;
		int oe = header_end(p, o), ie = header_end(p, in);
		if (oe < 0 || ie < 0 || !bounds_fixed(p, o, in) || !swap_pays(o, in))
			continue;
		out = parc_xrealloc(out, ((size_t)*n + 1) * sizeof *out);
		out[(*n)++] = (parc_swap){ o->loc.off, oe, in->loc.off, ie, o->loc.line, in->loc.line };
	}
	return out;
}

char *parc_interchange_text(const char *src, int len, const parc_swap *sw, int n)
{
	char *t = parc_xcalloc((size_t)len + 1, 1);
	memcpy(t, src, (size_t)len);
	/* Swaps are in source order and never overlap (one per nest); the two
	 * headers of one swap may differ in length, so the text between them
	 * moves: rebuild each swapped span from the original. */
	for (int k = 0; k < n; k++) {
		const parc_swap *s = &sw[k];
		int ol = s->outer_end - s->outer_off, il = s->inner_end - s->inner_off;
		int mid = s->inner_off - s->outer_end;
		char *at = t + s->outer_off;
		memcpy(at, src + s->inner_off, (size_t)il);
		memcpy(at + il, src + s->outer_end, (size_t)mid);
		memcpy(at + il + mid, src + s->outer_off, (size_t)ol);
	}
	return t;
}

/* The loop of "q" whose "for" is at "off". */
static parc_loop *loop_at(parc_program *q, int off)
{
	for (int i = 0; i < q->loops.len; i++) {
		parc_loop *l = q->loops.items[i];
		if (l->loc.off == off)
			return l;
	}
	return NULL;
}

bool parc_interchange_works(parc_program *q, const parc_swap *s)
{
	parc_loop *l = loop_at(q, s->outer_off);
	return l && l->decision == PARC_DECISION_PARALLEL && !l->rt_check && !l->asserted;
}

void parc_interchange_note(parc_program *p, const parc_swap *s, bool done)
{
	parc_loop *l = loop_at(p, s->outer_off);
	if (!l)
		return;
	if (done)
		parc_loop_add_reason(p, l, PARC_REASON_INTERCHANGE,
			"interchanged with the loop header of line %d (--interchange): the "
			"original outer loop carried a dependence; now the parallel loop is the "
			"outer one and the inner loop walks memory in order", s->inner_line);
	else
		parc_loop_add_reason(p, l, PARC_REASON_INTERCHANGE,
			"swapping this loop with the inner loop at line %d is legal and would make "
			"the outer loop parallel and the inner one walk memory in order; parc does "
			"it with --interchange", s->inner_line);
}
