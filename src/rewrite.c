/* rewrite.c - inserts the pragmas into the original text.
 *
 * The output is the input byte for byte plus one added line per parallel
 * loop, indented like the loop.  When the 'for' keyword does not start its
 * line (as in "if (c) for (...)"), a line cannot be added without splitting
 * the user's line, so the equivalent _Pragma operator goes just before the
 * 'for' instead. */
#include "parc/output.h"

#include <string.h>

void parc_pragma_text(parc_buf *b, parc_loop *l)
{
	parc_buf_puts(b, "omp parallel for");
	if (l->collapse > 1)
		parc_buf_printf(b, " collapse(%d)", l->collapse);
	for (int i = 0; i < l->clauses.len; i++)
		parc_buf_printf(b, " %s", (const char *)l->clauses.items[i]);
}

static const char *newline_of(parc_program *p, int line_start)
{
	return line_start >= 2 && p->src[line_start - 2] == '\r' ? "\r\n" : "\n";
}

static void insertion(parc_program *p, parc_loop *l, parc_buf *out)
{
	parc_buf text;
	parc_buf_init(&text);
	parc_pragma_text(&text, l);
	if (l->line_start_off >= 0) {
		parc_buf_add(out, p->src + l->line_start_off, (size_t)(l->loc.off - l->line_start_off));
		parc_buf_printf(out, "#pragma %s%s", text.data,
			newline_of(p, l->line_start_off));
	} else {
		parc_buf_puts(out, "_Pragma(\"");
		parc_buf_puts(out, text.data);
		parc_buf_puts(out, "\") ");
	}
	parc_buf_free(&text);
}

void parc_rewrite(parc_program *p, parc_buf *out)
{
	int done = 0;
	/* Loops are in source order, so insertion points only move forward. */
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (l->decision != PARC_DECISION_PARALLEL)
			continue;
		int at = l->line_start_off >= 0 ? l->line_start_off : l->loc.off;
		if (at < done)
			continue;
		parc_buf_add(out, p->src + done, (size_t)(at - done));
		insertion(p, l, out);
		done = at;
	}
	parc_buf_add(out, p->src + done, (size_t)(p->src_len - done));
}
