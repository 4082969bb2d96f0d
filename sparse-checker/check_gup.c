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
#define T_XTR	16	/* extract: pinned only where a will-pin test says so */
#define T_PAGES	(T_PIN | T_GET | T_OTHER | T_XTR)

struct fact {
	unsigned int tags;
	const struct pl_call *acq;	/* the first acquire */
	const struct pl_call *dma;	/* the first DMA use */
};

struct edge {
	const char *from, *to;
	const struct pl_call *via;
	int dma_only;		/* only DMA flows back along it */
	struct edge *next;
};

static struct pl_map *facts;
static struct edge *edges;
static struct edge *writes;	/* stores into a parameter's array */
/*
 * The pages whose address (pfn, physical address) the file takes: what
 * pfn_to_page() of a pfn from nowhere in particular gives back.  NULL
 * among them when one such page has no key.
 */
static struct pl_map *addrof;
static int addrof_unkeyed;
/*
 * An acquire/release helper pair (hfi1's user_pages.c): the pages the
 * file's own functions of external linkage pin into the arrays their
 * callers give, unless the file also acquires into arrays of its own.
 */
static struct fact pair;
static int pair_broken;

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

/*
 * Findings name the first acquire in the file; one of another file (from
 * the fact file) only where the file has none.
 */
static int acq_before(const struct pl_call *a, const struct pl_call *b)
{
	if (!b)
		return 1;
	if (a->db_where)
		return 0;
	return b->db_where || a->pos.line < b->pos.line;
}

/* @ft holds pages of class @tag from acquire @c (findings name the first) */
static void acquired(struct fact *ft, const struct pl_call *c,
		     unsigned int tag)
{
	ft->tags |= tag;
	if (acq_before(c, ft->acq))
		ft->acq = c;
}

static void push_edge(struct edge **list, const char *from, const char *to,
		      const struct pl_call *via)
{
	struct edge *e;

	e = calloc(1, sizeof(*e));
	e->from = from ? strdup(from) : NULL;
	e->to = strdup(to);
	e->via = via;
	e->next = *list;
	*list = e;
}

static void add_edge(const char *from, const char *to,
		     const struct pl_call *via)
{
	if (!from || !to || !strcmp(from, to))
		return;
	push_edge(&edges, from, to, via);
}

/* DMA of "to" is DMA of "from"; nothing else flows along it. */
static void add_dma_edge(const char *from, const char *to)
{
	if (!from || !to || !strcmp(from, to))
		return;
	push_edge(&edges, from, to, NULL);
	edges->dma_only = 1;
}

static void free_edges(struct edge **list)
{
	while (*list) {
		struct edge *e = *list;

		*list = e->next;
		free((char *)e->from);
		free((char *)e->to);
		free(e);
	}
}

/*
 * The class of an acquire of class get whose flags may say otherwise:
 * gup's own callers pass their gup_flags through, FOLL_PIN included.  The
 * flags argument is the parameter the catalogue names (gupflag), found in
 * the tree's declaration; the bit is the tree's macro.  A constant with
 * the bit pins; flags from outside the function (a parameter, a global, a
 * field) are of unknown class; flags made here from constants are what
 * the catalogue says.
 */
#define F_NO	0
#define F_YES	1
#define F_MAYBE	2

static int flag_bit(struct pl_func *fn, struct expression *e, long long bit,
		    int depth)
{
	const struct pl_srcs *s;
	struct symbol *v;
	long long val;
	int a, b, i;

	e = pl_strip(e);
	if (!e || depth > 8)
		return F_NO;
	if (pl_const(e, &val))
		return (val & bit) ? F_YES : F_NO;
	switch (e->type) {
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		a = flag_bit(fn, e->cond_true ? e->cond_true : e->conditional,
			     bit, depth + 1);
		b = flag_bit(fn, e->cond_false, bit, depth + 1);
		return a == b ? a : F_MAYBE;
	case EXPR_BINOP:
		a = flag_bit(fn, e->left, bit, depth + 1);
		b = flag_bit(fn, e->right, bit, depth + 1);
		if (e->op == '&')
			return a == F_NO || b == F_NO ? F_NO :
				a == F_YES && b == F_YES ? F_YES : F_MAYBE;
		if (e->op == '|' && (a == F_YES || b == F_YES))
			return F_YES;
		return a == F_NO && b == F_NO ? F_NO : F_MAYBE;
	case EXPR_PREOP:
		if (e->op != '*')
			return F_NO;
		v = pl_var(e);
		if (!v || !pl_is_local(v) || pl_is_param(fn, v) ||
		    (v->ctype.modifiers & MOD_ADDRESSABLE))
			return F_MAYBE;		/* a field, a global, a parameter */
		s = pl_sources(v);
		a = F_NO;
		for (i = 0; s && i < s->n; i++) {
			b = flag_bit(fn, s->e[i], bit, depth + 1);
			if (i && a != b)
				return F_MAYBE;
			a = b;
		}
		return a;
	default:
		return F_NO;
	}
}

/* 1-based position of the parameter @name in the callee's declaration. */
static int param_pos(const struct pl_call *c, const char *name)
{
	struct symbol *fn = c->callee, *p;
	int i = 0;

	if (!fn)
		fn = lookup_symbol(built_in_ident(c->name), NS_SYMBOL);
	fn = pl_base(fn);
	if (!fn || fn->type != SYM_FN)
		return 0;
	FOR_EACH_PTR(fn->arguments, p) {
		i++;
		if (p->ident && !strcmp(pl_id(p->ident), name))
			return i;
	} END_FOR_EACH_PTR(p);
	return 0;
}

