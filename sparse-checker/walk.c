// SPDX-License-Identifier: GPL-2.0
/*
 * The collection walk: what struct pl_file holds.  For each function the
 * driver saw linearized, its calls (real, inlined, and the catalogue's
 * macros, found from the file's own tokens) and its assignments, and the
 * sources of its locals.  The driver calls in at its hooks; this file
 * calls nothing of the driver's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"
#include "scope.h"

/* Every catalogue call name, as sparse's idents: a small pointer set. */
#define CATSET_SIZE 512
static struct ident *catset[CATSET_SIZE];

static unsigned int ident_hash(const struct ident *id)
{
	return ((unsigned long)id >> 4) & (CATSET_SIZE - 1);
}

static void catset_add(const char *name)
{
	struct ident *id = built_in_ident(name);
	unsigned int h = ident_hash(id), n;

	for (n = 0; n < CATSET_SIZE; n++, h = (h + 1) & (CATSET_SIZE - 1)) {
		if (catset[h] == id)
			return;
		if (!catset[h]) {
			catset[h] = id;
			return;
		}
	}
}

static int catset_has(const struct ident *id)
{
	unsigned int h = ident_hash(id), n;

	for (n = 0; n < CATSET_SIZE && catset[h];
	     n++, h = (h + 1) & (CATSET_SIZE - 1))
		if (catset[h] == id)
			return 1;
	return 0;
}

static void catset_add_cb(const char *name, void *ctx)
{
	catset_add(name);
}

/*
 * The catalogue's names of values that are no calls (the will-pin flag
 * BIO_PAGE_PINNED): an enum constant leaves only its value behind, so the
 * token scan keeps where each is written, for pl_value_name().
 */
#define VALSET_MAX 16
static struct ident *valset[VALSET_MAX];
static int nvalset;

struct valpos {
	struct ident *id;
	struct position pos;
	struct valpos *next;
};
static struct valpos *vals;

/* The catalogue's call names, for the token scan: once, at start. */
void pl_walk_init(void)
{
	const struct pl_rec *r = NULL;

	pl_each_call(catset_add_cb, NULL);
	while ((r = pl_next("pinned", r)) && nvalset < VALSET_MAX)
		valset[nvalset++] = built_in_ident(r->name);
}

/* The catalogue value name written at @pos, or NULL. */
const char *pl_value_name(struct position pos)
{
	const struct valpos *v;

	for (v = vals; v; v = v->next)
		if (v->pos.stream == pos.stream && v->pos.line == pos.line &&
		    v->pos.pos == pos.pos)
			return pl_id(v->id);
	return NULL;
}

static void free_vals(void)
{
	while (vals) {
		struct valpos *v = vals;

		vals = v->next;
		free(v);
	}
}

static struct pl_map *srcmap;		/* local symbol -> struct pl_srcs */

/* --- simple flow: sources of locals --------------------------------------- */

static void add_source(struct symbol *sym, struct expression *e)
{
	char key[32];
	struct pl_srcs **s;

	snprintf(key, sizeof(key), "%p", (void *)sym);
	s = (struct pl_srcs **)pl_map_slot(srcmap, key);
	if (!*s)
		*s = calloc(1, sizeof(**s));
	(*s)->e = realloc((*s)->e, ((*s)->n + 1) * sizeof(*(*s)->e));
	(*s)->e[(*s)->n++] = e;
}

const struct pl_srcs *pl_sources(struct symbol *sym)
{
	char key[32];

	snprintf(key, sizeof(key), "%p", (void *)sym);
	return pl_map_get(srcmap, key);
}

/* --- catalogue macros: find their arguments in the AST ---------------------- */

/*
 * virt_to_page(), __pa(), dma_map_page()... are macros: after
 * preprocessing only their expansion is left, and sparse gives every token
 * of it, the arguments' too, the position of the macro's name.  So the
 * file's own tokens, seen just before preprocessing, say where each
 * catalogue name is invoked and which identifiers each argument names; in
 * the expansion (the expressions at that position) an argument is the
 * outermost expression that names no symbol but the argument's.
 */
