// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers over sparse's evaluated, expanded AST, for the walk and the
 * checks.  They only read sparse's data: no state of the file being
 * checked but the macro values read before its tokens go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"
#include "evaluate.h"

struct expression *pl_strip(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_IMPLIED_CAST ||
		     e->type == EXPR_FORCE_CAST))
		e = e->cast_expression;
	return e;
}

struct symbol *pl_base(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_TYPEOF))
		t = t->ctype.base_type;
	return t;
}

int pl_is_ptr(struct symbol *t)
{
	t = pl_base(t);
	return t && (t->type == SYM_PTR || t->type == SYM_ARRAY);
}

int pl_is_local(struct symbol *sym)
{
	return sym && sym->type == SYM_NODE &&
		!(sym->ctype.modifiers & (MOD_STATIC | MOD_NONLOCAL));
}

int pl_is_param(struct pl_func *fn, struct symbol *sym)
{
	struct symbol *a, *ft = pl_base(fn->sym);

	if (!ft || ft->type != SYM_FN)
		return 0;
	FOR_EACH_PTR(ft->arguments, a) {
		if (a == sym)
			return 1;
	} END_FOR_EACH_PTR(a);
	return 0;
}

/* A stable C string for an identifier (show_ident() reuses buffers). */
const char *pl_id(struct ident *id)
{
	static struct pl_map *ids;
	char buf[256];
	void **slot;

	if (!ids)
		ids = pl_map_new();
	snprintf(buf, sizeof(buf), "%.*s", id->len, id->name);
	slot = pl_map_slot(ids, buf);
	if (!*slot)
		*slot = strdup(buf);
	return *slot;
}

/* v in *(&v): a variable read */
struct symbol *pl_var(struct expression *e)
{
	e = pl_strip(e);
	if (e && e->type == EXPR_PREOP && e->op == '*') {
		struct expression *u = pl_strip(e->unop);

		if (u && u->type == EXPR_SYMBOL)
			return u->symbol;
	}
	return NULL;
}

const char *pl_sym_name(struct symbol *s)
{
	return s && s->ident ? pl_id(s->ident) : NULL;
}

int pl_is_null(struct expression *e)
{
	e = pl_strip(e);
	return e && e->type == EXPR_VALUE && e->value == 0;
}

int pl_const(struct expression *e, long long *val)
{
	e = pl_strip(e);
	if (!e || e->type != EXPR_VALUE)
		return 0;
	*val = e->value;
	return 1;
}

/*
 * The value of a GNU statement expression that is no inlined call, the
 * expression its last statement is: ({ ...; _res; }), as v6.10+ wraps
 * alloc_pages_noprof() in alloc_hooks().  Nested ones are seen through; a
 * local declared inside with one initializer is that initializer.
 * Anything else is returned as it is.
 */
struct expression *pl_stmt_value(struct expression *e)
{
	int depth, inside = 0;

	for (depth = 0; depth < 8; depth++) {
		struct statement *s, *last;
		struct symbol *v;

		e = pl_strip(e);
		if (!e)
			return NULL;
		if (e->type == EXPR_STATEMENT && e->statement &&
		    e->statement->type == STMT_COMPOUND &&
		    !e->statement->inline_fn) {
			s = e->statement;
			last = last_ptr_list((struct ptr_list *)s->stmts);
			if (!last || last->type != STMT_EXPRESSION ||
			    !last->expression)
				return e;
			e = last->expression;
			inside = 1;
			continue;
		}
		/* the expression's own local, set once: _res = call */
		v = inside ? pl_var(e) : NULL;
		if (v && pl_is_local(v) && v->initializer &&
		    !(v->ctype.modifiers & MOD_ADDRESSABLE) &&
		    pl_sources(v) && pl_sources(v)->n == 1) {
			e = v->initializer;
			continue;
		}
		return e;
	}
	return e;
}