/* pin, get, extract (pinned only for some iterators), or another class */
static unsigned int class_tag(const char *cls)
{
	return !strcmp(cls, "pin") ? T_PIN : !strcmp(cls, "get") ? T_GET :
		!strcmp(cls, "extract") ? T_XTR : T_OTHER;
}

static unsigned int acq_class(const struct pl_call *c,
			      const struct pl_rec *r)
{
	const struct pl_rec *g = NULL;
	long long bit;
	int pos;

	if (class_tag(r->acquire.cls) != T_GET)
		return class_tag(r->acquire.cls);
	while ((g = pl_next("gupflag", g))) {
		if (!g->gupflag.param || !pl_macro_value(g->name, &bit) ||
		    !bit || !(pos = param_pos(c, g->gupflag.param)) ||
		    !pl_arg(c, pos))
			continue;
		switch (flag_bit(c->fn, pl_arg(c, pos), bit, 0)) {
		case F_YES:
			return class_tag(g->gupflag.cls);
		case F_MAYBE:
			return T_OTHER;
		}
	}
	return T_GET;
}

/* A page, or a folio: memfd_pin_folios() fills a folio array (v6.11). */
static int is_page_ptr(struct symbol *t)
{
	t = pl_base(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = pl_base(t->ctype.base_type);
	return t && t->type == SYM_STRUCT && t->ident &&
		(!strcmp(pl_id(t->ident), "page") ||
		 !strcmp(pl_id(t->ident), "folio"));
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
		struct symbol *fn = lookup_symbol(built_in_ident(r->name),
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
		if (pl_find("load", c->name) || pl_find("store", c->name))
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
 * a caller passing other pages makes the parameter mixed, and quiet.  What
 * the helper itself stores into a page array parameter ("W:" key) goes
 * back to the array each caller passed.
 */
/* struct page **: a page array */
static int is_page_array(struct symbol *t)
{
	t = pl_base(t);
	return t && t->type == SYM_PTR && is_page_ptr(t->ctype.base_type);
}

/*
 * What a call passes for a page parameter, also as the integer flags
 * passed with it say: "<key>|<flag>=nz" and "=z" get the pages of the
 * calls passing a flag that is not zero, or zero (both where it is not a
 * constant).  See flag_key().
 */
static void flag_edges(const struct pl_call *c, struct pl_func *h,
		       const char *from, const char *key)
{
	struct symbol *q;
	char k[128];
	long long v;
	int j = 0;

	FOR_EACH_PTR(pl_base(h->sym)->arguments, q) {
		struct expression *a = pl_arg(c, ++j);
		struct symbol *t = pl_base(q);
		int cst;

		if (!a || !t || t->type != SYM_BASETYPE || !q->ident)
			continue;
		cst = pl_const(a, &v);
		snprintf(k, sizeof(k), "%s|%p=nz", key, (void *)q);
		if (!cst || v) {
			if (from)
				add_edge(from, k, NULL);
			else
				fact(k)->tags |= T_OTHER;
		}
		snprintf(k, sizeof(k), "%s|%p=z", key, (void *)q);
		if (!cst || !v) {
			if (from)
				add_edge(from, k, NULL);
			else
				fact(k)->tags |= T_OTHER;
		}
	} END_FOR_EACH_PTR(q);
}

/*
 * A call names the declaration in scope where it is made: a prototype
 * before the definition, a redeclaration after it.  Each is a symbol of
 * its own, linked back to the first.
 */
static struct symbol *first_decl(struct symbol *s)
{
	while (s && s->same_symbol)
		s = s->same_symbol;
	return s;
}

static int same_function(struct symbol *def, struct symbol *callee)
{
	return first_decl(def) == first_decl(callee);
}

static void helpers(struct pl_file *f)
{
	const struct pl_call *c;
	char key[64];

	for (c = f->calls; c; c = c->next) {
		struct pl_func *h;
		struct symbol *p;
		int i = 0;

		if (!c->callee || !c->expr || !(h = pl_func_of(f, c->name)) ||
		    !same_function(h->sym, c->callee))
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
			} else if (is_page_array(t->ctype.base_type)) {
				/* &pages: the helper reaches the array as *p */
				struct expression *d;

				d = alloc_expression(a->pos, EXPR_PREOP);
				d->op = '*';
				d->unop = a;
				d->ctype = t->ctype.base_type;
				from = pl_ptr_key(c->fn, d);
				snprintf(key, sizeof(key), "M:V%p", (void *)p);
			} else {
				continue;
			}
			/*
			 * Other files may hand a function of external linkage
			 * other pages: what it does with its parameter says
			 * where these pages go, and no more.
			 */
			if (!h->is_static) {
				add_dma_edge(from, key);
				continue;
			}
			if (from)
				add_edge(from, key, NULL);
			else
				fact(key)->tags |= T_OTHER;
			if (key[0] == 'O')
				flag_edges(c, h, from, key);
			if (from && key[0] == 'V') {
				char w[80];

				snprintf(w, sizeof(w), "W:%s", key);
				add_edge(w, from, NULL);
			}
		} END_FOR_EACH_PTR(p);
	}
}

/*
 * The array an acquire fills: its argument, or what the argument points
 * to where it is given the place to put an array of its own
 * (iov_iter_extract_pages(iter, &pages, ...)): the load *p, as a release
 * of pages[i] reads it.
 */
static struct expression *array_of(struct expression *p)
{
	struct symbol *t = pl_base(p->ctype);
	struct expression *load;

	if (!t || t->type != SYM_PTR || !is_page_array(t->ctype.base_type))
		return p;
	load = alloc_expression(p->pos, EXPR_PREOP);
	load->op = '*';
	load->unop = p;
	load->ctype = t->ctype.base_type;
	return load;
}

/*
 * A page array kept somewhere else, r->pages = pages: what was stored in
 * the one is in the other.  Only copies of known arrays count: the array
 * itself may come from kcalloc(), which says nothing of its pages.  Locals
 * are followed by keys.c.
 */
static void page_array_copy(const struct pl_assign *a)
{
	struct expression *l = pl_strip(a->left);
	const char *to, *from;

	if (l->type == EXPR_SYMBOL && pl_is_local(l->symbol) &&
	    !(l->symbol->ctype.modifiers & MOD_ADDRESSABLE))
		return;
	to = pl_ptr_key(a->fn, l);
	from = pl_ptr_key(a->fn, a->right);
	if (to && from && strcmp(from, to))
		add_edge(from, to, NULL);
}

/*
 * A page's address kept in a plain variable (pfn = page_to_pfn(page)) is
 * the kernel's own business (perf samples, memory-failure injection); one
 * stored into memory or handed on may be for hardware.  By line: the
 * address helpers are macros, gone from the expressions.
 */
static int kept_in_variable(struct pl_file *f, const struct pl_call *c)
{
	struct pl_assign *a;

	for (a = f->assigns; a; a = a->next) {
		struct expression *l = a->left ? pl_strip(a->left) : NULL;

		if (a->fn != c->fn || !a->right ||
		    a->right->pos.line != c->pos.line)
			continue;
		if (!l || l->type == EXPR_SYMBOL ||
		    (l->type == EXPR_PREOP && l->op == '*' &&
		     pl_strip(l->unop)->type == EXPR_SYMBOL))
			return 1;
	}
	return 0;
}

/*
 * A local page from a call gup knows nothing of (alloc_page()): what a
 * helper is handed from it is another kind of page, as keys.c keys the
 * local's object.
 */
static void foreign_local(const struct pl_assign *a)
{
	struct expression *r = pl_strip(a->right), *args[PL_MAXARGS];
	struct symbol *sym = a->sym;
	const char *name;
	char key[64];
	int n = 0;

	if (a->left) {
		struct expression *l = pl_strip(a->left);

		sym = l && l->type == EXPR_SYMBOL ? l->symbol : NULL;
	}
	r = pl_stmt_value(r);	/* v6.10+: alloc_hooks(alloc_pages_noprof()) */
	if (!sym || !pl_is_local(sym) || !is_page_ptr(sym) || !r ||
	    (r->type != EXPR_CALL && r->type != EXPR_STATEMENT))
		return;
	name = pl_call_name(r, args, &n);
	if (!name || pl_call(name))
		return;		/* sg_page() and the like: followed as they are */
	snprintf(key, sizeof(key), "O%p+0", (void *)sym);
	fact(key)->tags |= T_OTHER;
}

/*
 * A function that hands a page to a call the catalogue does not know
 * (get_page(), a helper of the driver's) may take references on the pages
 * it puts in its arrays.
 */
static int hands_pages(struct pl_file *f, struct pl_func *fn)
{
	const struct pl_call *c;
	int i;

	for (c = f->calls; c; c = c->next) {
		if (c->fn != fn || pl_call(c->name))
			continue;
		for (i = 0; i < c->nargs; i++)
			if (c->args[i] && is_page_ptr(c->args[i]->ctype))
				return 1;
	}
	return 0;
}

/*
 * The page of a kernel address (vmalloc_to_page()): a call outside the
 * catalogue given one pointer that is no page, or a local every
 * assignment of which is one.
 */
static int kernel_page(struct expression *e, int depth)
{
	struct expression *args[PL_MAXARGS];
	const struct pl_srcs *s;
	const char *name;
	struct symbol *v;
	int n = 0, i;

	e = pl_strip(e);
	if (!e || depth > 4)
		return 0;
	if (e->type == EXPR_CALL || e->type == EXPR_STATEMENT) {
		name = pl_call_name(e, args, &n);
		return name && !pl_call(name) && n == 1 && args[0] &&
			pl_is_ptr(args[0]->ctype) && !is_page_ptr(args[0]->ctype);
	}
	v = pl_var(e);
	if (!v || !pl_is_local(v) || !is_page_ptr(v) ||
	    (v->ctype.modifiers & MOD_ADDRESSABLE) || !(s = pl_sources(v)))
		return 0;
	for (i = 0; i < s->n; i++)
		if (!pl_is_null(s->e[i]) && !kernel_page(s->e[i], depth + 1))
			return 0;
	return s->n > 0;
}

/*
 * Extract acquires (iov_iter_extract_pages()) pin the pages of a user
 * iterator and take no reference on any other's; only a will-pin test
 * (catalogue kind pinned: iov_iter_extract_will_pin(), bio_flagged(bio,
 * BIO_PAGE_PINNED)) or a flag the file sets from one (dio->is_pinned) says
 * which.  What the file's releases of such pages must be follows.
 */
#define MAXFLAGS 16
struct extract {
	const struct pl_call *first;	/* the file's first extract acquire */
	int hasref;			/* the file takes page references */
	/* set from a will-pin test: a field by its key, or a variable */
	char *flag_key[MAXFLAGS];
	struct symbol *flag_sym[MAXFLAGS];
	int nflags;
};

static void extracts(struct pl_file *f, struct extract *x)
{
	const struct pl_call *c;
	const struct pl_assign *a;
	const struct pl_rec *r;
	const char *n, *k;
	struct symbol *v;

	memset(x, 0, sizeof(*x));
	for (c = f->calls; c; c = c->next) {
		if ((r = pl_find("acquire", c->name)) &&
		    class_tag(r->acquire.cls) == T_XTR &&
		    (!x->first || c->pos.line < x->first->pos.line))
			x->first = c;
		if (pl_find("ref", c->name))
			x->hasref = 1;
	}
	if (!x->first)
		return;
	for (a = f->assigns; a && x->nflags < MAXFLAGS; a = a->next) {
		n = pl_call_name(a->right, NULL, NULL);
		if (!n || !pl_find("pinned", n))
			continue;
		v = a->sym ? a->sym : pl_var(a->left);
		k = v ? NULL : pl_field_key(a->left);
		if (v || k) {
			x->flag_sym[x->nflags] = v;
			x->flag_key[x->nflags++] = k ? strdup(k) : NULL;
		}
	}
}

static void free_extracts(struct extract *x)
{
	while (x->nflags > 0)
		free(x->flag_key[--x->nflags]);
}

/* An integer made from a pointer that is no page: a kernel address. */
static int from_kaddr(struct expression *e, int depth)
{
	struct expression *args[PL_MAXARGS];
	int n = 0;

	if (!e || depth > 10)
		return 0;
	if (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST ||
	    e->type == EXPR_FORCE_CAST) {
		struct expression *x = e->cast_expression;

		if (x && pl_is_ptr(x->ctype) && !is_page_ptr(x->ctype))
			return 1;
		return from_kaddr(x, depth + 1);
	}
	/* __pa(addr), __phys_addr(addr) */
	if ((e->type == EXPR_CALL || e->type == EXPR_STATEMENT) &&
	    pl_call_name(e, args, &n) && n == 1)
		return from_kaddr(args[0], depth + 1);
	if (e->type == EXPR_BINOP)
		return from_kaddr(e->left, depth + 1) ||
			from_kaddr(e->right, depth + 1);
	if (e->type == EXPR_PREOP && e->op == '(')
		return from_kaddr(e->unop, depth + 1);
	return 0;
}

/*
 * The page a pfn was made from: page_to_pfn(page) is the pointer
 * difference of the page and the memory map, maybe scaled or shifted.
 */
static struct expression *pfn_page(struct expression *e, int depth)
{
	e = pl_strip(e);
	if (!e || depth > 6 || e->type != EXPR_BINOP)
		return NULL;
	if (e->op == '-' && e->left && is_page_ptr(e->left->ctype) &&
	    e->right && pl_is_ptr(e->right->ctype))
		return e->left;
	if (e->op == '/' || e->op == '*' || e->op == '+' ||
	    e->op == SPECIAL_RIGHTSHIFT || e->op == SPECIAL_LEFTSHIFT)
		return pfn_page(e->left, depth + 1);
	return NULL;
}

/*
 * A page's pfn kept in memory (ppn[i] = page_to_pfn(pages[i])): the
 * pages pfn_to_page() reads back from there.  The pfn of a kernel address
 * (virt_to_page() of the driver's own buffer) holds no reference unless
 * the file takes some itself, as for pages stored.
 */
static void pfn_store(const struct pl_assign *a, int hasref)
{
	struct expression *pg = pfn_page(a->right, 0);
	struct expression *base;
	const char *to, *from;

	if (!pg || !a->left)
		return;
	to = pl_obj_key(a->fn, a->left);
	if (!to)
		return;
	base = pl_strip(pg);
	if (kernel_page(pg, 0) ||
	    (base && base->type == EXPR_BINOP && base->op == '+' &&
	     from_kaddr(base->right, 0))) {
		if (hasref)
			fact(to)->tags |= T_OTHER;
		return;
	}
	from = pl_page_key(a->fn, pg);
	if (from && strcmp(from, to))
		add_edge(from, to, NULL);
	else if (!from)
		fact(to)->tags |= T_OTHER;
}

/*
 * A store the catalogue says is an assignment to a field of the carrier
 * (bvec_set_page(bv, page, ...) is bv->bv_page = page): a release of that
 * field reads the page back.
 */
static void field_store(const struct pl_call *c, const char *field,
			struct expression *pg)
{
	struct expression *bv = pl_arg(c, 1), *addr, *off;
	struct symbol *t, *m;
	const char *to, *from;

	t = bv ? pl_base(bv->ctype) : NULL;
	t = t && t->type == SYM_PTR ? pl_base(t->ctype.base_type) : NULL;
	if (!t || t->type != SYM_STRUCT)
		return;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (!m->ident || strcmp(pl_id(m->ident), field))
			continue;
		/* &bv->field, as sparse writes it: bv + offset */
		off = alloc_const_expression(bv->pos, m->offset);
		addr = alloc_expression(bv->pos, EXPR_BINOP);
		addr->op = '+';
		addr->left = bv;
		addr->right = off;
		addr->ctype = bv->ctype;
		to = pl_ptr_key(c->fn, addr);
		if (!to)
			return;
		to = strdup(to);
		from = pl_page_key(c->fn, pg);
		if (from && strcmp(from, to))
			add_edge(from, to, c);
		else if (!from)
			fact(to)->tags |= T_OTHER;
		free((char *)to);
		return;
	} END_FOR_EACH_PTR(m);
}