#define ARG_IDENTS 12

struct invocation {
	struct ident *name;
	struct position pos;
	int nargs;
	struct {
		int n;
		struct ident *id[ARG_IDENTS];
	} arg[PL_MAXARGS];
	int nencl;			/* calls around it, outermost first */
	struct ident *encl[4];
	struct position encl_pos[4];
	struct position at;		/* where its expansion is */
	struct expression *root;	/* outermost expression of the expansion */
	int loop;			/* loop depth there */
	struct pl_func *fn;
	struct invocation *next;	/* on the same line */
	struct invocation *fnext;	/* in the same function */
};

static struct invocation **inv_by_line, *inv_list;
static int inv_lines;

/*
 * Inside another macro's arguments, a token takes that macro's position:
 * the expansion is where the outermost enclosing macro is.
 */
static void add_invocation(struct invocation *iv)
{
	int line, i;

	iv->at = iv->pos;
	for (i = 0; i < iv->nencl; i++)
		if (lookup_symbol(iv->encl[i], NS_MACRO)) {
			iv->at = iv->encl_pos[i];
			break;
		}
	line = iv->at.line;

	if (line >= inv_lines) {
		int n = line * 2 + 64;

		inv_by_line = realloc(inv_by_line, n * sizeof(*inv_by_line));
		memset(inv_by_line + inv_lines, 0,
		       (n - inv_lines) * sizeof(*inv_by_line));
		inv_lines = n;
	}
	iv->next = inv_by_line[line];
	inv_by_line[line] = iv;
}

static void free_invocations(void)
{
	int i;

	inv_list = NULL;
	for (i = 0; i < inv_lines; i++)
		while (inv_by_line[i]) {
			struct invocation *iv = inv_by_line[i];

			inv_by_line[i] = iv->next;
			free(iv);
		}
}

/* The file's tokens, before preprocessing: only catalogue names matter. */
#define ENCL_MAX 64
void pl_scan_tokens(struct token *t, int stream)
{
	struct {
		struct ident *id;
		struct position pos;
	} encl[ENCL_MAX];
	struct token *prev = NULL;
	int top = 0;

	for (; t && !eof_token(t); prev = t, t = t->next) {
		struct invocation *iv;
		struct token *a;
		int depth = 0, empty = 1, i;

		if (t->pos.stream != stream)
			continue;
		if (match_op(t, '(') || match_op(t, '[') || match_op(t, '{')) {
			if (top < ENCL_MAX) {
				int call = match_op(t, '(') && prev &&
					token_type(prev) == TOKEN_IDENT;

				encl[top].id = call ? prev->ident : NULL;
				if (call)
					encl[top].pos = prev->pos;
			}
			top++;
			continue;
		}
		if (match_op(t, ')') || match_op(t, ']') || match_op(t, '}')) {
			if (top > 0)
				top--;
			continue;
		}
		if (token_type(t) == TOKEN_IDENT && !match_op(t->next, '('))
			for (i = 0; i < nvalset; i++)
				if (valset[i] == t->ident) {
					struct valpos *v = malloc(sizeof(*v));

					v->id = t->ident;
					v->pos = t->pos;
					v->next = vals;
					vals = v;
				}
		if (token_type(t) != TOKEN_IDENT || !catset_has(t->ident) ||
		    !match_op(t->next, '('))
			continue;
		iv = calloc(1, sizeof(*iv));
		iv->name = t->ident;
		iv->pos = t->pos;
		for (i = 0; i < top && i < ENCL_MAX && iv->nencl < 4; i++)
			if (encl[i].id) {
				iv->encl[iv->nencl] = encl[i].id;
				iv->encl_pos[iv->nencl++] = encl[i].pos;
			}
		for (a = t->next->next; !eof_token(a); a = a->next) {
			int i = iv->nargs < PL_MAXARGS ? iv->nargs : PL_MAXARGS - 1;

			if (depth == 0 && (match_op(a, ',') || match_op(a, ')'))) {
				if (!empty)
					iv->nargs++;
				empty = 1;
				if (match_op(a, ')'))
					break;
				continue;
			}
			if (match_op(a, '(') || match_op(a, '[') || match_op(a, '{'))
				depth++;
			else if (match_op(a, ')') || match_op(a, ']') ||
				 match_op(a, '}'))
				depth--;
			empty = 0;
			if (token_type(a) == TOKEN_IDENT &&
			    iv->arg[i].n < ARG_IDENTS)
				iv->arg[i].id[iv->arg[i].n++] = a->ident;
		}
		if (iv->nargs > PL_MAXARGS)
			iv->nargs = PL_MAXARGS;
		iv->next = inv_list;
		inv_list = iv;
	}
}

