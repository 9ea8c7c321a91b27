/* cuda.c - writes what --target=cuda adds: the call of each offloaded nest
 * in the C file, and the .cu file with its kernel and host wrapper.
 *
 * The C file keeps the nest as it was (with its OpenMP form) and puts
 *
 *     if (parc_cuda_use && parc_k_f_12 && parc_cuda_use(work, bytes) &&
 *         !parc_k_f_12(lb, ub, a, lo, hi, ..., &sum)) {} else
 *
 * on a line of its own in front of it.  The runtime and the wrappers are
 * referenced weakly: a program linked without them runs the CPU path.
 *
 * A kernel runs the outer loop as a grid-stride loop (any trip count, any
 * grid), the loop's index computed from the thread's; inner loops run
 * sequentially in the thread; private scalars are locals; reductions keep
 * a per-thread value, combine per block in shared memory, and the wrapper
 * combines the blocks' partials on the host with the variable's value. */
#include "parc/analysis.h"
#include "parc/output.h"
#include "parc/version.h"

#include <string.h>

bool parc_output_uses_cuda(parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision == PARC_DECISION_PARALLEL && l->offload)
			return true;
	}
	return false;
}

/* The wrapper's parameter types, in the C file's prototype and the .cu
 * definition alike. */
static void wrapper_params(parc_buf *b, parc_offload *o, bool names)
{
	parc_buf_printf(b, "%s%s, %s%s", o->lbt, names ? " parc_lb" : "", o->ubt,
		names ? " parc_ub" : "");
	if (o->inner)
		parc_buf_printf(b, ", %s%s, %s%s", o->lbt2, names ? " parc_lb2" : "", o->ubt2,
			names ? " parc_ub2" : "");
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_ARRAY && names)
			parc_buf_printf(b, ", const void *parc_h%d, long long parc_lo%d, "
				"long long parc_hi%d", i, i, i);
		else if (v->kind == PARC_OFFLOAD_ARRAY)
			parc_buf_puts(b, ", const void *, long long, long long");
		else if (v->kind == PARC_OFFLOAD_VALUE)
			parc_buf_printf(b, ", %s%s%s", v->type, names ? " " : "",
				names ? v->var->name : "");
		else if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, ", %s *%s", v->type, names ? "parc_r" : "");
		else if (v->kind == PARC_OFFLOAD_PRIVATE && v->last)
			parc_buf_printf(b, ", %s *%s", v->type, names ? "parc_x" : "");
		else if (v->kind == PARC_OFFLOAD_PRIVATE && v->first)
			parc_buf_printf(b, ", %s%s%s", v->type, names ? " " : "",
				names ? v->var->name : "");
		if (names && (v->kind == PARC_OFFLOAD_REDUCTION ||
			      (v->kind == PARC_OFFLOAD_PRIVATE && v->last)))
			parc_buf_printf(b, "%d", i);
	}
	if (o->index_last)
		parc_buf_printf(b, ", %s *%s", o->it, names ? "parc_xi" : "");
}

/* The weak declarations of the C file, on one line. */
void parc_cuda_decls(parc_program *p, parc_buf *out)
{
	parc_buf_puts(out, "__extension__ extern int parc_cuda_use(long long, long long) "
		"__attribute__((__weak__)), parc_cuda_host(void) __attribute__((__weak__)); "
		"__extension__ extern void parc_cuda_scope_begin(void) __attribute__((__weak__)), "
		"parc_cuda_scope_end(void) __attribute__((__weak__));");
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL || !l->offload)
			continue;
		parc_buf_printf(out, " __extension__ extern int %s(", l->offload->name);
		wrapper_params(out, l->offload, false);
		parc_buf_puts(out, ") __attribute__((__weak__));");
	}
}