static void collect(struct pl_file *f, const struct extract *x)
{
	const struct pl_call *c;
	struct pl_assign *a;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r;
		struct fact *ft;

		if ((r = pl_find("acquire", c->name))) {
			int pos = pl_era_pos(r->acquire.pages, f->version);
			struct expression *p = pl_arg(c, pos);
			unsigned int tag;

			if (!p || pl_is_null(p))
				continue;
			p = array_of(p);
			ft = fact(pl_ptr_key(c->fn, p));
			if (!ft)
				continue;
			tag = acq_class(c, r);
			acquired(ft, c, tag);
			if (pl_is_param(c->fn, pl_var(p)) && !c->fn->is_static)
				acquired(&pair, c, tag);
			else
				pair_broken = 1;
			/*
			 * A wrapper pinning into its parameter's array: what
			 * it stores goes back to each caller's array.
			 */
			if (pl_is_param(c->fn, pl_var(p))) {
				char w[300];

				snprintf(w, sizeof(w), "W:%s", pl_ptr_key(c->fn, p));
				acquired(fact(w), c, tag);
			}
		} else if ((r = pl_find("store", c->name))) {
			struct expression *pg = pl_arg(c, atoi(r->store.arg));
			const char *sg = pl_sg_key(c->fn, pl_arg(c, 1));
			const char *src;
			char to[300];

			if (pg && r->store.field)
				field_store(c, r->store.field, pg);
			if (!pg || !sg)
				continue;
			src = !strcmp(r->store.form, "array") ? pl_ptr_key(c->fn, pg) :
				pl_page_key(c->fn, pg);
			snprintf(to, sizeof(to), "S:%s", sg);
			add_edge(src, to, c);
			if ((ft = fact(src)) &&
			    (!ft->dma || c->pos.line < ft->dma->pos.line))
				ft->dma = c;
			if (ft)
				ft->tags |= T_DMA;
		} else if ((r = pl_find("dma", c->name))) {
			struct expression *pg = pl_arg(c, atoi(r->dma.arg));
			int address = r->dma.access &&
				!strcmp(r->dma.access, "address");

			/* the file's own, as written: not a header's */
			if (address && !strcmp(r->dma.form, "page") &&
			    c->pos.stream == f->stream) {
				const char *k = pl_page_key(c->fn, pg);

				int u = pl_unit(r->dma.unit);
				void **slot;

				if (k) {
					slot = pl_map_slot(addrof, k);
					*slot = (void *)((long)*slot | u);
				} else {
					addrof_unkeyed |= u;
				}
			}
			if (address && kept_in_variable(f, c))
				continue;

			ft = fact(!strcmp(r->dma.form, "array") ?
				  pl_ptr_key(c->fn, pg) : pl_page_key(c->fn, pg));
			if (!ft)
				continue;
			ft->tags |= T_DMA;
			if (!ft->dma || c->pos.line < ft->dma->pos.line)
				ft->dma = c;
		}
	}
	iterators(f);
	helpers(f);
	/* Pages written into a container: copies or foreign pages. */
	for (a = f->assigns; a; a = a->next) {
		struct expression *l = a->left;
		const char *to, *from;

		if (l && !pl_is_ptr(l->ctype)) {
			pfn_store(a, x->hasref);
			continue;
		}
		foreign_local(a);
		if (l && is_page_array(l->ctype) && !pl_is_null(a->right)) {
			page_array_copy(a);
			continue;
		}
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
		/* a kernel page given a reference of its own (get_page()) */
		if (kernel_page(a->right, 0) && hands_pages(f, a->fn))
			fact(to)->tags |= T_OTHER;
		if (to[0] == 'V' && (!from || strcmp(from, to))) {
			char w[300];

			snprintf(w, sizeof(w), "W:%s", to);
			add_edge(from, w, NULL);
			push_edge(&writes, from, w, NULL);
		}
	}
}

