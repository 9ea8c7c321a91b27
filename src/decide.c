/* decide.c - one decision per loop.
 *
 * Nests are visited from the outside in.  A loop that is provably parallel
 * (canonical, no hazards, every scalar classified, no carried memory
 * dependence) and worth it gets the pragma; its inner loops are "inner".
 * Otherwise the loop stays serial with its reasons, and its inner loops are
 * considered in turn.  Loops made by macros and loops already governed by
 * an OpenMP or OpenACC directive are never touched. */
#include "parc/analysis.h"
#include "parc/control.h"

#include <ctype.h>
#include <string.h>

/* The work a parallel loop must do to pay for a fork and join, in the
 * units of body_cost (about one simple operation each).  A fork and join
 * of libgomp costs a few microseconds; bench/kernels/smallloops.c (loops
 * of 16 to 1000 iterations called 40,000 times) ran 550 times slower than
 * sequential at 2 threads when every call forked. */
enum { MIN_WORK = 16384, UNKNOWN_INNER_TRIP = 64 };

typedef struct dc {
	parc_program *p;
	bool tls;             /* the file has thread-local variables */
} dc;

static void mark_nest(parc_loop *l, parc_decision d)
{
	for (int i = 0; i < l->children.len; i++) {
		parc_loop *c = l->children.items[i];
		c->decision = d;
		mark_nest(c, d);
	}
}



/* Declarative OpenMP directives govern no statement. */
static bool declarative(const parc_pragma *pr)
{
	return strstr(pr->text, "threadprivate") || strstr(pr->text, "declare") ||
		strstr(pr->text, "requires");
}

/* Whether an existing directive governs "l", or an OpenMP/OpenACC one
 * stands inside it.  A non-OpenMP pragma matters only right above the loop
 * (a loop hint such as "GCC unroll" must stay next to its loop). */
static const parc_pragma *existing_pragma(parc_program *p, parc_loop *l)
{
	for (int i = 0; i < p->pragmas.len; i++) {
		parc_pragma *pr = p->pragmas.items[i];
		if ((pr->parallel && declarative(pr)) ||
		    (!strncmp(pr->text, "parc", 4) && !isalnum((unsigned char)pr->text[4])))
			continue;   /* parc's own directives: see control.c */
		if (pr->parallel && pr->off >= l->loc.off && pr->off < l->loc.end)
			return pr;
		parc_stmt *s = pr->governs;
		if (!s)
			continue;
		if (pr->parallel && s->loc.off <= l->loc.off && l->loc.off <= s->loc.end)
			return pr;
		if (!pr->parallel && s == l->stmt)
			return pr;
	}
	return NULL;
}

/* Threadprivate variables have one copy per thread: a loop that uses one,
 * or calls a function that may read globals, sees different values in
 * other threads. */
typedef struct tp {
	parc_program *p;
	const char *hit;
} tp;

static void find_threadprivate(parc_expr *e, void *ctx)
{
	tp *t = ctx;
	if (e->kind == PARC_EXPR_CALL && e->name) {
		parc_call_info ci = parc_effects_of_call(t->p, e);
		if (ci.reads_globals)
			t->hit = e->name;
	}
	if (e->kind != PARC_EXPR_VAR || !e->var->is_global)
		return;
	if (e->var->is_tls)
		t->hit = e->var->name;
	for (int i = 0; i < t->p->threadprivate.len; i++)
		if (!strcmp(t->p->threadprivate.items[i], e->var->name))
			t->hit = e->var->name;
}

static const char *uses_threadprivate(parc_program *p, parc_loop *l, bool tls)
{
	if (!tls)
		return NULL;
	tp t = { p, NULL };
	parc_walk_stmt(l->stmt, NULL, find_threadprivate, &t);
	return t.hit;
}

static bool refs_written(parc_expr *e, parc_loop_info *li);

typedef struct rw {
	parc_loop_info *li;
	bool hit;
	parc_var *var;
} rw;

static void ref_written(parc_expr *e, void *ctx)
{
	rw *r = ctx;
	if (e->kind == PARC_EXPR_VAR && parc_loop_writes(r->li, e->var)) {
		r->hit = true;
		r->var = e->var;
	}
}

static bool refs_written(parc_expr *e, parc_loop_info *li)
{
	rw r = { li, false, NULL };
	parc_walk_expr(e, NULL, ref_written, &r);
	return r.hit;
}

static bool invariant_parts(dc *d, parc_loop *l, parc_loop_info *li)
{
	bool ok = true;
	if (parc_loop_writes(li, l->index) || l->index->addr_taken) {
		parc_loop_add_reason(d->p, l, PARC_REASON_INDEX_MODIFIED,
			"the loop index '%s' is modified in the loop body", l->index->name);
		ok = false;
	}
	/* OpenMP evaluates both bounds once, before the loop. */
	rw r = { li, false, NULL };
	parc_walk_expr(l->ub, NULL, ref_written, &r);
	parc_walk_expr(l->lb, NULL, ref_written, &r);
	if (r.hit) {
		parc_loop_add_reason(d->p, l, PARC_REASON_BOUND_MODIFIED,
			"the loop bounds use '%s', which the loop body modifies", r.var->name);
		ok = false;
	}
	return ok;
}

/* Constant trip count, or -1. */
static int64_t trip_count(parc_loop *l)
{
	if (!l->lb->is_const || !l->ub->is_const)
		return -1;
	int64_t lb = l->lb->ival, ub = l->ub->ival, s = l->step;
	if (l->cmp == PARC_OP_LE)
		ub++;
	else if (l->cmp == PARC_OP_GE)
		ub--;
	int64_t span = s > 0 ? ub - lb : lb - ub;
	if (span <= 0)
		return 0;
	int64_t as = s > 0 ? s : -s;
	return (span + as - 1) / as;
}

/* A rough cost of one iteration: operators 1, memory accesses 2, calls
 * 20 (libm) or 50, and inner loops their trip count (UNKNOWN_INNER_TRIP
 * when not constant) times their body. */
typedef struct cost {
	int64_t units;
	bool unknown;         /* an inner loop of unknown length: the work
	                       * could be anything */
} cost;

