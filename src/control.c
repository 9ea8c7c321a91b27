/* control.c - what the user says about loops.
 *
 * In the source:
 *     #pragma parc label(name)     names the loop that follows
 *     #pragma parc independent     asserts its iterations are independent
 *     #pragma parc serial          forbids parallelizing it
 * In a spec file (--spec=FILE.json), labels or "function:line" keys map to
 * choices (docs/spec.md):
 *     { "loops": { "hot": "serial",
 *                  "kernel:42": { "mode": "parallel", "threads": 4,
 *                                 "schedule": "dynamic", "collapse": 2 } } }
 * A spec key that matches no loop, an unknown choice, or malformed JSON is
 * an error reported at its place in the spec file. */
#include "parc/control.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The statement right after offset "off" in the main file. */
static parc_stmt *next_stmt(parc_program *p, int off)
{
	for (int i = 0; i < p->stmt_spans.len; i++) {
		parc_stmt *s = p->stmt_spans.items[i];
		if (s->loc.off > off)
			return s;
	}
	return NULL;
}

static parc_loop *loop_of(parc_program *p, parc_stmt *s)
{
	for (int i = 0; s && i < p->loops.len; i++)
		if (((parc_loop *)p->loops.items[i])->stmt == s)
			return p->loops.items[i];
	return NULL;
}

/* "label ( name )" -> name. */
static const char *label_name(parc_program *p, const char *t)
{
	const char *o = strchr(t, '(');
	if (!o)
		return NULL;
	o++;
	while (*o == ' ')
		o++;
	const char *e = o;
	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	return e > o ? parc_arena_strndup(p->arena, o, (size_t)(e - o)) : NULL;
}

void parc_control_pragmas(parc_program *p, FILE *diag)
{
	for (int i = 0; i < p->pragmas.len; i++) {
		parc_pragma *pr = p->pragmas.items[i];
		if (strncmp(pr->text, "parc", 4) || isalnum((unsigned char)pr->text[4]))
			continue;
		const char *t = pr->text + 4;
		while (*t == ' ' || *t == '\t')
			t++;
		parc_loop *l = loop_of(p, next_stmt(p, pr->off));
		if (!l) {
			if (diag)
				fprintf(diag, "%s:%d:1: warning: '#pragma parc %s' is not followed by a loop\n",
					p->path, pr->line, t);
			continue;
		}
		if (!strncmp(t, "label", 5))
			l->label = label_name(p, t);
		else if (!strncmp(t, "independent", 11))
			l->asserted = true;
		else if (!strncmp(t, "serial", 6))
			l->want_serial = true;
		else if (diag)
			fprintf(diag, "%s:%d:1: warning: unknown directive '#pragma parc %s'\n",
				p->path, pr->line, t);
	}
}

/* ------------------------------------------------------------ spec files */

struct parc_spec {
	char *text;           /* the file, for positions */
	const char *path;
	cJSON *root;
};