static int at(struct expression *e, struct position pos)
{
	return e->pos.stream == pos.stream && e->pos.line == pos.line &&
		e->pos.pos == pos.pos;
}

/*
 * Call @cb on each direct sub-expression of @e that is evaluated, in
 * source order; stop at the first non-zero answer and return it.  The
 * one list of children the walkers share.  An inlined call's children
 * are its arguments, not the header's body; sizeof-like operands are not
 * evaluated, so they are no children.
 */
static int expr_children(struct expression *e,
			 int (*cb)(struct expression *, void *), void *data)
{
	struct expression *kids[3] = { NULL }, *a;
	struct expression_list *list = NULL;
	struct symbol *p;
	int i, r;

	switch (e->type) {
	case EXPR_CALL:
		kids[0] = e->fn;
		list = e->args;
		break;
	case EXPR_STATEMENT:
		if (!e->statement || !e->statement->inline_fn ||
		    !e->statement->args)
			return 0;
		FOR_EACH_PTR(e->statement->args->declaration, p) {
			if (p->initializer && (r = cb(p->initializer, data)))
				return r;
		} END_FOR_EACH_PTR(p);
		return 0;
	case EXPR_BINOP: case EXPR_LOGICAL: case EXPR_COMMA:
	case EXPR_COMPARE: case EXPR_ASSIGNMENT:
		kids[0] = e->left;
		kids[1] = e->right;
		break;
	case EXPR_PREOP: case EXPR_POSTOP:
		kids[0] = e->unop;
		break;
	case EXPR_DEREF:
		kids[0] = e->deref;
		break;
	case EXPR_CAST: case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST:
		kids[0] = e->cast_expression;
		break;
	case EXPR_CONDITIONAL: case EXPR_SELECT:
		kids[0] = e->conditional;
		kids[1] = e->cond_true;		/* NULL in a ?: b */
		kids[2] = e->cond_false;
		break;
	case EXPR_INITIALIZER:
		list = e->expr_list;
		break;
	case EXPR_POS:
		kids[0] = e->init_expr;
		break;
	case EXPR_IDENTIFIER:
		kids[0] = e->ident_expression;
		break;
	case EXPR_INDEX:
		kids[0] = e->idx_expression;
		break;
	case EXPR_SLICE:
		kids[0] = e->base;
		break;
	default:
		return 0;
	}
	for (i = 0; i < 3; i++)
		if (kids[i] && (r = cb(kids[i], data)))
			return r;
	FOR_EACH_PTR(list, a) {
		if (a && (r = cb(a, data)))
			return r;
	} END_FOR_EACH_PTR(a);
	return 0;
}

struct any {
	int (*cb)(struct expression *, void *);
	void *data;
};

static int any_in(struct expression *e, void *data)
{
	struct any *a = data;
	int r = a->cb(e, a->data);

	return r ? r : expr_children(e, any_in, a);
}

/* @cb on @e and each evaluated sub-expression, depth first, until non-zero. */
int pl_expr_any(struct expression *e, int (*cb)(struct expression *, void *),
		void *data)
{
	struct any a = { cb, data };

	return e ? any_in(e, &a) : 0;
}

