/* ir.c - kind names, lookups and the generic walkers over the IR. */
#include "parc/ir.h"

#include <string.h>

static const char *expr_names[] = {
#define PARC_EXPR_KIND(k, s) s,
#include "parc/ir_kinds.def"
};
static const char *op_names[] = {
#define PARC_OP(k, s) s,
#include "parc/ir_kinds.def"
};
static const char *stmt_names[] = {
#define PARC_STMT_KIND(k, s) s,
#include "parc/ir_kinds.def"
};
static const char *reason_names[] = {
#define PARC_REASON(k, s) s,
#include "parc/ir_kinds.def"
};

const char *parc_expr_kind_name(parc_expr_kind k) { return expr_names[k]; }
const char *parc_op_name(parc_op op) { return op_names[op]; }
const char *parc_stmt_kind_name(parc_stmt_kind k) { return stmt_names[k]; }
const char *parc_reason_kind_name(parc_reason_kind k) { return reason_names[k]; }

const char *parc_decision_name(parc_decision d)
{
	switch (d) {
	case PARC_DECISION_PARALLEL: return "parallel";
	case PARC_DECISION_INNER: return "inner";
	case PARC_DECISION_SKIPPED: return "skipped";
	case PARC_DECISION_SERIAL: break;
	}
	return "serial";
}

static unsigned name_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void fhash_insert(parc_func **tab, int cap, parc_func *fn)
{
	unsigned h = name_hash(fn->name) & (unsigned)(cap - 1);
	while (tab[h])
		h = (h + 1) & (unsigned)(cap - 1);
	tab[h] = fn;
}

/* Functions are looked up by name at every call site: a hash index keeps
 * that constant-time on files with hundreds of thousands of functions. */
void parc_program_add_func(parc_program *p, parc_func *fn)
{
	parc_vec_push(p->arena, &p->funcs, fn);
	if (2 * p->funcs.len > p->fhash_cap) {
		int cap = p->fhash_cap ? 2 * p->fhash_cap : 256;
		parc_func **tab = parc_arena_alloc(p->arena, (size_t)cap * sizeof *tab);
		for (int i = 0; i < p->funcs.len; i++)
			fhash_insert(tab, cap, p->funcs.items[i]);
		p->fhash = tab;
		p->fhash_cap = cap;
		return;
	}
	fhash_insert(p->fhash, p->fhash_cap, fn);
}

parc_func *parc_program_find_func(parc_program *p, const char *name)
{
	if (!p->fhash_cap)
		return NULL;
	unsigned h = name_hash(name) & (unsigned)(p->fhash_cap - 1);
	for (; p->fhash[h]; h = (h + 1) & (unsigned)(p->fhash_cap - 1))
		if (!strcmp(p->fhash[h]->name, name))
			return p->fhash[h];
	return NULL;
}

parc_expr *parc_expr_skip_casts(parc_expr *e)
{
	while (e && e->kind == PARC_EXPR_CAST && e->a)
		e = e->a;
	return e;
}

/* Integers convert exactly into wider integers, or into equally wide ones of
 * the same signedness (signed into unsigned of the same width too: only
 * negative values change, which index before an object).  Integers of at
 * most 32 bits are exact in double, 16 bits in float.  Floating types
 * convert exactly into wider ones. */
bool parc_type_converts_exactly(const parc_type *to, const parc_type *from)
{
	if (!to || !from || to->size <= 0 || from->size <= 0)
		return false;
	if (to->is_bool)
		return from->is_bool;
	if (to->cls == PARC_TY_INT && from->cls == PARC_TY_INT) {
		if (to->size > from->size)
			return true;
		return to->size == from->size && to->size > 1 &&
			(to->is_unsigned == from->is_unsigned || to->is_unsigned);
	}
	if (to->cls == PARC_TY_FLOAT && from->cls == PARC_TY_INT)
		return (to->size >= 8 && from->size <= 4) || (to->size >= 4 && from->size <= 2);
	if (to->cls == PARC_TY_FLOAT && from->cls == PARC_TY_FLOAT)
		return to->size >= from->size;
	return false;
}

bool parc_loop_contains(const parc_loop *outer, const parc_loop *inner)
{
	for (; inner; inner = inner->parent)
		if (inner == outer)
			return true;
	return false;
}

