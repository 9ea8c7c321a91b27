/* check.c - the run-time dependence checker behind `parc --instrument`
 * (see parc_check.h for what it reports).
 *
 * Shadow memory is a hash table of 8-byte granules.  Each granule keeps,
 * for each of its bytes, the last iteration that wrote it and the first
 * that read it, plus a bit saying a second iteration read it too; that is
 * enough to see every pair of iterations that conflict on a byte, at a cost
 * linear in the bytes accessed.  A table belongs to one level of a small
 * stack of active loops (a checked loop may call a function with a checked
 * loop of its own); entries carry the epoch of the loop run that made them,
 * so starting a new run forgets the old one without clearing the table.
 *
 * The checker runs in a sequential program: it is not thread-safe, and an
 * instrumented file must be compiled without OpenMP. */
#include "parc_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GRAN 8
#define MAX_LEVELS 16

typedef struct gran {
	uintptr_t key;            /* granule number + 1; 0: empty slot */
	unsigned epoch;
	unsigned char rmulti;     /* bit k: byte k read by two iterations */
	int w[GRAN], r[GRAN];     /* iteration numbers (1-based), 0: none */
	const struct parc_chk_site *wsite, *rsite;
} gran;

/* What is kept about a loop over the whole run of the program. */
typedef struct lstate {
	struct parc_chk_loop *loop;
	long long runs, iters, accesses, conflicts;
	char *first;              /* the first conflict, as a sentence */
	struct lstate *next;
} lstate;

typedef struct level {
	struct parc_chk_loop *loop;
	gran *tab;
	size_t cap, used;
	unsigned epoch;
	int cur;                  /* current iteration, 0 before the first */
	long long *idx;           /* index values, two per iteration */
	size_t nidx, idx_cap;
	int role;                 /* see parc_chk_iter */
	int skip;                 /* this run is not checked */
	uintptr_t stack_top;      /* the stack below this belongs to functions
	                           * called since the run began */
} level;

static level levels[MAX_LEVELS];
static int depth;
static unsigned next_epoch = 1;
static lstate *all_loops;

static void die(const char *what)
{
	fprintf(stderr, "parc check: %s\n", what);
	abort();
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n, size);
	if (!p)
		die("out of memory");
	return p;
}

static lstate *state_of(struct parc_chk_loop *l)
{
	if (!l->state) {
		lstate *s = xcalloc(1, sizeof *s);
		s->loop = l;
		s->next = all_loops;
		all_loops = s;
		l->state = s;
	}
	return l->state;
}

/* ------------------------------------------------------------ the table */

static size_t slot_of(uintptr_t key, size_t cap)
{
	uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 17) & (cap - 1);
}

/* Keeps only the entries of the current run, in a table sized for them. */
static void rehash(level *v)
{
	size_t live = 0;
	for (size_t i = 0; i < v->cap; i++)
		if (v->tab[i].key && v->tab[i].epoch == v->epoch)
			live++;
	size_t cap = 1024;
	while (cap < 4 * live)
		cap *= 2;
	gran *t = xcalloc(cap, sizeof *t);
	for (size_t i = 0; i < v->cap; i++) {
		gran *g = &v->tab[i];
		if (!g->key || g->epoch != v->epoch)
			continue;
		size_t k = slot_of(g->key, cap);
		while (t[k].key)
			k = (k + 1) & (cap - 1);
		t[k] = *g;
	}
	free(v->tab);
	v->tab = t;
	v->cap = cap;
	v->used = live;
}

static gran *lookup(level *v, uintptr_t key)
{
	if (2 * (v->used + 1) > v->cap)
		rehash(v);
	size_t k = slot_of(key, v->cap);
	while (v->tab[k].key && v->tab[k].key != key)
		k = (k + 1) & (v->cap - 1);
	gran *g = &v->tab[k];
	if (!g->key)
		v->used++;
	if (!g->key || g->epoch != v->epoch) {
		memset(g, 0, sizeof *g);
		g->key = key;
		g->epoch = v->epoch;
	}
	return g;
}

/* ------------------------------------------------------------- messages */

