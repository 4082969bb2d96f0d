// SPDX-License-Identifier: GPL-2.0
/*
 * The shared layer for the C engines: the catalogue's decisions for the
 * tree being checked, and the finding texts of catalog/pagelint.msg.
 * cocci/src/say.py is the same in Python; tests/say-test compares them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "era.h"
#include "say.h"

int pl_has(const char *name)
{
	return name && *name && pl_have(name) != 0;
}

/* Where each kind keeps the release that brought its NAME. */
static const struct {
	const char *kind;
	int field;
} since_of[] = {
	{ "acquire", 4 }, { "release", 3 }, { "mapall", 1 }, { "valloc", 3 },
	{ "feature", 1 }, { "archfeature", 1 },
};

const char *pl_since(const char *name)
{
	static char buf[32];
	const struct pl_rec *r = NULL;
	const char *v = NULL;
	unsigned int i;

	for (i = 0; !v && i < sizeof(since_of) / sizeof(since_of[0]); i++) {
		r = pl_find(since_of[i].kind, name);
		if (r && since_of[i].field < r->nf)
			v = r->f[since_of[i].field];
	}
	/* the vm_fault_t form of an insert pair */
	for (r = NULL; !v && (r = pl_next("insert", r));)
		if (r->nf > 2 && !strcmp(r->f[1], name))
			v = r->f[2];
	if (!v || !strcmp(v, "-"))
		return "";
	snprintf(buf, sizeof(buf), "v%s", v);
	return buf;
}

const char *pl_release_for(const char *cls, const char *form)
{
	const struct pl_rec *r = NULL;

	if (!cls || !form)
		return NULL;
	if (!strcmp(form, "folio"))
		form = "page";
	while ((r = pl_next("release", r)))
		if (r->nf > 2 && !strcmp(r->f[1], cls) &&
		    !strcmp(r->f[2], form) && pl_has(r->f[0]))
			return r->f[0];
	return NULL;
}

const char *pl_want(const char *cls)
{
	const struct pl_rec *r = NULL;

	if (!cls)
		return NULL;
	while ((r = pl_next("want", r)))
		if (r->nf > 2 && !strcmp(r->f[0], cls) &&
		    (!strcmp(r->f[2], "-") || pl_release_for(r->f[2], "page")))
			return r->f[1];
	return NULL;
}

/* --- texts ----------------------------------------------------------------- */

#define MAXSLOTS 32

struct slots {
	int n;
	const char *name[MAXSLOTS], *val[MAXSLOTS];
	char derived[MAXSLOTS][128];
	char dname[MAXSLOTS][32];
};

static const char *slot(struct slots *s, const char *name, size_t len);

static const char *given(struct slots *s, const char *name)
{
	return slot(s, name, strlen(name));
}

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

static const char *nth_mapall(int n)
{
	const struct pl_rec *r = NULL;

	while ((r = pl_next("mapall", r)))
		if (!n--)
			return r->f[0];
	return "";
}

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

/* A slot the layer works out from the given ones; NULL if none such. */
static const char *derive(struct slots *s, const char *name)
{
	const struct pl_rec *r;

	if (!strcmp(name, "twin")) {
		r = pl_find("twin", given(s, "acq"));
		return r && r->nf > 1 ? r->f[1] : "";
	}
	if (!strcmp(name, "have_twin"))
		return yes(pl_has(given(s, "twin")));
	if (!strcmp(name, "twin_since"))
		return pl_since(given(s, "twin"));
	if (!strcmp(name, "want"))
		return or_empty(pl_want(given(s, "cls")));
	if (!strcmp(name, "rel_ok")) {
		r = pl_find("release", given(s, "rel"));
		return yes(r && r->nf > 1 && !strcmp(r->f[1], given(s, "want")));
	}
	if (!strcmp(name, "fix")) {
		r = pl_find("release", given(s, "rel"));
		return or_empty(r && r->nf > 2 ?
				pl_release_for(given(s, "want"), r->f[2]) :
				NULL);
	}
	if (!strcmp(name, "unpin"))
		return or_empty(pl_release_for("pin", "page"));
	if (!strcmp(name, "unpins"))
		return or_empty(pl_release_for("pin", "array"));
	if (!strcmp(name, "vmf")) {
		r = pl_find("insert", given(s, "ins"));
		return r && r->nf > 1 ? r->f[1] : "";
	}
	if (!strcmp(name, "have_vmf"))
		return yes(pl_has(given(s, "vmf")));
	if (!strcmp(name, "vmf_since"))
		return pl_since(given(s, "vmf"));
	if (!strcmp(name, "map_pages"))
		return nth_mapall(0);
	if (!strcmp(name, "map_pages_zero"))
		return nth_mapall(1);
	if (!strcmp(name, "have_map_pages"))
		return yes(pl_has(given(s, "map_pages")));
	if (!strcmp(name, "implied"))
		return yes(pl_has("vmalloc_implies_highmem"));
	if (!strcmp(name, "implied_since"))
		return pl_since("vmalloc_implies_highmem");
	if (!strcmp(name, "vmap_since"))
		return pl_since("vmap_stack");
	return NULL;
}

