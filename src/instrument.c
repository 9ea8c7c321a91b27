/* instrument.c - the checking version of a program (parc --instrument).
 *
 * The output, compiled without OpenMP, linked with -lparc_rt and run,
 * records the memory that each iteration of a checked loop touches (every
 * loop parc parallelizes, and every loop asserted with "#pragma parc
 * independent") and reports each loop in which two iterations conflict
 * (runtime/src/check.c).  Like the OpenMP rewrite, the output is the input
 * plus insertions:
 *   - a prologue at the top: declarations, the table of access sites and
 *     loops, three macros, then "#line 1" so that line numbers stay;
 *   - each memory access becomes a macro call around the original text,
 *         a[i] = b[i]  ->  __parc_W(0, a, (a[i])) = __parc_R(1, b, (b[i]))
 *     which evaluates the lvalue once, records it, and is the same lvalue;
 *   - each checked loop's condition is wrapped, so that the runtime knows
 *     when an iteration starts and when the loop ends.
 * Accesses are wrapped in the checked loops' bodies and in every function
 * of the file they call, directly or not.  Accesses that come from macros,
 * and bit-fields, cannot be wrapped; they are counted and reported. */
#include "parc/analysis.h"
#include "parc/output.h"

#include <stdlib.h>
#include <string.h>

typedef struct edit {
	int off;
	int closing;          /* closings go before openings at one offset */
	int key;              /* then: outer openings first, inner closings first */
	int seq;
	char *text;
} edit;

typedef struct ins {
	parc_program *p;
	edit *e;
	int ne, cap;
	parc_buf sites;       /* initialisers of __parc_chk_sites */
	int nsites;
	parc_buf loops;       /* initialisers of __parc_chk_loops */
	int nloops;
	unsigned char *func_done;
	int unchecked;        /* accesses that could not be wrapped */
	int unchecked_loops;  /* checked loops whose condition is not editable */
	int first_unchecked_line;
	bool overlap;         /* a checked loop has a run-time overlap test */
	parc_loop *loop;      /* the checked loop whose body is being walked,
	                       * NULL inside whole functions */
	parc_vec names;       /* variables the loop's clauses privatize */
} ins;

enum { READ, WRITE, READ_WRITE };

static void add_edit(ins *x, int off, int closing, int key, const char *text)
{
	if (x->ne == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->e = parc_xrealloc(x->e, (size_t)x->cap * sizeof *x->e);
	}
	x->e[x->ne] = (edit){ off, closing, key, x->ne, parc_xstrdup(text) };
	x->ne++;
}

static int edit_order(const void *pa, const void *pb)
{
	const edit *a = pa, *b = pb;
	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	if (a->closing != b->closing)
		return a->closing ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->seq < b->seq ? -1 : 1;
}

/* Puts "open" before and "close" after the bytes [off, end): outer text
 * (larger extent) opens first and closes last. */
static void surround(ins *x, int off, int end, const char *open, const char *close)
{
	add_edit(x, off, 0, -end, open);
	add_edit(x, end, 1, -off, close);
}

