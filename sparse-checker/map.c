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

/*
 * The catalogue by name: pl_find() scans every record, and the checks ask
 * about every call of every file.  Built once: each name's records, in the
 * catalogue's order.
 */
struct cat_ent {
	const struct pl_rec *rec;
	struct cat_ent *next;
};

static struct pl_map *by_name;
static const char *kinds[] = {
		"acquire", "twin", "release", "store", "load", "keeps", "dma",
		"sguse", "slot", "mmapslot", "insert", "errmap", "mapall",
		"valloc", "gfp", "vguard", "userptr", "udup", "ucopy",
		"addr2pg", "archfeature", "nofeature", "feature",
};

static void index_catalogue(void)
{
	unsigned int i;

	by_name = pl_map_new();
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const struct pl_rec *r = NULL;

		while ((r = pl_next(kinds[i], r))) {
			struct cat_ent **p, *e;

			if (!r->nf)
				continue;
			p = (struct cat_ent **)pl_map_slot(by_name, r->f[0]);
			while (*p)
				p = &(*p)->next;
			e = calloc(1, sizeof(*e));
			e->rec = r;
			*p = e;
		}
	}
}

const struct pl_rec *pl_cat(const char *kind, const char *name)
{
	struct cat_ent *e;

	unsigned int i;

	if (!by_name)
		index_catalogue();
	if (!name)
		return NULL;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(kinds[i], kind))
			break;
	if (i == sizeof(kinds) / sizeof(kinds[0]))
		return pl_find(kind, name);	/* a kind not indexed */
	for (e = pl_map_get(by_name, name); e; e = e->next)
		if (!strcmp(e->rec->kind, kind))
			return e->rec;
	return NULL;
}
