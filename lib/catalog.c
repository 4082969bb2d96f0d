// SPDX-License-Identifier: GPL-2.0
/*
 * Reader for catalog/pagelint.api.  The file is small (a few hundred
 * records), so it is kept whole in memory and searched linearly; the
 * engines look names up through their own per-unit tables.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"

#ifndef PAGELINT_CATALOG
#define PAGELINT_CATALOG "catalog/pagelint.api"
#endif

static struct pl_rec *recs;
static int nrecs, reccap;
static const char *loaded;

const char *pl_catalog_path(void)
{
	const char *p = getenv("PAGELINT_CATALOG");

	return p && *p ? p : PAGELINT_CATALOG;
}

char *pl_read_stream(FILE *fp)
{
	size_t len = 0, cap = 0, n;
	char *buf = NULL;

	do {
		if (cap - len < 4096) {
			char *nb = realloc(buf, cap + 65536);

			if (!nb) {
				free(buf);
				errno = ENOMEM;
				return NULL;
			}
			buf = nb;
			cap += 65536;
		}
		n = fread(buf + len, 1, cap - len - 1, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	return buf;
}

char *pl_read_file(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *buf;

	if (!fp)
		return NULL;
	buf = pl_read_stream(fp);
	fclose(fp);
	return buf;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static const struct {
	const char *name;
	int is_call;
} kinds[] = {
#define PL_KIND_ROW(k, call) { #k, call },
	PL_KINDS(PL_KIND_ROW)
#undef PL_KIND_ROW
};

static int kind_of(const char *name)
{
	int i;

	for (i = 0; i < PL_NKINDS; i++)
		if (!strcmp(kinds[i].name, name))
			return i;
	return -1;
}

/*
 * The field of a record kind that is the rest of its line: a feature's
 * REGEX, a text's TEXT.  -1 for the others.
 */
static int rest_of_line(const char *kind)
{
	if (!strcmp(kind, "feature"))
		return 3;
	if (!strcmp(kind, "text"))
		return 2;
	return -1;
}

/* Split one line in place. */
static int parse_line(char *s, int lineno, struct pl_rec *r)
{
	int n = -1;

	memset(r, 0, sizeof(*r));
	r->line = lineno;
	while (*s) {
		while (is_blank(*s))
			s++;
		if (!*s)
			break;
		if (n >= 0 && n == rest_of_line(r->kind)) {
			char *e = s + strlen(s);

			while (e > s && is_blank(e[-1]))
				*--e = '\0';
			r->f[n++] = s;
			break;
		}
		if (n >= PL_MAXF)
			return -1;
		if (n < 0)
			r->kind = s;
		else
			r->f[n] = s;
		n++;
		while (*s && !is_blank(*s))
			s++;
		if (*s)
			*s++ = '\0';
	}
	r->nf = n < 0 ? 0 : n;
	if (r->nf <= 0 || kind_of(r->kind) < 0)
		return -1;
	r->k = (enum pl_kind)kind_of(r->kind);
	return 0;
}

static char *texts[2];
static int *idx;
static unsigned int idx_size;

static int build_index(void);

/* Why the last load failed: engines word it as their setup warning. */
static char lasterr[512];

static int fail_with(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(lasterr, sizeof(lasterr), fmt, ap);
	va_end(ap);
	return -1;
}

const char *pl_catalog_error(void)
{
	return lasterr;
}

/* Append the records of the file at @path; 0, or -1 with lasterr set. */
static int load_file(const char *path, char **keep)
{
	char *line, *next;
	int lineno = 0;

	*keep = pl_read_file(path);
	if (!*keep)
		return fail_with("%s: cannot read the API catalogue: %s", path,
				 strerror(errno));
	for (line = *keep; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		while (is_blank(*line))
			line++;
		if (!*line || *line == '#')
			continue;
		if (nrecs == reccap) {
			struct pl_rec *nr;

			nr = realloc(recs, (reccap ? 2 * reccap : 256) * sizeof(*recs));
			if (!nr)
				return fail_with("out of memory reading %s", path);
			reccap = reccap ? 2 * reccap : 256;
			recs = nr;
		}
		if (parse_line(line, lineno, &recs[nrecs]) < 0)
			return fail_with("%s:%d: malformed catalogue record (kind '%s')",
					 path, lineno, recs[nrecs].kind ? recs[nrecs].kind : "");
		recs[nrecs].file = path;
		nrecs++;
	}
	return 0;
}

const char *pl_texts_path(const char *catalog)
{
	static char buf[4096];
	const char *slash = strrchr(catalog, '/');
	int dir = slash ? (int)(slash - catalog) + 1 : 0;

	snprintf(buf, sizeof(buf), "%.*spagelint.msg", dir, catalog);
	return buf;
}

