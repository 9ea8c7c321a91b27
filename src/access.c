/* access.c - the memory and scalar accesses of one loop, and aliasing.
 *
 * Every read and write in a loop body becomes a parc_access: either a
 * whole scalar variable, or memory described as a base plus a path of
 * subscripts and field selections:
 *
 *     a[i][j]      OBJECT a     [i][j]
 *     s.v[i].x     OBJECT s     .v [i] .x
 *     p[i], *(p+i) POINTER p    [i]
 *     p->x         POINTER p    [0] .x
 *     s->d[i]      LOADED "s->d" [i]     (the pointer s->d is itself read)
 *
 * Accesses with the same base are compared subscript by subscript in
 * deps.c.  Accesses with different bases are disjoint only when aliasing
 * rules prove it: distinct named objects, restrict pointers, fresh malloc
 * results, or C's effective-type rules; otherwise they may alias. */
#include "parc/analysis.h"

#include <string.h>

typedef struct ac {
	parc_program *p;
	parc_loop *l;
	parc_loop_info *li;
	parc_loop *inner;      /* innermost loop around the current point */
} ac;

enum { M_READ = 1, M_WRITE = 2, M_ADDR = 4 };

static void walk(ac *c, parc_expr *e, int mode);
static void walk_stmt(ac *c, parc_stmt *s);

bool parc_access_is_local(parc_loop *l, parc_var *v)
{
	/* Declared inside the loop (header or body), and not static. */
	return !v->is_global && v->loc.in_main && v->loc.off >= l->loc.off &&
		v->loc.off < l->loc.end;
}

static parc_access *new_access(ac *c, parc_expr *e, int mode)
{
	parc_access *a = parc_arena_alloc(c->p->arena, sizeof *a);
	a->expr = e;
	a->read = (mode & M_READ) != 0;
	a->write = (mode & M_WRITE) != 0;
	a->type = e->type;
	a->inner = c->inner;
	parc_vec_push(c->p->arena, &c->li->accesses, a);
	return a;
}

static void mark_written(ac *c, parc_var *v)
{
	parc_idmap_put(&c->li->written, v->id, 1);
}

/* ---------------------------------------------------------- paths */

/* A partially built path: base, steps, and pointer arithmetic not yet
 * applied ("pending", folded into the next subscript). */
typedef struct path {
	parc_base_kind base;
	parc_var *var;
	const char *key;
	parc_vec steps;
	parc_vec pending;
	bool pending_any;
} path;

static void add_term(ac *c, parc_vec *v, parc_expr *e, int coef)
{
	parc_term *t = parc_arena_alloc(c->p->arena, sizeof *t);
	t->expr = e;
	t->coef = coef;
	parc_vec_push(c->p->arena, v, t);
}

static void push_index(ac *c, path *pa, parc_expr *idx)
{
	parc_step *s = parc_arena_alloc(c->p->arena, sizeof *s);
	s->terms = pa->pending;
	s->any = pa->pending_any;
	if (idx)
		add_term(c, &s->terms, idx, 1);
	parc_vec_push(c->p->arena, &pa->steps, s);
	pa->pending = (parc_vec){ 0 };
	pa->pending_any = false;
}

static void push_field(ac *c, path *pa, parc_expr *m)
{
	if (pa->pending.len || pa->pending_any)
		push_index(c, pa, NULL);
	parc_step *s = parc_arena_alloc(c->p->arena, sizeof *s);
	s->is_field = true;
	s->field = m->name;
	s->in_union = m->in_union;
	parc_vec_push(c->p->arena, &pa->steps, s);
}

static bool lvalue(ac *c, parc_expr *e, path *pa);

static bool has_index_steps(path *pa)
{
	for (int i = 0; i < pa->steps.len; i++)
		if (!((parc_step *)pa->steps.items[i])->is_field)
			return true;
	return false;
}