/* Line and column of byte "off" of the spec text. */
static void position(const parc_spec *s, size_t off, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off && s->text[i]; i++) {
		if (s->text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

/* Where the key "key" appears in the text (first occurrence as "key"). */
static void key_position(const parc_spec *s, const char *key, int *line, int *col)
{
	size_t n = strlen(key) + 3;
	char *q = malloc(n);
	snprintf(q, n, "\"%s\"", key);
	const char *at = strstr(s->text, q);
	free(q);
	position(s, at ? (size_t)(at - s->text) : 0, line, col);
}

static void spec_error(const parc_spec *s, const char *key, FILE *diag, const char *fmt,
	const char *arg)
{
	int line, col;
	key_position(s, key, &line, &col);
	fprintf(diag, "%s:%d:%d: error: ", s->path, line, col);
	fprintf(diag, fmt, arg);
	fputc('\n', diag);
}

parc_spec *parc_spec_load(const char *path, FILE *diag)
{
	char *text = NULL;
	size_t len;
	const char *why = NULL;
	if (parc_read_file(path, &text, &len, &why) != PARC_OK) {
		fprintf(diag, "parc: error: cannot read spec '%s': %s\n", path, why);
		return NULL;
	}
	parc_spec *s = parc_xcalloc(1, sizeof *s);
	s->text = text;
	s->path = path;
	s->root = cJSON_ParseWithLength(text, len);
	if (!s->root) {
		const char *err = cJSON_GetErrorPtr();
		int line, col;
		position(s, err && err >= text && err <= text + len ? (size_t)(err - text) : 0,
			&line, &col);
		fprintf(diag, "%s:%d:%d: error: malformed JSON\n", path, line, col);
		parc_spec_free(s);
		return NULL;
	}
	cJSON *loops = cJSON_GetObjectItemCaseSensitive(s->root, "loops");
	bool bad = !cJSON_IsObject(s->root) || !cJSON_IsObject(loops);
	for (cJSON *k = s->root->child; k && !bad; k = k->next)
		if (strcmp(k->string, "loops")) {
			spec_error(s, k->string, diag, "unknown key '%s' (expected \"loops\")", k->string);
			bad = true;
		}
	if (bad) {
		if (!cJSON_IsObject(loops))
			fprintf(diag, "%s:1:1: error: the spec must be an object with a \"loops\" object\n",
				path);
		parc_spec_free(s);
		return NULL;
	}
	return s;
}

void parc_spec_free(parc_spec *s)
{
	if (!s)
		return;
	cJSON_Delete(s->root);
	free(s->text);
	free(s);
}

/* Whether "key" names loop "l": its label, or "function:line". */
static bool matches(parc_loop *l, const char *key)
{
	if (l->label && !strcmp(l->label, key))
		return true;
	const char *colon = strrchr(key, ':');
	if (!colon || !l->func)
		return false;
	size_t fl = (size_t)(colon - key);
	return strlen(l->func->name) == fl && !strncmp(l->func->name, key, fl) &&
		atoi(colon + 1) == l->loc.line;
}

static bool apply_choice(const parc_spec *s, parc_loop *l, const char *key, cJSON *v, FILE *diag)
{
	if (cJSON_IsString(v)) {
		if (!strcmp(v->valuestring, "serial"))
			l->want_serial = true;
		else if (!strcmp(v->valuestring, "parallel"))
			l->want_parallel = true;
		else {
			spec_error(s, key, diag, "unknown choice '%s' (serial or parallel)", v->valuestring);
			return false;
		}
		return true;
	}
	if (!cJSON_IsObject(v)) {
		spec_error(s, key, diag, "the choice for '%s' must be a string or an object", key);
		return false;
	}
	for (cJSON *c = v->child; c; c = c->next) {
		const char *k = c->string;
		if (!strcmp(k, "mode") && cJSON_IsString(c) &&
		    (!strcmp(c->valuestring, "serial") || !strcmp(c->valuestring, "parallel"))) {
			l->want_serial = c->valuestring[0] == 's';
			l->want_parallel = c->valuestring[0] == 'p';
		} else if (!strcmp(k, "threads") && cJSON_IsNumber(c) && c->valueint > 0) {
			l->want_threads = c->valueint;
		} else if (!strcmp(k, "collapse") && cJSON_IsNumber(c) && c->valueint > 0) {
			l->want_collapse = c->valueint;
		} else if (!strcmp(k, "schedule") && cJSON_IsString(c) &&
		           (!strcmp(c->valuestring, "static") || !strcmp(c->valuestring, "dynamic") ||
		            !strcmp(c->valuestring, "guided") || !strcmp(c->valuestring, "auto"))) {
			l->want_schedule = c->valuestring;
		} else {
			spec_error(s, k, diag, "unknown or invalid choice '%s' (mode, threads, "
				"schedule, collapse)", k);
			return false;
		}
	}
	return true;
}

parc_status parc_spec_apply(const parc_spec *s, parc_program *p, FILE *diag)
{
	cJSON *loops = cJSON_GetObjectItemCaseSensitive(s->root, "loops");
	parc_status st = PARC_OK;
	for (cJSON *e = loops->child; e; e = e->next) {
		bool found = false;
		for (int i = 0; i < p->loops.len; i++) {
			parc_loop *l = p->loops.items[i];
			if (!matches(l, e->string))
				continue;
			found = true;
			if (!apply_choice(s, l, e->string, e, diag))
				st = PARC_ERROR;
		}
		if (!found) {
			spec_error(s, e->string, diag, "no loop is labelled or located '%s'", e->string);
			st = PARC_ERROR;
		}
	}
	return st;
}
