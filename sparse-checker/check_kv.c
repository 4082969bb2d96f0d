// SPDX-License-Identifier: GPL-2.0
/*
 * kv-to-page: virt_to_page()-style conversions (catalogue addr2pg) of
 * addresses that are not in the linear map: memory from vmalloc() (always)
 * or kvmalloc() (maybe), followed through locals and through struct fields
 * assigned only from such calls in the file, and stack objects where the
 * stack may be vmalloc'd (CONFIG_VMAP_STACK: the configuration under
 * kbuild, the architecture's Kconfig otherwise).  A function that asks
 * is_vmalloc_addr() about the pointer knows what it has.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

enum { O_NONE, O_VMALLOC, O_KVMALLOC, O_STACK };

struct origin {
	int kind;
	const char *alloc;	/* the allocating call */
	int line;		/* its line */
	const char *key;	/* the pointer, for the vguard test */
};

static int depth;

static struct origin value_origin(const struct pl_file *f,
				  struct pl_func *fn, struct expression *e);

static struct origin none(void)
{
	struct origin o = { O_NONE, NULL, 0, NULL };

	return o;
}

/* Merge the origins of all (non-NULL) values: they must agree. */
static struct origin merge(struct origin a, struct origin b, int *first)
{
	if (*first) {
		*first = 0;
		return b;
	}
	if (a.kind != b.kind)
		return none();
	return a;
}

/*
 * What was stored at @key anywhere in the file: a struct field keyed by
 * its struct and offset holds for every function, as in check_gup.c.
 */
static struct origin memory_origin(const struct pl_file *f, const char *k)
{
	struct origin o = none();
	struct pl_assign *a;
	int first = 1;
	char key[256];

	if (!k)
		return o;
	snprintf(key, sizeof(key), "%s", k);
	for (a = f->assigns; a; a = a->next) {
		const char *lk;

		if (!a->left || pl_is_null(a->right))
			continue;
		lk = pl_obj_key(a->fn, a->left);
		if (!lk || strcmp(lk, key))
			continue;
		depth++;
		o = merge(o, value_origin(f, a->fn, a->right), &first);
		depth--;
		if (o.kind == O_NONE)
			return o;
	}
	return o;
}

/*
 * Where the memory a pointer value points into came from.  In sparse's
 * evaluated form a symbol expression is the object's address, a variable
 * read is *(&v), a member read *(p + offset).
 */
static struct origin value_origin(const struct pl_file *f,
				  struct pl_func *fn, struct expression *e)
{
	struct expression *args[PL_MAXARGS];
	const struct pl_rec *r;
	struct origin o = none();
	const char *name;
	struct symbol *v;
	int n = 0, i, first = 1;

	e = pl_strip(e);
	if (!e || depth > 8)
		return o;
	switch (e->type) {
	case EXPR_CALL:
	case EXPR_STATEMENT:
		name = pl_call_name(e, args, &n);
		if (name && (r = pl_find("valloc", name))) {
			o.kind = !strcmp(r->valloc.family, "vmalloc") ? O_VMALLOC :
				O_KVMALLOC;
			o.alloc = r->name;
			o.line = e->pos.line;
		}
		return o;
	case EXPR_BINOP:
		if ((e->op != '+' && e->op != '-') || !e->left || !e->right)
			return o;
		if (pl_is_ptr(e->right->ctype) && !pl_is_ptr(e->left->ctype))
			return value_origin(f, fn, e->right);
		return value_origin(f, fn, e->left);
	case EXPR_SYMBOL:
		/* the address of an object: on the stack when it is local */
		if (pl_is_local(e->symbol))
			o.kind = O_STACK;
		return o;
	case EXPR_PREOP:
		if (e->op == '&') {
			struct expression *x = pl_strip(e->unop);

			if (x && x->type == EXPR_PREOP && x->op == '*')
				return value_origin(f, fn, x->unop);
			return o;
		}
		if (e->op != '*')
			return o;
		v = pl_var(e);
		if (v && pl_is_local(v)) {
			/* a local pointer: what was assigned to it */
			const struct pl_srcs *s = pl_sources(v);

			if (pl_is_param(fn, v) || !s)
				return o;
			depth++;
			for (i = 0; i < s->n; i++) {
				if (pl_is_null(s->e[i]))
					continue;
				o = merge(o, value_origin(f, fn, s->e[i]),
					  &first);
				if (o.kind == O_NONE)
					break;
			}
			depth--;
			return o;
		}
		/* a pointer loaded from memory: what was stored there */
		return memory_origin(f, pl_obj_key(fn, e));
	default:
		return o;
	}
}

/* Does @fn ask a vguard (is_vmalloc_addr()) about the pointer @key? */
static int guarded(struct pl_func *fn, const char *key)
{
	struct pl_call *c;
	char k[256];

	if (!key)
		return 0;
	snprintf(k, sizeof(k), "%s", key);
	for (c = fn->calls; c; c = c->next) {
		const char *gk;

		if (!pl_find("vguard", c->name) || !c->nargs)
			continue;
		gk = pl_ptr_key(fn, c->args[0]);
		if (!gk) {
			struct expression *a = pl_strip(c->args[0]);

			gk = a && a->type == EXPR_DEREF ? pl_field_key(a) : NULL;
		}
		if (gk && !strcmp(gk, k))
			return 1;
	}
	return 0;
}

/* May the stack of this compilation be vmalloc memory? */
static int stack_may_be_vmalloc(struct pl_file *f)
{
	const char *p = strstr(f->name, "arch/");
	char arch[64];
	int i;

	/* Under kbuild the configuration says it. */
	if (pl_macro_defined("_LINUX_KCONFIG_H"))
		return pl_macro_defined("CONFIG_VMAP_STACK");
	if (pl_have("vmap_stack") == 0)
		return 0;
	if (p && (p == f->name || p[-1] == '/')) {
		for (i = 0, p += 5; *p && *p != '/' && i < 63; p++)
			arch[i++] = *p;
		arch[i] = 0;
		if (pl_arch_have("vmap_stack", arch) == 0)
			return 0;
	}
	return !pl_kguard_excludes(f->tree, f->name, "vmap_stack");
}

static void run(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_call *c;
	int stack = -1;

	for (c = f->calls; c; c = c->next) {
		const struct pl_rec *r = pl_find("addr2pg", c->name);
		struct expression *arg;
		struct origin o;
		char line[16], msg[1024];

		if (!r)
			continue;
		arg = pl_arg(c, atoi(r->addr2pg.arg));
		o = value_origin(f, c->fn, arg);
		o.key = pl_ptr_key(c->fn, arg);
		snprintf(line, sizeof(line), "%d", o.line);
		switch (o.kind) {
		case O_VMALLOC:
		case O_KVMALLOC:
			if (!guarded(c->fn, o.key))
				rep->warn(c->pos, "kv-to-page",
					pl_say(msg, sizeof(msg), "kv-to-page",
					       "fn", c->name, "mem",
					       o.kind == O_VMALLOC ? "vmalloc" :
					       "kvmalloc", "alloc", o.alloc,
					       "line", line, NULL));
			break;
		case O_STACK:
			if (stack < 0)
				stack = stack_may_be_vmalloc(f);
			if (stack)
				rep->warn(c->pos, "kv-to-page",
					pl_say(msg, sizeof(msg), "kv-to-page",
					       "fn", c->name, "mem", "stack",
					       NULL));
			break;
		}
	}
}

const struct pl_check check_kv = { "kv-to-page", run };