/* A pointer loaded from memory (s->data, rows[i]).  With a fixed spelling
 * and no subscripts it names one pointer for the whole loop; otherwise its
 * target is unknown. */
static void loaded_pointer(ac *c, parc_expr *e, path *pa)
{
	path inner = { 0 };
	if (lvalue(c, e, &inner) && inner.base != PARC_BASE_UNKNOWN &&
	    inner.base != PARC_BASE_LOADED && !has_index_steps(&inner) &&
	    inner.steps.len > 0) {
		pa->base = PARC_BASE_LOADED;
		pa->key = parc_expr_spelling(c->p, e);
		pa->var = inner.var;
	} else {
		pa->base = PARC_BASE_UNKNOWN;
	}
}

/* The memory a pointer-valued expression points into. */
/* Whether pointers of types "to" and "from" step through memory alike:
 * the same element size, class and layout.  (char *) over an int array, or
 * a struct view of a double array, do not. */
static bool same_stride(parc_type *to, parc_type *from)
{
	parc_type *x = to ? to->elem : NULL, *y = from ? from->elem : NULL;
	if (!x || !y || (from->cls != PARC_TY_PTR && from->cls != PARC_TY_ARRAY))
		return false;
	for (int depth = 0; x && y && depth < 8; depth++) {
		if (x->cls != y->cls || x->size != y->size || x->size <= 0)
			return false;
		if (x->cls == PARC_TY_STRUCT || x->cls == PARC_TY_UNION)
			return false;     /* layouts cannot be compared */
		if (x->cls != PARC_TY_ARRAY)
			return true;
		x = x->elem;
		y = y->elem;
	}
	return false;
}

static bool ptrbase(ac *c, parc_expr *e, path *pa)
{
	while (e && e->kind == PARC_EXPR_CAST) {
		if (!same_stride(e->type, e->a ? e->a->type : NULL)) {
			pa->base = PARC_BASE_UNKNOWN;
			return true;
		}
		e = e->a;
	}
	if (!e)
		return false;
	parc_type_class cls = e->type ? e->type->cls : PARC_TY_OTHER;
	if (cls == PARC_TY_ARRAY)
		return lvalue(c, e, pa);
	if (e->kind == PARC_EXPR_VAR && cls == PARC_TY_PTR) {
		pa->base = PARC_BASE_POINTER;
		pa->var = e->var;
		return true;
	}
	if (e->kind == PARC_EXPR_BINARY && (e->op == PARC_OP_ADD || e->op == PARC_OP_SUB)) {
		parc_type_class ca = e->a->type ? e->a->type->cls : PARC_TY_OTHER;
		bool left = ca == PARC_TY_PTR || ca == PARC_TY_ARRAY;
		parc_expr *ptr = left ? e->a : e->b, *off = left ? e->b : e->a;
		if (e->op == PARC_OP_SUB && !left)
			return false;
		if (!ptrbase(c, ptr, pa))
			return false;
		add_term(c, &pa->pending, off, e->op == PARC_OP_SUB ? -1 : 1);
		return true;
	}
	if (e->kind == PARC_EXPR_INCDEC && e->a && e->a->kind == PARC_EXPR_VAR &&
	    (e->op == PARC_OP_POST_INC || e->op == PARC_OP_POST_DEC)) {
		/* *p++: the pointer's value before this statement's update. */
		return ptrbase(c, e->a, pa);
	}
	if (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_ADDR) {
		/* &a[k] points at element k: a following subscript adds to it. */
		if (!lvalue(c, e->a, pa))
			return false;
		parc_step *last = pa->steps.len ? pa->steps.items[pa->steps.len - 1] : NULL;
		if (last && !last->is_field) {
			pa->pending = last->terms;
			pa->pending_any = last->any;
			pa->steps.len--;
		}
		return true;
	}
	if (e->kind == PARC_EXPR_MEMBER || e->kind == PARC_EXPR_INDEX ||
	    (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_DEREF)) {
		loaded_pointer(c, e, pa);
		return true;
	}
	pa->base = PARC_BASE_UNKNOWN;
	return true;
}

