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

/* The release that brought the NAME of a record that records one. */
static const char *since_field(const struct pl_rec *r)
{
	switch (r->k) {
	case PL_acquire:
		return r->acquire.since;
	case PL_release:
		return r->release.since;
	case PL_mapall:
		return r->mapall.since;
	case PL_valloc:
		return r->valloc.since;
	case PL_feature:
		return r->feature.since;
	case PL_archfeature:
		return r->archfeature.since;
	default:
		return NULL;
	}
}

const char *pl_since(const char *name)
{
	static const char *const kinds[] = {
		"acquire", "release", "mapall", "valloc", "feature",
		"archfeature",
	};
	static char buf[32];
	const struct pl_rec *r = NULL;
	const char *v = NULL;
	unsigned int i;

	for (i = 0; !v && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if ((r = pl_find(kinds[i], name)))
			v = since_field(r);
	/* the vm_fault_t form of an insert pair */
	for (r = NULL; !v && (r = pl_next("insert", r));)
		if (r->insert.vmf && !strcmp(r->insert.vmf, name))
			v = r->insert.since;
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
		if (r->release.form && !strcmp(r->release.cls, cls) &&
		    !strcmp(r->release.form, form) && pl_has(r->name))
			return r->name;
	return NULL;
}

const char *pl_want(const char *cls)
{
	const struct pl_rec *r = NULL;

	if (!cls)
		return NULL;
	while ((r = pl_next("want", r)))
		if (r->want.when && !strcmp(r->name, cls) &&
		    (!strcmp(r->want.when, "-") ||
		     pl_release_for(r->want.when, "page")))
			return r->want.rel;
	return NULL;
}

static int is_ident(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9');
}

int pl_follows_notifiers(const char *text)
{
	const struct pl_rec *r = NULL;

	while (text && (r = pl_next("notifier", r))) {
		size_t n = strlen(r->name);
		const char *s;

		for (s = strstr(text, r->name); s; s = strstr(s + 1, r->name))
			if ((s == text || !is_ident(s[-1])) && !is_ident(s[n]))
				return 1;
	}
	return 0;
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
			return r->name;
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
		return r && r->twin.pin ? r->twin.pin : "";
	}
	if (!strcmp(name, "have_twin"))
		return yes(pl_has(given(s, "twin")));
	if (!strcmp(name, "twin_since"))
		return pl_since(given(s, "twin"));
	if (!strcmp(name, "want"))
		return or_empty(pl_want(given(s, "cls")));
	if (!strcmp(name, "rel_ok")) {
		r = pl_find("release", given(s, "rel"));
		return yes(r && r->release.cls &&
			   !strcmp(r->release.cls, given(s, "want")));
	}
	if (!strcmp(name, "fix")) {
		r = pl_find("release", given(s, "rel"));
		return or_empty(r ? pl_release_for(given(s, "want"),
						   r->release.form) : NULL);
	}
	if (!strcmp(name, "access")) {
		if (pl_find("longterm", given(s, "sink")))
			return "longterm";
		r = pl_find("dma", given(s, "sink"));
		return r && r->dma.access ? r->dma.access : "device";
	}
	if (!strcmp(name, "unpin"))
		return or_empty(pl_release_for("pin", "page"));
	if (!strcmp(name, "unpins"))
		return or_empty(pl_release_for("pin", "array"));
	if (!strcmp(name, "vmf")) {
		r = pl_find("insert", given(s, "ins"));
		return r && r->insert.vmf ? r->insert.vmf : "";
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
		if (!r->text.text || strcmp(r->name, id) ||
		    !holds(&s, r->text.when))
			continue;
		if (!strcmp(r->text.text, "!"))
			return NULL;
		render(&s, r->text.text, buf, size);
		return buf;
	}
	return NULL;
}