/*
 * A page stored into a parameter's array that came from no acquire (a
 * helper's get_page() on a kernel page): the caller's array holds other
 * pages too.
 */
static void foreign_writes(void)
{
	struct edge *e;

	for (e = writes; e; e = e->next) {
		const struct fact *src = e->from ? pl_map_get(facts, e->from) :
			NULL;

		if (!src || !(src->tags & T_PAGES))
			fact(e->to)->tags |= T_OTHER;
	}
}

/* Tags flow along copies, DMA flows back to where the pages came from. */
static void propagate(void)
{
	int changed;
	struct edge *e;

	do {
		changed = 0;
		for (e = edges; e; e = e->next) {
			struct fact *a = fact(e->from), *b = fact(e->to);
			unsigned int fw = a->tags & T_PAGES;

			if (e->dma_only)
				fw = 0;
			if ((b->tags | fw) != b->tags) {
				b->tags |= fw;
				changed = 1;
			}
			/* findings name the first acquire in the file */
			if (!e->dma_only && a->acq &&
			    acq_before(a->acq, b->acq)) {
				b->acq = a->acq;
				changed = 1;
			}
			/*
			 * and name the first sink of the pages' own group by
			 * line, as the others do: past a store into a carrier
			 * the pages are already at their sink.
			 */
			if ((b->tags & T_DMA) &&
			    (!(a->tags & T_DMA) || (!e->via && b->dma &&
			     a->dma && b->dma->pos.line < a->dma->pos.line))) {
				a->tags |= T_DMA;
				a->dma = b->dma ? b->dma : e->via;
				changed = 1;
			}
		}
	} while (changed);
}