struct names {
	struct ident **ids;
	int n;
	int any;		/* one of ids seen */
};

static int names_other(struct expression *e, void *data);

/*
 * 1 when every symbol @e names is one of @ids (*any: it names one),
 * 0 when it names another, or has a shape an argument does not take.
 */
static int names_only(struct expression *e, struct ident **ids, int n,
		      int *any)
{
	struct names nm = { ids, n, *any };
	int r;

	r = !e || !names_other(e, &nm);
	*any = nm.any;
	return r;
}

static int has_id(struct names *nm, struct ident *id)
{
	int i;

	for (i = 0; i < nm->n; i++)
		if (nm->ids[i] == id)
			return 1;
	return 0;
}

/* names_only()'s negation, as an expr_children() callback. */
static int names_other(struct expression *e, void *data)
{
	struct names *nm = data;

	switch (e->type) {
	case EXPR_VALUE: case EXPR_FVALUE: case EXPR_STRING: case EXPR_TYPE:
	case EXPR_SIZEOF: case EXPR_ALIGNOF: case EXPR_PTRSIZEOF:
	case EXPR_OFFSETOF:
		return 0;
	case EXPR_SYMBOL:
		if (!e->symbol || !e->symbol->ident ||
		    !has_id(nm, e->symbol->ident))
			return 1;
		nm->any = 1;
		return 0;
	case EXPR_STATEMENT:
		/* an inline function the argument calls */
		if (!e->statement || !e->statement->inline_fn ||
		    !e->statement->args ||
		    !has_id(nm, e->statement->inline_fn->ident))
			return 1;
		nm->any = 1;
		return expr_children(e, names_other, nm);
	case EXPR_CALL: case EXPR_BINOP: case EXPR_LOGICAL: case EXPR_COMMA:
	case EXPR_COMPARE: case EXPR_ASSIGNMENT: case EXPR_PREOP:
	case EXPR_POSTOP: case EXPR_DEREF: case EXPR_CAST:
	case EXPR_FORCE_CAST: case EXPR_IMPLIED_CAST: case EXPR_CONDITIONAL:
	case EXPR_SELECT: case EXPR_INITIALIZER: case EXPR_POS:
	case EXPR_IDENTIFIER: case EXPR_INDEX: case EXPR_SLICE:
		return expr_children(e, names_other, nm);
	default:
		return 1;
	}
}

static int no_symbol(struct expression *e)
{
	int any = 0;

	return names_only(e, NULL, 0, &any);
}

/* The body's wrapping around an argument: (unsigned long)(x) - CONST */
static struct expression *core(struct expression *e)
{
	for (;;) {
		if (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		    e->type == EXPR_IMPLIED_CAST) {
			if (!pl_is_ptr(e->ctype) || !e->cast_expression ||
			    !pl_is_ptr(e->cast_expression->ctype))
				break;
			e = e->cast_expression;
		} else if (e->type == EXPR_BINOP && e->left && e->right &&
			   no_symbol(e->right) && pl_is_ptr(e->left->ctype) ==
			   pl_is_ptr(e->ctype) && e->op != '+') {
			e = e->left;
		} else {
			break;
		}
	}
	return e;
}

struct find {
	struct expression *parent;
	struct position pos;
	struct ident **ids;
	int n;
	struct expression *found;
};

static int find_in(struct expression *e, void *data);

/*
 * The outermost sub-expression of @e, at the macro's position @pos, that
 * names only the argument's identifiers @ids: the argument's value.
 */
static struct expression *find_arg(struct expression *e, struct position pos,
				   struct ident **ids, int n)
{
	struct find fd = { NULL, pos, ids, n, NULL };

	if (!e)
		return NULL;
	find_in(e, &fd);
	return fd.found;
}

