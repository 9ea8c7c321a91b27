/* interproc.c - facts about pointer parameters from their call sites.
 *
 * A static function whose address is never taken is called only from
 * this file, at call sites parc can see.  When every call passes distinct
 * objects for two pointer parameters (two different arrays, two different
 * fresh allocations, ...), those parameters never alias inside the
 * function.  This covers the common shape where main allocates arrays and
 * hands them to kernel functions that take plain (non-restrict) pointers.
 *
 * An argument's target is what its pointer value certainly points into:
 *   &a[k], a + k, a         a named array a      (OBJECT)
 *   p                       a fresh allocation p  (FRESH)
 *   r                       a restrict parameter  (RESTRICT)
 * Anything else is UNKNOWN, which proves nothing. */
#include "parc/analysis.h"

#include <string.h>

typedef enum { T_UNKNOWN, T_OBJECT, T_FRESH, T_RESTRICT } target_kind;

typedef struct target {
	target_kind kind;
	parc_var *var;
} target;

/* Whether "v", a parameter, keeps its entry value in its function. */
static bool unchanged_param(parc_var *v)
{
	return v->is_param && !v->addr_taken && !parc_var_is_assigned(v);
}

static target target_of(parc_expr *e)
{
	target t = { T_UNKNOWN, NULL };
	e = parc_expr_skip_casts(e);
	if (!e)
		return t;
	if (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_ADDR) {
		/* &a[k] (and &a[k][l]) points into a. */
		parc_expr *x = parc_expr_skip_casts(e->a);
		while (x && x->kind == PARC_EXPR_INDEX && x->a->type &&
		       x->a->type->cls == PARC_TY_ARRAY)
			x = parc_expr_skip_casts(x->a);
		if (x && x->kind == PARC_EXPR_VAR && x->var->type->cls == PARC_TY_ARRAY)
			return (target){ T_OBJECT, x->var };
		return t;
	}
	if (e->kind == PARC_EXPR_BINARY && (e->op == PARC_OP_ADD || e->op == PARC_OP_SUB)) {
		parc_type_class ca = e->a->type ? e->a->type->cls : PARC_TY_OTHER;
		if (ca == PARC_TY_PTR || ca == PARC_TY_ARRAY)
			return target_of(e->a);
		if (e->op == PARC_OP_ADD)
			return target_of(e->b);
		return t;
	}
	if (e->kind != PARC_EXPR_VAR)
		return t;
	parc_var *v = e->var;
	if (v->points_into)
		v = v->points_into;
	if (v->type->cls == PARC_TY_ARRAY && !v->is_param)
		return (target){ T_OBJECT, v };
	if (v->is_fresh)
		return (target){ T_FRESH, v };
	if (v->type->cls == PARC_TY_PTR && v->type->is_restrict && unchanged_param(v))
		return (target){ T_RESTRICT, v };
	return t;
}

/* Two targets are different objects when both are known and not the same
 * variable; a restrict parameter's object is reached through nothing else
 * while the caller runs. */
static bool distinct(target a, target b)
{
	return a.kind != T_UNKNOWN && b.kind != T_UNKNOWN && a.var != b.var;
}

/* Whether "t" is an object that function "callee" cannot name: not a
 * file-scope variable, nor a static local of the callee itself. */
static bool never_global(target t, parc_func *callee)
{
	if (t.kind == T_FRESH)
		return true;
	return t.kind == T_OBJECT && t.var->func && t.var->func != callee;
}

/* Marks the function or variable called "name" as reachable under another
 * name. */
static void mark_name(parc_program *p, const char *name)
{
	parc_func *f = parc_program_find_func(p, name);
	if (f)
		f->addr_taken = true;
	for (int i = 0; i < p->vars.len; i++) {
		parc_var *v = p->vars.items[i];
		if (!strcmp(v->name, name) && v->is_global)
			v->aliased = true;
	}
}

/* A global whose declaration carries an alias or an asm label is another
 * name for some object. */