/* "if (...) {} else", for the line in front of the nest. */
void parc_cuda_call(parc_program *p, parc_loop *l, parc_buf *out)
{
	parc_offload *o = l->offload;
	parc_buf_printf(out, "if (parc_cuda_use && %s && parc_cuda_use(%s, %s", o->name,
		o->work ? o->work : "-1LL", o->bytes_in);
	if (strcmp(o->bytes_out, "0ULL"))
		parc_buf_printf(out, " + %s", o->bytes_out);
	parc_buf_puts(out, ")");
	if (l->rt_check)
		parc_buf_printf(out, " && (%s)", l->rt_check);
	parc_buf_printf(out, " && !%s(%s, %s", o->name, o->lb, o->ub);
	if (o->inner)
		parc_buf_printf(out, ", %s, %s", o->lb2, o->ub2);
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_ARRAY)
			parc_buf_printf(out, ", %s, %s, %s", v->var->name, v->lo, v->hi);
		else if (v->kind == PARC_OFFLOAD_VALUE)
			parc_buf_printf(out, ", %s", v->var->name);
		else if (v->kind == PARC_OFFLOAD_REDUCTION ||
			 (v->kind == PARC_OFFLOAD_PRIVATE && v->last))
			parc_buf_printf(out, ", &%s", v->var->name);
		else if (v->kind == PARC_OFFLOAD_PRIVATE && v->first)
			parc_buf_printf(out, ", %s", v->var->name);
	}
	if (o->index_last)
		parc_buf_printf(out, ", &%s", l->index->name);
	parc_buf_puts(out, ")) {} else");
	/* In a data scope the CPU path first brings device results back. */
	if (o->in_scope)
		parc_buf_puts(out, " if (parc_cuda_host && parc_cuda_host()) {} else");
}

/* ------------------------------------------------------------ the .cu */

/* Whether the thread that runs the last iteration hands "v" back (a
 * lastprivate variable); a 2-D grid's inner index instead gets its final
 * value in the wrapper, from the inner loop's bounds. */
static bool handed(const parc_offload *o, const parc_offload_var *v)
{
	return v->last && !(o->inner && v->var == o->inner->index);
}

/* The value a reduction starts from in each thread. */
static const char *identity(const parc_offload_var *v)
{
	static const struct { const char *type, *min, *max; } lim[] = {
		{ "char", "CHAR_MIN", "CHAR_MAX" }, { "signed char", "SCHAR_MIN", "SCHAR_MAX" },
		{ "unsigned char", "0", "UCHAR_MAX" }, { "short", "SHRT_MIN", "SHRT_MAX" },
		{ "unsigned short", "0", "USHRT_MAX" }, { "int", "INT_MIN", "INT_MAX" },
		{ "unsigned int", "0U", "UINT_MAX" }, { "long", "LONG_MIN", "LONG_MAX" },
		{ "unsigned long", "0UL", "ULONG_MAX" }, { "long long", "LLONG_MIN", "LLONG_MAX" },
		{ "unsigned long long", "0ULL", "ULLONG_MAX" },
		{ "float", "-HUGE_VALF", "HUGE_VALF" }, { "double", "-HUGE_VAL", "HUGE_VAL" },
	};
	const char *op = v->op;
	if (!strcmp(op, "min") || !strcmp(op, "max")) {
		for (size_t i = 0; i < sizeof lim / sizeof lim[0]; i++)
			if (!strcmp(lim[i].type, v->type))
				return !strcmp(op, "min") ? lim[i].max : lim[i].min;
	}
	if (!strcmp(op, "*") || !strcmp(op, "&&"))
		return "1";
	if (!strcmp(op, "&"))
		return "~0";
	return "0";
}

/* x op y, as the reduction combines two values of type v->type. */
static void combine(parc_buf *b, const parc_offload_var *v, const char *x, const char *y)
{
	if (!strcmp(v->op, "min"))
		parc_buf_printf(b, "(%s < %s ? %s : %s)", y, x, y, x);
	else if (!strcmp(v->op, "max"))
		parc_buf_printf(b, "(%s > %s ? %s : %s)", y, x, y, x);
	else
		parc_buf_printf(b, "(%s)(%s %s %s)", v->type, x, v->op, y);
}