/* The path of lvalue "e"; false if "e" is not an lvalue parc understands
 * (then the access is recorded with an UNKNOWN base). */
static bool lvalue(ac *c, parc_expr *e, path *pa)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return false;
	switch (e->kind) {
	case PARC_EXPR_VAR:
		pa->base = PARC_BASE_OBJECT;
		pa->var = e->var;
		return true;
	case PARC_EXPR_INDEX: {
		parc_expr *base = e->a, *idx = e->b;
		parc_type_class cb = base->type ? base->type->cls : PARC_TY_OTHER;
		if (cb != PARC_TY_PTR && cb != PARC_TY_ARRAY) {
			base = e->b;  /* i[a] */
			idx = e->a;
		}
		if (!ptrbase(c, base, pa))
			return false;
		push_index(c, pa, idx);
		parc_step *st = pa->steps.items[pa->steps.len - 1];
		st->bounded = cb == PARC_TY_ARRAY && !base->type->incomplete;
		return true;
	}
	case PARC_EXPR_MEMBER:
		if (e->arrow) {
			if (!ptrbase(c, e->a, pa))
				return false;
			push_index(c, pa, NULL);
		} else if (!lvalue(c, e->a, pa)) {
			return false;
		}
		push_field(c, pa, e);
		return true;
	case PARC_EXPR_UNARY:
		if (e->op != PARC_OP_DEREF || !ptrbase(c, e->a, pa))
			return false;
		push_index(c, pa, NULL);
		return true;
	default:
		return false;
	}
}

/* Walks the subexpressions that an lvalue evaluates: subscripts and the
 * pointers it reads on the way (an array base is an address, not a read). */
static void walk_lvalue_parts(ac *c, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return;
	switch (e->kind) {
	case PARC_EXPR_VAR:
		if (e->type->cls != PARC_TY_ARRAY && e->var->type->cls != PARC_TY_ARRAY &&
		    e->var->type->cls != PARC_TY_STRUCT && e->var->type->cls != PARC_TY_UNION)
			walk(c, e, M_READ);
		return;
	case PARC_EXPR_INDEX:
		if (e->a->type && e->a->type->cls == PARC_TY_ARRAY)
			walk_lvalue_parts(c, e->a);
		else
			walk(c, e->a, M_READ);
		walk(c, e->b, M_READ);
		return;
	case PARC_EXPR_MEMBER:
		if (e->arrow)
			walk(c, e->a, M_READ);
		else
			walk_lvalue_parts(c, e->a);
		return;
	case PARC_EXPR_UNARY:
		if (e->op == PARC_OP_DEREF) {
			walk(c, e->a, M_READ);
			return;
		}
		walk(c, e, M_READ);
		return;
	default:
		walk(c, e, M_READ);
	}
}

static void record_path(ac *c, parc_expr *e, int mode, bool parts);

static void record_memory(ac *c, parc_expr *e, int mode)
{
	record_path(c, e, mode, true);
}

/* Records the access "e"; "parts" also walks the subscripts and pointers
 * it evaluates (not for accesses replayed from a callee, whose arguments
 * the call itself evaluates). */
static void record_path(ac *c, parc_expr *e, int mode, bool parts)
{
	parc_type_class cls = e->type ? e->type->cls : PARC_TY_OTHER;
	if (cls == PARC_TY_ARRAY || cls == PARC_TY_FUNC)
		mode = M_ADDR;     /* decays to an address: no access */
	if (!(mode & M_ADDR)) {
		path pa = { 0 };
		parc_access *a = new_access(c, e, mode);
		if (lvalue(c, e, &pa)) {
			a->base = pa.base;
			a->var = pa.var;
			a->key = pa.key;
			a->steps = pa.steps;
		} else {
			a->base = PARC_BASE_UNKNOWN;
		}
		if (a->base == PARC_BASE_OBJECT && a->var && mode & M_WRITE)
			mark_written(c, a->var);
	}
	if (parts)
		walk_lvalue_parts(c, e);
}

