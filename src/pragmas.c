/* pragmas.c - finds the OpenMP and OpenACC directives already in the file.
 *
 * parc parses without -fopenmp, so clang drops these pragmas.  A small lexer
 * over the raw text (skipping comments and string literals) records each
 * "#pragma omp|acc ..." line and each _Pragma("omp ...") operator, so that
 * the decision phase can leave the statements they govern alone. */
#include "parc/frontend.h"

#include <ctype.h>
#include <string.h>

/* Skips a comment or literal starting at "i"; returns the index after it,
 * or "i" itself if none starts there. */
static int skip_lexeme(const char *s, int n, int i)
{
	if (i + 1 < n && s[i] == '/' && s[i + 1] == '*') {
		const char *e = strstr(s + i + 2, "*/");
		return e ? (int)(e - s) + 2 : n;
	}
	if (i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
		while (i < n && s[i] != '\n')
			i++;
		return i;
	}
	if (s[i] == '"' || s[i] == '\'') {
		char q = s[i++];
		while (i < n && s[i] != q && s[i] != '\n')
			i += s[i] == '\\' ? 2 : 1;
		return i < n ? i + 1 : n;
	}
	return i;
}

static int line_of(const char *s, int off)
{
	int line = 1;
	for (int i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

static bool wanted(const char *t)
{
	while (*t == ' ' || *t == '\t')
		t++;
	return (!strncmp(t, "omp", 3) || !strncmp(t, "acc", 3)) &&
		!isalnum((unsigned char)t[3]) && t[3] != '_';
}

static void add(parc_program *p, int off, const char *text, int len)
{
	char *t = parc_arena_strndup(p->arena, text, (size_t)len);
	while (*t == ' ' || *t == '\t')
		t++;
	if (!wanted(t))
		return;
	parc_pragma *pr = parc_arena_alloc(p->arena, sizeof *pr);
	pr->off = off;
	pr->line = line_of(p->src, off);
	pr->text = t;
	parc_vec_push(p->arena, &p->pragmas, pr);
}

/* "#pragma" directive at "i" (the '#'); returns the end of its line,
 * following backslash continuations. */
static int directive(parc_program *p, int i)
{
	const char *s = p->src;
	int n = p->src_len, j = i + 1;
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	int e = j;
	while (e < n && s[e] != '\n')
		e += (s[e] == '\\' && e + 1 < n) ? 2 : 1;
	if (e - j > 6 && !strncmp(s + j, "pragma", 6) && !isalnum((unsigned char)s[j + 6]))
		add(p, i, s + j + 6, e - j - 6);
	return e;
}

/* _Pragma ( "text" ) at "i"; only the simple unescaped form is read. */
static void pragma_operator(parc_program *p, int i)
{
	const char *s = p->src;
	int n = p->src_len, j = i + 7;
	while (j < n && isspace((unsigned char)s[j]))
		j++;
	if (j >= n || s[j] != '(')
		return;
	j++;
	while (j < n && isspace((unsigned char)s[j]))
		j++;
	if (j >= n || s[j] != '"')
		return;
	int e = j + 1;
	while (e < n && s[e] != '"' && s[e] != '\n')
		e += s[e] == '\\' ? 2 : 1;
	if (e <= n)
		add(p, i, s + j + 1, e - j - 1);
}

void parc_frontend_scan_pragmas(parc_program *p)
{
	const char *s = p->src;
	int n = p->src_len;
	bool line_start = true;
	for (int i = 0; i < n;) {
		int j = skip_lexeme(s, n, i);
		if (j != i) {
			i = j;
			continue;
		}
		char c = s[i];
		if (c == '\n') {
			line_start = true;
			i++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			i++;
		} else if (c == '#' && line_start) {
			i = directive(p, i);
		} else {
			if (c == '_' && n - i > 7 && !strncmp(s + i, "_Pragma", 7) &&
			    (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')))
				pragma_operator(p, i);
			line_start = false;
			i++;
		}
	}
}