/*
 * A call a catalogue macro expands to (__free_page() is __free_pages()):
 * the macro's own record, at the same place, names it as written.
 */
static int written_as_macro(struct pl_file *f, const struct pl_call *c)
{
	const struct pl_call *m;

	if (!c->expr)
		return 0;
	for (m = f->calls; m; m = m->next)
		if (!m->expr && m->pos.stream == c->pos.stream &&
		    m->pos.line == c->pos.line && m->pos.pos == c->pos.pos &&
		    pl_find("release", m->name))
			return 1;
	return 0;
}

/*
 * A gup release in one arm of an if whose other arm hands the same pages
 * to a function of the file (tee's flag split: unpin_user_pages() or
 * shm_put_kernel_pages(), by a flag): the file's function has the pages
 * of its own kind, this release those of the gup call, whatever else the
 * array holds.  Both arms gup releases: nothing is known.
 */
static int other_arm_hands(struct pl_file *f, const struct pl_call *rel,
			   const char *key)
{
	const struct pl_call *c;
	int i;

	if (!rel->ifs || !key)
		return 0;
	for (c = f->calls; c; c = c->next) {
		if (c->fn != rel->fn || !c->ifs || c->ifs->s != rel->ifs->s ||
		    c->ifs->arm == rel->ifs->arm || pl_call(c->name) ||
		    !pl_func_of(f, c->name))
			continue;
		for (i = 0; i < c->nargs; i++) {
			struct expression *a = c->args[i];
			const char *k;

			if (!a)
				continue;
			if (is_page_array(a->ctype))
				k = pl_ptr_key(c->fn, a);
			else if (is_page_ptr(a->ctype))
				k = pl_page_key(c->fn, a);
			else
				continue;
			if (k && !strcmp(k, key))
				return 1;
		}
	}
	return 0;
}