static void walk_var(ac *c, parc_expr *e, int mode)
{
	parc_var *v = e->var;
	parc_type_class cls = v->type->cls;
	if (mode & M_ADDR) {
		if (e->type->cls != PARC_TY_ARRAY && cls != PARC_TY_FUNC)
			mark_written(c, v);   /* its address escapes: may change */
		return;
	}
	if (cls == PARC_TY_ARRAY || cls == PARC_TY_FUNC)
		return;
	if (mode & M_WRITE)
		mark_written(c, v);
	parc_access *a = new_access(c, e, mode);
	a->base = PARC_BASE_OBJECT;
	a->var = v;
	/* Scalars are classified in scalars.c; aggregates and variables whose
	 * address is taken are plain memory. */
	a->scalar = cls != PARC_TY_STRUCT && cls != PARC_TY_UNION && !v->addr_taken &&
		!v->is_global;
}

/* ------------------------------------------------ callee accesses */

typedef struct rp {
	ac *c;
	parc_expr *call;
	parc_func *fn;
	parc_vec seen;        /* lvalues already recorded as written */
	bool ok;
} rp;

static bool seen(rp *r, parc_expr *e)
{
	for (int i = 0; i < r->seen.len; i++)
		if (r->seen.items[i] == e)
			return true;
	return false;
}

static void replay_one(rp *r, parc_expr *lv, int mode)
{
	if (!parc_effects_param_root(lv))
		return;
	bool ok = true;
	parc_expr *x = parc_expr_subst(r->c->p->arena, lv, r->fn, &r->call->args, &ok);
	if (!ok) {
		r->ok = false;
		return;
	}
	x->loc = r->call->loc;   /* reported at the call */
	record_path(r->c, x, mode, false);
}

static void replay_expr(parc_expr *e, void *ctx)
{
	rp *r = ctx;
	if (e->kind == PARC_EXPR_ASSIGN || e->kind == PARC_EXPR_INCDEC) {
		parc_expr *lv = parc_expr_skip_casts(e->a);
		int mode = e->kind == PARC_EXPR_ASSIGN && e->op == PARC_OP_NONE ? M_WRITE :
			M_READ | M_WRITE;
		replay_one(r, lv, mode);
		parc_vec_push(r->c->p->arena, &r->seen, lv);
	} else if ((e->kind == PARC_EXPR_INDEX || e->kind == PARC_EXPR_MEMBER ||
	            (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_DEREF)) && !seen(r, e) &&
	           e->type && e->type->cls != PARC_TY_ARRAY) {
		replay_one(r, e, M_READ);
	}
}

/* The accesses a same-file function makes through its pointer parameters,
 * replayed at the call with the arguments in place of the parameters:
 * set(&a[i], v) that writes p[0] writes a[i]. */
static bool replay_callee(ac *c, parc_expr *call)
{
	parc_func *fn = call->name ? parc_program_find_func(c->p, call->name) : NULL;
	if (!fn || !fn->body || !fn->precise || fn->is_variadic)
		return false;
	rp r = { c, call, fn, { 0 }, true };
	parc_walk_stmt(fn->body, NULL, replay_expr, &r);
	return r.ok;
}

