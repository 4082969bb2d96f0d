// SPDX-License-Identifier: GPL-2.0
/*
 * gup-put: pages from pin_user_pages*() released with put_page() and
 * friends, and pages from get_user_pages*() unpinned.
 * gup-dma: pages got with FOLL_GET that reach DMA (a scatterlist,
 * dma_map_page(), a bio).
 *
 * Facts are per container (keys.c): an acquire tags the array it fills, a
 * copy (pages[i] into x->page, sg_set_page()) carries the tags on, a
 * release looks at the container it reads from.  Field keys hold for the
 * whole file, so the order of the functions does not matter.  A container
 * that also holds pages from anywhere else is left alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

#define T_PIN	1
#define T_GET	2
#define T_OTHER	4
#define T_DMA	8

struct fact {
	unsigned int tags;
	const struct pl_call *acq;	/* the first acquire */
	const struct pl_call *dma;	/* the first DMA use */
};

struct edge {
	const char *from, *to;
	const struct pl_call *via;
	struct edge *next;
};

static struct pl_map *facts;
static struct edge *edges;

static struct fact *fact(const char *key)
{
	void **slot;

	if (!key)
		return NULL;
	slot = pl_map_slot(facts, key);
	if (!*slot)
		*slot = calloc(1, sizeof(struct fact));
	return *slot;
}

static void add_edge(const char *from, const char *to,
		     const struct pl_call *via)
{
	struct edge *e;

	if (!from || !to || !strcmp(from, to))
		return;
	e = calloc(1, sizeof(*e));
	e->from = strdup(from);
	e->to = strdup(to);
	e->via = via;
	e->next = edges;
	edges = e;
}

