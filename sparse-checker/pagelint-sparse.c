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
 *
 * This file is the driver only: the walk that fills struct pl_file is
 * walk.c, the AST helpers ast.c, the checks those check_list.h names.
 * None of them calls back in here; checks report through the struct
 * pl_report they are given.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <pthread.h>
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

/* check_list.h: the checks, in the order they run */
static const struct pl_check *checks[] = {
#define CHECK(name, rules) &check_##name,
#include "check_list.h"
#undef CHECK
};

/* --- the file being checked ---------------------------------------------- */

static struct pl_file *cur;
static struct pl_map *reported;
static struct symbol_list *pending;	/* functions linearized, not walked */
static const char *tree;
static int era_ok;
static int silent;		/* pl_read_macro_values() at work: no diagnostics */
static int active = 1;		/* 0: pagelint's setup failed, sparse alone */
static int only_ours;		/* -fpagelint-only */
static int dump;	/* -fpagelint-dump: the calls and their keys on stderr */
static struct pl_map *disabled;	/* rules turned off by -Wno-<rule> */
static struct pl_facts db;	/* -fpagelint-db=FILE, read at start */
static int ours_error;		/* a finding was said as an error */
static int parsed;		/* sparse() is done with the current file */

/* --- reporting ------------------------------------------------------------ */

static void flush_held(void);

/* What the checks find, once per position and rule, in sparse's shape. */
static void report_warn(struct position pos, const char *rule, const char *msg)
{
	char key[64];

	if (!msg || pl_map_get(disabled, rule))
		return;
	snprintf(key, sizeof(key), "%d:%d:%d:%s", pos.stream, pos.line,
		 pos.pos, rule);
	if (*pl_map_slot(reported, key))
		return;
	*pl_map_slot(reported, key) = (void *)1;
	flush_held();
	fflush(stdout);
	/* sparse's own shape: -fdiagnostic-prefix, -Wsparse-error */
	fprintf(stderr, "%s:%d:%d: %s%s: %s [%s]\n", stream_name(pos.stream),
		pos.line, pos.pos, diag_prefix,
		Wsparse_error ? "error" : "warning", msg, rule);
	if (Wsparse_error)
		ours_error = 1;
}

/* One of the rules the checks report (check_list.h). */
static int is_rule(const char *name)
{
	unsigned int i, n = strlen(name);

	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		const char *r = checks[i]->rules;

		while ((r = strstr(r, name))) {
			if ((r == checks[i]->rules || r[-1] == ' ') &&
			    (r[n] == ' ' || !r[n]))
				return 1;
			r += n;
		}
	}
	return 0;
}

static const struct pl_report report = { .warn = report_warn };

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
	if (silent || only_ours)
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
	if (silent || only_ours)
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

void __real_clear_token_alloc(void);

void __wrap_clear_token_alloc(void)
{
	/* The file is parsed; sparse's type checks are to come. */
	if (cur) {
		int saved = has_error;

		silent++;
		pl_read_macro_values();
		silent--;
		has_error = saved;
		holding = uses_pinned();
	}
	__real_clear_token_alloc();
}

struct token *__real_preprocess(struct token *t);

struct token *__wrap_preprocess(struct token *t)
{
	if (cur && !silent && t)
		pl_scan_tokens(t, cur->stream);
	return __real_preprocess(t);
}

/* --- files -------------------------------------------------------------------- */

/*
 * Sparse never evaluates a static inline function for its own sake, only
 * the copies it inlines into callers: evaluate and expand the file's own
 * ones here, quietly (stock sparse says nothing of them), so that the
 * checks see their bodies as they see any function's.
 */