static void c_string(parc_buf *b, const char *s, int len)
{
	parc_buf_puts(b, "\"");
	for (int i = 0; i < len && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			parc_buf_printf(b, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			parc_buf_printf(b, "\\%03o", c);
		else
			parc_buf_add(b, (const char *)&c, 1);
	}
	parc_buf_puts(b, "\"");
}

/* --------------------------------------------------------------- accesses */

static bool is_access(parc_expr *e)
{
	return e->kind == PARC_EXPR_INDEX || e->kind == PARC_EXPR_MEMBER ||
		(e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_DEREF);
}

/* In "a[i]" clang lists the operands as written, so "i[a]" has them
 * swapped; the base is the one that is a pointer or an array. */
static void index_parts(parc_expr *e, parc_expr **base, parc_expr **sub)
{
	parc_expr *a = e->a, *b = e->b;
	if (a && a->type && a->type->cls == PARC_TY_INT) {
		*base = b;
		*sub = a;
	} else {
		*base = a;
		*sub = b;
	}
}

/* The named object a subscript chain starts from ("a" in a[i][j]), and the
 * number of subscripts; NULL when it starts elsewhere. */
static parc_var *base_var(parc_expr *e, int *dims)
{
	*dims = 0;
	while (e && e->kind == PARC_EXPR_INDEX) {
		parc_expr *base, *sub;
		index_parts(e, &base, &sub);
		(*dims)++;
		e = parc_expr_skip_casts(base);
		if (e && e->kind == PARC_EXPR_INDEX && e->type && e->type->cls != PARC_TY_ARRAY)
			return NULL;    /* p[i][j] with p[i] a pointer: not one object */
	}
	return e && e->kind == PARC_EXPR_VAR ? e->var : NULL;
}

/* Whether "&(e)" and "sizeof(e)" are valid: an lvalue that is no bit-field,
 * of a complete object type, whose text is all in the file. */
static bool wrappable(parc_expr *e)
{
	if (e->xoff < 0 || e->xend <= e->xoff || !e->type || e->type->size <= 0 ||
	    e->type->cls == PARC_TY_ARRAY || e->type->cls == PARC_TY_FUNC ||
	    e->type->cls == PARC_TY_VOID)
		return false;
	for (parc_expr *m = e; m && m->kind == PARC_EXPR_MEMBER && !m->arrow; m = m->a) {
		if (m->bitfield)
			return false;
		parc_expr *b = parc_expr_skip_casts(m->a);
		if (!b || !(b->kind == PARC_EXPR_VAR || is_access(b)))
			return false;   /* f().x is not an lvalue */
	}
	return !(e->kind == PARC_EXPR_MEMBER && e->bitfield);
}

static void visit(ins *x, parc_expr *e);
static void visit_stmt(ins *x, parc_stmt *s);
static void visit_body(ins *x, parc_loop *l);

static void wrap(ins *x, parc_expr *e, int mode)
{
	static const char *macro[] = { "__parc_R", "__parc_W", "__parc_RW" };
	int dims;
	parc_var *v = base_var(e, &dims);
	if (!dims)
		v = NULL;       /* a variable itself, not a base (fuzz seed 2722) */
	const char *text = x->p->src + e->xoff;
	int len = e->xend - e->xoff;
	if (len > 200)
		len = 200;
	parc_buf_printf(&x->sites, "  { ");
	c_string(&x->sites, text, len);
	parc_buf_puts(&x->sites, ", ");
	if (v)
		c_string(&x->sites, v->name, (int)strlen(v->name));
	else
		parc_buf_puts(&x->sites, "0");
	parc_buf_printf(&x->sites, ", %d, %d, %d },\n", e->loc.line, e->loc.col, dims);
	char open[160];
	snprintf(open, sizeof open, "%s(%d, %s, (", macro[mode], x->nsites++, v ? v->name : "0");
	surround(x, e->xoff, e->xend, open, "))");
}

static void note_unchecked(ins *x, parc_expr *e)
{
	if (!x->unchecked++)
		x->first_unchecked_line = e->loc.line;
}

/* The address computation of lvalue "e": subscripts are values, and so are
 * pointers that "->", "*" or a subscript load. */
static void parts(ins *x, parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return;
	if (e->kind == PARC_EXPR_INDEX) {
		parc_expr *base, *sub;
		index_parts(e, &base, &sub);
		if (base && base->type && base->type->cls == PARC_TY_ARRAY)
			parts(x, base);
		else
			visit(x, base);
		visit(x, sub);
	} else if (e->kind == PARC_EXPR_MEMBER) {
		if (e->arrow)
			visit(x, e->a);
		else
			parts(x, e->a);
	} else if (e->kind == PARC_EXPR_UNARY && e->op == PARC_OP_DEREF) {
		visit(x, e->a);
	} else if (e->kind != PARC_EXPR_VAR) {
		visit(x, e);
	}
}

/* A variable declared inside the checked loop's body: each iteration has
 * its own (at one address), so its bytes are not shared.  Locals of called
 * functions are recognised at run time, by their place on the stack. */
static bool iteration_local(ins *x, parc_var *v)
{
	if (!x->loop || !v || v->is_global || v->is_param)
		return false;
	if (v->points_into && v->points_into != v && iteration_local(x, v->points_into))
		return true;
	return v->func == x->loop->func && v->loc.off >= x->loop->loc.off &&
		v->loc.off < x->loop->loc.end;
}

/* The variable an lvalue is based on: a in a[i], s in s.x or s->x, p in *p. */
static parc_var *root_var(parc_expr *e)
{
	while (e) {
		e = parc_expr_skip_casts(e);
		if (!e)
			return NULL;
		if (e->kind == PARC_EXPR_VAR)
			return e->var;
		if (e->kind == PARC_EXPR_INDEX) {
			parc_expr *base, *sub;
			index_parts(e, &base, &sub);
			e = base;
		} else if (e->kind == PARC_EXPR_MEMBER || e->kind == PARC_EXPR_UNARY) {
			e = e->a;
		} else {
			return NULL;
		}
	}
	return NULL;
}

static bool privatized(ins *x, parc_var *v)
{
	if (!x->loop)
		return false;
	for (int i = 0; i < x->names.len; i++)
		if (!strcmp(x->names.items[i], v->name))
			return true;
	return false;
}

/* A variable of static storage is memory that iterations share, unless a
 * clause of the loop gives each thread its own copy (in the loop's own
 * text only: called functions see the shared one). */
static void access_var(ins *x, parc_expr *e, int mode)
{
	parc_var *v = e->var;
	if (!v->is_global || v->is_tls || !e->type || e->type->cls == PARC_TY_ARRAY ||
	    e->type->cls == PARC_TY_FUNC || privatized(x, v))
		return;
	if (wrappable(e))
		wrap(x, e, mode);
	else
		note_unchecked(x, e);
}

/* Lvalue "e" is read, written or both. */
static void access(ins *x, parc_expr *e, int mode)
{
	e = parc_expr_skip_casts(e);
	if (!e)
		return;
	if (e->kind == PARC_EXPR_VAR) {
		access_var(x, e, mode);
		return;
	}
	if (!is_access(e)) {
		visit(x, e);
		return;
	}
	bool decays = e->type && (e->type->cls == PARC_TY_ARRAY || e->type->cls == PARC_TY_FUNC);
	if (!decays && !iteration_local(x, root_var(e))) {
		if (wrappable(e))
			wrap(x, e, mode);
		else
			note_unchecked(x, e);
	}
	parts(x, e);
}

static void effect(parc_expr *e, void *ctx)
{
	if (e->kind == PARC_EXPR_CALL || e->kind == PARC_EXPR_ASSIGN ||
	    e->kind == PARC_EXPR_INCDEC || e->kind == PARC_EXPR_STMTEXPR || e->opaque)
		*(bool *)ctx = true;
}

static bool pure(parc_expr *e)
{
	bool fx = false;
	parc_walk_expr(e, NULL, effect, &fx);
	return !fx;
}

/* The texts of a call's three arguments, split at the commas outside
 * brackets and literals of the call's own text (an argument may be a
 * macro, whose expansion has no place in the file). */
static bool split_args(const char *t, int off, int end, int start[3], int stop[3])
{
	int i = off;
	while (i < end && t[i] != '(')
		i++;
	int n = 0, depth = 0;
	start[0] = ++i;
	for (; i < end; i++) {
		char c = t[i];
		if (c == '"' || c == '\'') {
			for (i++; i < end && t[i] != c; i++)
				if (t[i] == '\\')
					i++;
		} else if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if ((c == ')' || c == ']' || c == '}') && depth) {
			depth--;
		} else if (c == ')' || (c == ',' && !depth)) {
			if (n == 3)
				return false;
			stop[n++] = i;
			if (c == ')')
				return n == 3;
			start[n] = i + 1;
		}
	}
	return false;
}

/* memcpy(d, s, n), memmove(d, s, n) and memset(d, c, n) touch n bytes at d
 * (and at s) inside the library, where nothing is recorded; the bytes are
 * recorded just before the call, from second evaluations of arguments
 * that have no effects. */
static void library_call(ins *x, parc_expr *e)
{
	static const char *names[] = { "memcpy", "memmove", "memset" };
	int k = -1;
	for (int i = 0; i < 3; i++)
		if (e->name && !strcmp(e->name, names[i]))
			k = i;
	parc_func *f = k >= 0 ? parc_program_find_func(x->p, e->name) : NULL;
	if (k < 0 || (f && f->body) || e->args.len != 3)
		return;
	const char *t = x->p->src;
	int a[3], z[3];
	if (e->xoff < 0 || e->xend <= e->xoff || !split_args(t, e->xoff, e->xend, a, z) ||
	    !pure(e->args.items[0]) || !pure(e->args.items[1]) || !pure(e->args.items[2])) {
		note_unchecked(x, e);
		return;
	}
	int site = x->nsites++;
	parc_buf_printf(&x->sites, "  { ");
	c_string(&x->sites, t + e->xoff, e->xend - e->xoff > 60 ? 60 : e->xend - e->xoff);
	parc_buf_printf(&x->sites, ", 0, %d, %d, 0 },\n", e->loc.line, e->loc.col);
	parc_buf open;
	parc_buf_init(&open);
	for (int r = 0; r < (k < 2 ? 2 : 1); r++) {
		parc_buf_printf(&open, "parc_chk_access(&__parc_chk_sites[%d], 0, (", site);
		parc_buf_add(&open, t + a[r], (size_t)(z[r] - a[r]));
		parc_buf_puts(&open, "), (");
		parc_buf_add(&open, t + a[2], (size_t)(z[2] - a[2]));
		parc_buf_printf(&open, "), %d), ", r == 0);
	}
	char *text = parc_xstrdup(open.data);
	parc_buf_free(&open);
	parc_buf_init(&open);
	parc_buf_printf(&open, "(%s", text);
	free(text);
	surround(x, e->xoff, e->xend, open.data, ")");
	parc_buf_free(&open);
}

static void visit_each(ins *x, parc_vec *v)
{
	for (int i = 0; i < v->len; i++)
		visit(x, v->items[i]);
}

/* "e" evaluated for its value (or its effects). */
static void visit(ins *x, parc_expr *e)
{
	if (!e)
		return;
	switch (e->kind) {
	case PARC_EXPR_INT: case PARC_EXPR_FLOAT: case PARC_EXPR_STR:
	case PARC_EXPR_FUNC: case PARC_EXPR_SIZEOF:
		return;
	case PARC_EXPR_VAR:
		access_var(x, e, READ);
		return;
	case PARC_EXPR_CALL:
		library_call(x, e);
		visit(x, e->a);
		visit_each(x, &e->args);
		return;
	case PARC_EXPR_INDEX: case PARC_EXPR_MEMBER:
		access(x, e, READ);
		return;
	case PARC_EXPR_UNARY:
		if (e->op == PARC_OP_DEREF)
			access(x, e, READ);
		else if (e->op == PARC_OP_ADDR)
			parts(x, e->a);
		else
			visit(x, e->a);
		return;
	case PARC_EXPR_ASSIGN:
		access(x, e->a, e->op == PARC_OP_NONE ? WRITE : READ_WRITE);
		visit(x, e->b);
		return;
	case PARC_EXPR_INCDEC:
		access(x, e->a, READ_WRITE);
		return;
	case PARC_EXPR_STMTEXPR:
		visit_stmt(x, e->stmt);
		return;
	default:
		visit(x, e->a);
		visit(x, e->b);
		visit(x, e->c);
		visit_each(x, &e->args);
		return;
	}
}

static void visit_stmt(ins *x, parc_stmt *s)
{
	if (!s)
		return;
	visit(x, s->expr);
	for (int i = 0; i < s->inits.len; i++)
		visit(x, s->inits.items[i]);
	for (int i = 0; i < s->body.len; i++)
		visit_stmt(x, s->body.items[i]);
	if (s->kind == PARC_STMT_FOR && s->loop) {
		parc_loop *l = s->loop;
		visit_stmt(x, l->init);
		visit(x, l->cond);
		visit(x, l->inc);
		visit_body(x, l);
	}
	visit_stmt(x, s->then);
	visit_stmt(x, s->els);
}

/* ------------------------------------------------------------- functions */

typedef struct calls {
	parc_arena *arena;
	parc_vec names;
} calls;

static void collect_calls(parc_expr *e, void *ctx)
{
	calls *c = ctx;
	if (e->kind == PARC_EXPR_CALL && e->name)
		parc_vec_push(c->arena, &c->names, (void *)e->name);
}

static int func_index(parc_program *p, parc_func *f)
{
	for (int i = 0; i < p->funcs.len; i++)
		if (p->funcs.items[i] == f)
			return i;
	return -1;
}

/* Marks every function of the file that "s" calls, directly or not: their
 * accesses belong to the caller's iteration. */
static void mark_callees(ins *x, parc_stmt *s)
{
	calls c = { x->p->arena, { 0 } };
	parc_walk_stmt(s, NULL, collect_calls, &c);
	for (int i = 0; i < c.names.len; i++) {
		parc_func *f = parc_program_find_func(x->p, c.names.items[i]);
		int k = f ? func_index(x->p, f) : -1;
		if (k < 0 || x->func_done[k] || !f->body || !f->body->loc.in_main)
			continue;
		x->func_done[k] = 1;
		mark_callees(x, f->body);
	}
}

/* ----------------------------------------------------------------- loops */

static bool checked(parc_loop *l)
{
	return l->decision == PARC_DECISION_PARALLEL || l->asserted;
}

static bool under_checked(parc_loop *l)
{
	for (parc_loop *a = l->parent; a; a = a->parent)
		if (checked(a))
			return true;
	return false;
}

/* The innermost loop of a collapsed nest. */
static parc_loop *unit_of(parc_loop *l)
{
	parc_loop *u = l;
	for (int k = 1; k < l->collapse && u->children.len == 1; k++)
		u = u->children.items[0];
	return u;
}

static const char *index_value(parc_loop *l, char *buf, size_t n)
{
	if (l->index && l->index->type && l->index->type->cls == PARC_TY_INT)
		snprintf(buf, n, "(long long)(%s)", l->index->name);
	else
		snprintf(buf, n, "0LL");
	return buf;
}

static bool cond_editable(parc_loop *l)
{
	return l->cond && l->cond->xoff >= 0 && l->cond->xend > l->cond->xoff;
}

/* A loop that runs in parallel only when its pointers do not overlap
 * ("rt_check") is checked only in the runs where they do not: the role
 * then carries the test, and 4 (an unchecked run) when it fails. */
static void wrap_cond(ins *x, parc_loop *l, int id, int role, parc_loop *outer)
{
	char open[96], i[80], j[80];
	parc_buf close;
	parc_buf_init(&close);
	snprintf(open, sizeof open, "parc_chk_iter(&__parc_chk_loops[%d], (", id);
	if (role == 2)
		parc_buf_printf(&close, "), 0LL, 0LL, ");
	else
		parc_buf_printf(&close, "), %s, %s, ", index_value(outer, i, sizeof i),
			role == 1 ? index_value(l, j, sizeof j) : "0LL");
	if (outer->rt_check && role != 1) {
		parc_buf_printf(&close, "(%s) ? %d : %d)", outer->rt_check, role, role | 4);
		x->overlap = true;
	} else {
		parc_buf_printf(&close, "%d)", role);
	}
	surround(x, l->cond->xoff, l->cond->xend, open, close.data);
	parc_buf_free(&close);
}

static void add_loop(ins *x, parc_loop *l)
{
	parc_loop *u = unit_of(l);
	bool nest = u != l;
	if (!cond_editable(l) || (nest && !cond_editable(u))) {
		x->unchecked_loops++;
		fprintf(stderr, "%s:%d:%d: warning: loop cannot be checked: its condition "
			"comes from a macro [parc-instrument]\n", x->p->path, l->loc.line, l->loc.col);
		return;
	}
	int id = x->nloops++;
	parc_buf_puts(&x->loops, "  { ");
	c_string(&x->loops, l->file ? l->file : x->p->path, 4096);
	parc_buf_printf(&x->loops, ", %d, %d, ", l->loc.line, l->loc.col);
	c_string(&x->loops, l->index ? l->index->name : "", 200);
	parc_buf_puts(&x->loops, ", ");
	c_string(&x->loops, nest && u->index ? u->index->name : "", 200);
	parc_buf_printf(&x->loops, ", %d, 0 },\n", nest ? l->collapse : 1);
	wrap_cond(x, l, id, nest ? 2 : 0, l);
	if (nest)
		wrap_cond(x, u, id, 1, l);
}

/* The variables named in the loop's clauses: private(a, b), reduction(+:s),
 * linear(k:2), ... */
static void clause_names(ins *x, parc_loop *l)
{
	for (int i = 0; i < l->clauses.len; i++) {
		const char *c = strchr(l->clauses.items[i], '(');
		if (!c)
			continue;
		c++;
		if (!strncmp(l->clauses.items[i], "reduction", 9) && strchr(c, ':'))
			c = strchr(c, ':') + 1;
		while (*c && *c != ')') {
			size_t n = strcspn(c, ",:)");
			while (n && c[n - 1] == ' ')
				n--;
			while (*c == ' ')
				c++, n--;
			char *name = parc_arena_alloc(x->p->arena, n + 1);
			memcpy(name, c, n);
			parc_vec_push(x->p->arena, &x->names, name);
			c += strcspn(c, ",)");
			if (*c == ',')
				c++;
		}
	}
}

static bool checked(parc_loop *l);
static bool under_checked(parc_loop *l);

/* A checked loop's body is walked knowing the loop: its own locals and the
 * variables its clauses privatize are not shared memory. */
static void visit_body(ins *x, parc_loop *l)
{
	if (!checked(l) || under_checked(l)) {
		visit_stmt(x, l->body);
		return;
	}
	parc_loop *saved = x->loop;
	parc_vec names = x->names;
	x->loop = l;
	x->names = (parc_vec){ 0 };
	clause_names(x, l);
	visit_stmt(x, l->body);
	x->loop = saved;
	x->names = names;
}

/* ---------------------------------------------------------------- output */

static void prologue(ins *x, parc_buf *out)
{
	parc_buf_puts(out,
"/* parc --instrument: compile without OpenMP, link with -lparc_rt, run. */\n"
"struct parc_chk_site { const char *text; const char *base; int line, col, dims; };\n"
"struct parc_chk_loop { const char *file; int line, col; const char *index, *inner; "
"int collapse; void *state; };\n"
"extern void *parc_chk_access(const struct parc_chk_site *, const void *, "
"const volatile void *, unsigned long, int);\n"
"extern int parc_chk_iter(struct parc_chk_loop *, int, long long, long long, int);\n"
"__attribute__((unused)) static const struct parc_chk_site __parc_chk_sites[] = {\n");
	parc_buf_add(out, x->sites.data ? x->sites.data : "", x->sites.len);
	parc_buf_puts(out, "  { 0, 0, 0, 0, 0 }\n};\n"
"__attribute__((unused)) static struct parc_chk_loop __parc_chk_loops[] = {\n");
	parc_buf_add(out, x->loops.data ? x->loops.data : "", x->loops.len);
	parc_buf_puts(out, "  { 0, 0, 0, 0, 0, 0, 0 }\n};\n"
"#define __parc_ACC(s, b, lv, m) (*(__typeof__(&(lv)))parc_chk_access(&__parc_chk_sites[s], "
"(const void *)(b), &(lv), sizeof(lv), m))\n"
"#define __parc_R(s, b, lv) __parc_ACC(s, b, lv, 0)\n"
"#define __parc_W(s, b, lv) __parc_ACC(s, b, lv, 1)\n"
"#define __parc_RW(s, b, lv) __parc_ACC(s, b, lv, 2)\n");
	if (x->overlap) {
		parc_overlap_helper(out, parc_overlap_name(x->p));
		parc_buf_puts(out, "\n");
	}
	parc_buf_puts(out, "#line 1 ");
	c_string(out, x->p->path, 4096);
	parc_buf_puts(out, "\n");
}

void parc_instrument(parc_program *p, parc_buf *out)
{
	ins x = { .p = p };
	parc_buf_init(&x.sites);
	parc_buf_init(&x.loops);
	x.func_done = parc_xcalloc((size_t)p->funcs.len + 1, 1);
	/* Whole functions first, then the loop bodies outside them, so that
	 * no access is wrapped twice. */
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (checked(l) && !under_checked(l))
			mark_callees(&x, l->body);
	}
	for (int i = 0; i < p->funcs.len; i++)
		if (x.func_done[i])
			visit_stmt(&x, ((parc_func *)p->funcs.items[i])->body);
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!checked(l) || !l->loc.in_main || l->header_in_macro)
			continue;
		add_loop(&x, l);
		int k = l->func ? func_index(p, l->func) : -1;
		if (!under_checked(l) && !(k >= 0 && x.func_done[k]))
			visit_body(&x, l);
	}
	if (x.unchecked)
		fprintf(stderr, "%s:%d: warning: %d memory access%s in checked code cannot be "
			"recorded (macro text or bit-fields); conflicts on them go unseen "
			"[parc-instrument]\n", p->path, x.first_unchecked_line, x.unchecked,
			x.unchecked == 1 ? "" : "es");
	if (x.ne)
		qsort(x.e, (size_t)x.ne, sizeof *x.e, edit_order);
	prologue(&x, out);
	int done = 0;
	for (int i = 0; i < x.ne; i++) {
		parc_buf_add(out, p->src + done, (size_t)(x.e[i].off - done));
		parc_buf_puts(out, x.e[i].text);
		done = x.e[i].off;
		free(x.e[i].text);
	}
	parc_buf_add(out, p->src + done, (size_t)(p->src_len - done));
	free(x.e);
	free(x.func_done);
	parc_buf_free(&x.sites);
	parc_buf_free(&x.loops);
}