/* A call's reads through its pointer arguments, with unknown subscripts. */
static void call_reads(ac *c, parc_expr *call)
{
	parc_call_info ci = parc_effects_of_call(c->p, call);
	if ((ci.reads_args || ci.writes_args) && replay_callee(c, call))
		ci.reads_args = false;
	else if (ci.writes_args) {
		/* Cannot replay the writes: say so through an unknown write. */
		parc_access *a = new_access(c, call, M_WRITE);
		a->base = PARC_BASE_UNKNOWN;
		a->type = NULL;
	}
	for (int i = 0; i < call->args.len && (ci.reads_args || ci.arg_writes); i++) {
		parc_expr *arg = call->args.items[i];
		parc_type_class cls = arg->type ? arg->type->cls : PARC_TY_OTHER;
		if (cls != PARC_TY_PTR && cls != PARC_TY_ARRAY)
			continue;
		bool w = i < 32 && (ci.arg_writes >> i) & 1;
		if (!ci.reads_args && !w)
			continue;
		path pa = { 0 };
		parc_access *a = new_access(c, arg, (ci.reads_args ? M_READ : 0) | (w ? M_WRITE : 0));
		a->type = NULL;
		if (!ptrbase(c, arg, &pa))
			pa.base = PARC_BASE_UNKNOWN;
		a->base = pa.base;
		a->var = pa.var;
		a->key = pa.key;
		pa.pending_any = true;
		push_index(c, &pa, NULL);
		a->steps = pa.steps;
	}
	if (ci.reads_globals) {
		parc_access *a = new_access(c, call, M_READ);
		a->base = PARC_BASE_UNKNOWN;
		a->type = NULL;
		a->key = "globals";
	}
}

static void walk(ac *c, parc_expr *e, int mode)
{
	if (!e)
		return;
	switch (e->kind) {
	case PARC_EXPR_VAR:
		walk_var(c, e, mode);
		return;
	case PARC_EXPR_INDEX: case PARC_EXPR_MEMBER:
		record_memory(c, e, mode);
		return;
	case PARC_EXPR_UNARY:
		if (e->op == PARC_OP_DEREF) {
			record_memory(c, e, mode);
		} else if (e->op == PARC_OP_ADDR) {
			parc_expr *a = parc_expr_skip_casts(e->a);
			if (a && a->kind == PARC_EXPR_VAR)
				walk_var(c, a, M_ADDR);
			else
				walk_lvalue_parts(c, e->a);
		} else {
			walk(c, e->a, M_READ);
		}
		return;
	case PARC_EXPR_ASSIGN:
		walk(c, e->b, M_READ);
		walk(c, e->a, e->op == PARC_OP_NONE ? M_WRITE : M_READ | M_WRITE);
		return;
	case PARC_EXPR_INCDEC:
		walk(c, e->a, M_READ | M_WRITE);
		return;
	case PARC_EXPR_CALL:
		walk(c, e->a, M_READ);
		for (int i = 0; i < e->args.len; i++)
			walk(c, e->args.items[i], M_READ);
		call_reads(c, e);
		return;
	case PARC_EXPR_CAST:
		walk(c, e->a, mode & M_ADDR ? M_ADDR : M_READ);
		return;
	case PARC_EXPR_FUNC:
		return;
	case PARC_EXPR_SIZEOF:
		/* Only a variable-length array's size is evaluated. */
		for (int i = 0; i < e->args.len; i++)
			walk(c, e->args.items[i], M_READ);
		return;
	case PARC_EXPR_STMTEXPR:
		walk_stmt(c, e->stmt);
		return;
	default:
		walk(c, e->a, M_READ);
		walk(c, e->b, M_READ);
		walk(c, e->c, M_READ);
		for (int i = 0; i < e->args.len; i++)
			walk(c, e->args.items[i], M_READ);
		walk_stmt(c, e->stmt);
		return;
	}
}

static void walk_stmt(ac *c, parc_stmt *s)
{
	if (!s)
		return;
	if (s->kind == PARC_STMT_FOR) {
		parc_loop *saved = c->inner;
		c->inner = s->loop;
		walk_stmt(c, s->loop->init);
		walk(c, s->loop->cond, M_READ);
		walk(c, s->loop->inc, M_READ);
		walk_stmt(c, s->loop->body);
		c->inner = saved;
		return;
	}
	walk(c, s->expr, M_READ);
	for (int i = 0; i < s->decls.len; i++) {
		parc_expr *init = s->inits.items[i];
		parc_var *v = s->decls.items[i];
		walk(c, init, M_READ);
		if (init)
			mark_written(c, v);
	}
	for (int i = 0; i < s->body.len; i++)
		walk_stmt(c, s->body.items[i]);
	walk_stmt(c, s->then);
	walk_stmt(c, s->els);
}