static int find_in(struct expression *e, void *data)
{
	struct find *fd = data;
	struct expression *parent = fd->parent;
	int any = 0, r;

	/* a macro argument is a value, never the function called */
	if (parent && parent->type == EXPR_CALL && e == parent->fn)
		return 0;
	if (!at(e, fd->pos))
		return 0;
	if (names_only(e, fd->ids, fd->n, &any)) {
		fd->found = any ? core(e) : NULL;
		return !!fd->found;
	}
	fd->parent = e;
	r = expr_children(e, find_in, fd);
	fd->parent = parent;
	return r;
}

/* --- the walk ----------------------------------------------------------------- */

struct walk {
	struct pl_file *f;
	struct pl_func *fn;
	int loop;
	const struct pl_if *ifs;	/* the ifs around, innermost first */
	struct invocation *invs;	/* catalogue macros seen */
};

static void walk_stmt(struct walk *w, struct statement *s);
static void walk_expr(struct walk *w, struct expression *e);

/*
 * A call's findings point at the callee's name, as GCC's do; sparse puts a
 * call it has no function expression for (an inlined one) at its '('.
 * Kernel style writes the name right before it.
 */
static struct position name_pos(struct position pos, const char *name)
{
	static char *text;
	static int stream = -1, nlines;
	static const char **lines;	/* where each line starts */
	int len = strlen(name), col = 1;
	const char *s;

	if (pos.stream != stream) {
		free(text);
		free(lines);
		lines = NULL;
		nlines = 0;
		text = pl_read_file(stream_name(pos.stream));
		stream = pos.stream;
		for (s = text; s && *s; s++)
			nlines += *s == '\n';
		lines = text ? malloc((nlines + 2) * sizeof(*lines)) : NULL;
		if (lines) {
			nlines = 0;
			lines[nlines++] = text;
			for (s = text; *s; s++)
				if (*s == '\n')
					lines[nlines++] = s + 1;
		}
	}
	if (!lines || pos.line < 1 || pos.line > nlines || pos.pos <= len)
		return pos;
	/* the byte at display column pos.pos - len */
	for (s = lines[pos.line - 1]; *s && *s != '\n' && col < pos.pos - len; s++)
		col = *s == '\t' ? (col - 1) / 8 * 8 + 9 : col + 1;
	/* a macro's expansion carries the position of the macro's name */
	if (col == pos.pos - len && !strncmp(s, name, len) && s[len] == '(')
		pos.pos -= len;
	return pos;
}

static void add_call(struct walk *w, const char *name, struct symbol *callee,
		     struct position pos, struct expression **args, int nargs,
		     struct expression *expr)
{
	struct pl_call *c = calloc(1, sizeof(*c));

	c->name = name;
	c->callee = callee;
	c->pos = pos;
	c->nargs = nargs;
	memcpy(c->args, args, nargs * sizeof(*args));
	c->expr = expr;
	c->fn = w->fn;
	c->in_loop = w->loop > 0;
	c->ifs = w->ifs;
	*w->fn->calls_tail = c;
	w->fn->calls_tail = &c->next;
}

/* The outermost expression at a catalogue macro's position: its expansion. */
static void note_span(struct walk *w, struct expression *e)
{
	struct invocation *iv;

	if (e->pos.stream != w->f->stream || e->pos.line >= inv_lines)
		return;
	for (iv = inv_by_line[e->pos.line]; iv; iv = iv->next)
		if (!iv->root && iv->at.pos == e->pos.pos &&
		    iv->at.stream == e->pos.stream) {
			iv->root = e;
			iv->loop = w->loop;
			iv->fn = w->fn;
			iv->fnext = w->invs;
			w->invs = iv;
		}
}

static void add_assign(struct walk *w, struct expression *l,
		       struct symbol *sym, struct expression *r)
{
	struct pl_assign *a = calloc(1, sizeof(*a));

	a->left = l;
	a->sym = sym;
	a->right = r;
	a->fn = w->fn;
	a->next = w->f->assigns;
	w->f->assigns = a;
	if (sym && pl_is_local(sym))
		add_source(sym, r);
}

