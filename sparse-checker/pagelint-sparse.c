// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-sparse: sparse, plus pagelint's page-reference checks.
 *
 * Stock sparse's own driver (sparse.c of the sparse source this is built
 * against, unchanged, its main() renamed sparse_main) does all of sparse's
 * work, so every argument kbuild passes and every warning sparse prints are
 * exactly sparse's.  The linker's --wrap hooks us in where that driver calls
 * into libsparse: sparse_initialize() (find the tree, its era),
 * sparse() (a file begins: the previous one is finished), linearize_symbol()
 * (a function of the file is done: keep it), report_stats() (the end).  The
 * checks run when a file is finished, over its evaluated, expanded AST.
 *
 * warning()/info() are wrapped too: in a file that uses the __pinned
 * address space (sparse-checker/pinned.h), the address-space diagnostics
 * about __pinned pages are pagelint's business, not sparse's.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include "pagelint.h"
#include "linearize.h"
#include "scope.h"
#include "evaluate.h"

int sparse_main(int argc, char **argv);
struct symbol_list *__real_sparse_initialize(int argc, char **argv,
					     struct string_list **files);
struct symbol_list *__real_sparse(char *filename);
struct entrypoint *__real_linearize_symbol(struct symbol *sym);
void __real_report_stats(void);
void __real_warning(struct position pos, const char *fmt, ...);
void __real_info(struct position pos, const char *fmt, ...);
void __real_sparse_error(struct position pos, const char *fmt, ...);

static const struct pl_check *checks[] = {
	&check_gup, &check_vmalloc, &check_fault, &check_kv, &check_kaddr,
	&check_pinned,
};

/* --- the file being checked ---------------------------------------------- */

static struct pl_file *cur;
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
static struct pl_map *srcmap;		/* local symbol -> struct pl_srcs */
static struct pl_map *reported;
static struct symbol_list *pending;	/* functions linearized, not walked */
static const char *tree;
static int era_ok;
static int silent;		/* pl_macro_value() at work: no diagnostics */

static void catalogue_names(void)
{
	static const char *kinds[] = {
		"acquire", "release", "store", "load", "dma", "keeps", "sguse",
		"insert", "mapall", "valloc", "vguard", "userptr", "udup",
		"ucopy", "addr2pg", "twin",
	};
	unsigned int i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		const struct pl_rec *r = NULL;

		while ((r = pl_next(kinds[i], r))) {
			int j;

			catset_add(r->f[0]);
			/* insert's second name, twin's pin form */
			for (j = 1; j < r->nf && j < 2; j++)
				if (!strcmp(kinds[i], "insert") ||
				    !strcmp(kinds[i], "twin"))
					catset_add(r->f[j]);
		}
	}
}

/* --- reporting ------------------------------------------------------------ */

static void flush_held(void);

void pl_warn(struct position pos, const char *rule, const char *msg)
{
	char key[64];

	if (!msg)
		return;
	snprintf(key, sizeof(key), "%d:%d:%d:%s", pos.stream, pos.line,
		 pos.pos, rule);
	if (*pl_map_slot(reported, key))
		return;
	*pl_map_slot(reported, key) = (void *)1;
	flush_held();
	fflush(stdout);
	fprintf(stderr, "%s:%d:%d: warning: %s [%s]\n", stream_name(pos.stream),
		pos.line, pos.pos, msg, rule);
}

/* The kernel's other address spaces: a diagnostic naming one is not ours. */
static const char *const other_spaces[] = {
	"__user", "__iomem", "__percpu", "__rcu",
};

static int names_other_space(const char *text)
{
	unsigned int i;

	for (i = 0; i < sizeof(other_spaces) / sizeof(other_spaces[0]); i++)
		if (strstr(text, other_spaces[i]))
			return 1;
	return 0;
}

/*
 * Address-space diagnostics come as a warning and the info() lines that
 * name the types.  Hold such a group until it is complete; drop it when it
 * is about __pinned pages only (pagelint reports what matters of those).
 */
#define HELD_MAX 8
static struct {
	int n;
	struct position pos[HELD_MAX];
	char *text[HELD_MAX];
	int is_info[HELD_MAX];
} held;

static void flush_held(void)
{
	int i, drop = 0, other_as = 0;

	if (!held.n)
		return;
	for (i = 0; i < held.n; i++) {
		if (strstr(held.text[i], "__pinned"))
			drop = 1;
		if (names_other_space(held.text[i]))
			other_as = 1;
	}
	/*
	 * Printed late, but as sparse would have printed them then: nothing
	 * that sparse counts (has_error, fmax_warnings) moved meanwhile.
	 */
	for (i = 0; i < held.n; i++) {
		if (!drop || other_as) {
			if (held.is_info[i])
				__real_info(held.pos[i], "%s", held.text[i]);
			else
				__real_warning(held.pos[i], "%s", held.text[i]);
		}
		free(held.text[i]);
	}
	held.n = 0;
}