static void cost_expr(parc_expr *e, void *ctx)
{
	cost *c = ctx;
	switch (e->kind) {
	case PARC_EXPR_BINARY: case PARC_EXPR_UNARY: case PARC_EXPR_ASSIGN:
	case PARC_EXPR_INCDEC: case PARC_EXPR_COND:
		c->units += 1;
		break;
	case PARC_EXPR_INDEX: case PARC_EXPR_MEMBER:
		c->units += 2;
		break;
	case PARC_EXPR_CALL:
		c->units += e->name && !strncmp(e->name, "__builtin", 9) ? 1 : 30;
		break;
	default:
		break;
	}
}

static int64_t body_cost(parc_stmt *s, bool *unknown);

static void cost_stmt(parc_stmt *s, cost *c)
{
	if (!s)
		return;
	if (s->kind == PARC_STMT_FOR && s->loop) {
		parc_loop *l = s->loop;
		int64_t n = l->canonical ? trip_count(l) : -1;
		int64_t inner = body_cost(l->body, &c->unknown) + 2;
		if (n < 0) {
			c->unknown = true;
			n = UNKNOWN_INNER_TRIP;
		}
		c->units += n > INT64_MAX / 2 / (inner + 1) ? INT64_MAX / 4 : n * inner;
		return;
	}
	if (s->kind == PARC_STMT_WHILE || s->kind == PARC_STMT_DO) {
		c->unknown = true;
		c->units += UNKNOWN_INNER_TRIP * (body_cost(s->then, &c->unknown) + 2);
		return;
	}
	parc_walk_expr(s->expr, NULL, cost_expr, c);
	for (int i = 0; i < s->inits.len; i++)
		parc_walk_expr(s->inits.items[i], NULL, cost_expr, c);
	for (int i = 0; i < s->body.len; i++)
		cost_stmt(s->body.items[i], c);
	cost_stmt(s->then, c);
	cost_stmt(s->els, c);
}

static int64_t body_cost(parc_stmt *s, bool *unknown)
{
	cost c = { 0, false };
	cost_stmt(s, &c);
	if (c.unknown && unknown)
		*unknown = true;
	return c.units > INT64_MAX / 4 ? INT64_MAX / 4 : c.units;
}

int parc_min_work = MIN_WORK;

/* Iterations needed for parc_min_work (at least 2), or -1 when an inner
 * loop of unknown length makes the work unknown. */
static int64_t min_trip(parc_loop *l)
{
	bool unknown = false;
	int64_t per = body_cost(l->body, &unknown) + 1;
	if (unknown)
		return -1;
	int64_t n = (parc_min_work + per - 1) / per;
	return n < 2 ? 2 : n;
}

static bool profitable(dc *d, parc_loop *l)
{
	int64_t n = trip_count(l), k = min_trip(l);
	if (n < 0 || k < 0 || n >= k)
		return true;
	parc_loop_add_reason(d->p, l, PARC_REASON_NOT_PROFITABLE,
		"the loop runs only %lld iterations of about %lld operations each, too "
		"little work to pay for starting threads", (long long)n,
		(long long)body_cost(l->body, NULL) + 1);
	return false;
}

/* p->n, s.n, p->q->n: a bound read from a struct (sqlite's
 * "i < pList->nExpr"); read once more for the guard, before the loop
 * reads it itself. */
static bool guard_member(parc_expr *e)
{
	for (; e && e->kind == PARC_EXPR_MEMBER; e = parc_expr_skip_casts(e->a))
		if (!e->type || e->type->is_volatile || e->bitfield || !e->name)
			return false;
	return e && e->kind == PARC_EXPR_VAR && !e->var->type->is_volatile && !e->var->is_tls;
}

static void member_text(parc_buf *b, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (e->kind == PARC_EXPR_VAR) {
		parc_buf_puts(b, e->var->name);
		return;
	}
	member_text(b, e->a);
	parc_buf_printf(b, "%s%s", e->arrow ? "->" : ".", e->name);
}

/* A bound the size guard may repeat: integer variables and members,
 * constants, + - * and casts; no calls, nothing volatile. */
static bool guard_operand(parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (!e || !e->type || e->type->cls != PARC_TY_INT || e->type->is_volatile)
		return false;
	if (e->kind == PARC_EXPR_INT)
		return true;
	if (e->kind == PARC_EXPR_VAR)
		return !e->var->type->is_volatile && !e->var->is_tls;
	if (e->kind == PARC_EXPR_MEMBER)
		return guard_member(e);
	return e->kind == PARC_EXPR_BINARY && (e->op == PARC_OP_ADD || e->op == PARC_OP_SUB ||
		e->op == PARC_OP_MUL) && guard_operand(e->a) && guard_operand(e->b);
}

static void guard_text(parc_buf *b, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (e->kind == PARC_EXPR_INT) {
		parc_buf_printf(b, "%lldLL", (long long)e->ival);
	} else if (e->kind == PARC_EXPR_VAR) {
		parc_buf_printf(b, "(long long)%s", e->var->name);
	} else if (e->kind == PARC_EXPR_MEMBER) {
		parc_buf_puts(b, "(long long)(");
		member_text(b, e);
		parc_buf_puts(b, ")");
	} else {
		parc_buf_puts(b, "(");
		guard_text(b, e->a);
		parc_buf_printf(b, " %s ", e->op == PARC_OP_ADD ? "+" : e->op == PARC_OP_SUB ? "-" : "*");
		guard_text(b, e->b);
		parc_buf_puts(b, ")");
	}
}

/* A loop whose trip count is known only at run time runs in parallel only
 * when it does enough work: "if(parallel: ub - lb >= k)" (the if clause of
 * the parallel construct alone, so that simd stays).  Either way the loop
 * computes the same, so the guard is about speed only: a bound it cannot
 * repeat safely (a call, memory) gets no guard. */