/* The loop's own condition is evaluated every iteration; its memory reads
 * (as in i < s->n) must not conflict with the body's writes.  Scalar reads
 * of the bound are checked separately as bound modifications. */
static void walk_own_cond(ac *c)
{
	int before = c->li->accesses.len;
	walk(c, c->l->cond, M_READ);
	int keep = before;
	for (int i = before; i < c->li->accesses.len; i++) {
		parc_access *a = c->li->accesses.items[i];
		if (!a->scalar)
			c->li->accesses.items[keep++] = a;
	}
	c->li->accesses.len = keep;
}

parc_loop_info *parc_access_collect(parc_program *p, parc_loop *l)
{
	parc_loop_info *li = parc_arena_alloc(p->arena, sizeof *li);
	li->loop = l;
	parc_idmap_init(&li->written, p->arena);
	ac c = { p, l, li, l };
	walk_stmt(&c, l->body);
	walk_own_cond(&c);
	return li;
}

/* ---------------------------------------------------------- aliasing */

static bool is_char_like(parc_type *t)
{
	return !t || t->is_char || t->cls == PARC_TY_STRUCT || t->cls == PARC_TY_UNION ||
		t->cls == PARC_TY_ARRAY || t->cls == PARC_TY_OTHER || t->cls == PARC_TY_VOID;
}

/* C's effective-type rule (C11 6.5p7): an int and a double cannot be the
 * same object; character types may alias anything. */
static bool types_disjoint(parc_type *a, parc_type *b)
{
	if (is_char_like(a) || is_char_like(b))
		return false;
	if (a->cls != b->cls)
		return true;
	return a->size > 0 && b->size > 0 && a->size != b->size;
}

/* Whether pointer variable "v" keeps its value from function entry (a
 * parameter never assigned in the function). */
static bool param_unchanged(parc_program *p, parc_var *v);

typedef enum { OBJ_LOCAL, OBJ_GLOBAL, PTR_RESTRICT, PTR_FRESH, PTR_PARAM,
	ANY_GLOBAL, PTR_OTHER } origin;

static origin origin_of(parc_program *p, parc_access *a)
{
	parc_var *v = a->var;
	if (a->base == PARC_BASE_OBJECT)
		return v->is_global ? OBJ_GLOBAL : OBJ_LOCAL;
	if (a->base == PARC_BASE_UNKNOWN && a->key && !strcmp(a->key, "globals"))
		return ANY_GLOBAL;
	if (a->base != PARC_BASE_POINTER)
		return PTR_OTHER;
	if (v->is_param && v->type->is_restrict && param_unchanged(p, v))
		return PTR_RESTRICT;
	if (v->is_fresh)
		return PTR_FRESH;
	if (v->is_param && param_unchanged(p, v))
		return PTR_PARAM;
	return PTR_OTHER;
}

/* Which pairs of origins are provably different objects. */
static bool origins_disjoint(origin x, origin y)
{
	if (x > y) {
		origin t = x;
		x = y;
		y = t;
	}
	switch (x) {
	case OBJ_LOCAL:
		/* Parameters were set before this call's locals existed; fresh
		 * memory is new; a restrict pointer's object is not accessed by
		 * other means. */
		return y == OBJ_LOCAL || y == OBJ_GLOBAL || y == PTR_RESTRICT ||
			y == PTR_FRESH || y == PTR_PARAM;
		/* (OBJ_LOCAL with ANY_GLOBAL: see parc_access_may_alias.) */
	case OBJ_GLOBAL:
		return y == OBJ_GLOBAL || y == PTR_RESTRICT || y == PTR_FRESH;
	case ANY_GLOBAL:   /* some global a called function reads */
		return false;
	case PTR_RESTRICT:
		return y == PTR_RESTRICT || y == PTR_FRESH || y == PTR_PARAM ||
			y == ANY_GLOBAL;
	case PTR_FRESH:
		return y == PTR_FRESH || y == PTR_PARAM;
	default:
		return false;
	}
}