static void hold(struct position pos, const char *text, int is_info)
{
	held.pos[held.n] = pos;
	held.text[held.n] = strdup(text);
	held.is_info[held.n] = is_info;
	held.n++;
}

static int holding;	/* only files that use __pinned need it */

/* pinned.h made __pinned an address space: sparse-checker/pinned.h */
static int uses_pinned(void)
{
	return pl_macro_defined("__pinned") && pl_macro_defined("__PAGELINT__");
}

void __wrap_warning(struct position pos, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (silent)
		return;
	flush_held();
	if (holding && (strstr(buf, "address space") ||
			strstr(buf, "different base types") ||
			strstr(buf, "__pinned"))) {
		hold(pos, buf, 0);	/* the group starts: nothing is held */
		return;
	}
	__real_warning(pos, "%s", buf);
}

void __wrap_info(struct position pos, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (silent)
		return;
	if (held.n && held.n < HELD_MAX) {
		hold(pos, buf, 1);
		return;
	}
	__real_info(pos, "%s", buf);
}

void __real_expression_error(struct expression *expr, const char *fmt, ...);

/* An operand's type says __pinned, and no other address space is mixed. */
static int pinned_operands(struct expression *e)
{
	struct expression *ops[3] = { NULL, NULL, NULL };
	int i, pinned = 0;

	switch (e->type) {
	case EXPR_BINOP: case EXPR_COMPARE: case EXPR_ASSIGNMENT:
		ops[0] = e->left;
		ops[1] = e->right;
		break;
	case EXPR_CONDITIONAL: case EXPR_SELECT:
		ops[0] = e->cond_true;
		ops[1] = e->cond_false;
		break;
	default:
		return 0;
	}
	for (i = 0; ops[i]; i++) {
		const char *t;

		if (!ops[i]->ctype)
			continue;
		t = show_typename(ops[i]->ctype);
		if (strstr(t, "__pinned"))
			pinned = 1;
		if (names_other_space(t))
			return 0;
	}
	return pinned;
}