static void kernel(parc_program *p, parc_loop *l, parc_buf *b)
{
	parc_offload *o = l->offload;
	parc_buf_printf(b, "/* The loop at %s:%d (function %s). */\n", l->file ? l->file : p->path,
		l->loc.line, l->func ? l->func->name : "");
	parc_buf_printf(b, "__global__ void %s_kernel(%s parc_i0, long long parc_n", o->name, o->it);
	if (o->inner)
		parc_buf_printf(b, ", %s parc_j0, long long parc_m", o->it2);
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_ARRAY || v->kind == PARC_OFFLOAD_VALUE)
			parc_buf_printf(b, ", %s", v->decl);
		else if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, ", %s *parc_p%d", v->type, i);
		if (v->kind == PARC_OFFLOAD_PRIVATE && v->first)
			parc_buf_printf(b, ", %s parc_f%d", v->type, i);
		if (v->kind == PARC_OFFLOAD_PRIVATE && handed(o, v))
			parc_buf_printf(b, ", %s *parc_l%d", v->type, i);
	}
	parc_buf_puts(b, ")\n{\n");
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, "\t%s = (%s)%s;\n", v->decl, v->type, identity(v));
	}
	if (o->inner) {
		/* 2-D: the outer loop on y, the inner on x. */
		parc_buf_puts(b, "\tfor (long long parc_t = (long long)blockIdx.y * blockDim.y + "
			"threadIdx.y; parc_t < parc_n;\n\t     parc_t += (long long)gridDim.y * "
			"blockDim.y)\n");
		parc_buf_puts(b, "\tfor (long long parc_u = (long long)blockIdx.x * blockDim.x + "
			"threadIdx.x; parc_u < parc_m;\n\t     parc_u += (long long)gridDim.x * "
			"blockDim.x) {\n");
	} else {
		parc_buf_puts(b, "\tfor (long long parc_t = (long long)blockIdx.x * blockDim.x + "
			"threadIdx.x; parc_t < parc_n;\n\t     parc_t += (long long)gridDim.x * "
			"blockDim.x) {\n");
	}
	parc_buf_printf(b, "\t\t%s %s = (%s)((long long)parc_i0 + parc_t * %lldLL);\n", o->it,
		l->index->name, o->it, (long long)l->step);
	if (o->inner)
		parc_buf_printf(b, "\t\t%s %s = (%s)((long long)parc_j0 + parc_u * %lldLL);\n",
			o->it2, o->inner->index->name, o->it2, (long long)o->inner->step);
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (o->inner && v->var == o->inner->index)
			continue;
		if (v->kind == PARC_OFFLOAD_PRIVATE && v->first)
			parc_buf_printf(b, "\t\t%s = parc_f%d;\n", v->decl, i);
		else if (v->kind == PARC_OFFLOAD_PRIVATE)
			parc_buf_printf(b, "\t\t%s;\n", v->decl);
	}
	bool last = false;
	for (int i = 0; i < o->vars.len; i++)
		last |= handed(o, o->vars.items[i]);
	/* The body as the user wrote it, less its own indentation (that of
	 * its first line, or the loop's when it starts on the loop's line);
	 * in do-while(0) when the last iteration hands values back, so that a
	 * "continue" still reaches the hand-over. */
	int ls = o->body_off;
	while (ls > 0 && p->src[ls - 1] != '\n')
		ls--;
	int col = 0;
	while (ls + col < o->body_off && (p->src[ls + col] == ' ' || p->src[ls + col] == '\t'))
		col++;
	if (ls + col < o->body_off)
		col = l->loc.off - l->line_start_off;
	if (last)
		parc_buf_puts(b, "\t\tdo\n");
	parc_buf_puts(b, "\t\t");
	for (int k = o->body_off; k < o->body_end; k++) {
		parc_buf_add(b, p->src + k, 1);
		if (p->src[k] != '\n')
			continue;
		int skip = 0;
		while (skip < col && k + 1 < o->body_end && (p->src[k + 1] == ' ' ||
		       p->src[k + 1] == '\t')) {
			k++;
			skip++;
		}
		parc_buf_puts(b, "\t\t");
	}
	parc_buf_puts(b, last ? "\n\t\twhile (0);\n" : "\n");
	if (last) {
		parc_buf_printf(b, "\t\tif (parc_t == parc_n - 1%s) {\n",
			o->inner ? " && parc_u == parc_m - 1" : "");
		for (int i = 0; i < o->vars.len; i++) {
			parc_offload_var *v = o->vars.items[i];
			if (handed(o, v))
				parc_buf_printf(b, "\t\t\t*parc_l%d = %s;\n", i, v->var->name);
		}
		parc_buf_puts(b, "\t\t}\n");
	}
	parc_buf_puts(b, "\t}\n");
	int ids = 0;
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind != PARC_OFFLOAD_REDUCTION)
			continue;
		const char *x = v->var->name;
		/* Threads of a block in a line (blockDim.x * blockDim.y is a
		 * power of two, at most 256), blocks of the grid likewise. */
		parc_buf_printf(b, "\t__shared__ %s parc_s%d[256];\n", v->type, i);
		if (!ids++)
			parc_buf_puts(b, "\tunsigned parc_id = threadIdx.y * blockDim.x + threadIdx.x;\n");
		parc_buf_printf(b, "\tparc_s%d[parc_id] = %s;\n\t__syncthreads();\n", i, x);
		parc_buf_puts(b, "\tfor (unsigned parc_w = blockDim.x * blockDim.y / 2; parc_w > 0; "
			"parc_w /= 2) {\n\t\tif (parc_id < parc_w)\n");
		char xs[64], ys[64];
		snprintf(xs, sizeof xs, "parc_s%d[parc_id]", i);
		snprintf(ys, sizeof ys, "parc_s%d[parc_id + parc_w]", i);
		parc_buf_printf(b, "\t\t\t%s = ", xs);
		combine(b, v, xs, ys);
		parc_buf_puts(b, ";\n\t\t__syncthreads();\n\t}\n");
		parc_buf_printf(b, "\tif (parc_id == 0)\n\t\tparc_p%d[blockIdx.y * gridDim.x + "
			"blockIdx.x] = parc_s%d[0];\n", i, i);
	}
	parc_buf_puts(b, "}\n\n");
}