static const char *size_guard(dc *d, parc_loop *l)
{
	if (parc_min_work <= 0 || trip_count(l) >= 0 || l->collapse > 1 ||
	    !guard_operand(l->lb) || !guard_operand(l->ub))
		return NULL;
	int64_t step = l->step < 0 ? -l->step : l->step;
	int64_t k = min_trip(l);
	if (k < 0 || k > INT64_MAX / 2 / step)
		return NULL;
	k *= step;
	bool up = l->step > 0;
	bool incl = l->cmp == PARC_OP_LE || l->cmp == PARC_OP_GE;
	parc_buf b;
	parc_buf_init(&b);
	parc_expr *lo = parc_expr_skip_casts(up ? l->lb : l->ub);
	guard_text(&b, up ? l->ub : l->lb);
	if (!(lo->kind == PARC_EXPR_INT && lo->ival == 0)) {
		parc_buf_puts(&b, " - ");
		guard_text(&b, lo);
	}
	parc_buf_printf(&b, " >= %lldLL", (long long)(incl ? k - 1 : k));
	const char *r = parc_arena_strdup(d->p->arena, b.data);
	parc_buf_free(&b);
	return r;
}

/* The iteration count of "l" as C text over its bounds, for a clause that
 * OpenMP evaluates once before the loop: "(hi - lo)", plus one for <= and
 * >=, divided by the step; NULL when a bound cannot be repeated safely.
 * Only speed depends on it: a wrong sign or rounding changes no result. */
static const char *trip_text(dc *d, parc_loop *l)
{
	if (!guard_operand(l->lb) || !guard_operand(l->ub))
		return NULL;
	bool up = l->step > 0;
	bool incl = l->cmp == PARC_OP_LE || l->cmp == PARC_OP_GE;
	int64_t step = up ? l->step : -l->step;
	parc_expr *lo = parc_expr_skip_casts(up ? l->lb : l->ub);
	parc_buf b;
	parc_buf_init(&b);
	bool zero = lo->kind == PARC_EXPR_INT && lo->ival == 0;
	if (!zero || incl)
		parc_buf_puts(&b, "(");
	guard_text(&b, up ? l->ub : l->lb);
	if (!zero) {
		parc_buf_puts(&b, " - ");
		guard_text(&b, lo);
	}
	if (incl)
		parc_buf_puts(&b, " + 1");
	if (!zero || incl)
		parc_buf_puts(&b, ")");
	if (step > 1)
		parc_buf_printf(&b, " / %lld", (long long)step);
	const char *r = parc_arena_strdup(d->p->arena, b.data);
	parc_buf_free(&b);
	return r;
}

static const char *symbolic_work(dc *d, parc_loop *l);

parc_runtime_kind parc_runtime = PARC_RUNTIME_PARC;
bool parc_min_work_fixed;

/* With parc's runtime, the threshold of a loop of run-time length is the
 * one parc_rt measured for this machine and process (or PARC_MIN_WORK):
 * "if(parallel: parc_rt_worth(trip, work))".  parc's own constant still
 * decides loops of constant length, and replaces the call when the user
 * fixed it (--min-work) or wants plain OpenMP (--runtime=none). */
/* Work above which a loop of constant length is worth a fork on any
 * machine parc knows of (2026: a fork/join of 0.4-20 us, a unit of about
 * 0.014 ns); between parc_min_work and this, the runtime decides. */
enum { SURELY_WORTH = 1 << 22 };

/* The threshold of a guard when the program is linked without parc_rt:
 * about what parc_rt measured on the development machine (110,000 to
 * 125,000 units with 2 threads). */
enum { FALLBACK_WORK = 1 << 17 };

static const char *rt_guard(dc *d, parc_loop *l)
{
	if (parc_runtime != PARC_RUNTIME_PARC || parc_min_work_fixed || parc_min_work <= 0 ||
	    l->collapse > 1)
		return NULL;
	bool unknown = false;
	int64_t per = body_cost(l->body, &unknown) + 1;
	int64_t n = trip_count(l);
	char constant[32];
	if (n >= 0) {
		if (unknown || n >= SURELY_WORTH / per)
			return NULL;
		snprintf(constant, sizeof constant, "%lldLL", (long long)n);
	}
	const char *trip = n >= 0 ? parc_arena_strdup(d->p->arena, constant) : trip_text(d, l);
	if (!trip)
		return NULL;
	const char *sym = unknown ? symbolic_work(d, l) : NULL;
	if (unknown && !sym)
		return NULL;
	l->uses_rt = true;
	parc_buf b;
	parc_buf_init(&b);
	/* A short loop fails the inline test against parc_rt_floor without
	 * calling into the runtime (3 ns a call: bench smallloops.c); unsigned,
	 * so that a negative trip count passes it and the call says no. */
	/* parc_rt is referenced weakly (rewrite.c): a program linked without
	 * it compares with FALLBACK_WORK instead. */
	if (sym)
		parc_buf_printf(&b, "(parc_rt_worth ? parc_rt_worth(%s, %s) : (unsigned long long)(%s) * "
			"(unsigned long long)%s >= %lluULL)", trip, sym, trip, sym,
			(unsigned long long)FALLBACK_WORK);
	else
		parc_buf_printf(&b, "(parc_rt_worth ? (unsigned long long)(%s) * %lluULL >= "
			"(unsigned long long)__atomic_load_n(&parc_rt_floor, __ATOMIC_RELAXED) && "
			"parc_rt_worth(%s, %lldLL) : (unsigned long long)(%s) * %lluULL >= %lluULL)",
			trip, (unsigned long long)per, trip, (long long)per, trip,
			(unsigned long long)per, (unsigned long long)FALLBACK_WORK);
	const char *r = parc_arena_strdup(d->p->arena, b.data);
	parc_buf_free(&b);
	return r;
}

/* The work of a whole run of "l" when it is a constant, else -1. */
int64_t parc_loop_const_work(parc_loop *l)
{
	bool unknown = false;
	int64_t per = body_cost(l->body, &unknown) + 1;
	int64_t n = trip_count(l);
	if (n < 0 || unknown)
		return -1;
	return n > INT64_MAX / per ? INT64_MAX : n * per;
}

/* The work of a whole run of "l" as C text, trip count times the work of
 * an iteration (the CUDA backend's cost test, cuda.c); NULL when a bound
 * or an inner loop's length cannot be repeated. */
