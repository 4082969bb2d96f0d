// SPDX-License-Identifier: GPL-2.0
/*
 * fault-insert: vm_insert_*() (errno) in fault context, where
 * vmf_insert_*() (vm_fault_t) belongs.  insert-loop: ->mmap handlers
 * inserting a page array one page at a time, which vm_map_pages() does.
 *
 * Handlers come from the initializers of the file's ops structs (the
 * catalogue's slot and mmapslot members) and, for faults, from taking a
 * struct vm_fault *; a static helper all of whose callers in the file are
 * in that context is in it too.
 */
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

#define C_FAULT	1
#define C_MMAP	2

struct ctx {
	int handler;		/* C_FAULT | C_MMAP */
	int state[3];		/* per kind: 0 unknown, 1 busy, 2 no, 3 yes */
};

static struct ctx *ctx_of(struct pl_func *fn)
{
	if (!fn->priv)
		fn->priv = calloc(1, sizeof(struct ctx));
	return fn->priv;
}

static const char *member_at(struct symbol *st, unsigned int off)
{
	struct symbol *m;

	st = pl_base(st);
	if (!st || st->type != SYM_STRUCT)
		return NULL;
	FOR_EACH_PTR(st->symbol_list, m) {
		if (m->ident && m->offset == (int)off)
			return pl_id(m->ident);
	} END_FOR_EACH_PTR(m);
	return NULL;
}

static void mark(struct pl_file *f, struct expression *val, int kind)
{
	struct expression *e = pl_strip(val);
	struct pl_func *fn;

	if (e && e->type == EXPR_PREOP && e->op == '&')
		e = pl_strip(e->unop);
	if (!e || e->type != EXPR_SYMBOL || !pl_sym_name(e->symbol))
		return;
	fn = pl_func_of(f, pl_sym_name(e->symbol));
	if (fn)
		ctx_of(fn)->handler |= kind;
}

static void scan_init(struct pl_file *f, struct symbol *type,
		      struct expression *init)
{
	struct expression *e;
	struct symbol *st = pl_base(type);
	const char *sname;

	if (!init || init->type != EXPR_INITIALIZER || !st)
		return;
	if (st->type == SYM_ARRAY) {
		FOR_EACH_PTR(init->expr_list, e) {
			if (e->type == EXPR_POS)
				e = e->init_expr;
			else if (e->type == EXPR_INDEX)
				e = e->idx_expression;
			scan_init(f, st->ctype.base_type, e);
		} END_FOR_EACH_PTR(e);
		return;
	}
	if (st->type != SYM_STRUCT)
		return;
	sname = st->ident ? pl_id(st->ident) : "";
	FOR_EACH_PTR(init->expr_list, e) {
		const char *m = NULL;
		struct expression *v = NULL;

		if (e->type == EXPR_POS) {
			m = member_at(st, e->init_offset);
			v = e->init_expr;
		} else if (e->type == EXPR_IDENTIFIER) {
			m = e->expr_ident ? pl_id(e->expr_ident) : NULL;
			v = e->ident_expression;
		}
		if (!m || !v)
			continue;
		if (v->type == EXPR_INITIALIZER)
			continue;
		if (pl_find("faultops", sname) && pl_find("slot", m))
			mark(f, v, C_FAULT);
		if (pl_find("mmapslot", m))
			mark(f, v, C_MMAP);
	} END_FOR_EACH_PTR(e);
}

/* struct NAME is what a fault handler takes a pointer to. */
static int takes_arg(const char *name)
{
	const struct pl_rec *r = NULL;

	while ((r = pl_next("faultops", r)))
		if (r->faultops.arg && !strcmp(r->faultops.arg, name))
			return 1;
	return 0;
}

static int takes_vm_fault(struct pl_func *fn)
{
	struct symbol *ft = pl_base(fn->sym), *a, *t;

	FOR_EACH_PTR(ft->arguments, a) {
		t = pl_base(a);
		if (t && t->type == SYM_PTR) {
			t = pl_base(t->ctype.base_type);
			if (t && t->type == SYM_STRUCT && t->ident &&
			    takes_arg(pl_id(t->ident)))
				return 1;
		}
	} END_FOR_EACH_PTR(a);
	return 0;
}