/* The trip count of loop "l" from its bounds, compared in the types the
 * loop compares in (decltype of the sum gives C's usual conversions);
 * more than 2^62 iterations, or none, declines (the CPU path then runs,
 * and leaves the index as C does).  "i0", "ub" name the index's first
 * value and the bound, "n" the result; "x" makes the temporaries unique. */
static void trip(parc_loop *l, parc_buf *b, const char *i0, const char *ub, const char *n,
	const char *x)
{
	bool up = l->step > 0;
	long long s = up ? l->step : -l->step;
	bool incl = l->cmp == PARC_OP_LE || l->cmp == PARC_OP_GE;
	parc_buf_printf(b, "\ttypedef decltype(%s + %s) parc_ct%s;\n"
		"\tparc_ct%s parc_a%s = (parc_ct%s)%s, parc_z%s = (parc_ct%s)%s;\n",
		i0, ub, x, x, x, x, i0, x, x, ub);
	char hi[32], lo[32];
	snprintf(hi, sizeof hi, "parc_%c%s", up ? 'z' : 'a', x);
	snprintf(lo, sizeof lo, "parc_%c%s", up ? 'a' : 'z', x);
	parc_buf_printf(b, "\tunsigned long long parc_u%s = %s %s %s ? (unsigned long long)"
		"((%s - %s%s) / %lld) + 1ULL : 0ULL;\n", x, lo, incl ? "<=" : "<", hi, hi, lo,
		incl ? "" : " - 1", s);
	parc_buf_printf(b, "\tif (parc_u%s == 0 || parc_u%s > (1ULL << 62))\n\t\treturn -1;\n"
		"\tlong long %s = (long long)parc_u%s;\n", x, x, n, x);
}

