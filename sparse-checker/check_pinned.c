// SPDX-License-Identifier: GPL-2.0
/*
 * The __pinned address space (sparse-checker/pinned.h).  In a file that
 * uses it, the type says which pages are pinned, across functions and
 * files: a __pinned page that reaches a FOLL_GET release (put_page(),
 * release_pages(), folio_put()) is a gup-put bug, and so is an unpin of a
 * page whose type does not say __pinned.  Every other use of a __pinned
 * page is fine: the driver drops sparse's address-space complaints about
 * it (pagelint-sparse.c).
 */
#include <string.h>
#include "pagelint.h"

/* 1: the page (FORM page) or the pages (array) of @e are __pinned. */
static int pinned_type(struct expression *e, int array)
{
	struct symbol *t;
	struct ident *as;

	e = pl_strip(e);
	if (!e || !e->ctype)
		return -1;
	t = pl_base(e->ctype);
	if (array) {
		if (!t || (t->type != SYM_PTR && t->type != SYM_ARRAY))
			return -1;
		t = pl_base(t->ctype.base_type);
	}
	if (!t || t->type != SYM_PTR)
		return -1;
	as = t->ctype.as;
	return as && !strcmp(pl_id(as), "__pinned");
}

/* folio_put(page_folio(p)): the page inside */
static struct expression *inner_page(struct expression *e)
{
	struct expression *args[PL_MAXARGS];
	int n = 0;

	if (pl_call_name(e, args, &n) && n == 1)
		return pl_strip(args[0]);
	return e;
}

static void run(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_call *c;

	/* A tree without FOLL_PIN has nothing to annotate. */
	if (!f->pinned_mode || !pl_release_for("pin", "page"))
		return;
	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_find("release", c->name);
		struct expression *a;
		char msg[1024];
		int array, p;

		if (!r || !c->nargs)
			continue;
		array = !strcmp(r->release.form, "array");
		a = c->args[0];
		if (!strcmp(r->release.form, "folio"))
			a = inner_page(pl_strip(a));
		p = pinned_type(a, array);
		if (p < 0)
			continue;
		if (p && strcmp(r->release.cls, "pin"))
			rep->warn(c->pos, "gup-put",
				pl_say(msg, sizeof(msg), "pinned-put", "what",
				       array ? "pages" : "page", "rel", c->name,
				       "cls", "pin", NULL));
		else if (!p && !strcmp(r->release.cls, "pin"))
			rep->warn(c->pos, "gup-put",
				pl_say(msg, sizeof(msg), "pinned-unpin", "what",
				       array ? "pages" : "a page", "rel", c->name,
				       NULL));
	}
}

const struct pl_check check_pinned = { "gup-put", run };
