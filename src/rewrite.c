/* rewrite.c - inserts the pragmas into the original text.
 *
 * The output is the input byte for byte plus added lines: each pragma,
 * indented like its loop, is followed by a #line directive so that the
 * lines after it keep their numbers (__LINE__, assert messages and the
 * compiler's diagnostics still name the user's lines).  When the 'for' keyword does not start its
 * line (as in "if (c) for (...)"), a line cannot be added without splitting
 * the user's line, so the equivalent _Pragma operator goes just before the
 * 'for' instead. */
#include "parc/analysis.h"
#include "parc/output.h"

#include <stdlib.h>
#include <string.h>

void parc_pragma_text(parc_buf *b, parc_loop *l)
{
	parc_buf_puts(b, l->simd ? "omp parallel for simd" : "omp parallel for");
	if (l->collapse > 1)
		parc_buf_printf(b, " collapse(%d)", l->collapse);
	for (int i = 0; i < l->clauses.len; i++)
		parc_buf_printf(b, " %s", (const char *)l->clauses.items[i]);
}

static const char *newline_of(parc_program *p, int line_start)
{
	return line_start >= 2 && p->src[line_start - 2] == '\r' ? "\r\n" : "\n";
}

/* "#line N "file"" restoring the numbering of the next line. */
static void line_directive(parc_buf *out, int line, const char *file, const char *nl)
{
	parc_buf_printf(out, "#line %d \"", line);
	for (const char *c = file ? file : ""; *c; c++) {
		if (*c == '"' || *c == '\\')
			parc_buf_add(out, "\\", 1);
		parc_buf_add(out, c, 1);
	}
	parc_buf_printf(out, "\"%s", nl);
}

/* A versioned loop (decide.c): "if (guard) {", the pragma and a copy of
 * the loop, "} else", then the user's loop as it was.  #line directives
 * give the copy and the original the loop's own line numbers.  All of it
 * under #ifdef _OPENMP: built without OpenMP, the output is the user's
 * program, with no call into parc_rt. */
static void versioned(parc_program *p, parc_loop *l, parc_buf *out, const char *pragma)
{
	const char *nl = newline_of(p, l->line_start_off);
	const char *indent = p->src + l->line_start_off;
	int ni = l->loc.off - l->line_start_off;
	parc_buf_printf(out, "#ifdef _OPENMP%s", nl);
	parc_buf_add(out, indent, (size_t)ni);
	parc_buf_printf(out, "if (%s) {%s", l->version_if, nl);
	parc_buf_add(out, indent, (size_t)ni);
	parc_buf_printf(out, "#pragma %s%s", pragma, nl);
	line_directive(out, l->loc.line, l->file, nl);
	parc_buf_add(out, indent, (size_t)(l->version_end - l->line_start_off));
	parc_buf_puts(out, nl);
	parc_buf_add(out, indent, (size_t)ni);
	parc_buf_printf(out, "} else%s#endif%s", nl, nl);
	line_directive(out, l->loc.line, l->file, nl);
}

static void insertion(parc_program *p, parc_loop *l, parc_buf *out)
{
	parc_buf text;
	parc_buf_init(&text);
	parc_pragma_text(&text, l);
	if (l->offload && l->line_start_off >= 0) {
		/* --target=cuda: the GPU call, then the nest as the CPU path. */
		parc_buf_add(out, p->src + l->line_start_off, (size_t)(l->loc.off - l->line_start_off));
		parc_cuda_call(p, l, out);
		parc_buf_puts(out, newline_of(p, l->line_start_off));
	}
	if (l->version_if && l->line_start_off >= 0) {
		versioned(p, l, out, text.data);
	} else if (l->line_start_off >= 0) {
		parc_buf_add(out, p->src + l->line_start_off, (size_t)(l->loc.off - l->line_start_off));
		const char *nl = newline_of(p, l->line_start_off);
		parc_buf_printf(out, "#pragma %s%s", text.data, nl);
		line_directive(out, l->loc.line, l->file, nl);
	} else {
		parc_buf_puts(out, "_Pragma(\"");
		parc_buf_puts(out, text.data);
		parc_buf_puts(out, "\") ");
	}
	parc_buf_free(&text);
}

/* The run-time overlap test used by if() clauses: byte ranges
 * [a + alo*asz, a + (ahi+1)*asz) and the same for b, compared as unsigned
 * integers (pointer comparison across objects would be undefined); empty
 * ranges never overlap.  One line, so that a diff shows one added line;
 * reserved-style parameter names, __inline__ and __extension__ so that user
 * macros and -std=c89 -pedantic leave it alone. */
void parc_overlap_helper(parc_buf *b, const char *name)
{
	parc_buf_printf(b, "__extension__ static __inline__ int %s(const void *__parc_a, "
		"long long __parc_alo, long long __parc_ahi, unsigned long long __parc_asz, "
		"const void *__parc_b, long long __parc_blo, long long __parc_bhi, "
		"unsigned long long __parc_bsz) { __UINTPTR_TYPE__ __parc_pa = "
		"(__UINTPTR_TYPE__)__parc_a, __parc_pb = (__UINTPTR_TYPE__)__parc_b; "
		"if (__parc_ahi < __parc_alo || __parc_bhi < __parc_blo) return 1; "
		"return __parc_pa + (__UINTPTR_TYPE__)(__parc_ahi + 1) * __parc_asz <= "
		"__parc_pb + (__UINTPTR_TYPE__)__parc_blo * __parc_bsz || "
		"__parc_pb + (__UINTPTR_TYPE__)(__parc_bhi + 1) * __parc_bsz <= "
		"__parc_pa + (__UINTPTR_TYPE__)__parc_alo * __parc_asz; }", name);
}