static int walk_child(struct expression *e, void *data)
{
	walk_expr(data, e);
	return 0;
}

static void walk_expr(struct walk *w, struct expression *e)
{
	struct expression *args[PL_MAXARGS];
	const char *name;
	int n = 0;

	if (!e)
		return;
	note_span(w, e);
	switch (e->type) {
	case EXPR_CALL:
		name = pl_call_name(e, args, &n);
		if (name) {
			/* a direct call: *(&fn) or fn */
			struct expression *fe = pl_strip(e->fn);
			struct symbol *callee;

			if (fe && fe->type == EXPR_PREOP && fe->op == '*')
				fe = pl_strip(fe->unop);
			callee = fe && fe->type == EXPR_SYMBOL ? fe->symbol : NULL;
			if (callee && (!pl_base(callee) ||
				       pl_base(callee)->type != SYM_FN))
				callee = NULL;
			add_call(w, name, callee, fe && fe->type == EXPR_SYMBOL ?
				 fe->pos : name_pos(e->pos, name), args, n, e);
		}
		expr_children(e, walk_child, w);
		break;
	case EXPR_STATEMENT:
		name = pl_call_name(e, args, &n);
		if (name) {
			/* An inlined call: its arguments, not the header's body. */
			add_call(w, name, e->statement->inline_fn,
				 name_pos(e->pos, name), args, n, e);
			while (n--)
				walk_expr(w, args[n]);
			break;
		}
		walk_stmt(w, e->statement);
		break;
	case EXPR_ASSIGNMENT:
		if (e->op == '=') {
			struct expression *l = pl_strip(e->left);

			add_assign(w, e->left, pl_var(l), e->right);
		}
		expr_children(e, walk_child, w);
		break;
	default:
		expr_children(e, walk_child, w);
		break;
	}
}

static void walk_decls(struct walk *w, struct symbol_list *l)
{
	struct symbol *s;

	FOR_EACH_PTR(l, s) {
		if (s->initializer) {
			add_assign(w, NULL, s, s->initializer);
			walk_expr(w, s->initializer);
		}
	} END_FOR_EACH_PTR(s);
}

static void walk_stmt(struct walk *w, struct statement *s)
{
	struct statement *st;

	if (!s)
		return;
	switch (s->type) {
	case STMT_DECLARATION:
		walk_decls(w, s->declaration);
		break;
	case STMT_EXPRESSION:
		walk_expr(w, s->expression);
		break;
	case STMT_COMPOUND:
		FOR_EACH_PTR(s->stmts, st) {
			walk_stmt(w, st);
		} END_FOR_EACH_PTR(st);
		break;
	case STMT_IF: {
		const struct pl_if *ifs = w->ifs;
		int arm;

		walk_expr(w, s->if_conditional);
		for (arm = 1; arm <= 2; arm++) {
			struct pl_if *i = calloc(1, sizeof(*i));

			i->s = s;
			i->arm = arm;
			i->outer = ifs;
			i->all = w->f->ifs;
			w->f->ifs = i;
			w->ifs = i;
			walk_stmt(w, arm == 1 ? s->if_true : s->if_false);
		}
		w->ifs = ifs;
		break;
	}
	case STMT_RETURN:
		walk_expr(w, s->ret_value);
		break;
	case STMT_ITERATOR:
		walk_decls(w, s->iterator_syms);
		walk_stmt(w, s->iterator_pre_statement);
		w->loop++;
		walk_expr(w, s->iterator_pre_condition);
		walk_stmt(w, s->iterator_statement);
		walk_stmt(w, s->iterator_post_statement);
		walk_expr(w, s->iterator_post_condition);
		w->loop--;
		break;
	case STMT_SWITCH:
		walk_expr(w, s->switch_expression);
		walk_stmt(w, s->switch_statement);
		break;
	case STMT_CASE:
		walk_stmt(w, s->case_statement);
		break;
	case STMT_LABEL:
		walk_stmt(w, s->label_statement);
		break;
	case STMT_GOTO:
		walk_expr(w, s->goto_expression);
		break;
	default:
		break;
	}
}