static void add_inline_functions(void)
{
	struct symbol_list *list = NULL;
	int saved = has_error;
	struct symbol *sym;

	silent++;
	FOR_EACH_PTR(file_scope->symbols, sym) {
		struct symbol *ft = sym->ctype.base_type;

		if (sym->pos.stream != cur->stream || !ft ||
		    ft->type != SYM_FN || !(sym->ctype.modifiers & MOD_INLINE) ||
		    !ft->inline_stmt || ft->stmt)
			continue;
		add_symbol(&list, sym);
	} END_FOR_EACH_PTR(sym);
	evaluate_symbol_list(list);
	FOR_EACH_PTR(list, sym) {
		expand_symbol(sym);
		if (sym->ctype.base_type->stmt)
			add_symbol(&pending, sym);
	} END_FOR_EACH_PTR(sym);
	free_ptr_list(&list);
	silent--;
	has_error = saved;
}

static void finish_file(void)
{
	unsigned int i;

	if (!cur)
		return;
	flush_held();
	add_inline_functions();
	pl_walk_file(cur, pending);
	cur->pinned_mode = uses_pinned();
	if (dump) {
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
		checks[i]->run(cur, &report);
	fflush(stderr);
	pl_free_file(cur);
	free_ptr_list(&pending);
	cur = NULL;
	/* positions are per file: what was reported is forgotten */
	pl_map_free(reported);
	reported = pl_map_new();
}

struct symbol_list *__wrap_sparse_initialize(int argc, char **argv,
					     struct string_list **files)
{
	if (!active)
		return __real_sparse_initialize(argc, argv, files);
	tree = pl_tree_from_args(argc, argv);
	if (tree)
		era_ok = pl_era_load(tree) == 0;
	return __real_sparse_initialize(argc, argv, files);
}

struct symbol_list *__wrap_sparse(char *filename)
{
	struct symbol_list *l;
	int stream = input_stream_nr;

	if (!active)
		return __real_sparse(filename);
	finish_file();
	/* -Wsparse-error: sparse stops after the first file with an error */
	if (Wsparse_error && ours_error)
		exit(1);
	parsed = 0;
	cur = calloc(1, sizeof(*cur));
	cur->name = filename;
	cur->stream = stream;	/* the next stream opened is the file's */
	cur->tree = tree;
	cur->version = pl_era_version();
	cur->db = db.path ? &db : NULL;
	holding = 0;
	l = __real_sparse(filename);
	parsed = 1;
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

/*
 * pagelint's own switches, taken out before sparse sees the arguments:
 *   -fpagelint-strict        a setup error (the catalogue) is fatal
 *   -fpagelint-only          hide sparse's own warnings (not its errors)
 *   -fpagelint-catalog=FILE  another API catalogue
 *   -fpagelint-dump          the calls seen and their keys, on stderr
 *   -fpagelint-db=FILE       the cross-unit fact file (lib/facts.h)
 *   -W<rule>, -Wno-<rule>    one of pagelint's rules on or off
 * Returns the new argc, or -1 after a message.
 */
static int own_switches(int argc, char **argv, int *strict,
			const char **catalog, const char **dbfile)
{
	int i, n = 1;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *rule = NULL;
		int on = 1;

		if (!strcmp(a, "-fpagelint-strict")) {
			*strict = 1;
			continue;
		}
		if (!strcmp(a, "-fpagelint-only")) {
			only_ours = 1;
			continue;
		}
		if (!strcmp(a, "-fpagelint-dump")) {
			dump = 1;
			continue;
		}
		if (!strncmp(a, "-fpagelint-db=", 14) && a[14]) {
			*dbfile = a + 14;
			continue;
		}
		if (!strncmp(a, "-fpagelint-catalog=", 19)) {
			*catalog = a + 19;
			continue;
		}
		if (!strncmp(a, "-fpagelint", 10)) {
			fprintf(stderr, "pagelint-sparse: unknown switch '%s' (have: "
				"-fpagelint-strict, -fpagelint-only, "
				"-fpagelint-catalog=FILE, -fpagelint-db=FILE, "
				"-fpagelint-dump)\n", a);
			return -1;
		}
		if (!strncmp(a, "-Wno-", 5))
			rule = a + 5, on = 0;
		else if (!strncmp(a, "-W", 2))
			rule = a + 2;
		if (rule && is_rule(rule)) {
			*pl_map_slot(disabled, rule) = on ? NULL : (void *)1;
			continue;
		}
		argv[n++] = argv[i];
	}
	argv[n] = NULL;
	return n;
}

/* One fact of the file: what a function of another file returns. */
static void db_fact(const struct pl_fact *f, const char *line, void *data)
{
	*pl_map_slot(db.lines, line) = (void *)1;
	if (f->kind == 'r') {
		struct pl_dbret *r = calloc(1, sizeof(*r));
		void **slot = pl_map_slot(db.returns, f->name);

		r->f = *f;
		r->next = *slot;
		*slot = r;
	}
}

/*
 * The fact file: 0, or -1 with @err set when it is another version's or
 * corrupted (a setup problem).  One that cannot be read is said, and the
 * check goes on without it.
 */
static int load_db(const char *path, char *err, size_t n)
{
	int k;

	db.returns = pl_map_new();
	db.lines = pl_map_new();
	k = pl_facts_read(path, db_fact, NULL, err, n);
	if (k == -1)
		fprintf(stderr, "pagelint-sparse: %s\n", err);
	if (k == 0)
		db.path = path;
	return k == -2 ? -1 : 0;
}

/* After sparse's exit(1) under -Wsparse-error: the file's own findings. */
static void finish_at_exit(void)
{
	if (cur && parsed)
		finish_file();
}

/*
 * The walk and the keys recurse over expressions as sparse does, with
 * bigger frames, and pagelint evaluates static inline functions sparse
 * leaves alone: a big stack (only touched pages are used) keeps a deep
 * expression that stock sparse survives from overflowing ours.
 */
struct sparse_run {
	int argc;
	char **argv;
	int rc;
};

static void *run_sparse(void *p)
{
	struct sparse_run *r = p;

	r->rc = sparse_main(r->argc, r->argv);
	return NULL;
}

static int sparse_on_big_stack(int argc, char **argv)
{
	struct sparse_run r = { argc, argv, 0 };
	pthread_attr_t attr;
	pthread_t t;

	if (pthread_attr_init(&attr) ||
	    pthread_attr_setstacksize(&attr, (size_t)1 << 30) ||
	    pthread_create(&t, &attr, run_sparse, &r))
		return sparse_main(argc, argv);
	pthread_join(t, NULL);
	return r.rc;
}

int main(int argc, char **argv)
{
	char **nargv = calloc(argc + 2, sizeof(*nargv));
	const char *catalog = NULL, *dbfile = NULL;
	char err[1024];
	int i, strict = 0, rc;

	disabled = pl_map_new();
	/* pinned.h turns __pinned into an address space only for us. */
	nargv[0] = argv[0];
	nargv[1] = strdup("-D__PAGELINT__=1");
	for (i = 1; i < argc; i++)
		nargv[i + 1] = argv[i];
	argc = own_switches(argc + 1, nargv, &strict, &catalog, &dbfile);
	if (argc < 0)
		return 2;
	/*
	 * Never break a build over pagelint's own setup: without its
	 * catalogue it says so once and is plain sparse, unless asked to be
	 * strict.
	 */
	if (pl_catalog_try(catalog) < 0)
		snprintf(err, sizeof(err), "%s", pl_catalog_error());
	else if (!dbfile || load_db(dbfile, err, sizeof(err)) == 0)
		err[0] = 0;
	if (err[0]) {
		fprintf(stderr, "pagelint-sparse: %s: %s; %s\n",
			strict ? "error" : "warning", err,
			strict ? "stopping (-fpagelint-strict)" :
			"pagelint is inactive, sparse checks alone");
		if (strict)
			return 2;
		active = 0;
		nargv[1] = nargv[0];	/* stock sparse's arguments exactly */
		return sparse_main(argc - 1, nargv + 1);
	}
	pl_walk_init();
	reported = pl_map_new();
	atexit(finish_at_exit);
	rc = sparse_on_big_stack(argc, nargv);
	/* -Wsparse-error: pagelint's findings are errors, as sparse's are */
	return rc ? rc : Wsparse_error && ours_error;
}