static int in_ctx(struct pl_file *f, struct pl_func *fn, int kind)
{
	struct ctx *c = ctx_of(fn);
	struct pl_call *call;
	int callers = 0, ok = 1;

	if (c->handler & kind)
		return 1;
	if (c->state[kind] == 1)
		return 1;	/* recursion: decided by the other callers */
	if (c->state[kind])
		return c->state[kind] == 3;
	if (!fn->is_static) {
		c->state[kind] = 2;
		return 0;
	}
	c->state[kind] = 1;
	for (call = f->calls; call; call = call->next) {
		if (!call->callee || strcmp(call->name, fn->name))
			continue;
		callers++;
		if (!in_ctx(f, call->fn, kind))
			ok = 0;
	}
	c->state[kind] = callers && ok ? 3 : 2;
	return c->state[kind] == 3;
}

static int array_element(struct expression *e)
{
	long long v;

	e = pl_strip(e);
	if (!e || e->type != EXPR_PREOP || e->op != '*')
		return 0;
	e = pl_strip(e->unop);
	if (!e || e->type != EXPR_BINOP || e->op != '+')
		return 0;
	/*
	 * pages[i] is *(pages + i * size): a varying offset.  A member read
	 * (gref->page, the shape of list walks) has a constant one.
	 */
	return e->left && e->right && pl_is_ptr(e->left->ctype) &&
		!pl_const(e->right, &v);
}

/*
 * A function given the vma it inserts into (a helper an ->mmap handler
 * calls, exported or not) maps as the handler does.
 */
static int given_vma(struct pl_func *fn, struct expression *vma)
{
	struct symbol *v = pl_var(vma), *t;

	if (!v || !pl_is_param(fn, v))
		return 0;
	t = pl_base(v);
	if (!t || t->type != SYM_PTR)
		return 0;
	t = pl_base(t->ctype.base_type);
	return t && t->type == SYM_STRUCT && t->ident &&
		pl_find("vma", pl_id(t->ident));
}

/* Core mm implements vm_map_pages() with the same loops. */
static int core_mm(const char *file)
{
	return !strncmp(file, "mm/", 3) || strstr(file, "/mm/");
}

/* A call whose loops over a page array a mapall call replaces. */
static int loops_replaced(const char *name)
{
	const struct pl_rec *r = NULL;

	while ((r = pl_next("mapall", r)))
		if (r->mapall.loops && !strcmp(r->mapall.loops, name))
			return 1;
	return 0;
}

static void run(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_rec *r;
	char msg[1024];
	struct symbol *sym;
	struct pl_func *fn;
	struct pl_call *c;

	FOR_EACH_PTR(f->syms, sym) {
		if (sym->initializer)
			scan_init(f, sym, sym->initializer);
	} END_FOR_EACH_PTR(sym);
	for (fn = f->funcs; fn; fn = fn->next)
		if (takes_vm_fault(fn))
			ctx_of(fn)->handler |= C_FAULT;

	for (c = f->calls; c; c = c->next) {
		if (!(r = pl_find("insert", c->name)))
			continue;
		if (in_ctx(f, c->fn, C_FAULT)) {
			rep->warn(c->pos, "fault-insert",
				pl_say(msg, sizeof(msg), "fault-insert",
				       "ins", c->name, "func", c->fn->name,
				       NULL));
		} else if (c->in_loop && loops_replaced(c->name) &&
			   array_element(pl_arg(c, 3)) && !core_mm(f->name) &&
			   (in_ctx(f, c->fn, C_MMAP) ||
			    given_vma(c->fn, pl_arg(c, 1)))) {
			rep->warn(c->pos, "insert-loop",
				pl_say(msg, sizeof(msg), "insert-loop",
				       "func", c->fn->name, NULL));
		}
	}
	for (fn = f->funcs; fn; fn = fn->next) {
		free(fn->priv);
		fn->priv = NULL;
	}
}

const struct pl_check check_fault = { "fault-insert insert-loop", run };
