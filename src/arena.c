/* arena.c - the IR's bump allocator: large blocks, carved front to back. */
#include "parc/arena.h"
#include "parc/util.h"

#include <stdlib.h>
#include <string.h>

enum { BLOCK_SIZE = 64 * 1024 };

typedef struct block {
	struct block *next;
	size_t used, size;
	max_align_t data[];
} block;

struct parc_arena {
	block *head;
};

parc_arena *parc_arena_new(void)
{
	return parc_xcalloc(1, sizeof(parc_arena));
}

void parc_arena_free(parc_arena *a)
{
	if (!a)
		return;
	for (block *b = a->head, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *parc_arena_alloc(parc_arena *a, size_t size)
{
	size_t align = sizeof(max_align_t);
	size = (size + align - 1) / align * align;
	block *b = a->head;
	if (!b || b->used + size > b->size) {
		size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
		b = parc_xmalloc(sizeof(block) + cap);
		b->used = 0;
		b->size = cap;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

char *parc_arena_strndup(parc_arena *a, const char *s, size_t n)
{
	char *p = parc_arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *parc_arena_strdup(parc_arena *a, const char *s)
{
	return parc_arena_strndup(a, s, strlen(s));
}

/* Growth doubles and copies; the old storage stays in the arena until it is
 * freed, which costs at most as much memory again as the final array. */
void parc_vec_push(parc_arena *a, parc_vec *v, void *item)
{
	if (v->len == v->cap) {
		int cap = v->cap ? 2 * v->cap : 4;
		void **items = parc_arena_alloc(a, (size_t)cap * sizeof(void *));
		if (v->len)
			memcpy(items, v->items, (size_t)v->len * sizeof(void *));
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = item;
}

void parc_idmap_init(parc_idmap *m, parc_arena *a)
{
	m->keys = m->vals = NULL;
	m->cap = m->count = 0;
	m->arena = a;
}

static unsigned slot(int key, int cap)
{
	return ((unsigned)key * 2654435761u) & (unsigned)(cap - 1);
}

int parc_idmap_get(const parc_idmap *m, int key)
{
	if (!m->cap)
		return -1;
	for (unsigned h = slot(key, m->cap); m->keys[h] != -1; h = (h + 1) & (unsigned)(m->cap - 1))
		if (m->keys[h] == key)
			return m->vals[h];
	return -1;
}

static void idmap_grow(parc_idmap *m)
{
	int cap = m->cap ? 2 * m->cap : 16;
	int *keys = parc_arena_alloc(m->arena, (size_t)cap * sizeof(int));
	int *vals = parc_arena_alloc(m->arena, (size_t)cap * sizeof(int));
	for (int i = 0; i < cap; i++)
		keys[i] = -1;
	for (int i = 0; i < m->cap; i++) {
		if (m->keys[i] == -1)
			continue;
		unsigned h = slot(m->keys[i], cap);
		while (keys[h] != -1)
			h = (h + 1) & (unsigned)(cap - 1);
		keys[h] = m->keys[i];
		vals[h] = m->vals[i];
	}
	m->keys = keys;
	m->vals = vals;
	m->cap = cap;
}

void parc_idmap_put(parc_idmap *m, int key, int val)
{
	if (2 * (m->count + 1) > m->cap)
		idmap_grow(m);
	unsigned h = slot(key, m->cap);
	for (; m->keys[h] != -1; h = (h + 1) & (unsigned)(m->cap - 1))
		if (m->keys[h] == key) {
			m->vals[h] = val;
			return;
		}
	m->keys[h] = key;
	m->vals[h] = val;
	m->count++;
}

bool parc_vec_has(const parc_vec *v, const void *item)
{
	for (int i = 0; i < v->len; i++)
		if (v->items[i] == item)
			return true;
	return false;
}