const char *parc_loop_work_text(parc_program *p, parc_loop *l)
{
	dc d = { p, false };
	bool unknown = false;
	int64_t per = body_cost(l->body, &unknown) + 1;
	int64_t n = trip_count(l);
	const char *trip = n >= 0 ? NULL : trip_text(&d, l);
	const char *sym = unknown ? symbolic_work(&d, l) : NULL;
	if ((n < 0 && !trip) || (unknown && !sym))
		return NULL;
	parc_buf b;
	parc_buf_init(&b);
	if (n >= 0)
		parc_buf_printf(&b, "%lldLL", (long long)n);
	else
		parc_buf_printf(&b, "(long long)(%s)", trip);
	if (sym)
		parc_buf_printf(&b, " * %s", sym);
	else
		parc_buf_printf(&b, " * %lldLL", (long long)per);
	const char *r = parc_arena_strdup(p->arena, b.data);
	parc_buf_free(&b);
	return r;
}

/* ---- Load balance: how the work of an iteration varies with the index */

typedef struct bal {
	parc_loop *l;
	parc_loop_info *li;
	parc_balance b;
	int in_loop;          /* inner loops around the statement being visited */
} bal;

static void worse(bal *k, parc_balance b)
{
	if (b > k->b)
		k->b = b;
}

typedef struct bound_use {
	bal *k;
	bool index, memory, local;
} bound_use;

static void bound_expr(parc_expr *e, void *ctx)
{
	bound_use *u = ctx;
	if (e->kind == PARC_EXPR_VAR && e->var == u->k->l->index)
		u->index = true;
	else if (e->kind == PARC_EXPR_VAR && parc_loop_writes(u->k->li, e->var))
		u->local = true;   /* set in the body: could be anything */
	else if (e->kind == PARC_EXPR_INDEX || e->kind == PARC_EXPR_CALL ||
	         (e->kind == PARC_EXPR_MEMBER && e->arrow) ||
	         (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_DEREF))
		u->memory = true;
}

/* The work of one iteration of "l" as C text, when inner loops of
 * run-time length have bounds that the clause can repeat and that do not
 * change while "l" runs (m in "for (j = 0; j < m; j++)"): "(long long)(1ULL
 * + ((long long)m > 0 ? (unsigned long long)((long long)m) : 0ULL) * (8ULL))".  NULL when some inner length is not known before the
 * loop (while loops, bounds from memory, from the body or the index). */
typedef struct symcost {
	dc *d;
	bal *k;
	int64_t units;
	parc_buf terms;
	bool fail;
} symcost;

static const char *invariant_trip(symcost *c, parc_loop *in)
{
	if (!in->canonical)
		return NULL;
	bound_use u = { c->k, false, false, false };
	parc_walk_expr(in->lb, NULL, bound_expr, &u);
	parc_walk_expr(in->ub, NULL, bound_expr, &u);
	return u.index || u.local || u.memory ? NULL : trip_text(c->d, in);
}

static void sym_stmt(symcost *c, parc_stmt *s);

/* Unsigned arithmetic, so that absurd sizes wrap instead of overflowing;
 * a negative trip count (a loop that does not run) counts as 0. */
static void sym_text(symcost *c, parc_buf *b)
{
	parc_buf_printf(b, "%lluULL%s", (unsigned long long)c->units, c->terms.data ? c->terms.data : "");
}

static void sym_loop(symcost *c, parc_loop *in)
{
	symcost sub = { c->d, c->k, 2, { 0 }, false };
	parc_buf_init(&sub.terms);
	sym_stmt(&sub, in->body);
	int64_t n = in->canonical ? trip_count(in) : -1;
	const char *t = n >= 0 ? NULL : invariant_trip(c, in);
	if (sub.fail || (n < 0 && !t)) {
		c->fail = true;
	} else if (n >= 0 && !sub.terms.data) {
		c->units += n > INT64_MAX / 4 / (sub.units + 1) ? INT64_MAX / 4 : n * sub.units;
	} else {
		if (t)
			parc_buf_printf(&c->terms, " + (%s > 0 ? (unsigned long long)(%s) : 0ULL) * (", t, t);
		else
			parc_buf_printf(&c->terms, " + %lluULL * (", (unsigned long long)n);
		sym_text(&sub, &c->terms);
		parc_buf_puts(&c->terms, ")");
	}
	parc_buf_free(&sub.terms);
}

static void sym_stmt(symcost *c, parc_stmt *s)
{
	if (!s || c->fail)
		return;
	if (s->kind == PARC_STMT_FOR && s->loop) {
		sym_loop(c, s->loop);
		return;
	}
	if (s->kind == PARC_STMT_WHILE || s->kind == PARC_STMT_DO) {
		c->fail = true;
		return;
	}
	cost k = { 0, false };
	parc_walk_expr(s->expr, NULL, cost_expr, &k);
	for (int i = 0; i < s->inits.len; i++)
		parc_walk_expr(s->inits.items[i], NULL, cost_expr, &k);
	c->units += k.units;
	for (int i = 0; i < s->body.len; i++)
		sym_stmt(c, s->body.items[i]);
	sym_stmt(c, s->then);
	sym_stmt(c, s->els);
}

static const char *symbolic_work(dc *d, parc_loop *l)
{
	bal k = { l, parc_access_collect(d->p, l), PARC_BALANCE_UNIFORM, 0 };
	symcost c = { d, &k, 1, { 0 }, false };
	parc_buf_init(&c.terms);
	sym_stmt(&c, l->body);
	const char *r = NULL;
	if (!c.fail && c.terms.data) {
		parc_buf b;
		parc_buf_init(&b);
		parc_buf_puts(&b, "(long long)(");
		sym_text(&c, &b);
		parc_buf_puts(&b, ")");
		r = parc_arena_strdup(d->p->arena, b.data);
		parc_buf_free(&b);
	}
	parc_buf_free(&c.terms);
	return r;
}

/* An inner for loop: triangular when its bounds use the index, irregular
 * when they come from memory or from the body (CSR's row_ptr[i]). */
