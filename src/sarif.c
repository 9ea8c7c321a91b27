/* sarif.c - SARIF 2.1.0 output for CI (--sarif=FILE).
 *
 * One run of the tool "parc".  Each loop left serial is a "note" result
 * whose rule is its first reason's kind; a loop the user insisted on that
 * parc cannot parallelize, and a loop that was parallel in the baseline
 * but is not any more, are "error" results.  Code scanning services show
 * results at their file, line and column. */
#include "parc/output.h"
#include "parc/version.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

struct parc_sarif {
	cJSON *root;
	cJSON *results;
	cJSON *rules;
};

static void add_rule(parc_sarif *s, const char *id, const char *text)
{
	for (cJSON *r = s->rules->child; r; r = r->next)
		if (!strcmp(cJSON_GetObjectItem(r, "id")->valuestring, id))
			return;
	cJSON *r = cJSON_CreateObject();
	cJSON_AddStringToObject(r, "id", id);
	cJSON *d = cJSON_AddObjectToObject(r, "shortDescription");
	cJSON_AddStringToObject(d, "text", text);
	cJSON_AddItemToArray(s->rules, r);
}

parc_sarif *parc_sarif_new(void)
{
	parc_sarif *s = parc_xcalloc(1, sizeof *s);
	s->root = cJSON_CreateObject();
	cJSON_AddStringToObject(s->root, "$schema",
		"https://json.schemastore.org/sarif-2.1.0.json");
	cJSON_AddStringToObject(s->root, "version", "2.1.0");
	cJSON *runs = cJSON_AddArrayToObject(s->root, "runs");
	cJSON *run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);
	cJSON *tool = cJSON_AddObjectToObject(run, "tool");
	cJSON *driver = cJSON_AddObjectToObject(tool, "driver");
	cJSON_AddStringToObject(driver, "name", "parc");
	cJSON_AddStringToObject(driver, "version", PARC_VERSION);
	cJSON_AddStringToObject(driver, "informationUri", "https://example.invalid/parc");
	s->rules = cJSON_AddArrayToObject(driver, "rules");
	s->results = cJSON_AddArrayToObject(run, "results");
	return s;
}

void parc_sarif_add(parc_sarif *s, const char *level, const char *rule, const char *file,
	int line, int col, const char *msg)
{
	add_rule(s, rule, rule);
	cJSON *r = cJSON_CreateObject();
	cJSON_AddStringToObject(r, "ruleId", rule);
	cJSON_AddStringToObject(r, "level", level);
	cJSON *m = cJSON_AddObjectToObject(r, "message");
	cJSON_AddStringToObject(m, "text", msg);
	cJSON *locs = cJSON_AddArrayToObject(r, "locations");
	cJSON *loc = cJSON_CreateObject();
	cJSON_AddItemToArray(locs, loc);
	cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
	cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
	cJSON_AddStringToObject(art, "uri", file);
	cJSON *reg = cJSON_AddObjectToObject(phys, "region");
	cJSON_AddNumberToObject(reg, "startLine", line > 0 ? line : 1);
	cJSON_AddNumberToObject(reg, "startColumn", col > 0 ? col : 1);
	cJSON_AddItemToArray(s->results, r);
}

void parc_sarif_add_program(parc_sarif *s, parc_program *p)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!l->loc.in_main || l->decision == PARC_DECISION_PARALLEL ||
		    l->decision == PARC_DECISION_INNER || !l->reasons.len)
			continue;
		parc_reason *r = l->reasons.items[0];
		parc_sarif_add(s, "note", parc_reason_kind_name(r->kind), p->path, l->loc.line,
			l->loc.col, r->message);
	}
}

parc_status parc_sarif_write(parc_sarif *s, const char *path, const char **why)
{
	char *text = cJSON_Print(s->root);
	parc_buf b;
	parc_buf_init(&b);
	parc_buf_puts(&b, text);
	parc_buf_puts(&b, "\n");
	free(text);
	parc_status st = parc_write_file_atomic(path, b.data, b.len, why);
	parc_buf_free(&b);
	return st;
}

void parc_sarif_free(parc_sarif *s)
{
	if (!s)
		return;
	cJSON_Delete(s->root);
	free(s);
}
