// SPDX-License-Identifier: GPL-2.0
/*
 * gup-kaddr: a kernel pointer cast to an address and handed to
 * get_user_pages*() as the user address.  The pointer's type says it: only
 * a __user pointer (sparse's address space) may become a gup address.  A
 * kernel-typed pointer still carries a user address where the file shows
 * it does: made from an integer, from u64_to_user_ptr() and friends, a
 * field of a struct copied from user space (memdup_user(),
 * copy_from_user()) or declared in a uapi header, or a static function's parameter whose every caller
 * passes such a value.
 */
#include <stdio.h>
#include <string.h>
#include "pagelint.h"

enum { K_UNKNOWN, K_USER, K_KERNEL };

static int depth;

static int origin(const struct pl_file *f, struct pl_func *fn,
		  struct expression *e);

static int has_user_as(struct symbol *t)
{
	t = pl_base(t);
	if (!t || t->type != SYM_PTR)
		return 0;
	return t->ctype.as && valid_as(t->ctype.as);
}

/* The same object: keys equal up to the offset ("F:req+8" is in "F:req+0"). */
static int same_object(const char *a, const char *b)
{
	const char *pa = strrchr(a, '+'), *pb = strrchr(b, '+');
	size_t la = pa ? (size_t)(pa - a) : strlen(a);
	size_t lb = pb ? (size_t)(pb - b) : strlen(b);

	return la == lb && !strncmp(a, b, la);
}

/* The key of what local @sym points to (sparse reads it as *(&sym)). */
static const char *sym_ptr_key(struct pl_func *fn, struct symbol *sym)
{
	struct expression s = { .type = EXPR_SYMBOL, .symbol = sym,
				.ctype = sym };
	struct expression r = { .type = EXPR_PREOP, .op = '*', .unop = &s,
				.ctype = sym };

	return pl_ptr_key(fn, &r);
}

/* Was the object at @key filled from user space in the file? */
static int user_filled(const struct pl_file *f, const char *key)
{
	struct pl_call *c;
	struct pl_assign *a;
	char k[256];

	if (!key)
		return 0;
	snprintf(k, sizeof(k), "%s", key);
	for (c = f->calls; c; c = c->next) {
		const char *ck;

		if (!pl_find("ucopy", c->name) || !c->nargs)
			continue;
		ck = pl_ptr_key(c->fn, c->args[0]);
		if (ck && same_object(ck, k))
			return 1;
	}
	for (a = f->assigns; a; a = a->next) {
		const char *lk, *name = pl_call_name(a->right, NULL, NULL);

		if (!name || !pl_find("udup", name))
			continue;
		lk = a->left ? pl_ptr_key(a->fn, a->left) :
			sym_ptr_key(a->fn, a->sym);
		if (lk && same_object(lk, k))
			return 1;
	}
	return 0;
}

/*
 * Is the pointer loaded by *(@addr) a field of a struct the tree declares
 * in a uapi header?  Those structs are the user ABI: their pointer fields
 * hold user addresses, though uapi headers never say __user (the copy in
 * is often in another file, e.g. drm_ioctl() for every DRM driver).
 */
static int uapi_field(struct expression *addr)
{
	const char *name;
	struct symbol *t;

	while (addr) {
		if (addr->type == EXPR_BINOP && addr->op == '+')
			addr = addr->left;
		else if (addr->type == EXPR_CAST ||
			 addr->type == EXPR_IMPLIED_CAST ||
			 addr->type == EXPR_FORCE_CAST)
			addr = addr->cast_expression;
		else
			break;
		if (!addr || !addr->ctype)
			return 0;
		t = pl_base(addr->ctype);
		if (!t || t->type != SYM_PTR)
			continue;
		t = pl_base(t->ctype.base_type);
		if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION)) {
			name = stream_name(t->pos.stream);
			return name && (!strncmp(name, "uapi/", 5) ||
					strstr(name, "/uapi/"));
		}
	}
	return 0;
}

static int param_origin(const struct pl_file *f, struct pl_func *fn,
			struct symbol *p)
{
	struct symbol *ft = pl_base(fn->sym), *a;
	struct pl_call *c;
	int idx = 0, i = 0, all_user = 1, callers = 0;

