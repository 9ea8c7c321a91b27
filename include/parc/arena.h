/* arena.h - bump allocator owning all IR memory of one translation unit.
 *
 * IR nodes are never freed one by one: the arena is freed in one call when
 * the translation unit is done.  Objects that live outside the arena (isl
 * sets, for example) must not be stored in it. */
#ifndef PARC_ARENA_H
#define PARC_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct parc_arena parc_arena;

parc_arena *parc_arena_new(void);
void parc_arena_free(parc_arena *a);
/* Zero-initialised memory owned by "a". */
void *parc_arena_alloc(parc_arena *a, size_t size);
char *parc_arena_strdup(parc_arena *a, const char *s);
char *parc_arena_strndup(parc_arena *a, const char *s, size_t n);

/* A growable array of pointers whose storage lives in an arena. */
typedef struct parc_vec {
	void **items;   /* "items": the elements */
	int len;        /* "len": elements in use */
	int cap;        /* "cap": elements allocated */
} parc_vec;

void parc_vec_push(parc_arena *a, parc_vec *v, void *item);
/* Whether "v" holds "item" (a linear search: for short vectors). */
bool parc_vec_has(const parc_vec *v, const void *item);

/* A map from small non-negative integer keys (variable ids) to ints, in an
 * arena: per-loop sets must cost what the loop uses, not what the whole
 * program declares. */
typedef struct parc_idmap {
	int *keys, *vals;     /* keys -1 mark empty slots */
	int cap, count;
	parc_arena *arena;
} parc_idmap;

void parc_idmap_init(parc_idmap *m, parc_arena *a);
/* The value stored for "key", or -1. */
int parc_idmap_get(const parc_idmap *m, int key);
void parc_idmap_put(parc_idmap *m, int key, int val);

#endif