static void iteration_name(char *buf, size_t n, level *v, int it)
{
	struct parc_chk_loop *l = v->loop;
	if (it <= 0 || (size_t)(2 * it) > v->nidx || !l->index) {
		snprintf(buf, n, it > 0 ? "#%d" : "(an earlier one)", it);
		return;
	}
	long long i = v->idx[2 * (it - 1)], j = v->idx[2 * (it - 1) + 1];
	if (l->collapse > 1 && l->inner)
		snprintf(buf, n, "%s=%lld, %s=%lld", l->index, i, l->inner, j);
	else
		snprintf(buf, n, "%s=%lld", l->index, i);
}

/* a[4] when the access is a one-subscript element of a named object,
 * else the access as written. */
static void element_name(char *buf, size_t n, const struct parc_chk_site *s,
	const void *base, const volatile void *addr, unsigned long size)
{
	uintptr_t b = (uintptr_t)base, a = (uintptr_t)addr;
	if (s->base && b && a >= b && size && (a - b) % size == 0) {
		long long k = (long long)((a - b) / size);
		if (s->dims == 1)
			snprintf(buf, n, "%s[%lld]", s->base, k);
		else
			snprintf(buf, n, "%s (element %lld of %s)", s->text, k, s->base);
		return;
	}
	snprintf(buf, n, "%s", s->text);
}

enum { FLOW, ANTI, OUTPUT };

static void conflict(level *v, int kind, int other, const struct parc_chk_site *osite,
	const struct parc_chk_site *s, const void *base, const volatile void *addr,
	unsigned long size)
{
	lstate *st = state_of(v->loop);
	st->conflicts++;
	if (st->first)
		return;
	char me[96], them[96], what[256];
	iteration_name(me, sizeof me, v, v->cur);
	iteration_name(them, sizeof them, v, other);
	element_name(what, sizeof what, s, base, addr, size);
	int oline = osite ? osite->line : 0;
	/* The access now running is the subject: its text names the bytes. */
	static const char *verb[] = { "reads", "writes", "writes" };
	static const char *then[] = { "wrote", "read", "also wrote" };
	size_t len = strlen(what) + 256;
	st->first = xcalloc(1, len);
	snprintf(st->first, len, "iteration %s %s %s (line %d), which iteration %s %s (line %d)",
		me, verb[kind], what, s->line, them, then[kind], oline);
}

/* ------------------------------------------------------------- recording */

static void record_granule(level *v, uintptr_t g, unsigned lo, unsigned hi, int mode,
	const struct parc_chk_site *s, const void *base, const volatile void *addr,
	unsigned long size, int *seen)
{
	gran *e = lookup(v, g + 1);
	int t = v->cur;
	for (unsigned k = lo; k < hi; k++) {
		if (mode != 1 && e->w[k] && e->w[k] != t && !*seen) {
			conflict(v, FLOW, e->w[k], e->wsite, s, base, addr, size);
			*seen = 1;
		}
		if (mode != 0 && !*seen) {
			if (e->w[k] && e->w[k] != t) {
				conflict(v, OUTPUT, e->w[k], e->wsite, s, base, addr, size);
				*seen = 1;
			} else if ((e->r[k] && e->r[k] != t) || (e->rmulti & (1u << k))) {
				int other = e->r[k] != t ? e->r[k] : 0;
				conflict(v, ANTI, other, e->rsite, s, base, addr, size);
				*seen = 1;
			}
		}
		if (mode != 1) {
			if (!e->r[k])
				e->r[k] = t;
			else if (e->r[k] != t)
				e->rmulti |= (unsigned char)(1u << k);
			e->rsite = s;
		}
		if (mode != 0) {
			e->w[k] = t;
			e->wsite = s;
		}
	}
}

void *parc_chk_access(const struct parc_chk_site *s, const void *base,
	const volatile void *addr, unsigned long size, int mode)
{
	uintptr_t a = (uintptr_t)addr;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	for (int d = 0; d < depth; d++) {
		level *v = &levels[d];
		if (!v->cur || !size)
			continue;
		/* A local of a function called in this iteration: each call
		 * has its own, even when they share an address. */
		if (a >= sp && a < v->stack_top)
			continue;
		state_of(v->loop)->accesses++;
		int seen = 0;
		uintptr_t end = a + size;
		for (uintptr_t g = a / GRAN; g <= (end - 1) / GRAN; g++) {
			uintptr_t g0 = g * GRAN;
			unsigned lo = a > g0 ? (unsigned)(a - g0) : 0;
			unsigned hi = end < g0 + GRAN ? (unsigned)(end - g0) : GRAN;
			record_granule(v, g, lo, hi, mode, s, base, addr, size, &seen);
		}
	}
	return (void *)(uintptr_t)addr;
}