static void mark_declared_aliases(parc_program *p)
{
	for (int i = 0; i < p->vars.len; i++) {
		parc_var *v = p->vars.items[i];
		if (!v->is_global || !v->loc.in_main || v->loc.end <= v->loc.off)
			continue;
		char *decl = parc_arena_strndup(p->arena, p->src + v->loc.off,
			(size_t)(v->loc.end - v->loc.off));
		if (strstr(decl, "alias") || strstr(decl, "asm"))
			v->aliased = true;
	}
}

/* alias("f") and ifunc("f") attributes and asm("f") labels make a function
 * or object reachable under another name: a plain text search is enough to
 * be safe. */
static void mark_aliased(parc_program *p)
{
	static const char *keys[] = { "alias", "ifunc", "asm" };
	mark_declared_aliases(p);
	for (int k = 0; k < 3; k++) {
		size_t kl = strlen(keys[k]);
		for (const char *s = strstr(p->src, keys[k]); s; s = strstr(s + kl, keys[k])) {
			const char *q = s + kl;
			while (*q == ' ' || *q == '\t' || *q == '(' || *q == '_')
				q++;
			if (*q != '"')
				continue;
			const char *e = strchr(q + 1, '"');
			if (!e)
				break;
			char name[256];
			size_t n = (size_t)(e - q - 1) < sizeof name - 1 ? (size_t)(e - q - 1) : sizeof name - 1;
			memcpy(name, q + 1, n);
			name[n] = '\0';
			mark_name(p, name);
		}
	}
}

/* ------------------------------------------------------------ call sites */

typedef struct sites {
	parc_program *p;
} sites;

/* One walk over the file: each direct call is filed under its callee, and
 * a function named other than as a callee may be called from anywhere. */
static void collect_calls(parc_expr *e, void *ctx)
{
	sites *s = ctx;
	if (e->kind == PARC_EXPR_CALL && e->name) {
		parc_func *fn = parc_program_find_func(s->p, e->name);
		if (fn)
			parc_vec_push(s->p->arena, &fn->calls, e);
	}
	if (e->kind == PARC_EXPR_FUNC && !e->is_callee) {
		parc_func *fn = parc_program_find_func(s->p, e->name);
		if (fn)
			fn->addr_taken = true;
	}
}

static void mark_calls(parc_program *p)
{
	mark_aliased(p);
	sites s = { p };
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *f = p->funcs.items[i];
		if (f->body)
			parc_walk_stmt(f->body, NULL, collect_calls, &s);
	}
	for (int i = 0; i < p->global_inits.len; i++)
		parc_walk_expr(p->global_inits.items[i], NULL, collect_calls, &s);
}

/* Facts that hold at some call: the same object for two parameters, a
 * global object for one.  A run-time overlap test would fail there, so
 * parc does not offer one.  Also the one global object that every call
 * passes for a parameter, if there is one. */
static void overlap_facts(parc_program *p, parc_func *fn, parc_vec *calls)
{
	int n = fn->params.len;
	fn->same = parc_arena_alloc(p->arena, (size_t)(n * n) + 1);
	fn->gets_global = parc_arena_alloc(p->arena, (size_t)n + 1);
	fn->only_global = parc_arena_alloc(p->arena, sizeof(parc_var *) * ((size_t)n + 1));
	for (int c = 0; c < calls->len; c++) {
		parc_expr *call = calls->items[c];
		for (int i = 0; i < n; i++) {
			target ti = i < call->args.len ? target_of(call->args.items[i]) : (target){ 0 };
			bool g = ti.kind == T_OBJECT && !ti.var->func && !ti.var->aliased;
			if (c == 0 ? !g : !g || fn->only_global[i] != ti.var)
				fn->only_global[i] = NULL;
			else if (c == 0)
				fn->only_global[i] = ti.var;
		}
		for (int i = 0; i < n && i < call->args.len; i++) {
			target ti = target_of(call->args.items[i]);
			if (ti.kind == T_OBJECT && !ti.var->func)
				fn->gets_global[i] = 1;
			for (int j = 0; j < n && j < call->args.len; j++) {
				target tj = target_of(call->args.items[j]);
				if (i != j && ti.kind != T_UNKNOWN && ti.var == tj.var)
					fn->same[i * n + j] = 1;
			}
		}
	}
}