/* The declarations of the parc_rt functions that guards and clauses call
 * (see runtime/include/parc_rt.h), on one line; declared rather than
 * included, so that the output compiles without -I.  Weak: a program
 * linked without parc_rt still links (with plain gcc -fopenmp), and the
 * guards and chunks fall back to fixed values (decide.c); linked with it
 * (-lparc_rt, or libparc_rt.a with -Wl,-u,parc_rt_worth -Wl,-u,parc_rt_chunk
 * so that the archive's members are pulled in), the measured ones. */
static const char RT_DECLS[] =
	"__extension__ extern int parc_rt_worth(long long, long long) __attribute__((__weak__)); "
	"__extension__ extern long long parc_rt_floor __attribute__((__weak__)); "
	"__extension__ extern long long parc_rt_chunk(long long) __attribute__((__weak__)), "
	"parc_rt_static_chunk(long long) __attribute__((__weak__));";

bool parc_output_uses_rt(parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision == PARC_DECISION_PARALLEL && l->uses_rt)
			return true;
	}
	return false;
}

static bool needs_preamble(parc_loop *l)
{
	return l->decision == PARC_DECISION_PARALLEL && (l->rt_check || l->uses_rt || l->offload) &&
		l->func;
}

/* Where the helper and declarations go: the start of the line of the
 * first function that needs them (the top of the file could precede
 * feature-test macros). */
static parc_loop *helper_user(parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++)
		if (needs_preamble(p->loops.items[i]))
			return p->loops.items[i];
	return NULL;
}

static bool any_rt_check(parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision == PARC_DECISION_PARALLEL && l->rt_check)
			return true;
	}
	return false;
}

static int helper_offset(parc_program *p)
{
	parc_loop *l = helper_user(p);
	if (!l)
		return -1;
	int at = l->func->loc.off;
	while (at > 0 && p->src[at - 1] != '\n')
		at--;
	return at;
}

/* What goes into the text at one offset, in the order of "kind" when
 * offsets are equal: the end of a CUDA data scope (before whatever comes
 * on the next line), the helper line above a function, the start of a
 * data scope, the pragma (or call) of a loop. */
typedef enum { EV_SCOPE_END, EV_HELPER, EV_SCOPE_BEGIN, EV_LOOP } ev_kind;

typedef struct event {
	int off;
	ev_kind kind;
	parc_loop *l;
} event;

static int event_cmp(const void *a, const void *b)
{
	const event *x = a, *y = b;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

static void helper_text(parc_program *p, int at, parc_buf *out)
{
	parc_loop *u = helper_user(p);
	const char *nl = newline_of(p, at > 0 ? at : 1);
	if (parc_output_uses_rt(p)) {
		parc_buf_puts(out, RT_DECLS);
		parc_buf_puts(out, nl);
	}
	if (parc_output_uses_cuda(p)) {
		parc_cuda_decls(p, out);
		parc_buf_puts(out, nl);
	}
	if (any_rt_check(p)) {
		parc_overlap_helper(out, parc_overlap_name(p));
		parc_buf_puts(out, nl);
	}
	line_directive(out, u->func->loc.line, u->file, nl);
}

/* A data scope is one statement (it may be the body of an "if"): the loop
 * in braces, with the runtime's begin and end calls inside. */
static void scope_text(parc_program *p, parc_loop *l, bool begin, parc_buf *out)
{
	const char *nl = newline_of(p, l->line_start_off);
	parc_buf_add(out, p->src + l->line_start_off, (size_t)(l->loc.off - l->line_start_off));
	if (begin) {
		parc_buf_printf(out, "{ if (parc_cuda_scope_begin) parc_cuda_scope_begin();%s", nl);
		line_directive(out, l->loc.line, l->file, nl);
	} else {
		parc_buf_printf(out, "if (parc_cuda_scope_end) parc_cuda_scope_end(); }%s", nl);
		line_directive(out, l->cuda_scope_line, l->file, nl);
	}
}

/* Emits the source up to each insertion point, then the insertion. */
void parc_rewrite(parc_program *p, parc_buf *out)
{
	event *ev = parc_xmalloc(sizeof *ev * (2 * (size_t)p->loops.len + 1));
	int n = 0;
	int helper = helper_offset(p);
	if (helper >= 0)
		ev[n++] = (event){ helper, EV_HELPER, NULL };
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->cuda_scope_end > 0) {
			ev[n++] = (event){ l->line_start_off, EV_SCOPE_BEGIN, l };
			ev[n++] = (event){ l->cuda_scope_end, EV_SCOPE_END, l };
		}
		if (l->decision == PARC_DECISION_PARALLEL)
			ev[n++] = (event){ l->line_start_off >= 0 ? l->line_start_off : l->loc.off,
				EV_LOOP, l };
	}
	qsort(ev, (size_t)n, sizeof *ev, event_cmp);
	int done = 0;
	for (int i = 0; i < n; i++) {
		if (ev[i].off < done)
			continue;
		parc_buf_add(out, p->src + done, (size_t)(ev[i].off - done));
		done = ev[i].off;
		if (ev[i].kind == EV_HELPER)
			helper_text(p, done, out);
		else if (ev[i].kind == EV_LOOP)
			insertion(p, ev[i].l, out);
		else
			scope_text(p, ev[i].l, ev[i].kind == EV_SCOPE_BEGIN, out);
	}
	parc_buf_add(out, p->src + done, (size_t)(p->src_len - done));
	free(ev);
}