/*
 * A page parameter released in an arm of an if on an integer parameter
 * (qib's frag helper: if (put) unpin_user_page(page); else
 * __free_page(page)): the pages of the calls passing a flag of that arm.
 */
static const char *flag_key(const struct pl_call *rel, const char *key)
{
	static char k[128];
	struct expression *e;
	struct symbol *q;
	long long v;
	int nz;

	if (!rel->ifs || !key || key[0] != 'O')
		return NULL;
	nz = rel->ifs->arm == 1;
	e = pl_strip(rel->ifs->s->if_conditional);
	while (e && e->type == EXPR_PREOP && e->op == '!') {
		nz = !nz;
		e = pl_strip(e->unop);
	}
	if (e && e->type == EXPR_COMPARE && pl_const(e->right, &v) && !v &&
	    (e->op == SPECIAL_NOTEQUAL || e->op == SPECIAL_EQUAL)) {
		if (e->op == SPECIAL_EQUAL)
			nz = !nz;
		e = e->left;
	}
	q = pl_var(e);
	if (!q || !pl_is_param(rel->fn, q))
		return NULL;
	snprintf(k, sizeof(k), "%s|%p=%s", key, (void *)q, nz ? "nz" : "z");
	return pl_map_get(facts, k) ? k : NULL;
}

/* A will-pin test anywhere in @e: a call, or a flag value written. */
static int names_test(struct expression *e, void *data)
{
	const char *n = pl_call_name(e, NULL, NULL);

	return (n && pl_find("pinned", n)) ||
		((e->type == EXPR_VALUE || e->type == EXPR_SYMBOL) &&
		 pl_value_name(e->pos));
}

static int is_test(const struct extract *x, struct expression *e)
{
	struct symbol *v;
	const char *k;
	int i;

	if (pl_expr_any(e, names_test, NULL))
		return 1;
	v = pl_var(e);
	k = v ? NULL : pl_field_key(e);
	for (i = 0; (v || k) && i < x->nflags; i++)
		if (v ? v == x->flag_sym[i] :
		    x->flag_key[i] && !strcmp(k, x->flag_key[i]))
			return 1;
	return 0;
}

/* 1: a conjunct of @c is a will-pin test; -1: one is its negation. */
static int pin_test(const struct extract *x, struct expression *c)
{
	int a, b;

	c = pl_strip(c);
	if (!c)
		return 0;
	if (c->type == EXPR_LOGICAL && c->op == SPECIAL_LOGICAL_AND) {
		a = pin_test(x, c->left);
		b = pin_test(x, c->right);
		return a > 0 || b > 0 ? 1 : a < 0 || b < 0 ? -1 : 0;
	}
	if (c->type == EXPR_PREOP && c->op == '!')
		return is_test(x, c->unop) ? -1 : 0;
	return is_test(x, c);
}

/* 1: an if around @c says its pages are pinned; -1: not pinned; else 0. */
static int arm_of(const struct extract *x, const struct pl_call *c)
{
	const struct pl_if *i;
	int t, no = 0;

	for (i = c->ifs; i; i = i->outer) {
		t = pin_test(x, i->s->if_conditional);
		if (t && (t > 0) == (i->arm == 1))
			return 1;
		if (t)
			no = 1;
	}
	return no ? -1 : 0;
}

/*
 * The side of a will-pin test @c is on; a call in a function the file
 * calls only under such a test (__bio_release_pages() of
 * bio_release_pages(), an inline of include/linux/bio.h) is under it too.
 */
static int pinned_arm(struct pl_file *f, const struct extract *x,
		      const struct pl_call *c)
{
	const struct pl_call *k;
	int arm = arm_of(x, c), calls = 0;

	if (arm)
		return arm;
	for (k = f->calls; k; k = k->next) {
		if (!k->callee || k->callee != c->fn->sym)
			continue;
		if (arm_of(x, k) <= 0)
			return 0;
		calls++;
	}
	return calls ? 1 : 0;
}

/* The extract acquire a finding names: the function's own, else the first. */
static const struct pl_call *extract_of(struct pl_file *f,
					const struct extract *x,
					const struct pl_call *rel)
{
	const struct pl_call *c, *best = NULL;
	const struct pl_rec *r;

	for (c = f->calls; c; c = c->next)
		if (c->fn == rel->fn && (r = pl_find("acquire", c->name)) &&
		    class_tag(r->acquire.cls) == T_XTR &&
		    (!best || c->pos.line < best->pos.line))
			best = c;
	return best ? best : x->first;
}

