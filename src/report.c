/* report.c - the JSON report and the compiler-style remarks.
 *
 * Both explain every loop of the main file.  The JSON format is versioned
 * and documented in docs/report.md; tools may rely on it. */
#include "parc/analysis.h"
#include "parc/output.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

enum { REPORT_VERSION = 1 };

static cJSON *reason_json(parc_reason *r)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "kind", parc_reason_kind_name(r->kind));
	cJSON_AddStringToObject(o, "message", r->message);
	if (r->var)
		cJSON_AddStringToObject(o, "variable", r->var);
	if (r->src_line)
		cJSON_AddNumberToObject(o, "source_line", r->src_line);
	if (r->dst_line)
		cJSON_AddNumberToObject(o, "sink_line", r->dst_line);
	if (r->has_distance)
		cJSON_AddNumberToObject(o, "distance", (double)r->distance);
	return o;
}

int parc_loop_index_in_function(parc_program *p, parc_loop *l)
{
	(void)p;
	return l->func_index;
}

/* --target=cuda: the kernel, how iterations map to threads, and what
 * moves between host and device (formulas over the loop's variables). */
static void offload_json(cJSON *o, parc_loop *l)
{
	parc_offload *off = l->offload;
	char grid[256];
	if (off->inner)
		snprintf(grid, sizeof grid, "2-D grid-stride: %s on y, %s on x (blocks of 32 x 8); "
			"deeper loops run in each thread", l->index->name, off->inner->index->name);
	else
		snprintf(grid, sizeof grid, "1-D grid-stride: %s = lb + (blockIdx.x * blockDim.x + "
			"threadIdx.x + k * gridDim.x * blockDim.x) * %lld; inner loops run in each "
			"thread", l->index->name, (long long)l->step);
	cJSON_AddStringToObject(o, "kernel", off->name);
	cJSON_AddStringToObject(o, "grid", grid);
	cJSON_AddStringToObject(o, "bytes_in", off->bytes_in);
	cJSON_AddStringToObject(o, "bytes_out", off->bytes_out);
	cJSON *arr = cJSON_AddArrayToObject(o, "regions");
	bool fred = false;
	for (int i = 0; i < off->vars.len; i++) {
		parc_offload_var *v = off->vars.items[i];
		if (v->kind == PARC_OFFLOAD_REDUCTION && v->var->type->cls == PARC_TY_FLOAT)
			fred = true;
		if (v->kind != PARC_OFFLOAD_ARRAY)
			continue;
		cJSON *r = cJSON_CreateObject();
		cJSON_AddStringToObject(r, "array", v->var->name);
		cJSON_AddStringToObject(r, "lo", v->lo);
		cJSON_AddStringToObject(r, "hi", v->hi);
		cJSON_AddStringToObject(r, "copy", v->write ? "in-out" : "in");
		cJSON_AddItemToArray(arr, r);
	}
	cJSON_AddBoolToObject(o, "float_reduction", fred);
	cJSON_AddBoolToObject(o, "inexact_math", off->inexact_math);
}

static cJSON *loop_json(parc_program *p, parc_loop *l)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "file", p->path);
	cJSON_AddNumberToObject(o, "line", l->loc.line);
	cJSON_AddNumberToObject(o, "column", l->loc.col);
	cJSON_AddStringToObject(o, "function", l->func ? l->func->name : "");
	cJSON_AddNumberToObject(o, "index", parc_loop_index_in_function(p, l));
	if (l->label)
		cJSON_AddStringToObject(o, "label", l->label);
	cJSON_AddNumberToObject(o, "depth", l->depth);
	cJSON_AddStringToObject(o, "decision", parc_decision_name(l->decision));
	cJSON *cl = cJSON_AddArrayToObject(o, "clauses");
	if (l->decision == PARC_DECISION_PARALLEL) {
		if (l->collapse > 1) {
			char buf[32];
			snprintf(buf, sizeof buf, "collapse(%d)", l->collapse);
			cJSON_AddItemToArray(cl, cJSON_CreateString(buf));
		}
		for (int i = 0; i < l->clauses.len; i++)
			cJSON_AddItemToArray(cl, cJSON_CreateString(l->clauses.items[i]));
		if (l->version_if)
			cJSON_AddStringToObject(o, "version_if", l->version_if);
		static const char *const balance[] = { "uniform", "linear", "irregular" };
		cJSON_AddStringToObject(o, "balance", balance[l->balance]);
		if (l->offload)
			offload_json(o, l);
	}
	cJSON_AddStringToObject(o, "target", l->decision != PARC_DECISION_PARALLEL ? "serial" :
		l->offload ? "cuda" : "openmp");
	if (l->cuda_scope_end > 0)
		cJSON_AddBoolToObject(o, "cuda_scope", true);
	cJSON *rs = cJSON_AddArrayToObject(o, "reasons");
	for (int i = 0; i < l->reasons.len; i++)
		cJSON_AddItemToArray(rs, reason_json(l->reasons.items[i]));
	return o;
}