static void param_facts(parc_program *p, parc_func *fn, parc_vec *calls)
{
	int n = fn->params.len;
	overlap_facts(p, fn, calls);
	fn->distinct = parc_arena_alloc(p->arena, (size_t)(n * n) + 1);
	fn->no_global = parc_arena_alloc(p->arena, (size_t)n + 1);
	for (int i = 0; i < n; i++) {
		bool ng = calls->len > 0;
		for (int c = 0; c < calls->len && ng; c++) {
			parc_expr *call = calls->items[c];
			ng = i < call->args.len && never_global(target_of(call->args.items[i]), fn);
		}
		fn->no_global[i] = ng;
		for (int j = 0; j < n; j++) {
			bool d = calls->len > 0 && i != j;
			for (int c = 0; c < calls->len && d; c++) {
				parc_expr *call = calls->items[c];
				d = i < call->args.len && j < call->args.len &&
					distinct(target_of(call->args.items[i]),
						target_of(call->args.items[j]));
			}
			fn->distinct[i * n + j] = d;
		}
	}
}

/* ------------------------------------------------------------ points-into */

/* What one walk of a function records for each local pointer: the values
 * assigned to it, and whether it is changed other than by = += -= ++ --. */
typedef struct pi_walk {
	parc_program *p;
	parc_vec *vals;       /* by var id: the expressions assigned */
	bool *bad;            /* by var id */
} pi_walk;

static bool pi_candidate(parc_var *v)
{
	return !v->is_global && !v->is_param && !v->addr_taken && !v->is_fresh && v->func &&
		v->func->body && v->type->cls == PARC_TY_PTR;
}

static void pi_expr(parc_expr *e, void *ctx)
{
	pi_walk *w = ctx;
	if (e->kind != PARC_EXPR_ASSIGN && e->kind != PARC_EXPR_INCDEC)
		return;
	parc_expr *l = parc_expr_skip_casts(e->a);
	if (!l || l->kind != PARC_EXPR_VAR || !pi_candidate(l->var))
		return;
	/* p++, p += k, p -= k stay within the object (C allows nothing else). */
	if (e->kind == PARC_EXPR_ASSIGN && e->op == PARC_OP_NONE)
		parc_vec_push(w->p->arena, &w->vals[l->var->id], e->b);
	else if (e->kind == PARC_EXPR_ASSIGN && e->op != PARC_OP_ADD && e->op != PARC_OP_SUB)
		w->bad[l->var->id] = true;
}

static void pi_decl(parc_stmt *s, void *ctx)
{
	pi_walk *w = ctx;
	if (s->kind != PARC_STMT_DECL)
		return;
	for (int i = 0; i < s->decls.len; i++) {
		parc_var *v = s->decls.items[i];
		if (pi_candidate(v) && s->inits.items[i])
			parc_vec_push(w->p->arena, &w->vals[v->id], s->inits.items[i]);
	}
}

/* A local pointer all of whose values are computed from one object (q = a
 * + 1, q = p where p is a fresh allocation) points into that object.  One
 * walk per function collects the values; the variables are then decided
 * in order, as a value may name a pointer decided before. */
static void mark_points_into(parc_program *p)
{
	int n = p->vars.len;
	pi_walk w = { p, parc_arena_alloc(p->arena, ((size_t)n + 1) * sizeof(parc_vec)),
		parc_arena_alloc(p->arena, (size_t)n + 1) };
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body)
			parc_walk_stmt(fn->body, pi_decl, pi_expr, &w);
	}
	for (int i = 0; i < n; i++) {
		parc_var *v = p->vars.items[i];
		if (!pi_candidate(v) || w.bad[v->id] || !w.vals[v->id].len)
			continue;
		target first = { T_UNKNOWN, NULL };
		bool bad = false;
		for (int k = 0; k < w.vals[v->id].len && !bad; k++) {
			target t = target_of(w.vals[v->id].items[k]);
			bad = t.kind == T_UNKNOWN || (k && (t.var != first.var || t.kind != first.kind));
			if (!k)
				first = t;
		}
		if (!bad && first.var != v)
			v->points_into = first.var;
	}
}

/* ------------------------------------------------------------ constants */