/*
 * put_page(pfn_to_page(pfn)) of a pfn the file does not follow: the pages
 * whose address the file takes in that unit (PL_PFN, PL_PHYS), or in any
 * unit where it takes none in that one, when they are all acquired and of
 * one class.  A zero fact (no tags) otherwise.
 */
struct pfn_scan {
	struct fact u;
	long unit;
	int n;
};

static int addrof_one(const char *key, void *val, void *data)
{
	const struct fact *ft = pl_map_get(facts, key);
	struct pfn_scan *s = data;

	if (!((long)val & s->unit))
		return 0;
	s->n++;
	if (!ft || !ft->acq || !(ft->tags & (T_PIN | T_GET | T_XTR)) ||
	    (ft->tags & T_OTHER)) {
		s->u.tags |= T_OTHER;
		return 0;
	}
	s->u.tags |= ft->tags & T_PAGES;
	if (acq_before(ft->acq, s->u.acq))
		s->u.acq = ft->acq;
	return 0;
}

static struct fact pfn_fact(int unit)
{
	struct pfn_scan s = { .unit = unit };

	pl_map_each(addrof, addrof_one, &s);
	if (!s.n && !(addrof_unkeyed & unit) && unit != (PL_PFN | PL_PHYS))
		return pfn_fact(PL_PFN | PL_PHYS);
	if ((addrof_unkeyed & unit) || !s.u.acq || (s.u.tags & T_OTHER))
		s.u.tags = 0;
	return s.u;
}

/*
 * The release helper of a pair: a function of external linkage releasing
 * the array it is given (p, p[i], &p[i]), of which the file knows nothing
 * else.
 */
static int pair_release(const struct pl_call *c)
{
	struct expression *e = pl_strip(c->args[0]);

	while (e && !pl_var(e) &&
	       ((e->type == EXPR_PREOP && (e->op == '*' || e->op == '&')) ||
		(e->type == EXPR_BINOP && e->op == '+')))
		e = pl_strip(e->type == EXPR_PREOP ? e->unop : e->left);
	return !c->fn->is_static && pl_is_param(c->fn, pl_var(e)) &&
		is_page_array(pl_var(e));
}

static void report_releases(struct pl_file *f, const struct extract *x,
			    const struct pl_report *rep)
{
	const struct pl_call *c;
	const struct fact pfns = pfn_fact(PL_PFN), phys = pfn_fact(PL_PHYS);

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_find("release", c->name);
		const struct fact *ft;
		const char *key, *cls, *unit;
		char where[600], msg[1024];
		unsigned int t;
		int array, arm;

		if (!r || !c->nargs || written_as_macro(f, c))
			continue;
		arm = x->first ? pinned_arm(f, x, c) : 0;
		if (arm > 0 && class_tag(r->release.cls) == T_GET) {
			const struct pl_call *xa = extract_of(f, x, c);

			snprintf(where, sizeof(where), "line %d", xa->pos.line);
			rep->warn(c->pos, "gup-put",
				pl_say(msg, sizeof(msg), "gup-put", "acq", xa->name,
				       "where", where, "cls", "pin", "rel", c->name,
				       NULL));
			continue;
		}
		array = !strcmp(r->release.form, "array");
		key = array ? pl_ptr_key(c->fn, c->args[0]) :
			pl_page_key(c->fn, c->args[0]);
		if (!array && flag_key(c, key))
			key = flag_key(c, key);
		ft = pl_map_get(facts, key);
		if ((!ft || !(ft->tags & T_PAGES)) && !array &&
		    (unit = pl_pfn_page(c->fn, c->args[0])))
			ft = !strcmp(unit, "phys") ? &phys : &pfns;
		if ((!ft || !(ft->tags & T_PAGES)) && pair.acq && !pair_broken &&
		    pair_release(c))
			ft = &pair;
		if (!ft || !ft->acq)
			continue;
		t = ft->tags & T_PAGES;
		if ((t & T_OTHER) && other_arm_hands(f, c, key))
			t &= ~T_OTHER;
		/*
		 * Extract pages in a file that takes no reference itself hold
		 * one only where they were pinned, but where a test says not.
		 */
		if (t == T_XTR && !x->hasref && arm == 0)
			t = T_PIN;
		if (t == T_PIN)
			cls = "pin";
		else if (t == T_GET)
			cls = "get";
		else
			continue;
		if (ft->acq->db_where)
			snprintf(where, sizeof(where), "%s, per the pagelint db",
				 ft->acq->db_where);
		else
			snprintf(where, sizeof(where), "line %d", ft->acq->pos.line);
		rep->warn(c->pos, "gup-put",
			pl_say(msg, sizeof(msg), "gup-put", "acq", ft->acq->name,
			       "where", where, "cls", cls, "rel", c->name, NULL));
	}
}

/*
 * The longterm flag (catalogue longterm) a get call is given in its
 * gup_flags argument, or NULL: FOLL_PIN is that flag's prerequisite.
 */
static const char *longterm_flag(const struct pl_call *c)
{
	const struct pl_rec *g = NULL, *r = NULL;
	long long bit;
	int pos;

	while ((g = pl_next("gupflag", g)))
		if (g->gupflag.param && (pos = param_pos(c, g->gupflag.param)) &&
		    pl_arg(c, pos))
			break;
	if (!g)
		return NULL;
	while ((r = pl_next("longterm", r)))
		if (pl_macro_value(r->name, &bit) && bit &&
		    flag_bit(c->fn, pl_arg(c, pos), bit, 0) == F_YES)
			return r->name;
	return NULL;
}

