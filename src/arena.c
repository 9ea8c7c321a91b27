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