static void balance_inner_for(bal *k, parc_loop *c)
{
	if (!c->canonical) {
		/* A list walk or a search is irregular; a loop from a macro is
		 * unknown, left to the default. */
		if (!c->header_in_macro)
			worse(k, PARC_BALANCE_IRREGULAR);
		return;
	}
	bound_use u = { k, false, false, false };
	parc_walk_expr(c->lb, NULL, bound_expr, &u);
	parc_walk_expr(c->ub, NULL, bound_expr, &u);
	if (u.memory || u.local)
		worse(k, PARC_BALANCE_IRREGULAR);
	else if (u.index)
		worse(k, PARC_BALANCE_LINEAR);
}

/* A branch is uneven when one side costs at least HEAVY_BRANCH units and
 * four times the other: "if (mask[i]) solve(i);".  Branches inside inner
 * loops average out over the inner iterations and are not counted. */
enum { HEAVY_BRANCH = 64 };

static void balance_stmt(bal *k, parc_stmt *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case PARC_STMT_FOR:
		if (s->loop) {
			balance_inner_for(k, s->loop);
			k->in_loop++;
			balance_stmt(k, s->loop->body);
			k->in_loop--;
		}
		return;
	case PARC_STMT_WHILE: case PARC_STMT_DO:
		worse(k, PARC_BALANCE_IRREGULAR);
		return;
	case PARC_STMT_BREAK: case PARC_STMT_GOTO: case PARC_STMT_RETURN:
		/* An early exit from an inner loop: its length is the data's. */
		if (k->in_loop)
			worse(k, PARC_BALANCE_IRREGULAR);
		return;
	case PARC_STMT_IF: {
		int64_t t = body_cost(s->then, NULL), e = body_cost(s->els, NULL);
		int64_t hi = t > e ? t : e, lo = t > e ? e : t;
		if (!k->in_loop && hi >= HEAVY_BRANCH && hi > 4 * lo)
			worse(k, PARC_BALANCE_IRREGULAR);
		balance_stmt(k, s->then);
		balance_stmt(k, s->els);
		return;
	}
	case PARC_STMT_SWITCH:
		/* A break in a switch leaves the switch, not a loop. */
		return;
	default:
		for (int i = 0; i < s->body.len; i++)
			balance_stmt(k, s->body.items[i]);
		balance_stmt(k, s->then);
		balance_stmt(k, s->els);
		return;
	}
}

static parc_balance balance_of(dc *d, parc_loop *l)
{
	bal k = { l, parc_access_collect(d->p, l), PARC_BALANCE_UNIFORM, 0 };
	balance_stmt(&k, l->body);
	return k.b;
}

/* The schedule of an uneven loop (an even one keeps OpenMP's default, one
 * block per thread).  With parc_rt: a triangular nest deals blocks of
 * parc_rt_static_chunk(n) round-robin, so every thread gets cheap and
 * expensive rows alike without run-time dispatch; an irregular loop takes
 * chunks of parc_rt_chunk(n) dynamically.  Plain OpenMP: guided, which
 * starts with large chunks and ends with small ones (see docs/performance.md
 * for the measurements behind these choices). */
/* gcc 12's libgomp runs no iteration at all of a loop over a 32- or
 * 16-bit unsigned index that counts down under a dynamic or guided
 * schedule ("for (unsigned i = 158; i >= 3; i--)": 0 of 156 iterations,
 * at any thread count; static, signed and 64-bit indices are fine; fuzz
 * seed 20058).  Such loops get static schedules only. */
static bool dynamic_unsafe(parc_loop *l)
{
	parc_type *t = l->index->type;
	return l->step < 0 && t && t->is_unsigned && (t->size < 0 || t->size < 8);
}

/* A chunk from parc_rt, or n / 16 (n / 8P for two threads) when the
 * program is linked without it (weak references, rewrite.c); at least 1. */
static void rt_chunk(parc_buf *b, const char *kind, const char *fn, const char *trip)
{
	parc_buf_printf(b, "schedule(%s, (%s ? %s(%s) : (%s) > 16 ? (%s) / 16 : 1))", kind, fn, fn,
		trip, trip, trip);
}

static const char *schedule_clause(dc *d, parc_loop *l)
{
	if (l->want_schedule || l->balance == PARC_BALANCE_UNIFORM)
		return NULL;
	const char *trip = parc_runtime == PARC_RUNTIME_PARC ? trip_text(d, l) : NULL;
	parc_buf b;
	parc_buf_init(&b);
	if (dynamic_unsafe(l) && !trip)
		parc_buf_puts(&b, "schedule(static, 1)");
	else if (dynamic_unsafe(l))
		rt_chunk(&b, "static", "parc_rt_static_chunk", trip);
	else if (!trip)
		parc_buf_puts(&b, "schedule(guided)");
	else if (l->balance == PARC_BALANCE_LINEAR)
		rt_chunk(&b, "static", "parc_rt_static_chunk", trip);
	else
		rt_chunk(&b, "dynamic", "parc_rt_chunk", trip);
	if (trip)
		l->uses_rt = true;
	const char *r = parc_arena_strdup(d->p->arena, b.data);
	parc_buf_free(&b);
	return r;
}

/* Full legality analysis of one loop; reasons are added to "l". */
static bool legal(dc *d, parc_loop *l)
{
	if (!l->canonical) {
		parc_loop_add_reason(d->p, l, PARC_REASON_NON_CANONICAL,
			"the loop is not in canonical form: %s", l->noncanon_why);
		return false;
	}
	bool ok = !parc_loop_hazards(d->p, l);
	parc_loop_info *li = parc_access_collect(d->p, l);
	ok &= invariant_parts(d, l, li);
	ok &= parc_scalars_classify(d->p, li);
	if (parc_deps_check(d->p, li) != parc_bool_true)
		ok = false;
	return ok;
}

/* The single loop that makes up "l"'s body, or NULL. */
parc_loop *parc_loop_only_child(parc_loop *l)
{
	parc_stmt *b = l->body;
	while (b && b->kind == PARC_STMT_COMPOUND && b->body.len == 1)
		b = b->body.items[0];
	return b && b->kind == PARC_STMT_FOR ? b->loop : NULL;
}

