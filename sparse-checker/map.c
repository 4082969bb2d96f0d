// SPDX-License-Identifier: GPL-2.0
/* A string-keyed hash table: memory keys, facts, sources. */
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

struct pl_ent {
	char *key;
	void *val;
	struct pl_ent *next;
};

struct pl_map {
	unsigned int size, n;
	struct pl_ent **tab;
};

static unsigned int hash(const char *s)
{
	unsigned int h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

struct pl_map *pl_map_new(void)
{
	struct pl_map *m = calloc(1, sizeof(*m));

	m->size = 64;
	m->tab = calloc(m->size, sizeof(*m->tab));
	return m;
}

static void grow(struct pl_map *m)
{
	unsigned int i, size = m->size * 4;
	struct pl_ent **tab = calloc(size, sizeof(*tab));

	for (i = 0; i < m->size; i++) {
		struct pl_ent *e = m->tab[i], *next;

		for (; e; e = next) {
			unsigned int h = hash(e->key) & (size - 1);

			next = e->next;
			e->next = tab[h];
			tab[h] = e;
		}
	}
	free(m->tab);
	m->tab = tab;
	m->size = size;
}

void *pl_map_get(struct pl_map *m, const char *key)
{
	struct pl_ent *e;

	if (!key)
		return NULL;
	for (e = m->tab[hash(key) & (m->size - 1)]; e; e = e->next)
		if (!strcmp(e->key, key))
			return e->val;
	return NULL;
}

void **pl_map_slot(struct pl_map *m, const char *key)
{
	unsigned int h = hash(key) & (m->size - 1);
	struct pl_ent *e;

	for (e = m->tab[h]; e; e = e->next)
		if (!strcmp(e->key, key))
			return &e->val;
	if (m->n >= m->size) {
		grow(m);
		h = hash(key) & (m->size - 1);
	}
	e = calloc(1, sizeof(*e));
	e->key = strdup(key);
	e->next = m->tab[h];
	m->tab[h] = e;
	m->n++;
	return &e->val;
}

/* @fn on every entry, in no particular order; a non-zero return stops. */
int pl_map_each(struct pl_map *m, int (*fn)(const char *, void *, void *),
		void *data)
{
	unsigned int i;
	struct pl_ent *e;
	int rc;

	for (i = 0; i < m->size; i++)
		for (e = m->tab[i]; e; e = e->next)
			if ((rc = fn(e->key, e->val, data)))
				return rc;
	return 0;
}

/* Free the table, and each value with @fn unless it is NULL. */
void pl_map_free_with(struct pl_map *m, void (*fn)(void *))
{
	unsigned int i;

	if (!m)
		return;
	for (i = 0; i < m->size; i++) {
		struct pl_ent *e = m->tab[i], *next;

		for (; e; e = next) {
			next = e->next;
			if (fn && e->val)
				fn(e->val);
			free(e->key);
			free(e);
		}
	}
	free(m->tab);
	free(m);
}

void pl_map_free(struct pl_map *m)
{
	pl_map_free_with(m, NULL);
}