/* Members of a union share storage: the effective type of a union object
 * is whatever was stored last. */
static bool has_union(parc_access *a)
{
	if (a->var && a->var->type->cls == PARC_TY_UNION)
		return true;
	for (int i = 0; i < a->steps.len; i++)
		if (((parc_step *)a->steps.items[i])->in_union)
			return true;
	return false;
}

parc_var *parc_access_object(parc_access *a)
{
	if (a->base == PARC_BASE_OBJECT)
		return a->var->aliased ? NULL : a->var;
	if (a->base != PARC_BASE_POINTER)
		return NULL;
	if (a->var->points_into)
		return a->var->points_into;
	if (a->var->is_fresh)
		return a->var;
	return NULL;
}

bool parc_access_may_alias(parc_program *p, parc_loop_info *li,
	parc_access *a, parc_access *b, const char **why)
{
	(void)li;
	*why = NULL;
	/* The effective-type rule separates types only where one side is a
	 * declared object: allocated memory takes the type of each store. */
	bool declared = (a->base == PARC_BASE_OBJECT && !has_union(a)) ||
		(b->base == PARC_BASE_OBJECT && !has_union(b));
	if (declared && !p->no_strict_aliasing && a->type && b->type &&
	    types_disjoint(a->type, b->type))
		return false;
	/* Both reach known objects: different objects never overlap, the same
	 * object may. */
	parc_var *xa = parc_access_object(a), *xb = parc_access_object(b);
	if (xa && xb) {
		if (xa != xb)
			return false;
		*why = "same object";
		return true;
	}
	/* Another name may denote the same object (alias, asm label). */
	if ((a->base == PARC_BASE_OBJECT && a->var->aliased) ||
	    (b->base == PARC_BASE_OBJECT && b->var->aliased)) {
		*why = "aliased";
		return true;
	}
	origin oa = origin_of(p, a), ob = origin_of(p, b);
	if ((a->base == PARC_BASE_UNKNOWN && oa != ANY_GLOBAL) ||
	    (b->base == PARC_BASE_UNKNOWN && ob != ANY_GLOBAL)) {
		*why = "unknown";
		return true;
	}
	if (oa == OBJ_LOCAL && oa == ob)
		return false;      /* two different named locals */
	/* What a called function reads through globals cannot reach a local
	 * whose address is never taken. */
	if ((oa == OBJ_LOCAL && ob == ANY_GLOBAL && !a->var->addr_taken) ||
	    (ob == OBJ_LOCAL && oa == ANY_GLOBAL && !b->var->addr_taken))
		return false;
	if (origins_disjoint(oa, ob))
		return false;
	/* Facts from the call sites of a static function. */
	if (oa == PTR_PARAM && ob == PTR_PARAM &&
	    parc_interproc_params_distinct(a->var, b->var))
		return false;
	if ((oa == PTR_PARAM && ob == OBJ_GLOBAL && parc_interproc_param_not_global(a->var)) ||
	    (ob == PTR_PARAM && oa == OBJ_GLOBAL && parc_interproc_param_not_global(b->var)))
		return false;
	/* Every call passes (a pointer into) one other named global. */
	if (oa == PTR_PARAM && ob == OBJ_GLOBAL && parc_interproc_param_only_global(a->var) &&
	    parc_interproc_param_only_global(a->var) != b->var && !b->var->aliased)
		return false;
	if (ob == PTR_PARAM && oa == OBJ_GLOBAL && parc_interproc_param_only_global(b->var) &&
	    parc_interproc_param_only_global(b->var) != a->var && !a->var->aliased)
		return false;
	*why = "pointers";
	return true;
}