/* collapse(k) over perfectly nested parallel loops with bounds that do
 * not depend on the outer indices, when the outer loop is short (a
 * constant below COLLAPSE_BELOW) and the innermost collapsed loop still
 * has a loop inside it (collapsing the innermost loop would cost it its
 * vectorization). */
typedef struct idx_ref {
	parc_loop *from, *to;
	bool hit;
} idx_ref;

static void ref_index(parc_expr *e, void *ctx)
{
	idx_ref *r = ctx;
	if (e->kind != PARC_EXPR_VAR)
		return;
	for (parc_loop *x = r->to->parent; x; x = x->parent) {
		if (x->index == e->var)
			r->hit = true;
		if (x == r->from)
			break;
	}
}

/* Whether the bounds of "c" use the index of a loop from "l" down to c. */
static bool bounds_use_outer_index(parc_loop *l, parc_loop *c)
{
	idx_ref r = { l, c, false };
	parc_walk_expr(c->lb, NULL, ref_index, &r);
	parc_walk_expr(c->ub, NULL, ref_index, &r);
	return r.hit;
}

/* More collapsed loops than this gain nothing on real machines and slow
 * compilers down. */
enum { MAX_COLLAPSE = 3 };

/* collapse(k) asked for by the spec: as many of the k loops as are
 * perfectly nested, rectangular and parallel. */
static void collapse_to(dc *d, parc_loop *l, int k)
{
	parc_loop_info *lo = parc_access_collect(d->p, l);
	for (parc_loop *c = parc_loop_only_child(l); c && l->collapse < k; c = parc_loop_only_child(c)) {
		if (!c->canonical || c->header_in_macro || refs_written(c->lb, lo) ||
		    refs_written(c->ub, lo) || bounds_use_outer_index(l, c))
			break;
		bool ok = legal(d, c) && !c->rt_check;
		c->reasons.len = 0;
		c->clauses.len = 0;
		c->rt_check = NULL;
		if (!ok)
			break;
		l->collapse++;
	}
}

/* Outer loops shorter than this leave threads idle or unbalanced on
 * machines with many cores; longer ones are split well without collapse,
 * which costs the inner loops their plain indices (bench conv2d.c: 7x
 * slower on one thread with collapse(2) over a 1000-iteration outer loop). */
enum { COLLAPSE_BELOW = 32 };

static void try_collapse(dc *d, parc_loop *l)
{
	int64_t n = trip_count(l);
	if (n < 0 || n >= COLLAPSE_BELOW)
		return;
	/* A last value needs the collapsed space to be non-empty whenever the
	 * outer loop runs, which parc does not check: keep such loops whole. */
	for (int i = 0; i < l->clauses.len; i++)
		if (strstr(l->clauses.items[i], "lastprivate") || strstr(l->clauses.items[i], "linear"))
			return;
	parc_loop_info *lo = parc_access_collect(d->p, l);
	for (parc_loop *c = parc_loop_only_child(l); c && l->collapse < MAX_COLLAPSE;
	     c = parc_loop_only_child(c)) {
		if (!c->canonical || c->header_in_macro || c->children.len == 0 ||
		    refs_written(c->lb, lo) || refs_written(c->ub, lo) ||
		    bounds_use_outer_index(l, c))
			return;
		bool ok = legal(d, c) && !c->rt_check;
		/* "c" becomes part of "l"'s pragma: its own notes do not apply. */
		c->reasons.len = 0;
		c->clauses.len = 0;
		c->rt_check = NULL;
		if (!ok)
			return;
		l->collapse++;
	}
}

/* "parallel for simd" on an innermost loop without branches: outlined into
 * the parallel region's function, a loop often loses the vectorization it
 * had in place (the compiler no longer sees that its pointers do not
 * overlap); simd asserts what parc proved (bench, 1 thread, medium size:
 * poly 0.047 -> 0.033 s, jacobi1d 0.041 -> 0.020 s, dot 0.0098 -> 0.0069 s).  Not when a run-time overlap test decides
 * (an if() clause may not switch simd off), and not with calls other than
 * libm-like ones: an OpenMP construct in a called function must not run
 * inside a simd region. */
typedef struct simd_ok {
	parc_program *p;
	bool ok;
} simd_ok;

/* An inner loop of a few constant iterations (Horner's rule over the
 * coefficients) does not stop simd: gcc vectorizes the outer loop, as it
 * does the sequential one (bench poly.c, 2 threads: 0.167 s without simd,
 * 0.047 s with, sequential 0.093 s). */
enum { SIMD_INNER_MAX = 64 };

static void simd_stmt(parc_stmt *s, void *ctx)
{
	simd_ok *k = ctx;
	if (s->kind == PARC_STMT_FOR && s->loop && s->loop->canonical && !s->loop->header_in_macro) {
		int64_t n = trip_count(s->loop);
		if (n >= 0 && n <= SIMD_INNER_MAX)
			return;
	}
	/* Branches too: gcc 12 turns "if (x[i] < mn) mn = x[i];" under simd
	 * into code twice as slow as without (bench stats.c, 1 thread). */
	if (s->kind == PARC_STMT_FOR || s->kind == PARC_STMT_WHILE || s->kind == PARC_STMT_DO ||
	    s->kind == PARC_STMT_ASM || s->kind == PARC_STMT_GOTO || s->kind == PARC_STMT_LABEL ||
	    s->kind == PARC_STMT_IF || s->kind == PARC_STMT_SWITCH)
		k->ok = false;
}

static void simd_expr(parc_expr *e, void *ctx)
{
	simd_ok *k = ctx;
	if (e->kind == PARC_EXPR_CALL) {
		parc_func *f = e->name ? parc_program_find_func(k->p, e->name) : NULL;
		if ((f && f->body) || parc_effects_of_call(k->p, e).cls != PARC_CALL_CONST)
			k->ok = false;
	}
	if (e->kind == PARC_EXPR_STMTEXPR || e->opaque)
		k->ok = false;
}