static bool cw_candidate(parc_var *v)
{
	return !v->is_global && !v->is_param && !v->addr_taken && v->func && v->func->body &&
		v->type->cls == PARC_TY_INT && !v->type->is_volatile;
}

/* Constant initialisers, marked on the variables: has_const for now means
 * "initialised with const_val"; mark_constants then drops the written ones. */
static void cw_decl(parc_stmt *s, void *ctx)
{
	(void)ctx;
	if (s->kind != PARC_STMT_DECL)
		return;
	for (int i = 0; i < s->decls.len; i++) {
		parc_var *v = s->decls.items[i];
		parc_expr *init = s->inits.items[i];
		if (cw_candidate(v) && init && init->is_const) {
			v->has_const = true;
			v->const_val = init->ival;
		}
	}
}

/* Whether "val" is stored unchanged in an integer of type "t" (and, for
 * 32-bit unsigned types, stays below 2^31, where arithmetic on it would
 * wrap around like a negative number). */
static bool fits(parc_type *t, int64_t val)
{
	if (t->is_bool)
		return val == 0 || val == 1;
	if (t->size <= 0 || t->size >= 8)
		return t->size == 8 && (!t->is_unsigned || val >= 0);
	int bits = 8 * t->size;
	if (t->is_unsigned)
		return val >= 0 && val < (INT64_C(1) << (bits - (bits == 32)));
	return val >= -(INT64_C(1) << (bits - 1)) && val < (INT64_C(1) << (bits - 1));
}

/* "int n = 1000;" never written again is the constant 1000 everywhere in
 * its function: bounds and subscripts using it are constants. */
static void mark_constants(parc_program *p)
{
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body)
			parc_walk_stmt(fn->body, cw_decl, NULL, NULL);
	}
	for (int i = 0; i < p->vars.len; i++) {
		parc_var *v = p->vars.items[i];
		if (v->has_const)
			v->has_const = !parc_var_is_assigned(v) && fits(v->type, v->const_val);
	}
}

void parc_interproc_compute(parc_program *p)
{
	mark_constants(p);
	mark_points_into(p);
	mark_calls(p);
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body && fn->is_static && !fn->addr_taken && !fn->is_variadic)
			param_facts(p, fn, &fn->calls);
	}
}

static int param_index(parc_var *v)
{
	parc_func *fn = v->func;
	for (int i = 0; fn && i < fn->params.len; i++)
		if (fn->params.items[i] == v)
			return i;
	return -1;
}

bool parc_interproc_params_distinct(parc_var *a, parc_var *b)
{
	if (!a->func || a->func != b->func || !a->func->distinct)
		return false;
	int i = param_index(a), j = param_index(b);
	return i >= 0 && j >= 0 && a->func->distinct[i * a->func->params.len + j];
}

bool parc_interproc_param_not_global(parc_var *v)
{
	int i = param_index(v);
	return i >= 0 && v->func->no_global && v->func->no_global[i];
}

parc_var *parc_interproc_param_only_global(parc_var *v)
{
	int i = param_index(v);
	return i >= 0 && v->func->only_global ? v->func->only_global[i] : NULL;
}

/* Whether some call passes "other" itself for parameter "par". */
static bool passes_object(parc_var *par, parc_var *other)
{
	int i = param_index(par);
	for (int c = 0; i >= 0 && c < par->func->calls.len; c++) {
		parc_expr *call = par->func->calls.items[c];
		if (i < call->args.len) {
			target t = target_of(call->args.items[i]);
			if (t.kind == T_OBJECT && t.var == other)
				return true;
		}
	}
	return false;
}

bool parc_interproc_known_overlap(parc_var *a, parc_var *b)
{
	if (a->is_param && b->is_param && a->func == b->func && a->func->same) {
		int i = param_index(a), j = param_index(b);
		return i >= 0 && j >= 0 && a->func->same[i * a->func->params.len + j];
	}
	parc_var *par = a->is_param ? a : b->is_param ? b : NULL;
	parc_var *other = par == a ? b : a;
	if (!par || !par->func || !par->func->gets_global || other->func)
		return false;
	int i = param_index(par);
	return i >= 0 && par->func->gets_global[i] && (other->aliased || passes_object(par, other));
}
