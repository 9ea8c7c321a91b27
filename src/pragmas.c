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

/* A text being scanned: the main file (directives are recorded with their
 * offsets) or an included header (only macros and threadprivate lists are
 * kept). */
typedef struct scan {
	parc_program *p;
	const char *s;
	int n;
	bool main;
	parc_vec *defines;    /* pairs: name, body (char *) */
} scan;

static void note(scan *sc, int off, const char *text, int len)
{
	if (sc->main) {
		add(sc->p, off, text, len);
		return;
	}
	char *t = clean_text(sc->p, text, len);
	if (is_parallel(t) && strstr(t, "threadprivate"))
		threadprivate(sc->p, t);
}

/* "#pragma" (or "%:pragma") directive at "i", the character before the
 * directive's name; returns the end of its line, after continuations. */
static int directive(scan *sc, int i)
{
	const char *s = sc->s;
	int n = sc->n;
	int e = i + 1;
	while (e < n && s[e] != '\n')
		e += (s[e] == '\\' && e + 1 < n) ? 2 : 1;
	char *t = clean_text(sc->p, s + i + 1, e - i - 1);
	while (*t == ' ' || *t == '\t')
		t++;
	if (!strncmp(t, "pragma", 6) && !isalnum((unsigned char)t[6]) && t[6] != '_') {
		note(sc, i, t + 6, (int)strlen(t + 6));
	} else if (!strncmp(t, "define", 6)) {
		const char *m = t + 6;
		while (*m == ' ' || *m == '\t')
			m++;
		const char *b = m;
		while (isalnum((unsigned char)*m) || *m == '_')
			m++;
		if (m > b) {
			parc_vec_push(sc->p->arena, sc->defines,
				parc_arena_strndup(sc->p->arena, b, (size_t)(m - b)));
			parc_vec_push(sc->p->arena, sc->defines, (char *)m);
		}
	}
	return e;
}

/* _Pragma ( "text" ) at "i"; only the simple unescaped form is read. */
static void pragma_operator(scan *sc, int i)
{
	const char *s = sc->s;
	int n = sc->n, j = i + 7;
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
		note(sc, i, s + j + 1, e - j - 1);
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

/* A use of a directive macro: an OpenMP directive whose text is the rest
 * of the line (so that "OMP(omp threadprivate(x))" is read too). */
static int macro_use(scan *sc, int i, int ml)
{
	int e = i;
	while (e < sc->n && sc->s[e] != '\n')
		e++;
	parc_pragma *pr = parc_arena_alloc(sc->p->arena, sizeof *pr);
	pr->off = i;
	pr->line = line_of(sc->s, i);
	pr->text = parc_arena_strndup(sc->p->arena, sc->s + i, (size_t)(e - i));
	pr->parallel = true;
	if (strstr(pr->text, "threadprivate"))
		threadprivate(sc->p, pr->text);
	parc_vec_push(sc->p->arena, &sc->p->pragmas, pr);
	return i + ml;
}

static void scan_text(scan *sc, parc_vec *macros)
{
	const char *s = sc->s;
	int n = sc->n;
	bool line_start = true;
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
			i = directive(sc, i);
		} else if (c == '%' && i + 1 < n && s[i + 1] == ':' && line_start) {
			i = directive(sc, i + 1);      /* the digraph of '#' */
		} else if (sc->main && macros && macros->len && names_macro(s, n, i, macros, &ml)) {
			i = macro_use(sc, i, ml);
			line_start = false;
		} else {
			if (c == '_' && n - i > 7 && !strncmp(s + i, "_Pragma", 7) &&
			    (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')))
				pragma_operator(sc, i);
			line_start = false;
			i++;
		}
	}
}

/* Macros that expand to a directive: those whose body has _Pragma, and
 * those whose body names one of them (#define PAR OMP_FOR), to a fixpoint. */
static void directive_macros(parc_program *p, parc_vec *defines, parc_vec *macros)
{
	for (bool grew = true; grew;) {
		grew = false;
		for (int i = 0; i + 1 < defines->len; i += 2) {
			const char *name = defines->items[i], *body = defines->items[i + 1];
			bool known = false;
			for (int k = 0; k < macros->len && !known; k++)
				known = !strcmp(macros->items[k], name);
			if (known)
				continue;
			int ml;
			bool uses = strstr(body, "_Pragma") || strstr(body, "__pragma");
			for (int j = 0; body[j] && !uses; j++)
				uses = names_macro(body, (int)strlen(body), j, macros, &ml);
			if (uses) {
				parc_vec_push(p->arena, macros, (char *)name);
				grew = true;
			}
		}
	}
}

void parc_frontend_scan_pragmas(parc_program *p, const char *const *headers, int nheaders)
{
	parc_vec defines = { 0 }, macros = { 0 };
	/* Headers first: their macros and threadprivate lists apply here. */
	for (int i = 0; i < nheaders; i++) {
		scan sh = { p, headers[i], (int)strlen(headers[i]), false, &defines };
		scan_text(&sh, NULL);
	}
	scan sm = { p, p->src, p->src_len, true, &defines };
	scan_text(&sm, NULL);
	directive_macros(p, &defines, &macros);
	if (!macros.len)
		return;
	/* Again, now recording the uses of directive macros. */
	p->pragmas.len = 0;
	p->threadprivate.len = 0;
	for (int i = 0; i < nheaders; i++) {
		scan sh = { p, headers[i], (int)strlen(headers[i]), false, &defines };
		scan_text(&sh, NULL);
	}
	scan_text(&sm, &macros);
}