static void wrapper(parc_program *p, parc_loop *l, parc_buf *b)
{
	parc_offload *o = l->offload;
	parc_buf_printf(b, "extern \"C\" int %s(", o->name);
	wrapper_params(b, o, true);
	parc_buf_puts(b, ")\n{\n");
	parc_buf_printf(b, "\t%s parc_i0 = (%s)parc_lb;\n", o->it, o->it);
	trip(l, b, "parc_i0", "parc_ub", "parc_n", "");
	if (o->inner) {
		parc_buf_printf(b, "\t%s parc_j0 = (%s)parc_lb2;\n", o->it2, o->it2);
		trip(o->inner, b, "parc_j0", "parc_ub2", "parc_m", "2");
	}
	parc_buf_puts(b, "\tparc_cuda_job parc_j;\n\tparc_cuda_begin(&parc_j);\n");
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind != PARC_OFFLOAD_ARRAY)
			continue;
		parc_buf_printf(b, "\t%s = (%s)parc_cuda_map(&parc_j, parc_h%d, parc_lo%d, parc_hi%d, "
			"sizeof(%s), PARC_CUDA_IN%s);\n", v->decl, v->cast, i, i, i, v->elem,
			v->write ? " | PARC_CUDA_OUT" : "");
	}
	bool reduces = false;
	for (int i = 0; i < o->vars.len; i++)
		reduces |= ((parc_offload_var *)o->vars.items[i])->kind == PARC_OFFLOAD_REDUCTION;
	if (o->inner)
		/* Blocks of 32 x 8: a warp along a row. */
		parc_buf_printf(b, "\tunsigned parc_t = parc_cuda_threads(), parc_tx = parc_t >= 32 ? "
			"32 : parc_t, parc_ty = parc_t / parc_tx;\n\tunsigned parc_bx = "
			"parc_cuda_blocks(parc_m, parc_tx), parc_by = parc_cuda_blocks(parc_n, parc_ty)%s;\n",
			reduces ? ", parc_b = parc_bx * parc_by" : "");
	else
		parc_buf_puts(b, "\tunsigned parc_t = parc_cuda_threads(), parc_b = "
			"parc_cuda_blocks(parc_n, parc_t);\n");
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, "\t%s *parc_p%d = (%s *)parc_cuda_scratch(&parc_j, "
				"parc_b * sizeof(%s));\n", v->type, i, v->type, v->type);
		else if (handed(o, v))
			parc_buf_printf(b, "\t%s *parc_l%d = (%s *)parc_cuda_scratch(&parc_j, "
				"sizeof(%s));\n", v->type, i, v->type, v->type);
	}
	parc_buf_puts(b, "\tif (parc_j.failed) {\n\t\tparc_cuda_abandon(&parc_j);\n"
		"\t\treturn -1;\n\t}\n");
	if (o->inner)
		parc_buf_printf(b, "\tPARC_CUDA_LAUNCH2(%s_kernel, parc_bx, parc_by, parc_tx, parc_ty, "
			"(parc_i0, parc_n, parc_j0, parc_m", o->name);
	else
		parc_buf_printf(b, "\tPARC_CUDA_LAUNCH(%s_kernel, parc_b, parc_t, (parc_i0, parc_n",
			o->name);
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_ARRAY || v->kind == PARC_OFFLOAD_VALUE)
			parc_buf_printf(b, ", %s", v->var->name);
		else if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, ", parc_p%d", i);
		if (v->kind == PARC_OFFLOAD_PRIVATE && v->first && v->last)
			parc_buf_printf(b, ", *parc_x%d", i);
		else if (v->kind == PARC_OFFLOAD_PRIVATE && v->first)
			parc_buf_printf(b, ", %s", v->var->name);
		if (v->kind == PARC_OFFLOAD_PRIVATE && handed(o, v))
			parc_buf_printf(b, ", parc_l%d", i);
	}
	parc_buf_puts(b, "));\n");
	parc_buf_printf(b, "\tif (parc_cuda_finish(&parc_j, \"%s\"))\n\t\treturn -1;\n", o->name);
	/* Partials combine in block order, after the variable's own value. */
	int k = 0;
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (handed(o, v))
			parc_buf_printf(b, "\t%s parc_w%d = *(const %s *)parc_cuda_partials(&parc_j, %d);\n",
				v->type, i, v->type, k++);
		if (v->kind != PARC_OFFLOAD_REDUCTION)
			continue;
		parc_buf_printf(b, "\tconst %s *parc_q%d = (const %s *)parc_cuda_partials(&parc_j, %d);\n",
			v->type, i, v->type, k++);
		parc_buf_printf(b, "\t%s parc_v%d = *parc_r%d;\n", v->type, i, i);
		char xs[32], ys[48];
		snprintf(xs, sizeof xs, "parc_v%d", i);
		snprintf(ys, sizeof ys, "parc_q%d[parc_k]", i);
		parc_buf_printf(b, "\tfor (unsigned parc_k = 0; parc_k < parc_b; parc_k++)\n\t\t%s = ", xs);
		combine(b, v, xs, ys);
		parc_buf_puts(b, ";\n");
	}
	parc_buf_puts(b, "\tparc_cuda_commit(&parc_j);\n");
	for (int i = 0; i < o->vars.len; i++) {
		parc_offload_var *v = o->vars.items[i];
		if (v->kind == PARC_OFFLOAD_REDUCTION)
			parc_buf_printf(b, "\t*parc_r%d = parc_v%d;\n", i, i);
		else if (handed(o, v))
			parc_buf_printf(b, "\t*parc_x%d = parc_w%d;\n", i, i);
		else if (v->last)
			parc_buf_printf(b, "\t*parc_x%d = (%s)((long long)parc_j0 + parc_m * %lldLL);\n",
				i, o->it2, (long long)o->inner->step);
	}
	if (o->index_last)
		parc_buf_printf(b, "\t*parc_xi = (%s)((long long)parc_i0 + parc_n * %lldLL);\n", o->it,
			(long long)l->step);
	parc_buf_puts(b, "\treturn 0;\n}\n\n");
}

