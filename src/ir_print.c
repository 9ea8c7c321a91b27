/* ir_print.c - a readable dump of the IR, for debugging (--dump-ir). */
#include "parc/ir.h"
#include "parc/analysis.h"

static void print_expr(FILE *out, parc_expr *e);

static void print_args(FILE *out, parc_vec *v)
{
	for (int i = 0; i < v->len; i++) {
		if (i)
			fputs(", ", out);
		print_expr(out, v->items[i]);
	}
}

static void print_expr(FILE *out, parc_expr *e)
{
	if (!e) {
		fputs("<null>", out);
		return;
	}
	switch (e->kind) {
	case PARC_EXPR_INT: fprintf(out, "%lld", (long long)e->ival); return;
	case PARC_EXPR_VAR: fprintf(out, "%s", e->var->name); return;
	case PARC_EXPR_FUNC: fprintf(out, "%s", e->name); return;
	case PARC_EXPR_MEMBER:
		print_expr(out, e->a);
		fprintf(out, "%s%s", e->arrow ? "->" : ".", e->name);
		return;
	case PARC_EXPR_INDEX:
		print_expr(out, e->a);
		fputc('[', out);
		print_expr(out, e->b);
		fputc(']', out);
		return;
	case PARC_EXPR_CALL:
		print_expr(out, e->a);
		fputc('(', out);
		print_args(out, &e->args);
		fputc(')', out);
		return;
	default:
		break;
	}
	fprintf(out, "(%s", parc_expr_kind_name(e->kind));
	if (e->op != PARC_OP_NONE)
		fprintf(out, " %s", parc_op_name(e->op));
	if (e->is_const)
		fprintf(out, " =%lld", (long long)e->ival);
	parc_expr *ops[3] = { e->a, e->b, e->c };
	for (int k = 0; k < 3; k++) {
		if (!ops[k])
			continue;
		fputc(' ', out);
		print_expr(out, ops[k]);
	}
	if (e->args.len) {
		fputs(" [", out);
		print_args(out, &e->args);
		fputc(']', out);
	}
	fputc(')', out);
}

static void print_loop(FILE *out, parc_loop *l)
{
	fprintf(out, "%*sloop %d line %d depth %d", 2 * l->depth, "", l->id,
		l->loc.line, l->depth);
	if (l->canonical) {
		fprintf(out, ": %s from ", l->index->name);
		print_expr(out, l->lb);
		fprintf(out, " %s ", parc_op_name(l->cmp));
		print_expr(out, l->ub);
		fprintf(out, " step %lld", (long long)l->step);
	} else {
		fprintf(out, ": not canonical (%s)", l->noncanon_why);
	}
	fputc('\n', out);
}

void parc_ir_print(FILE *out, parc_program *p)
{
	for (int i = 0; i < p->funcs.len; i++) {
		parc_func *f = p->funcs.items[i];
		if (f->body)
			fprintf(out, "function %s line %d\n", f->name, f->loc.line);
	}
	for (int i = 0; i < p->loops.len; i++)
		print_loop(out, p->loops.items[i]);
}

/* ---------------------------------------------------------------- as C */

static void spell(parc_buf *b, parc_expr *e);
static void spell_operand(parc_buf *b, parc_expr *e);

static void spell_args(parc_buf *b, parc_vec *v)
{
	for (int i = 0; i < v->len; i++) {
		if (i)
			parc_buf_puts(b, ", ");
		spell(b, v->items[i]);
	}
}

static const char *c_op(parc_op op)
{
	switch (op) {
	case PARC_OP_NEG: return "-";
	case PARC_OP_PLUS: return "+";
	case PARC_OP_ADDR: return "&";
	case PARC_OP_DEREF: return "*";
	case PARC_OP_PRE_INC: case PARC_OP_POST_INC: return "++";
	case PARC_OP_PRE_DEC: case PARC_OP_POST_DEC: return "--";
	default: return parc_op_name(op);
	}
}