static const char *slot(struct slots *s, const char *name, size_t len)
{
	char key[sizeof(s->dname[0])];
	const char *v;
	int i;

	for (i = 0; i < s->n; i++)
		if (strlen(s->name[i]) == len && !strncmp(s->name[i], name, len))
			return s->val[i] ? s->val[i] : "";
	if (len >= sizeof(key))
		return "";
	memcpy(key, name, len);
	key[len] = '\0';
	v = derive(s, key);	/* may derive (and keep) others first */
	if (!v || s->n == MAXSLOTS)
		return v ? v : "";
	/* kept: later derivations and the text read it again */
	i = s->n++;
	snprintf(s->dname[i], sizeof(s->dname[i]), "%s", key);
	snprintf(s->derived[i], sizeof(s->derived[i]), "%s", v);
	s->name[i] = s->dname[i];
	s->val[i] = s->derived[i];
	return s->val[i];
}

/* Does @val (a slot's value) match one of "a|b|c" (@alt, @len bytes)? */
static int one_of(const char *val, const char *alt, size_t len)
{
	const char *end = alt + len, *bar;

	for (;;) {
		bar = memchr(alt, '|', end - alt);
		if (!bar)
			bar = end;
		if ((size_t)(bar - alt) == strlen(val) &&
		    !strncmp(alt, val, bar - alt))
			return 1;
		if (bar == end)
			return 0;
		alt = bar + 1;
	}
}

/* WHEN: '-', or SLOT=VALUE and SLOT!=VALUE joined by ','. */
static int holds(struct slots *s, const char *when)
{
	if (!strcmp(when, "-"))
		return 1;
	while (*when) {
		const char *comma = strchr(when, ','), *eq, *end;
		int neg;

		end = comma ? comma : when + strlen(when);
		eq = memchr(when, '=', end - when);
		if (!eq)
			return 0;
		neg = eq > when && eq[-1] == '!';
		if (one_of(slot(s, when, eq - when - neg), eq + 1,
			   end - eq - 1) == neg)
			return 0;
		when = comma ? comma + 1 : end;
	}
	return 1;
}

/* TEXT with each {SLOT} replaced. */
static void render(struct slots *s, const char *text, char *buf, size_t size)
{
	size_t n = 0;

	while (*text && n + 1 < size) {
		const char *close;

		if (*text == '{' && (close = strchr(text, '}'))) {
			n += snprintf(buf + n, size - n, "%s",
				      slot(s, text + 1, close - text - 1));
			if (n >= size)
				n = size - 1;
			text = close + 1;
		} else {
			buf[n++] = *text++;
		}
	}
	buf[n] = '\0';
}

const char *pl_say(char *buf, size_t size, const char *id, ...)
{
	const struct pl_rec *r = NULL;
	struct slots s;
	va_list ap;

	s.n = 0;
	va_start(ap, id);
	while (s.n < MAXSLOTS && (s.name[s.n] = va_arg(ap, const char *))) {
		s.val[s.n] = va_arg(ap, const char *);
		s.n++;
	}
	va_end(ap);
	while ((r = pl_next("text", r))) {
		if (r->nf < 3 || strcmp(r->f[0], id) || !holds(&s, r->f[1]))
			continue;
		if (!strcmp(r->f[2], "!"))
			return NULL;
		render(&s, r->f[2], buf, size);
		return buf;
	}
	return NULL;
}