/* C's libm prototypes for the double (and int) functions a kernel may
 * call.  C++ overloads them for float and long (sqrt(float) returns a
 * float, abs(double) a double), C converts the argument; so the .cu file
 * defines each used one with C's prototype and, after that, a macro that
 * sends the body's calls to it. */
static const struct { const char *name, *ret, *params, *args; } C_MATH[] = {
	{ "abs", "int", "int x", "x" }, { "labs", "long", "long x", "x" },
	{ "llabs", "long long", "long long x", "x" },
	{ "hypot", "double", "double x, double y", "x, y" },
	{ "pow", "double", "double x, double y", "x, y" },
	{ "atan2", "double", "double x, double y", "x, y" },
	{ "fmod", "double", "double x, double y", "x, y" },
	{ "fmin", "double", "double x, double y", "x, y" },
	{ "fmax", "double", "double x, double y", "x, y" },
	{ "copysign", "double", "double x, double y", "x, y" },
	{ "remainder", "double", "double x, double y", "x, y" },
	{ "fdim", "double", "double x, double y", "x, y" },
	{ "fma", "double", "double x, double y, double z", "x, y, z" },
};

static void c_math(parc_buf *b, const char *name)
{
	const char *ret = "double", *params = "double x", *args = "x";
	size_t n = strlen(name);
	if (name[n - 1] == 'f' && strcmp(name, "erf") && strcmp(name, "modf"))
		return;   /* float versions: C++'s are C's */
	for (size_t i = 0; i < sizeof C_MATH / sizeof C_MATH[0]; i++)
		if (!strcmp(C_MATH[i].name, name)) {
			ret = C_MATH[i].ret;
			params = C_MATH[i].params;
			args = C_MATH[i].args;
		}
	parc_buf_printf(b, "static __device__ __host__ %s parc_c_%s(%s) { return ::%s(%s); }\n",
		ret, name, params, name, args);
	parc_buf_printf(b, "#define %s(...) parc_c_%s(__VA_ARGS__)\n", name, name);
}