/* Last values under simd are not safe: when gcc 12's "parallel for simd
 * lastprivate(j)" runs no iteration, j (the loop's own index, which the
 * sequential loop sets to its start) comes out undefined (fuzz seed 2395,
 * wrong at 1 thread).  Only private, reduction, num_threads and schedule
 * clauses go with simd. */
static bool simd_clauses(parc_loop *l)
{
	for (int i = 0; i < l->clauses.len; i++) {
		const char *c = l->clauses.items[i];
		if (strncmp(c, "private(", 8) && strncmp(c, "reduction(", 10) &&
		    strncmp(c, "num_threads(", 12) && strncmp(c, "schedule(", 9))
			return false;
	}
	return true;
}

static bool simd_fits(dc *d, parc_loop *l)
{
	if (l->rt_check || l->collapse > 1 || !simd_clauses(l))
		return false;
	simd_ok k = { d->p, true };
	parc_walk_stmt(l->body, simd_stmt, simd_expr, &k);
	return k.ok;
}

/* #pragma parc independent: the user vouches for memory; parc still needs
 * a canonical loop without hazards, and classifies the scalars for the
 * clauses.  What the dependence test finds stays as notes. */
static bool asserted_legal(dc *d, parc_loop *l)
{
	if (!l->canonical) {
		parc_loop_add_reason(d->p, l, PARC_REASON_NON_CANONICAL,
			"the loop is not in canonical form: %s", l->noncanon_why);
		return false;
	}
	bool ok = !parc_loop_hazards(d->p, l);
	parc_loop_info *li = parc_access_collect(d->p, l);
	ok &= invariant_parts(d, l, li);
	ok &= parc_scalars_classify(d->p, li);
	if (!ok)
		return false;
	int before = l->reasons.len;
	parc_deps_check(d->p, li);
	l->rt_check = NULL;
	parc_reason *r = parc_loop_add_reason(d->p, l, PARC_REASON_USER_ASSERTED,
		"parallelized on the user's assertion (#pragma parc independent)%s",
		l->reasons.len > before ? "; parc could not prove it" : "");
	/* The assertion note comes first. */
	for (int i = l->reasons.len - 1; i > 0; i--)
		l->reasons.items[i] = l->reasons.items[i - 1];
	l->reasons.items[0] = r;
	return true;
}

/* num_threads and schedule from the spec. */
static void user_clauses(dc *d, parc_loop *l)
{
	char buf[128];
	if (l->want_threads) {
		snprintf(buf, sizeof buf, "num_threads(%d)", l->want_threads);
		parc_vec_push(d->p->arena, &l->clauses, parc_arena_strdup(d->p->arena, buf));
	}
	if (l->want_schedule) {
		snprintf(buf, sizeof buf, "schedule(%s)", l->want_schedule);
		parc_vec_push(d->p->arena, &l->clauses, parc_arena_strdup(d->p->arena, buf));
	}
}

static void decide_loop(dc *d, parc_loop *l);

/* ---- Versioning: "if (guard) { parallel copy } else loop"
 *
 * A false if() clause still enters the OpenMP runtime, which costs about
 * 0.1 us per loop with libgomp: a loop of 16 iterations called in a tight
 * loop ran 4.4 times slower than sequential (bench smallloops.c).  So a
 * loop with a run-time guard is duplicated: the added copy carries the
 * pragma, the user's loop stays as it was and runs when the guard fails.
 * Only loops whose text can be copied as it is: "for" starts its line, no
 * preprocessor lines, labels (a copy would define them twice), static
 * locals (the copy would have its own) or asm (labels in asm strings), and
 * not too long (code size). */
enum { VERSION_MAX_BYTES = 4096 };

/* After the loop statement's text: its '}' or ';' (clang's extent of a
 * statement ending in an expression stops before the ';'); -1 if the end
 * cannot be found in the text (a macro there). */
int parc_loop_text_end(parc_program *p, parc_loop *l)
{
	int e = l->loc.end;
	if (e <= l->loc.off || e > p->src_len)
		return -1;
	if (p->src[e - 1] == ';')
		return e;
	int k = e;
	while (k < p->src_len && (p->src[k] == ' ' || p->src[k] == '\t' || p->src[k] == '\n' ||
	       p->src[k] == '\r'))
		k++;
	/* A ';' after a '}' is at worst a null statement copied along. */
	if (k < p->src_len && p->src[k] == ';')
		return k + 1;
	return p->src[e - 1] == '}' ? e : -1;
}

static void copy_unsafe(parc_stmt *s, void *ctx)
{
	bool *bad = ctx;
	if (s->kind == PARC_STMT_LABEL || s->kind == PARC_STMT_ASM || s->kind == PARC_STMT_GOTO)
		*bad = true;
	if (s->kind == PARC_STMT_DECL)
		for (int i = 0; i < s->decls.len; i++)
			if (((parc_var *)s->decls.items[i])->is_global)
				*bad = true;   /* static or extern inside the loop */
}

static bool versionable(dc *d, parc_loop *l)
{
	parc_program *p = d->p;
	if (l->line_start_off < 0 || !l->loc.in_main || l->loc.in_macro || l->header_in_macro)
		return false;
	int e = parc_loop_text_end(p, l);
	if (e < 0 || e - l->line_start_off > VERSION_MAX_BYTES)
		return false;
	for (int k = l->line_start_off; k < e; k++) {
		if (p->src[k] != '\n')
			continue;
		int j = k + 1;
		while (j < e && (p->src[j] == ' ' || p->src[j] == '\t'))
			j++;
		if (j < e && p->src[j] == '#')
			return false;
	}
	for (int k = l->line_start_off; k + 1 < e; k++)
		if (p->src[k] == '\\' && (p->src[k + 1] == '\n' || p->src[k + 1] == '\r'))
			return false;   /* line splices: leave such text alone */
	/* More code after the loop on its last line would follow "else LOOP"
	 * there, and compilers warn about misleading indentation. */
	int k = e;
	while (k < p->src_len && (p->src[k] == ' ' || p->src[k] == '\t'))
		k++;
	if (k < p->src_len && p->src[k] != '\n' && p->src[k] != '\r' && p->src[k] != '/')
		return false;
	bool bad = false;
	parc_walk_stmt(l->stmt, copy_unsafe, NULL, &bad);
	if (bad)
		return false;
	l->version_end = e;
	return true;
}