/* Calls from catalogue macros that left no call of their name behind. */
static void macro_calls(struct walk *w, struct invocation *iv)
{
	const char *name = pl_id(iv->name);
	struct expression *args[PL_MAXARGS];
	struct pl_call *c;
	int i;

	for (c = w->fn->calls; c; c = c->next)
		if (c->expr && c->pos.line == iv->pos.line &&
		    !strcmp(c->name, name))
			return;		/* a real or inline call */
	for (i = 0; i < iv->nargs; i++)
		args[i] = find_arg(iv->root, iv->at, iv->arg[i].id,
				   iv->arg[i].n);
	w->loop = iv->loop;	/* the walk is over: its depth at the macro */
	add_call(w, name, NULL, iv->pos, args, iv->nargs, NULL);
}

static void walk_function(struct pl_file *f, struct symbol *sym)
{
	struct symbol *ft = pl_base(sym);
	struct pl_func *fn = calloc(1, sizeof(*fn)), **p;
	struct walk w = { .f = f, .fn = fn };
	struct invocation *iv;

	fn->sym = sym;
	fn->file = f;
	fn->name = pl_sym_name(sym);
	fn->is_static = !!(sym->ctype.modifiers & MOD_STATIC);
	fn->calls_tail = &fn->calls;
	for (p = &f->funcs; *p; p = &(*p)->next)
		;
	*p = fn;
	walk_stmt(&w, ft->stmt);
	for (iv = w.invs; iv; iv = iv->fnext)
		macro_calls(&w, iv);
}

/* --- files -------------------------------------------------------------------- */

/*
 * The file is finished: walk the functions linearized in it (@funcs), then
 * make the flat list of calls.
 */
void pl_walk_file(struct pl_file *f, struct symbol_list *funcs)
{
	struct symbol *sym;
	struct pl_func *fn;
	struct pl_call **tail;

	srcmap = pl_map_new();
	while (inv_list) {
		struct invocation *iv = inv_list;

		inv_list = iv->next;
		add_invocation(iv);
	}
	FOR_EACH_PTR(funcs, sym) {
		/* code sparse could not parse leaves bodies without a name */
		if (pl_sym_name(sym))
			walk_function(f, sym);
	} END_FOR_EACH_PTR(sym);
	/* a flat list too; the per-function lists stay intact */
	tail = &f->calls;
	for (fn = f->funcs; fn; fn = fn->next) {
		struct pl_call *c;

		for (c = fn->calls; c; c = c->next) {
			struct pl_call *d = malloc(sizeof(*d));

			*d = *c;
			d->next = NULL;
			*tail = d;
			tail = &d->next;
		}
	}
}

static void free_srcs(void *p)
{
	struct pl_srcs *s = p;

	free(s->e);
	free(s);
}

/* Nothing of a file outlives it: memory stays flat over a kernel build. */
void pl_free_file(struct pl_file *f)
{
	struct pl_call *c, *cn;
	struct pl_assign *a, *an;
	struct pl_func *fn, *fnn;
	struct pl_if *i, *in;

	for (i = f->ifs; i; i = in) {
		in = i->all;
		free(i);
	}
	for (c = f->calls; c; c = cn) {
		cn = c->next;
		free(c);
	}
	for (fn = f->funcs; fn; fn = fnn) {
		fnn = fn->next;
		for (c = fn->calls; c; c = cn) {
			cn = c->next;
			free(c);
		}
		free(fn);
	}
	for (a = f->assigns; a; a = an) {
		an = a->next;
		free(a);
	}
	free(f);
	free_invocations();
	free_vals();
	pl_map_free_with(srcmap, free_srcs);
	srcmap = NULL;
}