	FOR_EACH_PTR(ft->arguments, a) {
		if (a == p)
			idx = i + 1;
		i++;
	} END_FOR_EACH_PTR(a);
	if (!fn->is_static || !idx)
		return K_KERNEL;	/* no caller in sight: the type says */
	for (c = f->calls; c; c = c->next) {
		int o;

		if (!c->callee || strcmp(c->name, fn->name))
			continue;
		callers++;
		o = origin(f, c->fn, pl_arg(c, idx));
		if (o == K_KERNEL)
			return K_KERNEL;
		if (o != K_USER)
			all_user = 0;
	}
	if (!callers)
		return K_KERNEL;
	return all_user ? K_USER : K_UNKNOWN;
}

/*
 * Where the address in pointer value @e points: user space, kernel memory,
 * or unknown.  Sparse's evaluated form: a symbol expression is the
 * object's address, a variable read is *(&v), a member read *(p + off).
 */
static int origin(const struct pl_file *f, struct pl_func *fn,
		  struct expression *e)
{
	struct expression *x;
	const struct pl_srcs *s;
	const char *name;
	struct symbol *v;
	int r = K_UNKNOWN, i;

	if (!e || depth > 6)
		return K_UNKNOWN;
	/* An integer made into a pointer: a user address, sloppily typed. */
	while (e && (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST ||
		     e->type == EXPR_FORCE_CAST)) {
		if (has_user_as(e->ctype))
			return K_USER;
		x = e->cast_expression;
		if (x && x->ctype && !pl_is_ptr(x->ctype) && pl_is_ptr(e->ctype) &&
		    !pl_is_null(x))
			return K_USER;
		e = x;
	}
	if (!e || !e->ctype)
		return K_UNKNOWN;
	if (has_user_as(e->ctype))
		return K_USER;
	depth++;
	switch (e->type) {
	case EXPR_CALL: case EXPR_STATEMENT:
		name = pl_call_name(e, NULL, NULL);
		if (name && pl_find("userptr", name))
			r = K_USER;
		break;
	case EXPR_BINOP:
		if ((e->op == '+' || e->op == '-') && e->left && e->right)
			r = origin(f, fn, pl_is_ptr(e->left->ctype) ||
				   !pl_is_ptr(e->right->ctype) ?
				   e->left : e->right);
		break;
	case EXPR_SYMBOL:
		/* the address of an object of the kernel */
		if (e->symbol && e->symbol->type == SYM_NODE)
			r = K_KERNEL;
		break;
	case EXPR_PREOP:
		if (e->op == '&') {
			x = pl_strip(e->unop);
			if (x && x->type == EXPR_PREOP && x->op == '*')
				r = origin(f, fn, x->unop);
			break;
		}
		if (e->op != '*' || !pl_is_ptr(e->ctype))
			break;
		v = pl_var(e);
		if (v && pl_is_param(fn, v)) {
			r = param_origin(f, fn, v);
		} else if (v && pl_is_local(v)) {
			/* a local pointer: every value assigned to it */
			s = pl_sources(v);
			for (i = 0; s && i < s->n; i++) {
				int o = origin(f, fn, s->e[i]);

				if (o == K_KERNEL || o == K_UNKNOWN) {
					r = o;
					break;
				}
				r = K_USER;
			}
		} else if (v) {
			r = K_KERNEL;	/* a global: its type says */
		} else {
			/*
			 * A pointer loaded from an object: a user address
			 * when the object was copied from user space (uapi
			 * structs carry no __user), a kernel one otherwise.
			 */
			r = user_filled(f, pl_obj_key(fn, e)) ||
			    uapi_field(e->unop) ? K_USER : K_KERNEL;
		}
		break;
	default:
		break;
	}
	depth--;
	return r;
}

static void run(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_call *c;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_find("acquire", c->name);
		struct expression *a, *p;
		char msg[1024];

		if (!r)
			continue;
		a = pl_arg(c, pl_era_pos(r->acquire.addr, f->version));
		/* (unsigned long)ptr, maybe plus an offset */
		while (a && (a->type == EXPR_IMPLIED_CAST ||
			     (a->type == EXPR_BINOP && (a->op == '+' || a->op == '-'))))
			a = a->type == EXPR_BINOP ? a->left : a->cast_expression;
		if (!a || a->type != EXPR_CAST)
			continue;
		p = a->cast_expression;
		if (!p || !p->ctype || !pl_is_ptr(p->ctype) || pl_is_ptr(a->ctype))
			continue;
		if (origin(f, c->fn, p) == K_KERNEL)
			rep->warn(c->pos, "gup-kaddr",
				pl_say(msg, sizeof(msg), "gup-kaddr",
				       "fn", c->name, NULL));
	}
}

const struct pl_check check_kaddr = { "gup-kaddr", run };