static int is_page_ptr(struct symbol *t)
{
	t = pl_base(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = pl_base(t->ctype.base_type);
	return t && t->type == SYM_STRUCT && t->ident &&
		!strcmp(pl_id(t->ident), "page");
}

/* The struct a pointer argument points to, by name. */
static const char *pointee_name(struct expression *e)
{
	struct symbol *t;

	e = pl_strip(e);
	t = e ? pl_base(e->ctype) : NULL;
	if (!t || t->type != SYM_PTR)
		return NULL;
	t = pl_base(t->ctype.base_type);
	return t && t->type == SYM_STRUCT && t->ident ? pl_id(t->ident) : NULL;
}

static int in_list(const char **l, int n, const char *name)
{
	while (n--)
		if (l[n] == name)
			return 1;
	return 0;
}

/*
 * Iterators: the carriers loads read from (struct sg_page_iter) and those
 * stores fill (struct scatterlist, sg_table), as the tree declares the
 * catalogue's load and store functions.  A call that takes a load-only
 * carrier and a store carrier (__sg_page_iter_start(&iter, sgl)) sets the
 * iterator on the list: its pages are the list's.
 */
static int carriers(const char *kind, const char **l, int max)
{
	const struct pl_rec *r = NULL;
	int n = 0;

	while ((r = pl_next(kind, r)) && n < max) {
		struct symbol *fn = lookup_symbol(built_in_ident(r->f[0]),
						  NS_SYMBOL), *a, *t;

		fn = pl_base(fn);
		if (!fn || fn->type != SYM_FN)
			continue;
		a = first_ptr_list((struct ptr_list *)fn->arguments);
		t = pl_base(a);
		if (!t || t->type != SYM_PTR)
			continue;
		t = pl_base(t->ctype.base_type);
		if (t && t->type == SYM_STRUCT && t->ident &&
		    !in_list(l, n, pl_id(t->ident)))
			l[n++] = pl_id(t->ident);
	}
	return n;
}

static void iterators(struct pl_file *f)
{
	const char *load[8], *store[8];
	const struct pl_call *c;
	int nl, ns, i, j;

	nl = carriers("load", load, 8);
	ns = carriers("store", store, 8);
	for (c = f->calls; c; c = c->next) {
		if (pl_cat("load", c->name) || pl_cat("store", c->name))
			continue;
		for (i = 0; i < c->nargs; i++) {
			const char *ni = pointee_name(c->args[i]), *it;
			char from[300], to[300];

			if (!ni || !in_list(load, nl, ni) || in_list(store, ns, ni))
				continue;
			for (j = 0; j < c->nargs; j++) {
				const char *nj = pointee_name(c->args[j]), *l;

				if (j == i || !nj || !in_list(store, ns, nj))
					continue;
				l = pl_sg_key(c->fn, c->args[j]);
				if (!l)
					continue;
				snprintf(from, sizeof(from), "S:%s", l);
				it = pl_sg_key(c->fn, c->args[i]);
				if (!it)
					continue;
				snprintf(to, sizeof(to), "S:%s", it);
				add_edge(from, to, NULL);
			}
		}
	}
}

/*
 * Simple helpers: a static function of the file gets, in a page or page
 * array parameter, what every call passes.  Its callers are all in sight;
 * a caller passing other pages makes the parameter mixed, and quiet.
 */
static void helpers(struct pl_file *f)
{
	const struct pl_call *c;
	char key[64];

	for (c = f->calls; c; c = c->next) {
		struct pl_func *h;
		struct symbol *p;
		int i = 0;

		if (!c->callee || !c->expr || !(h = pl_func_of(f, c->name)) ||
		    !h->is_static || h->sym != c->callee)
			continue;
		FOR_EACH_PTR(pl_base(h->sym)->arguments, p) {
			struct expression *a = pl_arg(c, ++i);
			struct symbol *t = pl_base(p);
			const char *from;

			if (!a || pl_is_null(a) || !t || t->type != SYM_PTR)
				continue;
			if (is_page_ptr(p)) {
				from = pl_page_key(c->fn, a);
				snprintf(key, sizeof(key), "O%p+0", (void *)p);
			} else if (is_page_ptr(t->ctype.base_type)) {
				from = pl_ptr_key(c->fn, a);
				snprintf(key, sizeof(key), "V%p", (void *)p);
			} else {
				continue;
			}
			if (from)
				add_edge(from, key, NULL);
			else
				fact(key)->tags |= T_OTHER;
		} END_FOR_EACH_PTR(p);
	}
}

static void collect(struct pl_file *f)
{
	const struct pl_call *c;
	struct pl_assign *a;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r;
		struct fact *ft;

		if ((r = pl_cat("acquire", c->name))) {
			int pos = pl_acq_pos(r, 2, f->version);
			struct expression *p = pl_arg(c, pos);

			if (!p || pl_is_null(p))
				continue;
			ft = fact(pl_ptr_key(c->fn, p));
			if (!ft)
				continue;
			ft->tags |= !strcmp(r->f[1], "pin") ? T_PIN : T_GET;
			if (!ft->acq)
				ft->acq = c;
		} else if ((r = pl_cat("store", c->name))) {
			struct expression *pg = pl_arg(c, atoi(r->f[1]));
			const char *sg = pl_sg_key(c->fn, pl_arg(c, 1));
			const char *src;
			char to[300];

			if (!pg || !sg)
				continue;
			src = !strcmp(r->f[2], "array") ? pl_ptr_key(c->fn, pg) :
				pl_page_key(c->fn, pg);
			snprintf(to, sizeof(to), "S:%s", sg);
			add_edge(src, to, c);
			if ((ft = fact(src)) && !ft->dma)
				ft->dma = c;
			if (ft)
				ft->tags |= T_DMA;
		} else if ((r = pl_cat("dma", c->name))) {
			struct expression *pg = pl_arg(c, atoi(r->f[1]));

			ft = fact(!strcmp(r->f[2], "array") ?
				  pl_ptr_key(c->fn, pg) : pl_page_key(c->fn, pg));
			if (!ft)
				continue;
			ft->tags |= T_DMA;
			if (!ft->dma)
				ft->dma = c;
		}
	}
	iterators(f);
	helpers(f);
	/* Pages written into a container: copies or foreign pages. */
	for (a = f->assigns; a; a = a->next) {
		struct expression *l = a->left;
		const char *to, *from;

		if (!l || !is_page_ptr(l->ctype) || pl_is_null(a->right))
			continue;
		l = pl_strip(l);
		if (l->type == EXPR_SYMBOL && pl_is_local(l->symbol) &&
		    !(l->symbol->ctype.modifiers & MOD_ADDRESSABLE))
			continue;	/* a local alias: followed by keys.c */
		to = pl_page_key(a->fn, l);
		from = pl_page_key(a->fn, a->right);
		if (!to)
			continue;
		if (from && strcmp(from, to))
			add_edge(from, to, NULL);
		else if (!from)
			fact(to)->tags |= T_OTHER;
	}
}