void parc_walk_expr(parc_expr *e, parc_stmt_fn fs, parc_expr_fn fe, void *ctx)
{
	if (!e)
		return;
	if (fe)
		fe(e, ctx);
	parc_walk_expr(e->a, fs, fe, ctx);
	parc_walk_expr(e->b, fs, fe, ctx);
	parc_walk_expr(e->c, fs, fe, ctx);
	for (int i = 0; i < e->args.len; i++)
		parc_walk_expr(e->args.items[i], fs, fe, ctx);
	if (e->stmt)
		parc_walk_stmt(e->stmt, fs, fe, ctx);
}

void parc_walk_stmt(parc_stmt *s, parc_stmt_fn fs, parc_expr_fn fe, void *ctx)
{
	if (!s)
		return;
	if (fs)
		fs(s, ctx);
	if (s->kind == PARC_STMT_FOR) {
		parc_loop *l = s->loop;
		parc_walk_stmt(l->init, fs, fe, ctx);
		parc_walk_expr(l->cond, fs, fe, ctx);
		parc_walk_expr(l->inc, fs, fe, ctx);
		parc_walk_stmt(l->body, fs, fe, ctx);
		return;
	}
	parc_walk_expr(s->expr, fs, fe, ctx);
	for (int i = 0; i < s->inits.len; i++)
		parc_walk_expr(s->inits.items[i], fs, fe, ctx);
	for (int i = 0; i < s->body.len; i++)
		parc_walk_stmt(s->body.items[i], fs, fe, ctx);
	parc_walk_stmt(s->then, fs, fe, ctx);
	parc_walk_stmt(s->els, fs, fe, ctx);
}

static void find_assign(parc_expr *e, void *ctx)
{
	(void)ctx;
	if (e->kind != PARC_EXPR_ASSIGN && e->kind != PARC_EXPR_INCDEC)
		return;
	parc_expr *l = parc_expr_skip_casts(e->a);
	if (l && l->kind == PARC_EXPR_VAR)
		l->var->assigned = true;
}

/* One walk per function marks every variable it assigns: asked for each
 * parameter and local of a large file (sqlite3.c), a walk per question
 * took a third of parc's time. */
bool parc_var_is_assigned(parc_var *v)
{
	if (!v->func || !v->func->body)
		return true;
	if (!v->func->assign_scanned) {
		parc_walk_stmt(v->func->body, NULL, find_assign, NULL);
		v->func->assign_scanned = true;
	}
	return v->assigned;
}

/* Copies "e" for use at a call of "fn" with arguments "args": parameters
 * become the arguments; other locals of "fn" become opaque values (their
 * values are unknown to the caller).  Sets "*ok" false when "e" holds a
 * statement expression, which is not copied. */
parc_expr *parc_expr_subst(parc_arena *a, parc_expr *e, parc_func *fn, parc_vec *args,
	bool *ok)
{
	if (!e)
		return NULL;
	if (e->kind == PARC_EXPR_VAR && e->var->func == fn && !e->var->is_global) {
		for (int i = 0; i < fn->params.len && i < args->len; i++) {
			if (fn->params.items[i] != e->var || parc_var_is_assigned(e->var) ||
			    e->var->addr_taken)
				continue;
			/* The argument converted to the parameter's type: an array
			 * row passed as "double *p" is indexed as a pointer (p[j]
			 * may run past the row), not as the row itself. */
			parc_expr *cv = parc_arena_alloc(a, sizeof *cv);
			cv->kind = PARC_EXPR_CAST;
			cv->loc = e->loc;
			cv->type = e->var->type;
			cv->a = args->items[i];
			return cv;
		}
		parc_expr *o = parc_arena_alloc(a, sizeof *o);
		o->kind = PARC_EXPR_OTHER;
		o->loc = e->loc;
		o->type = e->type;
		return o;
	}
	if (e->stmt)
		*ok = false;
	parc_expr *c = parc_arena_alloc(a, sizeof *c);
	*c = *e;
	c->a = parc_expr_subst(a, e->a, fn, args, ok);
	c->b = parc_expr_subst(a, e->b, fn, args, ok);
	c->c = parc_expr_subst(a, e->c, fn, args, ok);
	c->args = (parc_vec){ 0 };
	for (int i = 0; i < e->args.len; i++)
		parc_vec_push(a, &c->args, parc_expr_subst(a, e->args.items[i], fn, args, ok));
	return c;
}