int pl_catalog_load(const char *path)
{
	if (pl_catalog_try(path) < 0) {
		fprintf(stderr, "pagelint: %s\n", lasterr);
		return -1;
	}
	return 0;
}

int pl_catalog_try(const char *path)
{
	static char msgpath[4096];
	int n;

	if (!path)
		path = pl_catalog_path();
	if (loaded)
		return 0;
	snprintf(msgpath, sizeof(msgpath), "%s", pl_texts_path(path));
	if (load_file(path, &texts[0]) < 0)
		goto fail;
	n = nrecs;
	if (!n) {
		fail_with("%s: the catalogue has no records", path);
		goto fail;
	}
	if (load_file(msgpath, &texts[1]) < 0)
		goto fail;
	if (nrecs == n) {
		fail_with("%s: no finding texts", msgpath);
		goto fail;
	}
	if (build_index() < 0) {
		fail_with("out of memory reading %s", path);
		goto fail;
	}
	loaded = path;
	return 0;
fail:
	free(recs);
	free(texts[0]);
	free(texts[1]);
	free(idx);
	idx = NULL;
	recs = NULL;
	texts[0] = texts[1] = NULL;
	nrecs = reccap = 0;
	return -1;
}

const struct pl_rec *pl_next(const char *kind, const struct pl_rec *prev)
{
	int i = prev ? (int)(prev - recs) + 1 : 0;

	for (; i < nrecs; i++)
		if (!strcmp(recs[i].kind, kind))
			return &recs[i];
	return NULL;
}

/* The one index: (kind, NAME) -> the first such record. */

static unsigned int hash(int k, const char *name)
{
	unsigned int h = 2166136261u ^ (unsigned int)k;

	while (*name)
		h = (h ^ (unsigned char)*name++) * 16777619u;
	return h;
}

static int build_index(void)
{
	int i;

	for (idx_size = 64; idx_size < 4u * nrecs; idx_size *= 2)
		;
	idx = malloc(idx_size * sizeof(*idx));
	if (!idx)
		return -1;
	memset(idx, -1, idx_size * sizeof(*idx));
	for (i = 0; i < nrecs; i++) {
		unsigned int h = hash(recs[i].k, recs[i].name) & (idx_size - 1);

		while (idx[h] >= 0 && (recs[idx[h]].k != recs[i].k ||
				       strcmp(recs[idx[h]].name, recs[i].name)))
			h = (h + 1) & (idx_size - 1);
		if (idx[h] < 0)
			idx[h] = i;
	}
	return 0;
}

static const struct pl_rec *lookup(int k, const char *name)
{
	unsigned int h;

	if (!idx || k < 0 || !name)
		return NULL;
	for (h = hash(k, name) & (idx_size - 1); idx[h] >= 0;
	     h = (h + 1) & (idx_size - 1))
		if ((int)recs[idx[h]].k == k && !strcmp(recs[idx[h]].name, name))
			return &recs[idx[h]];
	return NULL;
}

int pl_unit(const char *unit)
{
	return unit && !strcmp(unit, "phys") ? PL_PHYS : PL_PFN;
}

const struct pl_rec *pl_find(const char *kind, const char *name)
{
	return lookup(kind_of(kind), name);
}

void pl_each_call(void (*fn)(const char *name, void *ctx), void *ctx)
{
	int i;

	for (i = 0; i < nrecs; i++) {
		if (!kinds[recs[i].k].is_call)
			continue;
		fn(recs[i].name, ctx);
		if (recs[i].k == PL_insert && recs[i].insert.vmf)
			fn(recs[i].insert.vmf, ctx);
		if (recs[i].k == PL_twin && recs[i].twin.pin)
			fn(recs[i].twin.pin, ctx);
	}
}

const struct pl_rec *pl_call(const char *name)
{
	const struct pl_rec *r;
	int i;

	for (i = 0; i < PL_NKINDS; i++)
		if (kinds[i].is_call && (r = lookup(i, name)))
			return r;
	return NULL;
}

int pl_vercmp(const char *a, const char *b)
{
	long ma = strtol(a, (char **)&a, 10), mb = strtol(b, (char **)&b, 10);
	long na = *a == '.' ? strtol(a + 1, NULL, 10) : 0;
	long nb = *b == '.' ? strtol(b + 1, NULL, 10) : 0;

	if (ma != mb)
		return ma < mb ? -1 : 1;
	return na < nb ? -1 : na > nb;
}

int pl_era_pos(const char *s, const char *version)
{
	int pos;

	if (!s || !strcmp(s, "-"))
		return 0;
	pos = atoi(s);
	if (!version || !strcmp(version, "unknown"))
		return pos;
	/* Alternatives are listed newest first: the last that applies wins. */
	while ((s = strchr(s, '/'))) {
		int p = atoi(++s);
		const char *lt = strchr(s, '<');

		if (lt && pl_vercmp(version, lt + 1) < 0)
			pos = p;
	}
	return pos;
}