/* Name and arguments of a call, an inlined call included. */
const char *pl_call_name(struct expression *e, struct expression **args,
			 int *nargs)
{
	struct expression *fn, *a;
	int n = 0;

	e = pl_strip(e);
	if (!e)
		return NULL;
	if (e->type == EXPR_CALL) {
		fn = e->fn;
		if (fn && fn->type == EXPR_PREOP && fn->op == '*')
			fn = fn->unop;
		if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol)
			return NULL;
		if (args) {
			FOR_EACH_PTR(e->args, a) {
				if (n < PL_MAXARGS)
					args[n] = a;
				n++;
			} END_FOR_EACH_PTR(a);
			*nargs = n < PL_MAXARGS ? n : PL_MAXARGS;
		}
		return pl_sym_name(fn->symbol);
	}
	if (e->type == EXPR_STATEMENT && e->statement &&
	    e->statement->type == STMT_COMPOUND && e->statement->inline_fn) {
		struct statement *s = e->statement;

		if (args) {
			struct symbol *p;

			if (s->args)
				FOR_EACH_PTR(s->args->declaration, p) {
					if (n < PL_MAXARGS)
						args[n] = p->initializer;
					n++;
				} END_FOR_EACH_PTR(p);
			*nargs = n < PL_MAXARGS ? n : PL_MAXARGS;
		}
		return pl_sym_name(s->inline_fn);
	}
	return NULL;
}

struct expression *pl_arg(const struct pl_call *c, int pos1)
{
	if (pos1 < 1 || pos1 > c->nargs)
		return NULL;
	return c->args[pos1 - 1];
}

struct pl_func *pl_func_of(struct pl_file *f, const char *name)
{
	struct pl_func *fn;

	for (fn = f->funcs; fn; fn = fn->next)
		if (!strcmp(fn->name, name))
			return fn;
	return NULL;
}

/* --- macros of the file: defined?  their value? ---------------------------- */

int pl_macro_defined(const char *name)
{
	struct ident *id = built_in_ident(name);

	return lookup_symbol(id, NS_MACRO) != NULL;
}

/*
 * The values of the catalogue's gfp, gup and longterm flags as the
 * compiler sees them: the names, preprocessed, parsed and evaluated by
 * sparse itself (casts, nested macros, BIT(), enums).  Sparse drops a
 * file's tokens, macro bodies too, once it is parsed (clear_token_alloc()),
 * so this runs just before.
 * Whatever sparse would say meanwhile is not the file's business: the
 * driver silences it around the call.
 */
#define MVALS_MAX 64
static struct {
	const char *name;
	long long val;
} mvals[MVALS_MAX];
static int nmvals;

void pl_read_macro_values(void)
{
	static const char *const kinds[] = { "gfp", "gupflag", "longterm" };
	const char *names[MVALS_MAX];
	const struct pl_rec *r;
	struct expression *e;
	struct token *t, *end;
	char buf[4096];
	int n = 0, len = 0, i, k;

	nmvals = 0;
	for (k = 0; k < 3; k++)
		for (r = NULL; (r = pl_next(kinds[k], r)) && n < MVALS_MAX; ) {
			/* a macro, or an enumerator (FOLL_LONGTERM in v6.12) */
			if ((!pl_macro_defined(r->name) &&
			     !lookup_symbol(built_in_ident(r->name), NS_SYMBOL)) ||
			    len + strlen(r->name) + 3 >= sizeof(buf))
				continue;
			len += sprintf(buf + len, "%s%s", n ? ",\n" : "",
				       r->name);
			names[n++] = r->name;
		}
	if (!n)
		return;
	buf[len++] = '\n';
	t = preprocess(tokenize_buffer(buf, len, &end));
	for (i = 0; i < n && !eof_token(t); i++) {
		e = NULL;
		t = assignment_expression(t, &e);
		if (e && evaluate_expression(e) != &bad_ctype) {
			long long v = get_expression_value_silent(e);

			if (e->type == EXPR_VALUE) {
				mvals[nmvals].name = names[i];
				mvals[nmvals++].val = v;
			}
		}
		if (!match_op(t, ','))
			break;
		t = t->next;
	}
}

int pl_macro_value(const char *name, long long *val)
{
	int i;

	for (i = 0; i < nmvals; i++)
		if (!strcmp(mvals[i].name, name)) {
			*val = mvals[i].val;
			return 1;
		}
	return 0;
}
