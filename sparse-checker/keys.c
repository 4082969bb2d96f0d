// SPDX-License-Identifier: GPL-2.0
/*
 * Memory keys: a string naming where pages live.  Sparse's evaluated AST
 * reads a variable v as *(&v) and a member p->m as *(p + offsetof(m)), so
 * keys are built from addresses: "O<sym>+off" for a variable's storage,
 * "F:<struct>+off" for memory inside a struct reached through a pointer
 * (the same in every function of the file, and two structs with a member
 * of the same name stay apart), "M:<key>" for the array a pointer stored
 * at <key> points to, "V<sym>" for what a parameter points to.  Array
 * indexes are dropped: an array is one container.  A scatterlist table is
 * an object: &u->sgt is "F:<u's struct>+off", a table through a pointer is
 * "M:<key>" or "V<sym>", never one key for every sg_table.  A local is followed to
 * what was assigned to it when every assignment agrees.
 */
#include <stdio.h>
#include <string.h>
#include "pagelint.h"

static char *keybuf(void)
{
	static char buf[32][256];
	static int i;

	return buf[i++ & 31];
}

/* base + constants + indexes: the base, the constant part */
static struct expression *decompose(struct expression *e, long long *off)
{
	long long v;

	*off = 0;
	e = pl_strip(e);
	/* *pages++ reads the array pages, as pages[i] does */
	if (e && e->type == EXPR_POSTOP && e->unop &&
	    (e->op == SPECIAL_INCREMENT || e->op == SPECIAL_DECREMENT))
		e = pl_strip(e->unop);
	/* after a parse error sparse leaves a binop without an operand */
	while (e && e->type == EXPR_BINOP && (e->op == '+' || e->op == '-') &&
	       e->left && e->right) {
		if (pl_const(e->right, &v))
			*off += e->op == '+' ? v : -v;
		else if (!pl_is_ptr(e->left->ctype) && pl_is_ptr(e->right->ctype)) {
			e = pl_strip(e->right);
			continue;
		}
		e = pl_strip(e->left);
	}
	return e;
}

static struct symbol *pointee(struct expression *e)
{
	struct symbol *t;

	if (!e)
		return NULL;
	if (e->type == EXPR_SYMBOL)
		return pl_base(e->symbol);
	t = pl_base(e->ctype);
	if (!t || t->type != SYM_PTR)
		return NULL;
	return pl_base(t->ctype.base_type);
}

static int depth;

/* A carrier that holds its entries behind a pointer: struct sg_table... */
static int is_table(struct symbol *t)
{
	const struct pl_rec *r;

	if (!t || t->type != SYM_STRUCT || !t->ident)
		return 0;
	r = pl_find("carrier", pl_id(t->ident));
	return r && r->carrier.role && !strcmp(r->carrier.role, "table");
}

/*
 * Memory inside a struct nested in another is the inner struct's: the
 * same member reached as ctx->buf.head or as b->head (b = &ctx->buf).
 * Not a scatterlist table: each embedded table is its own object (u->sgt
 * and k->sgt hold different pages), keyed by its container and offset.
 */
static struct symbol *innermost(struct symbol *t, long long *off)
{
	struct symbol *m, *mt;
	int again = 1;

	while (again) {
		again = 0;
		FOR_EACH_PTR(t->symbol_list, m) {
			mt = pl_base(m);
			if (!mt || (mt->type != SYM_STRUCT && mt->type != SYM_UNION) ||
			    is_table(mt) || *off < m->offset ||
			    *off >= m->offset + mt->bit_size / 8)
				continue;
			*off -= m->offset;
			t = mt;
			again = 1;
			break;
		} END_FOR_EACH_PTR(m);
	}
	return t;
}