void __wrap_expression_error(struct expression *expr, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	if (silent) {
		expr->ctype = &bad_ctype;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	/* page - vmemmap on a __pinned page: page_to_pfn() is an ordinary use */
	if (holding && strstr(buf, "different address spaces") &&
	    pinned_operands(expr)) {
		expr->ctype = &bad_ctype;
		return;
	}
	flush_held();
	__real_expression_error(expr, "%s", buf);
}

void __wrap_sparse_error(struct position pos, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (silent)
		return;
	flush_held();
	__real_sparse_error(pos, "%s", buf);
}

/* --- AST helpers ------------------------------------------------------------ */

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

/* The catalogue's first release of class @cls and form @form the tree has. */
const char *pl_first_release(const char *cls, const char *form)
{
	const struct pl_rec *r = NULL;

	while ((r = pl_next("release", r)))
		if (!strcmp(r->f[1], cls) && !strcmp(r->f[2], form) &&
		    pl_have(r->f[0]) != 0)
			return r->f[0];
	return NULL;
}

/* --- macros of the file: defined?  their value? ---------------------------- */

int pl_macro_defined(const char *name)
{
	struct ident *id = built_in_ident(name);

	return lookup_symbol(id, NS_MACRO) != NULL;
}

/*
 * The values of the catalogue's gfp and gup flags as the compiler sees
 * them: the names, preprocessed, parsed and evaluated by sparse itself
 * (casts, nested macros, BIT(), enums).  Sparse drops a file's tokens, macro bodies too,
 * once it is parsed (clear_token_alloc()), so this runs just before.
 * Whatever sparse would say meanwhile is not the file's business.
 */
#define MVALS_MAX 64
static struct {
	const char *name;
	long long val;
} mvals[MVALS_MAX];
static int nmvals;

static void read_macro_values(void)
{
	static const char *const kinds[] = { "gfp", "gupflag" };
	const char *names[MVALS_MAX];
	const struct pl_rec *r;
	struct expression *e;
	struct token *t, *end;
	char buf[4096];
	int n = 0, len = 0, saved = has_error, i, k;

	nmvals = 0;
	for (k = 0; k < 2; k++)
		for (r = NULL; (r = pl_next(kinds[k], r)) && n < MVALS_MAX; ) {
			if (!pl_macro_defined(r->f[0]) ||
			    len + strlen(r->f[0]) + 3 >= sizeof(buf))
				continue;
			len += sprintf(buf + len, "%s%s", n ? ",\n" : "",
				       r->f[0]);
			names[n++] = r->f[0];
		}
	if (!n)
		return;
	buf[len++] = '\n';
	silent++;
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
	silent--;
	has_error = saved;
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

void __real_clear_token_alloc(void);

void __wrap_clear_token_alloc(void)
{
	/* The file is parsed; sparse's type checks are to come. */
	if (cur) {
		read_macro_values();
		holding = uses_pinned();
	}
	__real_clear_token_alloc();
}

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
static void scan_tokens(struct token *t, int stream)
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

struct token *__real_preprocess(struct token *t);

struct token *__wrap_preprocess(struct token *t)
{
	if (cur && !silent && t)
		scan_tokens(t, cur->stream);
	return __real_preprocess(t);
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
		} else if (e->type == EXPR_BINOP && e->right &&
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
	case STMT_IF:
		walk_expr(w, s->if_conditional);
		walk_stmt(w, s->if_true);
		walk_stmt(w, s->if_false);
		break;
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

static void free_srcs(void *p)
{
	struct pl_srcs *s = p;

	free(s->e);
	free(s);
}

/* Nothing of a file outlives it: memory stays flat over a kernel build. */
static void free_file(struct pl_file *f)
{
	struct pl_call *c, *cn;
	struct pl_assign *a, *an;
	struct pl_func *fn, *fnn;

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
}

static void finish_file(void)
{
	struct symbol *sym;
	struct pl_func *fn;
	struct pl_call **tail;
	unsigned int i;

	if (!cur)
		return;
	flush_held();
	while (inv_list) {
		struct invocation *iv = inv_list;

		inv_list = iv->next;
		add_invocation(iv);
	}
	FOR_EACH_PTR(pending, sym) {
		walk_function(cur, sym);
	} END_FOR_EACH_PTR(sym);
	/* a flat list too; the per-function lists stay intact */
	tail = &cur->calls;
	for (fn = cur->funcs; fn; fn = fn->next) {
		struct pl_call *c;

		for (c = fn->calls; c; c = c->next) {
			struct pl_call *d = malloc(sizeof(*d));

			*d = *c;
			d->next = NULL;
			*tail = d;
			tail = &d->next;
		}
	}
	cur->pinned_mode = uses_pinned();
	if (getenv("PAGELINT_DEBUG")) {
		struct pl_call *c;
		int j;

		for (c = cur->calls; c; c = c->next) {
			fprintf(stderr, "debug: %s:%d:%d %s() in %s%s:", cur->name,
				c->pos.line, c->pos.pos, c->name, c->fn->name,
				c->expr ? "" : " (macro)");
			for (j = 0; j < c->nargs; j++)
				fprintf(stderr, " [%s|%s]",
					pl_ptr_key(c->fn, c->args[j]) ?: "-",
					pl_page_key(c->fn, c->args[j]) ?: "-");
			fprintf(stderr, "\n");
		}
	}
	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++)
		checks[i]->run(cur);
	fflush(stderr);
	free_file(cur);
	free_ptr_list(&pending);
	cur = NULL;
	free_invocations();
	pl_map_free_with(srcmap, free_srcs);
	srcmap = NULL;
	/* positions are per file: what was reported is forgotten */
	pl_map_free(reported);
	reported = pl_map_new();
}

struct symbol_list *__wrap_sparse_initialize(int argc, char **argv,
					     struct string_list **files)
{
	tree = pl_tree_from_args(argc, argv);
	if (tree) {
		era_ok = pl_era_load(tree) == 0;
		setenv("PAGELINT_TREE", tree, 1);	/* for kguard.c */
	}
	return __real_sparse_initialize(argc, argv, files);
}

struct symbol_list *__wrap_sparse(char *filename)
{
	struct symbol_list *l;
	int stream = input_stream_nr;

	finish_file();
	cur = calloc(1, sizeof(*cur));
	cur->name = filename;
	cur->stream = stream;	/* the next stream opened is the file's */
	cur->version = pl_era_version();
	srcmap = pl_map_new();
	holding = 0;
	l = __real_sparse(filename);
	flush_held();
	cur->syms = l;
	return l;
}

struct entrypoint *__wrap_linearize_symbol(struct symbol *sym)
{
	struct entrypoint *ep = __real_linearize_symbol(sym);
	struct symbol *ft = pl_base(sym);

	flush_held();
	if (cur && ft && ft->type == SYM_FN && ft->stmt &&
	    sym->pos.stream == cur->stream)
		add_symbol(&pending, sym);
	return ep;
}

void __wrap_report_stats(void)
{
	finish_file();
	__real_report_stats();
}

int main(int argc, char **argv)
{
	char **nargv = calloc(argc + 2, sizeof(*nargv));
	int i;

	if (pl_catalog_load(NULL) < 0)
		return 2;
	catalogue_names();
	reported = pl_map_new();
	/* pinned.h turns __pinned into an address space only for us. */
	nargv[0] = argv[0];
	nargv[1] = strdup("-D__PAGELINT__=1");
	for (i = 1; i < argc; i++)
		nargv[i + 1] = argv[i];
	return sparse_main(argc + 1, nargv);
}