static void report_dma(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_call *c;
	char *text = pl_read_file(f->name);
	int notified = pl_follows_notifiers(text);

	free(text);
	if (notified)
		return;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_find("acquire", c->name);
		const struct fact *ft;
		struct expression *p;
		const char *lt;
		char line[16], msg[1024];

		if (!r || acq_class(c, r) != T_GET)
			continue;
		p = pl_arg(c, pl_era_pos(r->acquire.pages, f->version));
		ft = p ? pl_map_get(facts, pl_ptr_key(c->fn, array_of(p))) :
			NULL;
		lt = p && !pl_is_null(p) ? longterm_flag(c) : NULL;
		/* the first DMA in the file: the call itself if long-term */
		if (lt && (!ft || !(ft->tags & T_DMA) || !ft->dma ||
			   c->pos.line <= ft->dma->pos.line)) {
			snprintf(line, sizeof(line), "%d", c->pos.line);
			rep->warn(c->pos, "gup-dma",
				pl_say(msg, sizeof(msg), "gup-dma", "acq",
				       c->name, "sink", lt, "line", line, NULL));
			continue;
		}
		if (!ft || !(ft->tags & T_DMA) || !ft->dma)
			continue;
		snprintf(line, sizeof(line), "%d", ft->dma->pos.line);
		rep->warn(c->pos, "gup-dma",
			pl_say(msg, sizeof(msg), "gup-dma", "acq", c->name,
			       "sink", ft->dma->name, "line", line, NULL));
	}
}

/*
 * What functions of other files return, from the fact file: each fact is
 * an acquire there (a call of no position, named by its FILE:LINE).
 */
static struct pl_call *db_acqs;

static int seed_return(const char *name, void *val, void *data)
{
	const struct pl_dbret *r;
	char key[300];

	snprintf(key, sizeof(key), "R:%s", name);
	for (r = val; r; r = r->next) {
		const struct pl_rec *rec = pl_find("acquire", r->f.call);
		/* the fact file says "got" for the catalogue's get */
		unsigned int t = !strcmp(r->f.cls, "got") ? T_GET :
			class_tag(r->f.cls) & (T_PIN | T_XTR);
		struct pl_call *c;
		struct fact *ft = fact(key);

		if (!strcmp(r->f.cls, "other")) {
			ft->tags |= T_OTHER;
			continue;
		}
		if (!t || !rec)
			continue;
		c = calloc(1, sizeof(*c));
		c->name = rec->name;
		c->db_where = r->f.where;
		c->next = db_acqs;
		db_acqs = c;
		acquired(ft, c, t);
	}
	return 0;
}

/*
 * What the file's functions of external linkage return, for the files
 * checked after it: "return NAME CLASS FILE:LINE CALL", or "other" where
 * the array also holds other pages or pages of two classes.
 */
static void write_returns(struct pl_file *f)
{
	size_t len = 0, cap = 0;
	char *out = NULL, err[1024];
	struct pl_func *fn;

	for (fn = f->funcs; fn; fn = fn->next) {
		struct symbol *ft = pl_base(fn->sym);
		/* a page array, as struct page **f(...) returns */
		const char *k = fn->is_static || !ft ||
			!is_page_array(ft->ctype.base_type) ? NULL :
			pl_return_key(fn);
		const struct fact *fa = k ? pl_map_get(facts, k) : NULL;
		unsigned int t = fa ? fa->tags & (T_PIN | T_GET | T_XTR) : 0;
		struct pl_fact l = { 'r' };
		char line[1200];

		if (!t || !fa->acq || fa->acq->db_where)
			continue;
		snprintf(l.name, sizeof(l.name), "%s", fn->name);
		if ((fa->tags & T_OTHER) || (t & (t - 1))) {
			strcpy(l.cls, "other");
			strcpy(l.where, "-");
			strcpy(l.call, "-");
		} else {
			strcpy(l.cls, t == T_PIN ? "pin" : t == T_GET ? "got" :
			       "extract");
			snprintf(l.where, sizeof(l.where), "%s:%d",
				 stream_name(fa->acq->pos.stream),
				 fa->acq->pos.line);
			snprintf(l.call, sizeof(l.call), "%s", fa->acq->name);
		}
		pl_fact_line(&l, line, sizeof(line));
		if (pl_map_get(f->db->lines, line))
			continue;
		*pl_map_slot(f->db->lines, line) = (void *)1;
		if (len + strlen(line) + 2 > cap) {
			cap = 2 * cap + strlen(line) + 2;
			out = realloc(out, cap);
		}
		len += sprintf(out + len, "%s\n", line);
	}
	if (out && pl_facts_append(f->db->path, out, err, sizeof(err)))
		fprintf(stderr, "pagelint-sparse: %s\n", err);
	free(out);
}

static void run(struct pl_file *f, const struct pl_report *rep)
{
	struct extract x;

	facts = pl_map_new();
	addrof = pl_map_new();
	addrof_unkeyed = 0;
	memset(&pair, 0, sizeof(pair));
	pair_broken = 0;
	edges = NULL;
	if (f->db)
		pl_map_each(f->db->returns, seed_return, NULL);
	extracts(f, &x);
	collect(f, &x);
	propagate();
	if (writes) {
		foreign_writes();
		propagate();
	}
	report_releases(f, &x, rep);
	report_dma(f, rep);
	if (f->db)
		write_returns(f);
	while (db_acqs) {
		struct pl_call *c = db_acqs;

		db_acqs = c->next;
		free(c);
	}
	free_extracts(&x);
	pl_map_free_with(facts, free);
	facts = NULL;
	pl_map_free(addrof);
	addrof = NULL;
	free_edges(&edges);
	free_edges(&writes);
}

const struct pl_check check_gup = { "gup-put gup-dma", run };