static const char *agree(struct pl_func *fn, struct symbol *sym,
			 const char *(*f)(struct pl_func *, struct expression *),
			 int skip_self_calls)
{
	const struct pl_srcs *s = pl_sources(sym);
	const char *k = NULL;
	char *b;
	int i;

	if (!s || depth > 8)
		return NULL;
	depth++;
	for (i = 0; i < s->n; i++) {
		struct expression *e = pl_strip(s->e[i]);
		const char *ki;

		if (pl_is_null(e))
			continue;
		if (skip_self_calls) {
			/* sg = sg_next(sg): the same list */
			struct expression *args[PL_MAXARGS];
			int n = 0;

			if (pl_call_name(e, args, &n) && n >= 1 &&
			    pl_var(args[0]) == sym)
				continue;
		}
		ki = f(fn, e);
		if (!ki || (k && strcmp(k, ki))) {
			depth--;
			return NULL;
		}
		if (!k) {
			b = keybuf();
			snprintf(b, 256, "%s", ki);
			k = b;
		}
	}
	depth--;
	return k;
}

static int followable(struct pl_func *fn, struct symbol *s)
{
	return s && pl_is_local(s) && !pl_is_param(fn, s) &&
		!(s->ctype.modifiers & MOD_ADDRESSABLE);
}

struct returns {
	struct pl_func *fn;	/* whose locals the values name */
	const char *key;	/* what every return agrees on */
	int bad;		/* two returns disagree */
};

/*
 * The key of each pointer value a body returns (not into statement
 * expressions: those are the inlined calls it makes, returning their own).
 */
static void returns_in(struct statement *s, struct returns *r)
{
	struct statement *st;
	struct expression *v;
	const char *k;

	if (!s || r->bad)
		return;
	switch (s->type) {
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, st) {
			returns_in(st, r);
		} END_FOR_EACH_PTR(st);
		break;
	case STMT_IF:
		returns_in(s->if_true, r);
		returns_in(s->if_false, r);
		break;
	case STMT_ITERATOR:
		returns_in(s->iterator_statement, r);
		break;
	case STMT_SWITCH:
		returns_in(s->switch_statement, r);
		break;
	case STMT_CASE:
		returns_in(s->case_statement, r);
		break;
	case STMT_LABEL:
		returns_in(s->label_statement, r);
		break;
	case STMT_RETURN:
		/* NULL, ERR_PTR(): no array; one we cannot name: not ours */
		v = pl_strip(s->ret_value);
		if (!v || pl_is_null(v) || !pl_is_ptr(v->ctype))
			break;
		k = pl_ptr_key(r->fn, s->ret_value);
		if (!k)
			break;
		if (r->key && strcmp(r->key, k))
			r->bad = 1;
		r->key = k;
		break;
	default:
		break;
	}
}

/*
 * The array a function of the file returns (pages = my_pin(...), pages =
 * frame_vector_pages(vec)): what its returns agree on, in the callee's
 * own terms (its locals are keyed by their symbols).  An allocator's
 * fresh memory has no key, and leaves the caller's local its own.
 */
static const char *returned_key(struct pl_func *fn, struct expression *call)
{
	static int rdepth;
	struct pl_func callee = { NULL };
	struct returns r = { &callee, NULL, 0 };
	struct statement *body;
	struct symbol *f;
	char *b;

	if (rdepth > 3)
		return NULL;
	if (call->type == EXPR_STATEMENT) {
		body = call->statement;	/* an inline function, expanded */
		if (!body || !body->inline_fn)
			return NULL;
		callee.sym = body->inline_fn;
	} else {
		struct expression *fe = pl_strip(call->fn);

		if (fe && fe->type == EXPR_PREOP && fe->op == '*')
			fe = pl_strip(fe->unop);
		if (!fe || fe->type != EXPR_SYMBOL || !fe->symbol)
			return NULL;
		f = pl_base(fe->symbol);
		if (f && f->type == SYM_FN && !f->stmt && fn && fn->file &&
		    fn->file->db && fe->symbol->ident &&
		    pl_map_get(fn->file->db->returns, pl_id(fe->symbol->ident))) {
			/* another file's, and the fact file knows it */
			b = keybuf();
			snprintf(b, 256, "R:%s", pl_id(fe->symbol->ident));
			return b;
		}
		if (!f || f->type != SYM_FN || !f->stmt)
			return NULL;	/* not defined in this file */
		callee.sym = fe->symbol;
		body = f->stmt;
	}
	rdepth++;
	returns_in(body, &r);
	rdepth--;
	if (r.bad || !r.key)
		return NULL;
	b = keybuf();
	snprintf(b, 256, "%s", r.key);
	return b;
}