/* Tags flow along copies, DMA flows back to where the pages came from. */
static void propagate(void)
{
	int changed, rounds = 0;
	struct edge *e;

	do {
		changed = 0;
		for (e = edges; e; e = e->next) {
			struct fact *a = fact(e->from), *b = fact(e->to);
			unsigned int fw = a->tags & (T_PIN | T_GET | T_OTHER);

			if ((b->tags | fw) != b->tags) {
				b->tags |= fw;
				if (!b->acq)
					b->acq = a->acq;
				changed = 1;
			}
			if ((b->tags & T_DMA) && !(a->tags & T_DMA)) {
				a->tags |= T_DMA;
				a->dma = b->dma ? b->dma : e->via;
				changed = 1;
			}
		}
	} while (changed && ++rounds < 16);
}

static const char *first_release(const char *cls, const char *form)
{
	const struct pl_rec *r = NULL;

	while ((r = pl_next("release", r)))
		if (!strcmp(r->f[1], cls) && !strcmp(r->f[2], form) &&
		    pl_have(r->f[0]) != 0)
			return r->f[0];
	return NULL;
}

static void report_releases(struct pl_file *f)
{
	const struct pl_call *c;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_cat("release", c->name);
		const struct fact *ft;
		const char *key, *cls, *form, *want;
		unsigned int t;

		if (!r || !c->nargs)
			continue;
		cls = r->f[1];
		form = r->f[2];
		key = !strcmp(form, "array") ? pl_ptr_key(c->fn, c->args[0]) :
			pl_page_key(c->fn, c->args[0]);
		ft = pl_map_get(facts, key);
		if (!ft || !ft->acq)
			continue;
		t = ft->tags & (T_PIN | T_GET | T_OTHER);
		if (t == T_PIN && strcmp(cls, "pin")) {
			want = first_release("pin", !strcmp(form, "array") ?
					     "array" : "page");
			pl_warn(c->pos, "gup-put",
				"%s from %s() (line %d) released with %s(); use %s()",
				!strcmp(form, "array") ? "pages" : "page",
				ft->acq->name, ft->acq->pos.line, c->name,
				want ? want : "unpin_user_page");
		} else if (t == T_GET && strcmp(cls, "get") &&
			   pl_have("put_user_page") != 1) {
			want = first_release("get", !strcmp(form, "array") ?
					     "array" : "page");
			pl_warn(c->pos, "gup-put",
				"%s from %s() (line %d) are not pinned: release with %s(), not %s()",
				!strcmp(form, "array") ? "pages" : "page",
				ft->acq->name, ft->acq->pos.line,
				want ? want : "put_page", c->name);
		} else if (t == T_GET && strcmp(cls, "user") &&
			   pl_have("put_user_page") == 1) {
			/* v5.2..v5.5: get_user_pages() pages go back this way */
			want = first_release("user", !strcmp(form, "array") ?
					     "array" : "page");
			pl_warn(c->pos, "gup-put",
				"%s from %s() (line %d) released with %s(); in this tree use %s()",
				!strcmp(form, "array") ? "pages" : "page",
				ft->acq->name, ft->acq->pos.line, c->name,
				want ? want : "put_user_page");
		}
	}
}

static void report_dma(struct pl_file *f)
{
	const struct pl_call *c;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_cat("acquire", c->name), *tw;
		const struct fact *ft;
		struct expression *p;

		if (!r || strcmp(r->f[1], "get"))
			continue;
		p = pl_arg(c, pl_acq_pos(r, 2, f->version));
		ft = pl_map_get(facts, pl_ptr_key(c->fn, p));
		if (!ft || !(ft->tags & T_DMA) || !ft->dma)
			continue;
		tw = pl_cat("twin", c->name);
		if (tw && pl_have(tw->f[1]) == 0) {
			const struct pl_rec *pr = pl_cat("acquire", tw->f[1]);

			pl_warn(c->pos, "gup-dma",
				"pages from %s() go to DMA (%s() at line %d) but are not pinned; FOLL_PIN, %s(), came in v%s",
				c->name, ft->dma->name, ft->dma->pos.line,
				tw->f[1], pr ? pr->f[4] : "5.6");
		} else {
			pl_warn(c->pos, "gup-dma",
				"pages from %s() go to DMA (%s() at line %d): pin them with %s() and release with %s()",
				c->name, ft->dma->name, ft->dma->pos.line,
				tw ? tw->f[1] : "pin_user_pages",
				first_release("pin", "page"));
		}
	}
}

static void run(struct pl_file *f)
{
	facts = pl_map_new();
	edges = NULL;
	collect(f);
	propagate();
	report_releases(f);
	report_dma(f);
	pl_map_free_with(facts, free);
	facts = NULL;
	while (edges) {
		struct edge *e = edges;

		edges = e->next;
		free((char *)e->from);
		free((char *)e->to);
		free(e);
	}
}

const struct pl_check check_gup = { "gup-put gup-dma", run };
