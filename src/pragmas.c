/* pragmas.c - finds the OpenMP and OpenACC directives already in the file.
 *
 * parc parses without -fopenmp, so clang drops these pragmas.  A small lexer
 * over the raw text (skipping comments and string literals) records each
 * "#pragma omp|acc ..." line and each _Pragma("omp ...") operator, so that
 * the decision phase can leave the statements they govern alone.  Other
 * pragmas are kept too: a loop hint such as "#pragma GCC unroll 4" must
 * stay directly above its loop, so parc leaves such loops alone.  Macros
 * whose body holds an OpenMP _Pragma count as directives where used. */
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

static bool is_parallel(const char *t)
{
	while (*t == ' ' || *t == '\t')
		t++;
	return (!strncmp(t, "omp", 3) || !strncmp(t, "acc", 3)) &&
		!isalnum((unsigned char)t[3]) && t[3] != '_';
}

/* Records "omp threadprivate(a, b)" names. */
static void threadprivate(parc_program *p, const char *t)
{
	const char *k = strstr(t, "threadprivate");
	const char *open = k ? strchr(k, '(') : NULL;
	for (const char *c = open ? open + 1 : NULL; c && *c && *c != ')';) {
		while (*c == ' ' || *c == ',' || *c == '\t')
			c++;
		const char *b = c;
		while (isalnum((unsigned char)*c) || *c == '_')
			c++;
		if (c == b)
			break;
		parc_vec_push(p->arena, &p->threadprivate, parc_arena_strndup(p->arena, b, (size_t)(c - b)));
	}
}

/* Copies "len" bytes of directive text without backslash-newlines and
 * comments, so that "#pragma \\n omp for" and "#/ * * /pragma" read plainly. */
static char *clean_text(parc_program *p, const char *text, int len)
{
	char *out = parc_arena_alloc(p->arena, (size_t)len + 1);
	int n = 0;
	for (int i = 0; i < len; i++) {
		if (text[i] == '\\' && i + 1 < len && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
			i += text[i + 1] == '\r' && i + 2 < len && text[i + 2] == '\n' ? 2 : 1;
			out[n++] = ' ';
		} else if (text[i] == '/' && i + 1 < len && text[i + 1] == '*') {
			const char *e = strstr(text + i + 2, "*/");
			i = e && e - text < len ? (int)(e - text) + 1 : len;
			out[n++] = ' ';
		} else {
			out[n++] = text[i];
		}
	}
	out[n] = '\0';
	return out;
}

static void add(parc_program *p, int off, const char *text, int len)
{
	char *t = clean_text(p, text, len);
	while (*t == ' ' || *t == '\t')
		t++;
	parc_pragma *pr = parc_arena_alloc(p->arena, sizeof *pr);
	pr->off = off;
	pr->line = line_of(p->src, off);
	pr->text = t;
	pr->parallel = is_parallel(t);
	if (pr->parallel && strstr(t, "threadprivate"))
		threadprivate(p, t);
	parc_vec_push(p->arena, &p->pragmas, pr);
}

/* "#pragma" directive at "i" (the '#'); returns the end of its line,
 * following backslash continuations. */
static int directive(parc_program *p, int i, parc_vec *macros)
{
	const char *s = p->src;
	int n = p->src_len;
	int e = i + 1;
	while (e < n && s[e] != '\n')
		e += (s[e] == '\\' && e + 1 < n) ? 2 : 1;
	char *t = clean_text(p, s + i + 1, e - i - 1);
	while (*t == ' ' || *t == '\t')
		t++;
	if (!strncmp(t, "pragma", 6) && !isalnum((unsigned char)t[6]) && t[6] != '_') {
		add(p, i, t + 6, (int)strlen(t + 6));
	} else if (!strncmp(t, "define", 6) && (strstr(t, "_Pragma") || strstr(t, "__pragma"))) {
		/* A macro that expands to a directive: remember its name. */
		const char *m = t + 6;
		while (*m == ' ' || *m == '\t')
			m++;
		const char *b = m;
		while (isalnum((unsigned char)*m) || *m == '_')
			m++;
		if (m > b)
			parc_vec_push(p->arena, macros, parc_arena_strndup(p->arena, b, (size_t)(m - b)));
	}
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

/* An identifier at "i" naming one of "macros" (directive macros). */
static bool names_macro(const char *s, int n, int i, parc_vec *macros, int *len)
{
	if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_'))
		return false;
	for (int k = 0; k < macros->len; k++) {
		const char *m = macros->items[k];
		int ml = (int)strlen(m);
		if (i + ml <= n && !strncmp(s + i, m, (size_t)ml) &&
		    (i + ml == n || !(isalnum((unsigned char)s[i + ml]) || s[i + ml] == '_'))) {
			*len = ml;
			return true;
		}
	}
	return false;
}

void parc_frontend_scan_pragmas(parc_program *p)
{
	const char *s = p->src;
	int n = p->src_len;
	bool line_start = true;
	parc_vec macros = { 0 };
	for (int i = 0; i < n;) {
		int j = skip_lexeme(s, n, i);
		if (j != i) {
			i = j;
			continue;
		}
		char c = s[i];
		int ml;
		if (c == '\n') {
			line_start = true;
			i++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			i++;
		} else if (c == '#' && line_start) {
			i = directive(p, i, &macros);
		} else if (macros.len && names_macro(s, n, i, &macros, &ml)) {
			/* A use of a directive macro counts as an OpenMP directive. */
			parc_pragma *pr = parc_arena_alloc(p->arena, sizeof *pr);
			pr->off = i;
			pr->line = line_of(s, i);
			pr->text = parc_arena_strndup(p->arena, s + i, (size_t)ml);
			pr->parallel = true;
			parc_vec_push(p->arena, &p->pragmas, pr);
			line_start = false;
			i += ml;
		} else {
			if (c == '_' && n - i > 7 && !strncmp(s + i, "_Pragma", 7) &&
			    (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')))
				pragma_operator(p, i);
			line_start = false;
			i++;
		}
	}
}