/* What the returns of @fn, a function of the file, agree on: a key. */
const char *pl_return_key(struct pl_func *fn)
{
	struct symbol *f = pl_base(fn->sym);
	struct returns r = { fn, NULL, 0 };

	if (!f || f->type != SYM_FN || !f->stmt)
		return NULL;
	returns_in(f->stmt, &r);
	return r.bad ? NULL : r.key;
}

/* The container the memory at pointer value @e belongs to. */
const char *pl_ptr_key(struct pl_func *fn, struct expression *e)
{
	struct expression *base;
	struct symbol *t, *v;
	long long off;
	char *b;
	const char *k;

	base = decompose(e, &off);
	if (!base)
		return NULL;
	b = keybuf();
	t = pointee(base);
	if (base->type == EXPR_SYMBOL) {
		if (!base->symbol)
			return NULL;
		snprintf(b, 256, "O%p+%lld", (void *)base->symbol, off);
		return b;
	}
	if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION) &&
	    !(is_table(t) && !off)) {
		/* a table through a pointer is what that pointer names
		 * (below), not every sg_table of the file */
		t = innermost(t, &off);
		if (t->ident)
			snprintf(b, 256, "F:%s+%lld", pl_id(t->ident), off);
		else
			snprintf(b, 256, "F:%p+%lld", (void *)t, off);
		return b;
	}
	if ((v = pl_var(base))) {
		if (followable(fn, v) && (k = agree(fn, v, pl_ptr_key, 0)))
			return k;
		snprintf(b, 256, "V%p", (void *)v);
		return b;
	}
	if (base->type == EXPR_PREOP && base->op == '*') {
		/* a pointer loaded from memory: the array it points to */
		k = pl_ptr_key(fn, base->unop);
		if (!k)
			return NULL;
		snprintf(b, 256, "M:%s", k);
		return b;
	}
	if (base->type == EXPR_PREOP && base->op == '&')
		return pl_ptr_key(fn, base->unop);
	if (base->type == EXPR_CALL || base->type == EXPR_STATEMENT)
		return returned_key(fn, base);
	return NULL;
}

/* The storage of an lvalue. */
const char *pl_obj_key(struct pl_func *fn, struct expression *e)
{
	e = pl_strip(e);
	if (e && e->type == EXPR_PREOP && e->op == '*')
		return pl_ptr_key(fn, e->unop);
	return NULL;
}

const char *pl_field_key(struct expression *e)
{
	return pl_obj_key(NULL, e);
}

/*
 * The base of the memory map pfn_to_page() adds a pfn to: a global
 * (x86's vmemmap_base, the sample tree's vmemmap) or a constant.
 */
static int memmap(struct expression *e)
{
	struct symbol *v = pl_var(e);

	e = pl_strip(e);
	if (e && e->type == EXPR_VALUE)
		return 1;
	return v && !pl_is_local(v) && pl_base(v) &&
		pl_base(v)->type != SYM_FN;
}

/* pfn_to_page(pfn) as it expands: the memory map plus a pfn; the pfn */
static struct expression *pfn_of(struct expression *e)
{
	if (e && e->type == EXPR_BINOP && e->op == '+' && e->left &&
	    e->right && pl_is_ptr(e->left->ctype) &&
	    !pl_is_ptr(e->right->ctype) && memmap(e->left))
		return e->right;
	return NULL;
}