/* A __device__ copy of a pure same-file function. */
static void device_copy(parc_program *p, parc_func *fn, const char *ret, parc_buf *b)
{
	parc_buf_printf(b, "static __device__ %s %s(", ret, fn->name);
	for (int i = 0; i < fn->params.len; i++) {
		parc_var *v = fn->params.items[i];
		parc_buf_printf(b, "%s%s %s", i ? ", " : "", v->type->canon, v->name);
	}
	if (!fn->params.len)
		parc_buf_puts(b, "void");
	parc_buf_puts(b, ")\n");
	parc_buf_add(b, p->src + fn->body->loc.off, (size_t)(fn->body->loc.end - fn->body->loc.off));
	parc_buf_puts(b, "\n\n");
}

typedef struct ret_find {
	parc_func *fn;
	const char *ret;
} ret_find;

static void find_ret(parc_expr *e, void *ctx)
{
	ret_find *r = ctx;
	if (e->kind == PARC_EXPR_CALL && e->a && e->type && e->type->canon) {
		parc_expr *f = parc_expr_skip_casts(e->a);
		if (f->kind == PARC_EXPR_FUNC && !strcmp(f->name, r->fn->name))
			r->ret = e->type->canon;
	}
}

void parc_cuda_write(parc_program *p, parc_buf *out)
{
	parc_buf_printf(out, "/* Generated by parc %s from %s (--target=cuda): the kernels and host\n"
		" * wrappers of the loops it offloaded.  Build: nvcc -c -I<parc_rt include dir>. */\n"
		"#include \"parc_rt_cuda.h\"\n#include <float.h>\n#include <limits.h>\n#include <math.h>\n"
		"#include <stddef.h>\n#include <stdint.h>\n#include <stdlib.h>\n\n",
		PARC_VERSION, p->path);
	/* The file's macros the kernels use, in the file's order. */
	parc_vec macros = { 0 }, funcs = { 0 };
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL || !l->offload)
			continue;
		for (int k = 0; k < l->offload->macros.len; k++)
			if (!parc_vec_has(&macros, l->offload->macros.items[k]))
				parc_vec_push(p->arena, &macros, l->offload->macros.items[k]);
		for (int k = 0; k < l->offload->funcs.len; k++)
			if (!parc_vec_has(&funcs, l->offload->funcs.items[k]))
				parc_vec_push(p->arena, &funcs, l->offload->funcs.items[k]);
	}
	int done = 0;
	for (;;) {
		parc_macro *next = NULL;
		for (int i = 0; i < macros.len; i++) {
			parc_macro *m = macros.items[i];
			if (m->off >= done && (!next || m->off < next->off))
				next = m;
		}
		if (!next)
			break;
		parc_buf_add(out, p->src + next->off, (size_t)(next->end - next->off));
		parc_buf_puts(out, "\n");
		done = next->off + 1;
	}
	if (macros.len)
		parc_buf_puts(out, "\n");
	parc_vec math = { 0 };
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL || !l->offload)
			continue;
		for (int k = 0; k < l->offload->math.len; k++) {
			const char *m = l->offload->math.items[k];
			bool seen = false;
			for (int q = 0; q < math.len && !seen; q++)
				seen = !strcmp(math.items[q], m);
			if (!seen) {
				parc_vec_push(p->arena, &math, (char *)m);
				c_math(out, m);
			}
		}
	}
	if (math.len)
		parc_buf_puts(out, "\n");
	for (int i = 0; i < funcs.len; i++) {
		parc_func *fn = funcs.items[i];
		ret_find r = { fn, NULL };
		for (int k = 0; k < p->loops.len && !r.ret; k++) {
			parc_loop *l = p->loops.items[k];
			if (l->decision == PARC_DECISION_PARALLEL && l->offload)
				parc_walk_stmt(l->body, NULL, find_ret, &r);
		}
		if (r.ret)
			device_copy(p, fn, r.ret, out);
	}
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL || !l->offload)
			continue;
		kernel(p, l, out);
		wrapper(p, l, out);
	}
}
