/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pagelint-sparse: what the checks share.  The walk (walk.c) collects, for
 * every function defined in the checked .c file, its calls (real, inlined,
 * and catalogue macros that preprocessing made vanish) and its
 * assignments; each check_*.c reads them at the end of the file.  The
 * driver (pagelint-sparse.c) only hooks sparse and reports: nothing here
 * calls into it, a check reports through the struct pl_report it is given.
 */
#ifndef PAGELINT_SPARSE_H
#define PAGELINT_SPARSE_H

#include "lib.h"
#include "token.h"
#include "symbol.h"
#include "expression.h"
#include "parse.h"
#include "../lib/catalog.h"
#include "../lib/era.h"
#include "../lib/say.h"
#include "../lib/facts.h"

#define PL_MAXARGS 8

/* An arm of an if around a call: 1 its true arm, 2 its else; then outer. */
struct pl_if {
	struct statement *s;
	int arm;
	const struct pl_if *outer;
	struct pl_if *all;		/* the file's, to free */
};

/* One call in a function of the file. */
struct pl_call {
	const char *name;		/* callee */
	struct symbol *callee;		/* NULL for a vanished macro */
	struct position pos;		/* where the name is */
	int nargs;
	struct expression *args[PL_MAXARGS];
	struct expression *expr;	/* the call, NULL for a macro */
	struct pl_func *fn;		/* the caller */
	int in_loop;
	const struct pl_if *ifs;	/* every if around it, innermost first */
	const char *db_where;		/* an acquire of another file, from the
					 * fact file: FILE:LINE; else NULL */
	struct pl_call *next;
};

/* An assignment or an initialized declaration: left = right. */
struct pl_assign {
	struct expression *left;	/* NULL for a declaration */
	struct symbol *sym;		/* the declared symbol */
	struct expression *right;
	struct pl_func *fn;
	struct pl_assign *next;
};

struct pl_func {
	struct symbol *sym;
	struct pl_file *file;
	const char *name;
	int is_static;
	struct pl_call *calls, **calls_tail;
	struct pl_func *next;
	void *priv;			/* a check's, during its run */
};

struct pl_file {
	const char *name;
	int stream;
	struct pl_func *funcs;
	struct pl_call *calls;		/* every call of every function */
	struct pl_assign *assigns;
	struct pl_if *ifs;		/* every arm walked */
	struct symbol_list *syms;	/* the file's top-level symbols */
	const char *tree;		/* the kernel tree, or NULL */
	const char *version;		/* era, or NULL */
	int pinned_mode;		/* __pinned is an address space here */
	struct pl_facts *db;		/* the cross-unit fact file, or NULL */
};

/*
 * The cross-unit fact file (lib/facts.h), as read at start: what functions
 * of other files return (name -> struct pl_fact list), and every line, so
 * that a line already there is not written again.
 */
struct pl_facts {
	const char *path;
	struct pl_map *returns;		/* function -> struct pl_dbret */
	struct pl_map *lines;
};
struct pl_dbret {
	struct pl_fact f;
	struct pl_dbret *next;
};

/*
 * Where a check's findings go: @msg (worded by lib/say.c; NULL: nothing to
 * report) at @pos for @rule.  The driver says each position and rule once.
 */
struct pl_report {
	void (*warn)(struct position pos, const char *rule, const char *msg);
};

/* Registration: each check_*.c provides one of these. */
struct pl_check {
	const char *rules;		/* ids it reports, blank-separated */
	void (*run)(struct pl_file *f, const struct pl_report *rep);
};

/* check_list.h is the list of checks: check_<name> for each. */
#define CHECK(name, rules) extern const struct pl_check check_##name;
#include "check_list.h"
#undef CHECK

/* Helpers over the evaluated AST. */
struct expression *pl_strip(struct expression *e);
struct symbol *pl_base(struct symbol *type);
int pl_is_ptr(struct symbol *type);
int pl_is_local(struct symbol *sym);
int pl_is_param(struct pl_func *fn, struct symbol *sym);
const char *pl_call_name(struct expression *e, struct expression **args,
			 int *nargs);
struct expression *pl_arg(const struct pl_call *c, int pos1);
struct expression *pl_stmt_value(struct expression *e);
int pl_is_null(struct expression *e);
struct pl_func *pl_func_of(struct pl_file *f, const char *name);
int pl_const(struct expression *e, long long *val);
int pl_macro_value(const char *name, long long *val);
int pl_macro_defined(const char *name);
const char *pl_sym_name(struct symbol *s);
const char *pl_id(struct ident *id);
struct symbol *pl_var(struct expression *e);
int pl_expr_any(struct expression *e, int (*cb)(struct expression *, void *),
		void *data);
const char *pl_value_name(struct position pos);

/*
 * The catalogue's gfp and gup flag macros, evaluated by sparse for
 * pl_macro_value(): call before clear_token_alloc(), with sparse's
 * diagnostics silenced (the driver's part).
 */
void pl_read_macro_values(void);

/* Assignments into a local: its sources, for simple flow (walk.c). */
struct pl_srcs {
	int n;
	struct expression **e;
};
const struct pl_srcs *pl_sources(struct symbol *sym);

/*
 * The collection walk (walk.c), driven by the file's lifecycle: the
 * catalogue's names once, each file's tokens before preprocessing, its
 * linearized functions when it is finished, then free it all.
 */
void pl_walk_init(void);
void pl_scan_tokens(struct token *t, int stream);
void pl_walk_file(struct pl_file *f, struct symbol_list *funcs);
void pl_free_file(struct pl_file *f);

/* Memory keys: where a pointer points, which container holds a page. */
const char *pl_ptr_key(struct pl_func *fn, struct expression *e);
const char *pl_obj_key(struct pl_func *fn, struct expression *e);
const char *pl_page_key(struct pl_func *fn, struct expression *e);
const char *pl_return_key(struct pl_func *fn);
const char *pl_pfn_page(struct pl_func *fn, struct expression *e);
const char *pl_sg_key(struct pl_func *fn, struct expression *e);
const char *pl_field_key(struct expression *e);

/*
 * Without a kbuild configuration: is @file only built under Kconfig symbols
 * that the catalogue's "nofeature" records say rule @feature out?  @tree
 * (may be NULL) adds its arch/ Kconfig files.
 */
int pl_kguard_excludes(const char *tree, const char *file,
		       const char *feature);

/* A small string-keyed table. */
struct pl_map;
struct pl_map *pl_map_new(void);
void **pl_map_slot(struct pl_map *m, const char *key);	/* creates */
void *pl_map_get(struct pl_map *m, const char *key);
void pl_map_free(struct pl_map *m);
int pl_map_each(struct pl_map *m, int (*fn)(const char *, void *, void *),
		void *data);
void pl_map_free_with(struct pl_map *m, void (*fn)(void *));

#endif