/* The container a page value was read from. */
const char *pl_page_key(struct pl_func *fn, struct expression *e)
{
	struct expression *args[PL_MAXARGS];
	const char *name, *k;
	struct symbol *v;
	int n = 0;

	e = pl_strip(e);
	if (!e)
		return NULL;
	if ((v = pl_var(e))) {
		if (followable(fn, v) && (k = agree(fn, v, pl_page_key, 0)))
			return k;
		return pl_obj_key(fn, e);
	}
	switch (e->type) {
	case EXPR_PREOP:
		if (e->op == '*')
			return pl_ptr_key(fn, e->unop);
		return NULL;
	case EXPR_BINOP:
		/* pfn_to_page(pfn), vmemmap + pfn: the page pfn came from */
		if (pfn_of(e))
			return pl_page_key(fn, pfn_of(e));
		if (e->op == '+' || e->op == '-')
			return pl_page_key(fn, e->left);
		/* a pfn scaled or shifted, page_to_pfn()'s division */
		if (e->left && !pl_is_ptr(e->ctype) &&
		    (e->op == '*' || e->op == '/' ||
		     e->op == SPECIAL_LEFTSHIFT || e->op == SPECIAL_RIGHTSHIFT))
			return pl_page_key(fn, e->left);
		return NULL;
	case EXPR_CALL:
	case EXPR_STATEMENT:
		name = pl_call_name(e, args, &n);
		if (!name)
			return NULL;
		if (pl_find("load", name) && n >= 1) {
			char *b;

			k = pl_sg_key(fn, args[0]);
			if (!k)
				return NULL;
			b = keybuf();
			snprintf(b, 256, "S:%s", k);
			return b;
		}
		/* page_folio(page), compound_head(page): the same page */
		if (n == 1)
			return pl_page_key(fn, args[0]);
		return NULL;
	default:
		return NULL;
	}
}

/*
 * pfn_to_page(PFN_DOWN(addr)): the page of a physical address, shifted
 * down directly or in a value a local was given (a loop's pfn that starts
 * at one and counts up).
 */
static int shifted_down(struct pl_func *fn, struct expression *e, int d)
{
	const struct pl_srcs *s;
	struct symbol *v;
	int i;

	e = pl_strip(e);
	if (!e || d > 4)
		return 0;
	/* scaled by the size of a page struct, counted on from a start */
	if (e->type == EXPR_BINOP)
		return e->op == SPECIAL_RIGHTSHIFT ||
			((e->op == '*' || e->op == '+' || e->op == '-') &&
			 shifted_down(fn, e->left, d + 1));
	v = pl_var(e);
	if (!followable(fn, v) || !(s = pl_sources(v)))
		return 0;
	for (i = 0; i < s->n; i++)
		if (shifted_down(fn, s->e[i], d + 1))
			return 1;
	return 0;
}

/*
 * "pfn" when a page value is the page of a pfn (pfn_to_page(pfn), as
 * vmemmap + pfn), "phys" of a physical address made a pfn, directly or
 * through locals that all agree; else NULL.
 */
const char *pl_pfn_page(struct pl_func *fn, struct expression *e)
{
	struct expression *args[PL_MAXARGS];
	struct symbol *v;
	int n = 0;

	e = pl_strip(e);
	if (!e)
		return NULL;
	if ((v = pl_var(e)))
		return followable(fn, v) ? agree(fn, v, pl_pfn_page, 0) : NULL;
	if (pfn_of(e))
		return shifted_down(fn, pfn_of(e), 0) ? "phys" : "pfn";
	/* page_folio(page), compound_head(page): the same page */
	if ((e->type == EXPR_CALL || e->type == EXPR_STATEMENT) &&
	    pl_call_name(e, args, &n) && n == 1)
		return pl_pfn_page(fn, args[0]);
	return NULL;
}

/* A scatterlist: named by its first entry, a table by its sgl. */
const char *pl_sg_key(struct pl_func *fn, struct expression *e)
{
	struct symbol *t, *v;
	const char *k;
	char *b;

	e = pl_strip(e);
	if (!e)
		return NULL;
	t = pointee(e);
	if (is_table(t)) {
		/* sgl is the first member of sg_table (and of sg_append_table) */
		k = pl_ptr_key(fn, e);
		if (!k)
			return NULL;
		b = keybuf();
		snprintf(b, 256, "M:%s", k);
		return b;
	}
	if ((v = pl_var(e)) && followable(fn, v) &&
	    (k = agree(fn, v, pl_sg_key, 1)))
		return k;
	if (!v && e->type == EXPR_PREOP && e->op == '*') {
		/* x->sgt.sgl: the list the stored pointer points to, as the
		 * table's own key names it */
		k = pl_ptr_key(fn, e->unop);
		if (!k)
			return NULL;
		b = keybuf();
		snprintf(b, 256, "M:%s", k);
		return b;
	}
	return pl_ptr_key(fn, e);
}