/* ---------------------------------------------------------- parameters */

static bool param_unchanged(parc_program *p, parc_var *v)
{
	(void)p;
	return !v->addr_taken && !parc_var_is_assigned(v);
}

const char *parc_base_name(parc_access *a)
{
	if (a->base == PARC_BASE_LOADED)
		return a->key;
	if (a->var)
		return a->var->name;
	return a->key ? a->key : "memory";
}

const char *parc_access_spelling(parc_program *p, parc_access *a)
{
	return parc_expr_spelling(p, a->expr);
}

/* ---------------------------------------------------------- fresh memory */

/* One walk per function counts, for every local pointer, its allocations
 * and its other assignments (by var id). */
typedef struct fr {
	bool *bad;
	int *assigns;
} fr;

static bool fresh_candidate(parc_var *v)
{
	return !v->is_global && !v->is_param && !v->addr_taken && v->func && v->func->body &&
		v->type->cls == PARC_TY_PTR;
}

static bool is_alloc_call(parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	return e && e->kind == PARC_EXPR_CALL && e->name &&
		(!strcmp(e->name, "malloc") || !strcmp(e->name, "calloc") ||
		 !strcmp(e->name, "aligned_alloc"));
}

static void fresh_expr(parc_expr *e, void *ctx)
{
	fr *f = ctx;
	if (e->kind == PARC_EXPR_CALL && e->name && !strcmp(e->name, "posix_memalign") &&
	    e->args.len >= 1) {
		parc_expr *a = parc_expr_skip_casts(e->args.items[0]);
		if (a && a->kind == PARC_EXPR_UNARY && a->op == PARC_OP_ADDR &&
		    a->a && a->a->kind == PARC_EXPR_VAR && fresh_candidate(a->a->var))
			f->assigns[a->a->var->id]++;
		return;
	}
	if (e->kind != PARC_EXPR_ASSIGN && e->kind != PARC_EXPR_INCDEC)
		return;
	parc_expr *l = parc_expr_skip_casts(e->a);
	if (!l || l->kind != PARC_EXPR_VAR || !fresh_candidate(l->var))
		return;
	if (e->kind == PARC_EXPR_ASSIGN && e->op == PARC_OP_NONE && is_alloc_call(e->b))
		f->assigns[l->var->id]++;
	else
		f->bad[l->var->id] = true;
}

static void fresh_decl(parc_stmt *s, void *ctx)
{
	fr *f = ctx;
	if (s->kind != PARC_STMT_DECL)
		return;
	for (int i = 0; i < s->decls.len; i++) {
		parc_var *v = s->decls.items[i];
		if (!fresh_candidate(v) || !s->inits.items[i])
			continue;
		if (is_alloc_call(s->inits.items[i]))
			f->assigns[v->id]++;
		else
			f->bad[v->id] = true;
	}
}

/* A local pointer every assignment of which is a fresh allocation names
 * memory no other variable's initial value can reach: two such pointers,
 * or one and a parameter or named array, never overlap. */
void parc_access_mark_fresh(parc_program *p)
{
	size_t n = (size_t)p->vars.len + 1;
	fr f = { parc_arena_alloc(p->arena, n), parc_arena_alloc(p->arena, n * sizeof(int)) };
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *fn = p->funcs.items[i];
		if (fn->body)
			parc_walk_stmt(fn->body, fresh_decl, fresh_expr, &f);
	}
	for (int i = 0; i < p->vars.len; i++) {
		parc_var *v = p->vars.items[i];
		if (fresh_candidate(v))
			v->is_fresh = !f.bad[v->id] && f.assigns[v->id] > 0;
	}
}