/* A parallel loop inside a serial one starts its threads once per outer
 * iteration: the report says so, with the outer loop's first reason, so
 * that the user sees the choice (and what to fix for the better one). */
static void note_serial_outer(dc *d, parc_loop *l)
{
	parc_loop *o = l->parent;
	if (!o || o->decision != PARC_DECISION_SERIAL)
		return;
	parc_reason *why = o->reasons.len ? o->reasons.items[0] : NULL;
	int64_t n = trip_count(l);
	bool unknown = false;
	int64_t work = body_cost(l->body, &unknown) + 1;
	char size[96];
	if (n >= 0 && !unknown)
		snprintf(size, sizeof size, "about %lld units of work per start",
			(long long)(n > INT64_MAX / work ? INT64_MAX : n * work));
	else
		snprintf(size, sizeof size, "%s", l->uses_rt ? "a run-time test decides whether a start "
			"pays" : "its work per start is known only at run time");
	parc_loop_add_reason(d->p, l, PARC_REASON_INNER_OF_SERIAL,
		"parallelized inside the serial loop at line %d (%s), so threads start once per "
		"iteration of that loop; %s", o->loc.line,
		why ? parc_reason_kind_name(why->kind) : "serial", size);
}

static void decide_children(dc *d, parc_loop *l)
{
	for (int i = 0; i < l->children.len; i++)
		decide_loop(d, l->children.items[i]);
}

static void skip_nest(dc *d, parc_loop *l, parc_reason_kind k, const char *msg, int line)
{
	l->decision = PARC_DECISION_SKIPPED;
	parc_loop_add_reason(d->p, l, k, "%s (line %d)", msg, line);
	for (int i = 0; i < l->children.len; i++)
		skip_nest(d, l->children.items[i], k, msg, line);
}

static void decide_loop(dc *d, parc_loop *l)
{
	const parc_pragma *pr = existing_pragma(d->p, l);
	if (pr) {
		char msg[300];
		snprintf(msg, sizeof msg, "'#pragma %.200s' already applies to this loop", pr->text);
		skip_nest(d, l, PARC_REASON_EXISTING_PRAGMA, msg, pr->line);
		return;
	}
	const char *tpv = uses_threadprivate(d->p, l, d->tls);
	if (tpv) {
		l->decision = PARC_DECISION_SERIAL;
		parc_loop_add_reason(d->p, l, PARC_REASON_EXISTING_PRAGMA,
			"the loop uses '%s', and the file has thread-local variables, whose "
			"values differ between threads", tpv);
		decide_children(d, l);
		return;
	}
	if (l->header_in_macro) {
		l->decision = PARC_DECISION_SKIPPED;
		parc_loop_add_reason(d->p, l, PARC_REASON_MACRO_LOOP,
			"the loop comes from a macro expansion; parc does not edit macros");
		decide_children(d, l);
		return;
	}
	if (l->want_serial) {
		l->decision = PARC_DECISION_SERIAL;
		parc_loop_add_reason(d->p, l, PARC_REASON_USER_SERIAL,
			"the user asked for this loop to stay serial");
		decide_children(d, l);
		return;
	}
	if (l->asserted ? asserted_legal(d, l) : (legal(d, l) && profitable(d, l))) {
		l->decision = PARC_DECISION_PARALLEL;
		if (l->want_collapse)
			collapse_to(d, l, l->want_collapse);
		else
			try_collapse(d, l);
		user_clauses(d, l);
		l->balance = balance_of(d, l);
		const char *sched = schedule_clause(d, l);
		if (sched)
			parc_vec_push(d->p->arena, &l->clauses, (char *)sched);
		l->simd = !l->asserted && simd_fits(d, l);
		const char *guard = NULL;
		if (!l->asserted)
			guard = rt_guard(d, l);
		if (!l->asserted && !guard)
			guard = size_guard(d, l);
		if (l->rt_check || guard) {
			parc_buf b;
			parc_buf_init(&b);
			/* The size test first: it is cheap and usually decides. */
			if (l->rt_check && guard)
				parc_buf_printf(&b, "%s && (%s)", guard, l->rt_check);
			else
				parc_buf_printf(&b, "%s", l->rt_check ? l->rt_check : guard);
			const char *cond = parc_arena_strdup(d->p->arena, b.data);
			parc_buf_free(&b);
			if (versionable(d, l)) {
				l->version_if = cond;
			} else {
				parc_buf_init(&b);
				parc_buf_printf(&b, "if(parallel: %s)", cond);
				parc_vec_push(d->p->arena, &l->clauses, parc_arena_strdup(d->p->arena, b.data));
				parc_buf_free(&b);
			}
		}
		note_serial_outer(d, l);
		mark_nest(l, PARC_DECISION_INNER);
		return;
	}
	l->decision = PARC_DECISION_SERIAL;
	l->clauses.len = 0;
	l->insist_failed = l->want_parallel;
	decide_children(d, l);
}

void parc_decide(parc_program *p)
{
	parc_effects_compute(p);
	parc_loops_canonicalize(p);
	parc_access_mark_fresh(p);
	parc_interproc_compute(p);
	dc d = { p, p->threadprivate.len > 0 };
	for (int i = 0; i < p->vars.len && !d.tls; i++)
		d.tls = ((parc_var *)p->vars.items[i])->is_tls;
	/* Each directive's governed statement, once. */
	for (int i = 0, k = 0; i < p->pragmas.len; i++) {
		parc_pragma *pr = p->pragmas.items[i];
		while (k < p->stmt_spans.len && ((parc_stmt *)p->stmt_spans.items[k])->loc.off <= pr->off)
			k++;
		pr->governs = k < p->stmt_spans.len ? p->stmt_spans.items[k] : NULL;
	}
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!l->parent)
			decide_loop(&d, l);
	}
	parc_deps_done(p);
}