/* ----------------------------------------------------------------- loops */

static int find(struct parc_chk_loop *l)
{
	for (int d = depth - 1; d >= 0; d--)
		if (levels[d].loop == l)
			return d;
	return -1;
}

static level *begin(struct parc_chk_loop *l, int role, uintptr_t stack_top)
{
	int d = find(l);
	if (d >= 0)
		depth = d;          /* left by a jump: that run is over */
	if (depth == MAX_LEVELS)
		die("checked loops nested too deeply");
	level *v = &levels[depth++];
	v->loop = l;
	v->epoch = next_epoch++;
	v->cur = 0;
	v->nidx = 0;
	v->stack_top = stack_top;
	v->role = role & 3;
	v->skip = (role & 4) != 0;
	if (!v->tab) {
		v->cap = 1024;
		v->tab = xcalloc(v->cap, sizeof *v->tab);
		v->used = 0;
	}
	state_of(l)->runs++;
	return v;
}

/* role 0: a loop checked on its own; 1: the innermost loop of a collapsed
 * nest (each true condition starts an iteration of the nest); 2: the
 * outermost loop of a collapsed nest (it only begins and ends the run).
 * Plus 4 when this run would not be parallel (a run-time overlap test
 * failed): it is run but not checked. */
int parc_chk_iter(struct parc_chk_loop *l, int c, long long i, long long j, int role)
{
	int d = find(l);
	if (!c) {
		if ((role & 3) != 1 && d >= 0)
			depth = d;
		return 0;
	}
	/* The loop's own frame ends just above this function's frame address
	 * (saved frame pointer, return address); computed here, not in a
	 * helper that may not be inlined. */
	uintptr_t top = (uintptr_t)__builtin_frame_address(0) + 2 * sizeof(void *);
	level *v = d >= 0 ? &levels[d] : begin(l, role, top);
	if ((role & 3) == 2 || v->skip)
		return 1;
	if (d >= 0 && d < depth - 1)
		depth = d + 1;      /* inner runs left by a jump */
	if (v->nidx + 2 > v->idx_cap) {
		v->idx_cap = v->idx_cap ? 2 * v->idx_cap : 256;
		v->idx = realloc(v->idx, v->idx_cap * sizeof *v->idx);
		if (!v->idx)
			die("out of memory");
	}
	v->idx[v->nidx++] = i;
	v->idx[v->nidx++] = j;
	v->cur++;
	state_of(l)->iters++;
	return 1;
}

/* ---------------------------------------------------------------- report */

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			fprintf(f, "\\u%04x", *s);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

static void write_json(const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "parc check: cannot write '%s'\n", path);
		return;
	}
	fputs("{\"version\": 1, \"loops\": [", f);
	for (lstate *s = all_loops; s; s = s->next) {
		fputs(s == all_loops ? "\n  {" : ",\n  {", f);
		fputs("\"file\": ", f);
		json_string(f, s->loop->file);
		fprintf(f, ", \"line\": %d, \"column\": %d, \"runs\": %lld, \"iterations\": %lld, "
			"\"accesses\": %lld, \"conflicts\": %lld, \"first\": ", s->loop->line,
			s->loop->col, s->runs, s->iters, s->accesses, s->conflicts);
		if (s->first)
			json_string(f, s->first);
		else
			fputs("null", f);
		fputc('}', f);
	}
	fputs("\n]}\n", f);
	fclose(f);
}

static void report(void)
{
	int bad = 0;
	for (lstate *s = all_loops; s; s = s->next) {
		if (!s->conflicts)
			continue;
		bad = 1;
		fprintf(stderr, "%s:%d:%d: error: loop carries a dependence at run time: %s",
			s->loop->file, s->loop->line, s->loop->col, s->first);
		if (s->conflicts > 1)
			fprintf(stderr, " (%lld conflicting accesses in all)", s->conflicts);
		fputc('\n', stderr);
	}
	const char *json = getenv("PARC_CHECK_JSON");
	if (json && *json)
		write_json(json);
	if (bad) {
		fflush(NULL);
		_exit(PARC_CHK_EXIT);
	}
}

/* Registered before main runs, so that it runs after the program's own
 * exit handlers. */
__attribute__((constructor)) static void setup(void)
{
	atexit(report);
}