static bool simple(parc_expr *e)
{
	e = parc_expr_skip_casts(e);
	return !e || e->kind == PARC_EXPR_VAR || e->kind == PARC_EXPR_INT ||
		e->kind == PARC_EXPR_INDEX || e->kind == PARC_EXPR_MEMBER ||
		e->kind == PARC_EXPR_CALL || e->kind == PARC_EXPR_FUNC;
}

/* An operand of a postfix or prefix operator: parenthesized unless it is
 * a name, a constant, or itself postfix. */
static void spell_operand(parc_buf *b, parc_expr *e)
{
	if (simple(e)) {
		spell(b, e);
		return;
	}
	parc_buf_puts(b, "(");
	spell(b, e);
	parc_buf_puts(b, ")");
}

/* Prints "e" as C with full parentheses around compound operands; used
 * for messages and as a canonical key, never for generated code. */
static void spell(parc_buf *b, parc_expr *e)
{
	if (!e) {
		parc_buf_puts(b, "?");
		return;
	}
	switch (e->kind) {
	case PARC_EXPR_INT:
		parc_buf_printf(b, "%lld", (long long)e->ival);
		return;
	case PARC_EXPR_VAR: parc_buf_puts(b, e->var->name); return;
	case PARC_EXPR_FUNC: parc_buf_puts(b, e->name); return;
	case PARC_EXPR_INDEX:
		spell_operand(b, e->a);
		parc_buf_puts(b, "[");
		spell(b, e->b);
		parc_buf_puts(b, "]");
		return;
	case PARC_EXPR_MEMBER:
		spell_operand(b, e->a);
		parc_buf_printf(b, "%s%s", e->arrow ? "->" : ".", e->name);
		return;
	case PARC_EXPR_CALL:
		spell(b, e->a);
		parc_buf_puts(b, "(");
		spell_args(b, &e->args);
		parc_buf_puts(b, ")");
		return;
	case PARC_EXPR_CAST: spell(b, e->a); return;
	case PARC_EXPR_BINARY: case PARC_EXPR_ASSIGN: {
		bool simple_a = e->a && (e->a->kind == PARC_EXPR_VAR || e->a->kind == PARC_EXPR_INT ||
			e->a->kind == PARC_EXPR_INDEX || e->a->kind == PARC_EXPR_MEMBER);
		bool simple_b = e->b && (e->b->kind == PARC_EXPR_VAR || e->b->kind == PARC_EXPR_INT ||
			e->b->kind == PARC_EXPR_INDEX || e->b->kind == PARC_EXPR_MEMBER);
		if (!simple_a) parc_buf_puts(b, "(");
		spell(b, e->a);
		if (!simple_a) parc_buf_puts(b, ")");
		parc_buf_printf(b, " %s%s ", e->op == PARC_OP_NONE ? "" : c_op(e->op),
			e->kind == PARC_EXPR_ASSIGN ? "=" : "");
		if (!simple_b) parc_buf_puts(b, "(");
		spell(b, e->b);
		if (!simple_b) parc_buf_puts(b, ")");
		return;
	}
	case PARC_EXPR_UNARY:
		parc_buf_puts(b, c_op(e->op));
		spell_operand(b, e->a);
		return;
	case PARC_EXPR_INCDEC:
		if (e->op == PARC_OP_PRE_INC || e->op == PARC_OP_PRE_DEC)
			parc_buf_puts(b, c_op(e->op));
		spell(b, e->a);
		if (e->op == PARC_OP_POST_INC || e->op == PARC_OP_POST_DEC)
			parc_buf_puts(b, c_op(e->op));
		return;
	default:
		parc_buf_puts(b, "...");
		return;
	}
}

const char *parc_expr_spelling(parc_program *p, parc_expr *e)
{
	parc_buf b;
	parc_buf_init(&b);
	spell(&b, e);
	const char *r = parc_arena_strdup(p->arena, b.data ? b.data : "");
	parc_buf_free(&b);
	return r;
}