static bool reported(parc_loop *l)
{
	return l->loc.in_main;
}

parc_status parc_report_write(parc_program *p, const char *path, const char **why)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "version", REPORT_VERSION);
	cJSON_AddStringToObject(root, "file", p->path);
	int n = 0, par = 0;
	cJSON *loops = cJSON_AddArrayToObject(root, "loops");
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!reported(l))
			continue;
		cJSON_AddItemToArray(loops, loop_json(p, l));
		n++;
		par += l->decision == PARC_DECISION_PARALLEL;
	}
	cJSON *sum = cJSON_AddObjectToObject(root, "summary");
	cJSON_AddNumberToObject(sum, "loops", n);
	cJSON_AddNumberToObject(sum, "parallel", par);
	char *text = cJSON_Print(root);
	cJSON_Delete(root);
	parc_buf b;
	parc_buf_init(&b);
	parc_buf_puts(&b, text);
	parc_buf_puts(&b, "\n");
	free(text);
	parc_status st = !strcmp(path, "-") ?
		(fputs(b.data, stdout) < 0 ? PARC_ERROR : PARC_OK) :
		parc_write_file_atomic(path, b.data, b.len, why);
	if (st != PARC_OK && !*why)
		*why = "write error";
	parc_buf_free(&b);
	return st;
}

void parc_remarks_print(parc_program *p, FILE *out, parc_remark_mode mode)
{
	for (int i = 0; i < p->loops.len; i++) {
		parc_loop *l = p->loops.items[i];
		if (!reported(l) || l->decision == PARC_DECISION_INNER)
			continue;
		bool par = l->decision == PARC_DECISION_PARALLEL;
		if (!(mode & (par ? PARC_REMARK_PASSED : PARC_REMARK_MISSED)))
			continue;
		fprintf(out, "%s:%d:%d: remark: ", p->path, l->loc.line, l->loc.col);
		if (par) {
			parc_buf b;
			parc_buf_init(&b);
			parc_pragma_text(&b, l);
			const char *cl = b.data + sizeof("omp parallel for") - 1;
			if (l->simd)
				cl += sizeof(" simd") - 1;
			fprintf(out, "loop parallelized%s%s%s%s%s%s [-Rpass=parc]\n",
				*cl ? " [" : "", *cl ? cl + 1 : "", *cl ? "]" : "",
				l->version_if ? " [when " : "", l->version_if ? l->version_if : "",
				l->version_if ? "; else the original loop]" : "");
			parc_buf_free(&b);
			/* How: interchanged, or inside a serial loop. */
			for (int k = 0; k < l->reasons.len; k++) {
				parc_reason *r = l->reasons.items[k];
				if (r->kind == PARC_REASON_INTERCHANGE || r->kind == PARC_REASON_INNER_OF_SERIAL)
					fprintf(out, "%s:%d:%d: note: %s\n", p->path, l->loc.line,
						l->loc.col, r->message);
			}
			continue;
		}
		parc_reason *r = l->reasons.len ? l->reasons.items[0] : NULL;
		fprintf(out, "loop not parallelized: %s [-Rpass-missed=parc]\n",
			r ? r->message : "no reason recorded");
		for (int k = 1; k < l->reasons.len; k++) {
			r = l->reasons.items[k];
			fprintf(out, "%s:%d:%d: note: %s\n", p->path, l->loc.line, l->loc.col,
				r->message);
		}
	}
}
