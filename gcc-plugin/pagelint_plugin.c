// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint_plugin - follow user pages from pin_user_pages*() and
 * get_user_pages*() to their releases, through SSA values, arrays, struct
 * fields, scatterlists, static helpers and (with a fact file) other
 * translation units.
 *
 * Rules: gup-put (a pinned page released as a got one, or the reverse) and
 * gup-dma (got pages handed to DMA).  Every API name comes from
 * catalog/pagelint.api.
 *
 * How: a GIMPLE pass right after "ssa", before early inlining, so that
 * sg_page(), sg_set_page(), put_page() and folio_put() are still calls.  It
 * changes nothing; it turns each function into flow edges between abstract
 * names of memory ("the pages in the array umem->page_list points to",
 * "the scatterlist of xfer.sgt").  At the end of the unit the edges are
 * solved together, so the order of functions in the file does not matter,
 * and the warnings are issued at the releases.
 *
 * Names (strings):
 *   L<uid>[.f..]     a local object (and its fields)
 *   G:<sym>[.f..]    a global object
 *   F:<struct>:<f..> field f of any object of that struct type: one name for
 *                    the whole unit, and across units through the fact file
 *   A<fn>:<i>        what parameter i of function fn points to (callers'
 *                    objects flow in); AO<fn>:<i> what fn itself puts there
 *   P<fn>:<i>        the value of parameter i; R<fn>/RP<fn> what fn returns
 *                    (R<fn>@<caller>:<ssa> what one call returned)
 *   V<fn>:<ssa>      an object from somewhere we do not follow
 *   *N               the object the pointer held in N points to
 *   C|N              the scatterlist (or table) N, as a carrier of pages
 */
#include <string>
#include <vector>
#include <map>
#include <set>
#include <unordered_map>
#include <algorithm>
#include <climits>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "tree-ssa-alias.h"
#include "ssa.h"
#include "cgraph.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "toplev.h"
#include "opts.h"
#include "options.h"
#include "input.h"
#include "stringpool.h"
#include "cpplib.h"
#include "intl.h"

#include "../lib/catalog.h"
#include "../lib/era.h"
#include "../lib/say.h"
#include "../lib/facts.h"

int plugin_is_GPL_compatible;

static struct plugin_info pagelint_plugin_info = {
	.version = "1",
	.help = "catalog=FILE  the API catalogue (default: the one built in)\n"
		"db=FILE       cross-unit fact file (read, then appended)\n"
		"tree=DIR      the kernel tree, for its era (default: from -I)\n"
		"error         report findings as errors\n"
		"disable=R,... rules not to report\n"
		"strict        setup problems (GCC version, catalogue, fact\n"
		"              file) are errors, not a warning\n",
};

#ifndef PAGELINT_CATALOG
#define PAGELINT_CATALOG NULL
#endif

typedef std::string name_t;
typedef std::vector<name_t> names_t;

/* --- the catalogue, per call name ---------------------------------------- */

enum call_kind { K_NONE, K_ACQ, K_REL, K_STORE, K_LOAD, K_DMA, K_SGUSE, K_KEEP };

struct api {
	enum call_kind kind;
	const struct pl_rec *rec;
	char cls;		/* acquire/release: 'p'in, 'g'et, 'u'ser */
	char form;		/* release/store/dma: 'p'age, 'f'olio, 'a'rray */
	int arg;		/* store/dma: 1-based position of the page(s) */
};

/* Decoded once per record; found by name through lib's one index. */
static std::unordered_map<const struct pl_rec *, struct api> decoded;

/* 'p'in, 'g'et, 'u'ser (put_user_page), or 'x': another class (extract) */
static char cls_of(const char *s)
{
	return !strcmp(s, "pin") ? 'p' : !strcmp(s, "get") ? 'g' :
		!strcmp(s, "user") ? 'u' : 'x';
}

static const struct api *api_named(const char *name)
{
	const struct pl_rec *r = pl_call(name);
	struct api a = { K_NONE, NULL, 0, 0, 0 };

	if (!r)
		return NULL;
	auto it = decoded.find(r);
	if (it != decoded.end())
		return it->second.kind == K_NONE ? NULL : &it->second;
	a.rec = r;
	switch (r->k) {
	case PL_acquire:
		a.kind = K_ACQ;
		a.cls = cls_of(r->acquire.cls);
		break;
	case PL_release:
		a.kind = K_REL;
		a.cls = cls_of(r->release.cls);
		a.form = r->release.form[0];
		break;
	case PL_store:
		a.kind = K_STORE;
		a.arg = atoi(r->store.arg);
		a.form = r->store.form[0];
		break;
	case PL_dma:
		a.kind = K_DMA;
		a.arg = atoi(r->dma.arg);
		a.form = r->dma.form[0];
		break;
	case PL_load:
		a.kind = K_LOAD;
		break;
	case PL_sguse:
		a.kind = K_SGUSE;
		break;
	case PL_keeps:
		a.kind = K_KEEP;
		break;
	default:
		break;		/* a call the gup rules do not follow */
	}
	it = decoded.emplace(r, a).first;
	return a.kind == K_NONE ? NULL : &it->second;
}

static const struct api *api_of(tree fndecl)
{
	if (!fndecl || !DECL_NAME(fndecl))
		return NULL;
	return api_named(IDENTIFIER_POINTER(DECL_NAME(fndecl)));
}

/* --- era ----------------------------------------------------------------- */

static bool era_known;
static std::map<std::string, int> flags_pos;	/* acquire -> its gupflag parameter */

static void finish_decl(void *gcc_data, void *user_data)
{
	tree d = (tree)gcc_data;

	const struct api *a = d && TREE_CODE(d) == FUNCTION_DECL ? api_of(d) : NULL;
	int i = 1;

	if (!a)
		return;
	if (a->kind != K_ACQ)
		return;
	/* The tree's own parameter names: which one is gup_flags. */
	for (tree p = DECL_ARGUMENTS(d); p; p = DECL_CHAIN(p), i++)
		for (const struct pl_rec *r = pl_next("gupflag", NULL); r;
		     r = pl_next("gupflag", r))
			if (r->gupflag.param && DECL_NAME(p) &&
			    !strcmp(IDENTIFIER_POINTER(DECL_NAME(p)),
				    r->gupflag.param))
				flags_pos[IDENTIFIER_POINTER(DECL_NAME(d))] = i;
}

/* --- facts --------------------------------------------------------------- */

struct acq {			/* where a tag comes from */
	const char *call;	/* catalogue name */
	char cls;
	location_t loc;		/* UNKNOWN_LOCATION for the fact file's */
	std::string where;	/* FILE:LINE, for facts of other units */
};

struct ptag {
	std::set<int> acqs;	/* indexes into acqs */
	bool other = false;	/* also holds pages of no gup call */
	bool operator==(const ptag &t) const
	{
		return other == t.other && acqs == t.acqs;
	}
};

struct flow {
	name_t dst, src;
	bool store;		/* a value stored: an untagged source is "other" */
	bool hdr;		/* a page stored by a header's inline function */
};

struct release {
	names_t srcs;
	const struct api *api;
	const char *call;
	location_t loc;
	bool folio_of_page;	/* folio_put(page_folio(p)) */
	bool split;		/* the other arm hands them to the driver */
	int from_pfn;		/* put_page(pfn_to_page(pfn)): its unit */
	unsigned uid;		/* the function it is in */
	int pinned;		/* will-pin test around it: 1 true, -1 false */
	std::vector<std::pair<names_t, int>> flag_guards;  /* flags, side */
};

struct sink {
	names_t srcs;
	const char *call;
	location_t loc;
	int acq;		/* a longterm flag: the one acquire it is of */
};

static std::vector<struct acq> acqs;
static std::vector<struct flow> edges;
static std::vector<struct release> releases;
static std::vector<struct sink> sinks;
static std::unordered_map<name_t, struct ptag> tags;
static std::set<name_t> seeded_other;	/* "other" from the fact file */
static std::set<std::string> db_lines;	/* already in the fact file */
/*
 * The pages whose address the unit's own code takes, by unit (PL_PFN,
 * PL_PHYS): what pfn_to_page() of a pfn from nowhere in particular gives
 * back.  addrof_unkeyed: units in which one such page had no origin.
 */
static std::vector<names_t> addrof[PL_PHYS + 1];
static int addrof_unkeyed;
static bool in_main_file(location_t loc);
static bool earlier(const struct acq &x, const struct acq *than);

/*
 * Extract acquires (iov_iter_extract_pages()) pin only where a will-pin
 * test says so (catalogue kind pinned): the memory the unit stores such a
 * test's answer into, each function's first extract acquire, and whether
 * the file takes page references of its own.
 */
static std::set<name_t> pin_flags;
static std::vector<struct acq> xacqs;
static std::map<unsigned, int> fn_xacq;	/* indexes into xacqs */
static int first_xacq = -1;
static bool file_refs;
/* a function of the unit -> (its calls under a will-pin test, its calls) */
static std::map<unsigned, std::pair<int, int>> callee_arms;

static const char *db_path;
static bool as_error;
static bool dump;	/* -fplugin-arg-pagelint_plugin-dump: the solved graph on stderr */
/* RP<uid> of the unit's functions other units can call -> their names */
static std::map<name_t, std::string> public_fns;

static void add_edge(const name_t &dst, const name_t &src, bool store)
{
	if (dst.empty() || src.empty() || dst == src)
		return;
	edges.push_back({ dst, src, store, false });
}

/* --- names of memory and values ------------------------------------------ */

struct fnctx {
	function *fun;
	unsigned uid;
	/* ssa_walk(), per mode (origin asks prov, never the reverse): the
	 * finished walks and those under way */
	std::unordered_map<tree, names_t> memo[3];
	std::unordered_map<tree, int> busy[3];	/* value -> its walk depth */
	int depth = 0;
	int low = INT_MAX;	/* shallowest busy value the walk ran into */
	bool hands_pages;	/* gives a page to a call outside the catalogue */
};

static std::string num(unsigned long n)
{
	char b[32];

	snprintf(b, sizeof(b), "%lu", n);
	return b;
}

static int param_index(struct fnctx *c, tree parm)
{
	int i = 0;

	for (tree p = DECL_ARGUMENTS(c->fun->decl); p; p = DECL_CHAIN(p), i++)
		if (p == parm)
			return i;
	return -1;
}

static std::string type_name(tree type)
{
	tree n;

	if (!type)
		return "";
	type = TYPE_MAIN_VARIANT(type);
	if (TREE_CODE(type) != RECORD_TYPE && TREE_CODE(type) != UNION_TYPE)
		return "";
	n = TYPE_NAME(type);
	if (n && TREE_CODE(n) == TYPE_DECL)
		n = DECL_NAME(n);
	return n && TREE_CODE(n) == IDENTIFIER_NODE ? IDENTIFIER_POINTER(n) : "";
}

static std::string field_name(tree f)
{
	return DECL_NAME(f) ? IDENTIFIER_POINTER(DECL_NAME(f)) : "";
}

enum walk { W_PROV, W_ORIGIN, W_PFN };

static names_t ssa_walk(struct fnctx *c, tree v, enum walk mode);

/* What the pointer value v points to. */
static names_t prov(struct fnctx *c, tree v)
{
	return ssa_walk(c, v, W_PROV);
}

/* Where the page value v comes from. */
static names_t origin(struct fnctx *c, tree v)
{
	return ssa_walk(c, v, W_ORIGIN);
}

static void add_unique(names_t &to, const names_t &from)
{
	for (const auto &n : from)
		if (!n.empty() && std::find(to.begin(), to.end(), n) == to.end())
			to.push_back(n);
}

static names_t one(const name_t &n)
{
	return n.empty() ? names_t() : names_t(1, n);
}

/* The name of the memory an lvalue/rvalue reference designates. */
static names_t mem_name(struct fnctx *c, tree x)
{
	switch (TREE_CODE(x)) {
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
		if (TREE_CODE(x) == VAR_DECL && (TREE_STATIC(x) || DECL_EXTERNAL(x)))
			return one("G:" + (DECL_NAME(x) ?
				   std::string(IDENTIFIER_POINTER(DECL_NAME(x))) :
				   "L" + num(DECL_UID(x))));
		return one("L" + num(DECL_UID(x)));
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	case BIT_FIELD_REF:
	case VIEW_CONVERT_EXPR:
	case REALPART_EXPR:
	case IMAGPART_EXPR:
		return mem_name(c, TREE_OPERAND(x, 0));
	case MEM_REF:
		return prov(c, TREE_OPERAND(x, 0));
	case COMPONENT_REF: {
		tree base = TREE_OPERAND(x, 0), f = TREE_OPERAND(x, 1);
		std::string fn = field_name(f), tn;
		names_t b, out;

		if (fn.empty())		/* anonymous union/struct: see through */
			return mem_name(c, base);
		if (TREE_CODE(base) == COMPONENT_REF &&
		    field_name(TREE_OPERAND(base, 1)).empty() &&
		    type_name(DECL_CONTEXT(f)).empty() &&
		    !type_name(TREE_TYPE(f)).empty())
			/* a named struct in an anonymous member (rds_message's
			 * rdma op): its members are named by its own type, as
			 * through a pointer.  A member of an anonymous struct
			 * that is a named field's type (a table's slot[i].sg)
			 * keeps the path of that field. */
			return names_t();
		b = mem_name(c, base);
		bool via_field = false;

		for (const auto &n : b) {
			/* A named object: its field.  Anything reached through a
			 * pointer we do not name: the field of the type. */
			if (n[0] == 'L' || n[0] == 'G' || n[0] == 'F')
				out.push_back(n + "." + fn);
			via_field |= n[0] == 'F';
		}
		/*
		 * Inside memory reached through a pointer, a member of a named
		 * struct is also that struct's field: a pointer to the inner
		 * struct (iommufd's &pfns->user) or a struct laid out in a
		 * field's buffer (vchiq's pagelist info) reaches it so.
		 */
		if (via_field && !type_name(DECL_CONTEXT(f)).empty())
			add_unique(out, one("F:" + type_name(DECL_CONTEXT(f)) +
					    ":" + fn));
		else if (out.size() == b.size() && !out.empty())
			return out;
		tn = type_name(DECL_CONTEXT(f));
		if (tn.empty()) {
			/* a member of an anonymous struct or union: of the
			 * named struct it is in, as the code names it */
			tree o = base;

			while (TREE_CODE(o) == COMPONENT_REF &&
			       field_name(TREE_OPERAND(o, 1)).empty())
				o = TREE_OPERAND(o, 0);
			tn = type_name(TREE_TYPE(o));
			/* a struct known only by a typedef (vmwgfx's
			 * MKSGuestStatInstanceDescriptor): by its identity,
			 * which holds within the unit */
			if (tn.empty() && TREE_CODE(o) != COMPONENT_REF &&
			    TREE_CODE(TREE_TYPE(o)) == RECORD_TYPE)
				tn = "@" + num(TYPE_UID(TYPE_MAIN_VARIANT(TREE_TYPE(o))));
		}
		if (!tn.empty())
			add_unique(out, one("F:" + tn + ":" + fn));
		return out;
	}
	default:
		return names_t();
	}
}

static bool is_mem(tree x)
{
	return handled_component_p(x) || TREE_CODE(x) == MEM_REF ||
	       TREE_CODE(x) == VAR_DECL || TREE_CODE(x) == PARM_DECL ||
	       TREE_CODE(x) == RESULT_DECL;
}

static bool unit_defines(tree fndecl)
{
	cgraph_node *n = fndecl ? cgraph_node::get(fndecl) : NULL;

	return n && n->definition && !api_of(fndecl);
}

static names_t deref(const names_t &ns)
{
	names_t out;

	for (const auto &n : ns)
		out.push_back("*" + n);
	return out;
}

/* The scatterlist a pointer into it names: the object, not a field. */
static name_t carrier(const name_t &n)
{
	size_t s = n.find_first_not_of('*'), dot;
	name_t b = s == std::string::npos ? "" : n.substr(s);

	if (b.compare(0, 2, "F:") == 0) {
		/* F:type:field[.sub] -> F:type:field */
		dot = b.find('.', b.find(':', 2));
	} else {
		dot = b.find('.');
	}
	return "C|" + (dot == std::string::npos ? b : b.substr(0, dot));
}

static names_t carriers(const names_t &ns)
{
	names_t out;

	for (const auto &n : ns)
		add_unique(out, one(carrier(n)));
	return out;
}

/* A page, or a folio: memfd_pin_folios() fills a folio array (v6.11). */
static bool is_page_ptr(tree t)
{
	std::string n;

	if (!t || !POINTER_TYPE_P(t))
		return false;
	n = type_name(TREE_TYPE(t));
	return n == "page" || n == "folio";
}

/*
 * struct page **: a page array; struct page *(*)[N] too, the address of
 * an array member (helper(pipe->pages) where pages is struct page *[N]).
 */
static bool is_page_array(tree t)
{
	if (!t || !POINTER_TYPE_P(t))
		return false;
	t = TREE_TYPE(t);
	if (TREE_CODE(t) == ARRAY_TYPE)
		t = TREE_TYPE(t);
	return is_page_ptr(t);
}

/*
 * The struct types that carry pages (scatterlist, sg_table, sg_page_iter,
 * ...): those the catalogue's store and load calls of this unit take as
 * their carrier.  Pointer copies of other types never carry a tag.
 */
static std::set<std::string> carrier_types;
static bool carrier_types_done;

static void learn_carrier_types(void)
{
	cgraph_node *node;

	carrier_types_done = true;
	FOR_EACH_FUNCTION(node) {
		const struct api *a = api_of(node->decl);
		tree args;
		int want, i = 1;

		if (!a || (a->kind != K_STORE && a->kind != K_LOAD))
			continue;
		want = a->kind == K_STORE ? a->arg - 1 : 1;
		for (args = TYPE_ARG_TYPES(TREE_TYPE(node->decl)); args;
		     args = TREE_CHAIN(args), i++) {
			tree t = TREE_VALUE(args);

			if (i == want && POINTER_TYPE_P(t) &&
			    !type_name(TREE_TYPE(t)).empty())
				carrier_types.insert(type_name(TREE_TYPE(t)));
		}
	}
}

static bool is_carrier_ptr(tree t)
{
	return t && POINTER_TYPE_P(t) &&
	       carrier_types.count(type_name(TREE_TYPE(t)));
}

/*
 * What one call of a function of the unit returns: what the function
 * returns flows in, but what the caller puts there stays the caller's.  An
 * allocator (kmalloc_array() is one of the unit's inline functions) gives
 * each call its own array, not one array for every caller in the unit.
 */
static name_t returned(struct fnctx *c, const char *pre, tree fn, tree v)
{
	name_t all = pre + (pre[strlen(pre) - 1] == ':' ?
			    IDENTIFIER_POINTER(DECL_NAME(fn)) : num(DECL_UID(fn)));
	name_t mine = all + "@" + num(c->uid) + ":" + num(SSA_NAME_VERSION(v));

	add_edge(mine, all, false);
	add_edge("C|" + mine, "C|" + all, false);	/* a table returned */
	return mine;
}

/*
 * The base of the memory map, as pfn_to_page() and page_to_pfn() use it:
 * a constant or a global (x86's vmemmap_base, the sample tree's vmemmap)
 * converted to a page pointer.
 */
static bool is_memmap(tree v, int depth)
{
	gimple *d;

	if (!v || depth > 4)
		return false;
	if (TREE_CODE(v) == INTEGER_CST)
		return true;
	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return false;
	d = SSA_NAME_DEF_STMT(v);
	if (!is_gimple_assign(d))
		return false;
	if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(d)))
		return is_memmap(gimple_assign_rhs1(d), depth + 1);
	return gimple_assign_single_p(d) &&
	       TREE_CODE(gimple_assign_rhs1(d)) == VAR_DECL &&
	       (TREE_STATIC(gimple_assign_rhs1(d)) ||
		DECL_EXTERNAL(gimple_assign_rhs1(d)));
}

/* The memory map itself, not a constant offset. */
static bool memmap_var(tree v)
{
	return TREE_CODE(v) == SSA_NAME && is_memmap(v, 0);
}

/* An integer made from a pointer that is no page: a kernel address. */
static bool from_kaddr(tree v, int depth)
{
	gimple *d;

	if (!v || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) ||
	    depth > 10)
		return false;
	d = SSA_NAME_DEF_STMT(v);
	/* __phys_addr(addr), out of line with CONFIG_DEBUG_VIRTUAL */
	if (is_gimple_call(d) && gimple_call_num_args(d) == 1 &&
	    !api_of(gimple_call_fndecl(d)))
		return from_kaddr(gimple_call_arg(d, 0), depth + 1);
	if (!is_gimple_assign(d))
		return false;
	switch (gimple_assign_rhs_code(d)) {
	CASE_CONVERT: {
		tree t = TREE_TYPE(gimple_assign_rhs1(d));

		if (POINTER_TYPE_P(t))
			return !is_page_ptr(t);
		return from_kaddr(gimple_assign_rhs1(d), depth + 1);
	}
	case PLUS_EXPR: case MINUS_EXPR: case MULT_EXPR: case BIT_AND_EXPR:
	case LSHIFT_EXPR: case RSHIFT_EXPR: case EXACT_DIV_EXPR:
	case TRUNC_DIV_EXPR:
		return from_kaddr(gimple_assign_rhs1(d), depth + 1) ||
		       from_kaddr(gimple_assign_rhs2(d), depth + 1);
	default:
		return false;
	}
}

/*
 * The page of a kernel address where virt_to_page() is a macro (x86:
 * the memory map plus __pa(addr) >> PAGE_SHIFT).
 */
static bool kaddr_page(tree v)
{
	gimple *d;
	tree a, b;

	for (int i = 0; i < 4; i++) {
		if (!v || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
			return false;
		d = SSA_NAME_DEF_STMT(v);
		if (!is_gimple_assign(d))
			return false;
		if (!CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(d)))
			break;
		v = gimple_assign_rhs1(d);
	}
	if (gimple_assign_rhs_code(d) != POINTER_PLUS_EXPR &&
	    gimple_assign_rhs_code(d) != PLUS_EXPR)
		return false;
	/* (struct page *)(pfn * sizeof(struct page) + vmemmap_base) */
	a = gimple_assign_rhs1(d);
	b = gimple_assign_rhs2(d);
	return (memmap_var(a) && from_kaddr(b, 0)) ||
	       (memmap_var(b) && from_kaddr(a, 0));
}

/*
 * The page an integer was made from by page_to_pfn() (a pointer difference
 * with the memory map), maybe shifted, scaled or offset: a pfn worth
 * keeping track of when it is stored.  NULL_TREE for any other integer.
 */
static tree pfn_page(tree v, int depth)
{
	gimple *d;

	if (!v || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) ||
	    depth > 8)
		return NULL_TREE;
	d = SSA_NAME_DEF_STMT(v);
	if (is_gimple_assign(d)) {
		enum tree_code code = gimple_assign_rhs_code(d);

		if (code == POINTER_DIFF_EXPR)
			return is_page_ptr(TREE_TYPE(gimple_assign_rhs1(d))) &&
			       is_memmap(gimple_assign_rhs2(d), 0) ?
				gimple_assign_rhs1(d) : NULL_TREE;
		if (CONVERT_EXPR_CODE_P(code) || code == MULT_EXPR ||
		    code == EXACT_DIV_EXPR || code == TRUNC_DIV_EXPR ||
		    code == LSHIFT_EXPR || code == RSHIFT_EXPR ||
		    code == PLUS_EXPR || code == MINUS_EXPR)
			return pfn_page(gimple_assign_rhs1(d), depth + 1);
	} else if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++) {
			tree pg = pfn_page(gimple_phi_arg_def(d, i), depth + 1);

			if (pg)
				return pg;
		}
	}
	return NULL_TREE;
}

static bool pfn_of_page(tree v, int depth)
{
	return pfn_page(v, depth) != NULL_TREE;
}

/*
 * pfn_to_page() as GCC sees it: the memory map plus an offset, as a
 * pointer (POINTER_PLUS) or, folded, in integers (vhost's pfn loop).
 * The offset (the pfn, scaled), or NULL_TREE.
 */
static tree memmap_plus(gimple *d)
{
	tree r1 = gimple_assign_rhs1(d), r2 = gimple_assign_rhs2(d);

	if (gimple_assign_rhs_code(d) == POINTER_PLUS_EXPR)
		return is_memmap(r1, 0) ? r2 : NULL_TREE;
	if (gimple_assign_rhs_code(d) == PLUS_EXPR)
		return memmap_var(r1) ? r2 : memmap_var(r2) ? r1 : NULL_TREE;
	return NULL_TREE;
}

/*
 * A pfn made from a physical address: shifted down (PFN_DOWN(addr)),
 * directly or on some path (a loop's pfn that starts at one and counts up).
 */
static bool shifted_down(tree v, int depth)
{
	gimple *d;

	if (!v || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) ||
	    depth > 6)
		return false;
	d = SSA_NAME_DEF_STMT(v);
	if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++)
			if (shifted_down(gimple_phi_arg_def(d, i), depth + 1))
				return true;
		return false;
	}
	if (!is_gimple_assign(d))
		return false;
	switch (gimple_assign_rhs_code(d)) {
	case RSHIFT_EXPR:
		return TREE_CODE(gimple_assign_rhs2(d)) == INTEGER_CST;
	CASE_CONVERT:
	case SSA_NAME:
	case MULT_EXPR:
	case PLUS_EXPR:
	case MINUS_EXPR:
	case POINTER_PLUS_EXPR:
		return shifted_down(gimple_assign_rhs1(d), depth + 1);
	default:
		return false;
	}
}

/*
 * A page that is pfn_to_page() of some pfn, on every path: PL_PFN, or
 * PL_PHYS where the pfn was a physical address shifted down; else 0.
 */
static int page_of_pfn(tree v, int depth)
{
	gimple *d;
	int unit = 0;

	if (!v || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) ||
	    depth > 8)
		return 0;
	d = SSA_NAME_DEF_STMT(v);
	if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++) {
			int u = page_of_pfn(gimple_phi_arg_def(d, i), depth + 1);

			if (!u || (unit && u != unit))
				return 0;
			unit = u;
		}
		return unit;
	}
	if (!is_gimple_assign(d))
		return 0;
	if (memmap_plus(d))
		return shifted_down(memmap_plus(d), 0) ? PL_PHYS : PL_PFN;
	switch (gimple_assign_rhs_code(d)) {
	CASE_CONVERT:
	case SSA_NAME:
		return page_of_pfn(gimple_assign_rhs1(d), depth + 1);
	default:
		return 0;
	}
}

/*
 * Follow the SSA value v back to the memory, parameters and calls it comes
 * from: in W_PROV mode what a pointer points to (a page array, a
 * scatterlist), in W_ORIGIN mode where a page pointer comes from, in W_PFN
 * mode where the page an integer is the frame number (or the physical
 * address) of comes from: pfn_to_page(pfn) is the page pfn came from.  A value
 * met again while its own walk is under way (a pointer stepped in a loop)
 * adds nothing; the walks cut there are partial, so they are neither
 * remembered nor given a name of their own: the value the cycle came back
 * to finishes with the whole answer.
 */
static names_t ssa_walk(struct fnctx *c, tree v, enum walk mode)
{
	names_t out;
	gimple *d;
	int my, saved;
	bool cut;

	if (!v)
		return out;
	if (mode == W_PROV && TREE_CODE(v) == ADDR_EXPR)
		return mem_name(c, TREE_OPERAND(v, 0));
	if (TREE_CODE(v) != SSA_NAME)
		return out;
	/* -ftrivial-auto-var-init's filler of a local (kbuild's
	 * INIT_STACK_ALL_*): no page, as NULL is none */
	if (!SSA_NAME_IS_DEFAULT_DEF(v) &&
	    gimple_call_internal_p(SSA_NAME_DEF_STMT(v), IFN_DEFERRED_INIT))
		return out;
	auto m = c->memo[mode].find(v);
	if (m != c->memo[mode].end())
		return m->second;
	auto b = c->busy[mode].find(v);
	if (b != c->busy[mode].end()) {
		c->low = std::min(c->low, b->second);
		return out;
	}
	my = ++c->depth;
	saved = c->low;
	c->low = INT_MAX;
	c->busy[mode][v] = my;
	if (SSA_NAME_IS_DEFAULT_DEF(v)) {
		tree var = SSA_NAME_VAR(v);
		int i = var && TREE_CODE(var) == PARM_DECL ? param_index(c, var) : -1;

		if (i >= 0)
			out.push_back((mode == W_PROV ? "A" : "P") + num(c->uid) +
				      ":" + num(i));
		goto done;
	}
	d = SSA_NAME_DEF_STMT(v);
	if (is_gimple_assign(d)) {
		enum tree_code code = gimple_assign_rhs_code(d);
		tree r1 = gimple_assign_rhs1(d);

		if (mode == W_ORIGIN && memmap_plus(d))
			/* pfn_to_page(): the page of that pfn */
			out = ssa_walk(c, memmap_plus(d), W_PFN);
		else if (mode == W_PFN && code == POINTER_DIFF_EXPR)
			/* page_to_pfn() */
			out = is_memmap(gimple_assign_rhs2(d), 0) ?
				origin(c, r1) : names_t();
		else if (mode == W_PFN && !gimple_assign_single_p(d) &&
			 !CONVERT_EXPR_CODE_P(code)) {
			/* a pfn scaled, shifted or offset (pfn + i: a page
			 * of the same range) */
			if (code == MULT_EXPR || code == EXACT_DIV_EXPR ||
			    code == TRUNC_DIV_EXPR || code == LSHIFT_EXPR ||
			    code == RSHIFT_EXPR || code == MINUS_EXPR)
				out = ssa_walk(c, r1, mode);
			else if (code == PLUS_EXPR)
				out = TREE_CODE(r1) == INTEGER_CST ?
					ssa_walk(c, gimple_assign_rhs2(d), mode) :
					ssa_walk(c, r1, mode);
		} else if (gimple_assign_single_p(d) && is_mem(r1) &&
		    TREE_CODE(r1) != ADDR_EXPR)
			/* A pointer read from memory points to what the
			 * memory holds; a page read from it is the memory's. */
			out = mode == W_PROV ? deref(mem_name(c, r1)) :
			      mem_name(c, r1);
		else if (gimple_assign_single_p(d) || CONVERT_EXPR_CODE_P(code) ||
			 code == POINTER_PLUS_EXPR)
			out = ssa_walk(c, r1, mode);
	} else if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++)
			add_unique(out, ssa_walk(c, gimple_phi_arg_def(d, i),
						 mode));
	} else if (is_gimple_call(d)) {
		tree fn = gimple_call_fndecl(d);
		const struct api *a = api_of(fn);
		unsigned n = gimple_call_num_args(d);

		if (mode == W_PROV) {
			if (a && a->kind == K_SGUSE && n > 0)
				out = prov(c, gimple_call_arg(d, 0)); /* sg_next() */
			else if (unit_defines(fn))
				out.push_back(returned(c, "RP", fn, v));
			else if (!a && fn && TREE_PUBLIC(fn) && DECL_NAME(fn) &&
				 is_page_array(TREE_TYPE(v)))
				/* another unit's, per the fact file */
				out.push_back(returned(c, "RPX:", fn, v));
		} else {
			if (a && a->kind == K_LOAD && n > 0)
				out = carriers(prov(c, gimple_call_arg(d, 0)));
			else if (n == 1 &&
				 is_page_ptr(TREE_TYPE(gimple_call_arg(d, 0))))
				/* page_folio(), compound_head(): the same page */
				out = origin(c, gimple_call_arg(d, 0));
			else if (unit_defines(fn))
				out.push_back(returned(c, "R", fn, v));
		}
	}
done:
	c->busy[mode].erase(v);
	c->depth--;
	cut = c->low < my;
	if (cut)
		saved = std::min(saved, c->low);
	c->low = saved;
	if (cut)
		return out;
	if (out.empty() && !SSA_NAME_IS_DEFAULT_DEF(v))
		out.push_back("V" + num(c->uid) + ":" + num(SSA_NAME_VERSION(v)));
	c->memo[mode][v] = out;
	return out;
}

static void edges_to(const names_t &dst, const names_t &src, bool store)
{
	for (const auto &d : dst)
		for (const auto &s : src)
			add_edge(d, s, store);
}

/* The edges from FROM on store a page at LOC: say so if in a header. */
static void mark_header_store(size_t from, location_t loc)
{
	if (in_main_file(loc))
		return;
	for (size_t i = from; i < edges.size(); i++)
		edges[i].hdr = true;
}

/* --- the pass: one function into edges, releases and sinks --------------- */

static bool null_const(tree t)
{
	return !t || integer_zerop(t);
}

/* 1-based position of the page array argument of an acquire call. */
static int acq_pages_pos(const struct api *a, gcall *call)
{
	const char *ver = era_known ? pl_era_version() : NULL;
	int pos = pl_era_pos(a->rec->acquire.pages, ver);
	tree t;

	if (ver || pos < 1)
		return pos;
	/* Era unknown: prefer a position whose argument is a pointer array. */
	t = (unsigned)pos <= gimple_call_num_args(call) ?
		TREE_TYPE(gimple_call_arg(call, pos - 1)) : NULL_TREE;
	if (!t || !POINTER_TYPE_P(t) || !POINTER_TYPE_P(TREE_TYPE(t))) {
		int old = pl_era_pos(a->rec->acquire.pages, "0.0");

		if ((unsigned)old <= gimple_call_num_args(call))
			return old;
	}
	return pos;
}

/*
 * The catalogue names some APIs that are macros around another call
 * (dma_map_page() is dma_map_page_attrs()): know the call by the macro it
 * was spelled through, if it has the page argument where the catalogue says.
 */
static const struct api *api_of_macro(gcall *call)
{
	location_t loc = gimple_location(call);
	const line_map *map;
	const struct api *a;
	tree t;

	if (loc == UNKNOWN_LOCATION || !from_macro_expansion_at(loc))
		return NULL;
	map = linemap_lookup(line_table, loc);
	if (!map || !linemap_macro_expansion_map_p(map))
		return NULL;
	a = api_named(linemap_map_get_macro_name(linemap_check_macro(map)));
	if (!a || (a->kind != K_DMA && a->kind != K_STORE))
		return NULL;
	if (a->arg < 1 || (unsigned)a->arg > gimple_call_num_args(call))
		return NULL;
	t = TREE_TYPE(gimple_call_arg(call, a->arg - 1));
	if (a->form == 'p' ? !is_page_ptr(t) :
	    !(POINTER_TYPE_P(t) && is_page_ptr(TREE_TYPE(t))))
		return NULL;
	return a;
}

/*
 * The catalogue call a call was written as: a catalogue macro of the same
 * kind that expands to it (__free_page() is __free_pages(page, 0)).
 */
static const struct api *written_as(location_t loc, const struct api *a)
{
	const line_map *map;
	const struct api *m;

	if (loc == UNKNOWN_LOCATION || !from_macro_expansion_at(loc))
		return a;
	map = linemap_lookup(line_table, loc);
	if (!map || !linemap_macro_expansion_map_p(map))
		return a;
	m = api_named(linemap_map_get_macro_name(linemap_check_macro(map)));
	return m && m->kind == a->kind ? m : a;
}

/*
 * An integer argument passed through from the caller's parameter (gup's own
 * gup_flags, maybe with bits added): it may hold FOLL_PIN, so whether the
 * call pins is the caller's choice.  Comparisons and constants cannot, nor
 * a bool (writable ? FOLL_WRITE : 0 folds to the bool itself).
 */
static bool from_param(tree v, int depth)
{
	gimple *d;

	if (!v || TREE_CODE(v) != SSA_NAME || depth > 8)
		return false;
	if (SSA_NAME_IS_DEFAULT_DEF(v))
		return SSA_NAME_VAR(v) && TREE_CODE(SSA_NAME_VAR(v)) == PARM_DECL &&
		       TREE_CODE(TREE_TYPE(SSA_NAME_VAR(v))) != BOOLEAN_TYPE;
	d = SSA_NAME_DEF_STMT(v);
	if (is_gimple_assign(d)) {
		enum tree_code code = gimple_assign_rhs_code(d);

		if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code))
			return from_param(gimple_assign_rhs1(d), depth + 1);
		if (code == BIT_IOR_EXPR || code == BIT_XOR_EXPR ||
		    code == BIT_AND_EXPR)
			return from_param(gimple_assign_rhs1(d), depth + 1) ||
			       from_param(gimple_assign_rhs2(d), depth + 1);
	} else if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++)
			if (from_param(gimple_phi_arg_def(d, i), depth + 1))
				return true;
	}
	return false;
}

/* The C front end's preprocessor, for the values of the tree's flags. */
extern cpp_reader *parse_in;

/*
 * The values of the catalogue's longterm flags in this unit: enumerators
 * as they are declared, macros once first asked for.
 */
static std::map<std::string, unsigned HOST_WIDE_INT> flag_values;

static void finish_type(void *gcc_data, void *user_data)
{
	tree t = (tree)gcc_data;

	if (!t || TREE_CODE(t) != ENUMERAL_TYPE)
		return;
	for (tree v = TYPE_VALUES(t); v; v = TREE_CHAIN(v)) {
		tree n = TREE_PURPOSE(v), x = TREE_VALUE(v);

		if (!n || TREE_CODE(n) != IDENTIFIER_NODE ||
		    !pl_find("longterm", IDENTIFIER_POINTER(n)))
			continue;
		if (x && TREE_CODE(x) == CONST_DECL)
			x = DECL_INITIAL(x);
		if (x && TREE_CODE(x) == INTEGER_CST)
			flag_values[IDENTIFIER_POINTER(n)] = TREE_INT_CST_LOW(x);
	}
}

/*
 * The value of flag @name as the tree defines it: a macro of a plain
 * number or 1 << N (FOLL_LONGTERM in v6.1), or an enumerator (v6.12).
 */
static bool flag_value(const char *name, unsigned HOST_WIDE_INT *v)
{
	auto e = flag_values.find(name);
	cpp_hashnode *h;
	const char *d;
	char *end;
	unsigned long long a;

	if (e != flag_values.end()) {
		*v = e->second;
		return true;
	}
	h = parse_in ? cpp_lookup(parse_in, (const unsigned char *)name,
				  strlen(name)) : NULL;
	if (!h || !cpp_macro_p(h))
		return false;
	d = (const char *)cpp_macro_definition(parse_in, h) + strlen(name);
	d += strspn(d, " \t(");
	a = strtoull(d, &end, 0);
	if (end == d)
		return false;
	end += strspn(end, "ULul \t");
	if (end[0] == '<' && end[1] == '<')
		a <<= strtoull(end + 2, &end, 0);
	*v = flag_values[name] = a;
	return true;
}

/* Flags value @v has @bit on every path: a constant, ORs, PHIs. */
static bool has_bit(tree v, unsigned HOST_WIDE_INT bit, int depth)
{
	gimple *d;

	if (TREE_CODE(v) == INTEGER_CST)
		return TREE_INT_CST_LOW(v) & bit;
	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) ||
	    depth > 8)
		return false;
	d = SSA_NAME_DEF_STMT(v);
	if (gimple_code(d) == GIMPLE_PHI) {
		for (unsigned i = 0; i < gimple_phi_num_args(d); i++)
			if (!has_bit(gimple_phi_arg_def(d, i), bit, depth + 1))
				return false;
		return gimple_phi_num_args(d) > 0;
	}
	if (!is_gimple_assign(d))
		return false;
	switch (gimple_assign_rhs_code(d)) {
	case BIT_IOR_EXPR:
		return has_bit(gimple_assign_rhs1(d), bit, depth + 1) ||
		       has_bit(gimple_assign_rhs2(d), bit, depth + 1);
	CASE_CONVERT:
	case SSA_NAME:
	case INTEGER_CST:
		return has_bit(gimple_assign_rhs1(d), bit, depth + 1);
	default:
		return false;
	}
}

/*
 * The longterm flag (catalogue longterm) a get call is given in its
 * gup_flags argument, or NULL: FOLL_PIN is that flag's prerequisite.
 */
static const char *longterm_flag(gcall *call, const char *name)
{
	auto f = flags_pos.find(name);
	unsigned HOST_WIDE_INT bit;

	if (f == flags_pos.end() ||
	    (unsigned)f->second > gimple_call_num_args(call))
		return NULL;
	for (const struct pl_rec *r = pl_next("longterm", NULL); r;
	     r = pl_next("longterm", r))
		if (flag_value(r->name, &bit) && bit &&
		    has_bit(gimple_call_arg(call, f->second - 1), bit, 0))
			return r->name;
	return NULL;
}

/*
 * Which argument is gup_flags: the parameter the catalogue's gupflag record
 * names, in the tree's declaration.  Without one, the unsigned int next to
 * the page array (before it, after it for get_user_pages_unlocked()); the
 * page count is not one.
 */
static bool flags_passed_through(gcall *call, const char *name, int pages_pos)
{
	int cand[2] = { pages_pos - 1, pages_pos + 1 };
	auto f = flags_pos.find(name);

	/* The catalogue's gupflag parameter, by name, where the tree has it. */
	if (f != flags_pos.end())
		return (unsigned)f->second <= gimple_call_num_args(call) &&
		       from_param(gimple_call_arg(call, f->second - 1), 0);

	for (int k = 0; k < 2; k++) {
		tree a, t;

		if (cand[k] < 1 || (unsigned)cand[k] > gimple_call_num_args(call))
			continue;
		a = gimple_call_arg(call, cand[k] - 1);
		t = TREE_TYPE(a);
		if (TREE_CODE(t) == INTEGER_TYPE && TYPE_UNSIGNED(t) &&
		    TYPE_PRECISION(t) == TYPE_PRECISION(unsigned_type_node))
			return from_param(a, 0);
	}
	return false;
}

/*
 * The edge into the arm of an if that block bb is in: up through blocks
 * entered from one block only, to the condition.
 */
static edge arm_of(basic_block bb)
{
	for (int i = 0; bb && i < 8; i++) {
		edge e;
		gimple *last;

		if (!single_pred_p(bb))
			return NULL;
		e = single_pred_edge(bb);
		if (EDGE_COUNT(e->src->succs) == 1) {
			bb = e->src;
			continue;
		}
		gimple_stmt_iterator g = gsi_last_bb(e->src);

		last = gsi_end_p(g) ? NULL : gsi_stmt(g);
		return EDGE_COUNT(e->src->succs) == 2 && last &&
		       gimple_code(last) == GIMPLE_COND ? e : NULL;
	}
	return NULL;
}

/*
 * A gup release in one arm of an if whose other arm hands the same pages
 * to a function of the driver's (tee's flag split: unpin_user_pages() or
 * shm_put_kernel_pages(), by a flag): the driver's function has the pages
 * of its own kind, this release those of the gup call, whatever else the
 * array holds.  Both arms gup releases: nothing is known.
 */
static bool other_arm_hands(struct fnctx *c, basic_block bb,
			    const names_t &srcs)
{
	edge e = arm_of(bb), o;
	basic_block ob;

	if (!e || srcs.empty())
		return false;
	o = EDGE_SUCC(e->src, 0) == e ? EDGE_SUCC(e->src, 1) :
		EDGE_SUCC(e->src, 0);
	ob = o->dest;
	for (int i = 0; ob && i < 8 && single_pred_p(ob); i++) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(ob); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);
			tree fn;

			if (!is_gimple_call(s))
				continue;
			fn = gimple_call_fndecl(s);
			if (!unit_defines(fn))
				continue;
			for (unsigned k = 0; k < gimple_call_num_args(s); k++) {
				tree arg = gimple_call_arg(s, k);

				if (!is_page_array(TREE_TYPE(arg)) &&
				    !is_page_ptr(TREE_TYPE(arg)))
					continue;
				names_t ns = is_page_ptr(TREE_TYPE(arg)) ?
					origin(c, arg) : prov(c, arg);
				for (const auto &n : ns)
					if (std::find(srcs.begin(), srcs.end(),
						      n) != srcs.end())
						return true;
			}
		}
		ob = single_succ_p(ob) ? single_succ(ob) : NULL;
	}
	return false;
}

/* The parameter an integer value is, through conversions, or -1. */
static int param_of(struct fnctx *c, tree v, int depth)
{
	gimple *d;

	if (!v || TREE_CODE(v) != SSA_NAME || depth > 4)
		return -1;
	if (SSA_NAME_IS_DEFAULT_DEF(v))
		return SSA_NAME_VAR(v) && TREE_CODE(SSA_NAME_VAR(v)) == PARM_DECL ?
			param_index(c, SSA_NAME_VAR(v)) : -1;
	d = SSA_NAME_DEF_STMT(v);
	if (is_gimple_assign(d) && CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(d)))
		return param_of(c, gimple_assign_rhs1(d), depth + 1);
	return -1;
}

/*
 * A release of a page parameter in an arm taken as an integer parameter
 * is zero or not (qib's frag helper: if (put) unpin_user_page(page); else
 * __free_page(page)): the pages are those of the calls that pass a flag
 * of that arm, known where the flag is a constant.
 */
static void flag_arm(struct fnctx *c, basic_block bb, names_t &srcs)
{
	edge e = arm_of(bb);
	gimple_stmt_iterator g;
	gimple *cond;
	std::string pre = "P" + num(c->uid) + ":";
	int j;
	bool nz;

	if (!e)
		return;
	g = gsi_last_bb(e->src);
	cond = gsi_stmt(g);
	if ((gimple_cond_code(cond) != NE_EXPR &&
	     gimple_cond_code(cond) != EQ_EXPR) ||
	    !integer_zerop(gimple_cond_rhs(cond)) ||
	    (j = param_of(c, gimple_cond_lhs(cond), 0)) < 0)
		return;
	nz = (gimple_cond_code(cond) == NE_EXPR) ==
	     !!(e->flags & EDGE_TRUE_VALUE);
	for (auto &n : srcs)
		if (n.compare(0, pre.size(), pre) == 0 &&
		    n.find('|') == std::string::npos)
			n += "|" + num(j) + (nz ? "=nz" : "=z");
}

/*
 * A call's argument i as the caller wrote it.  An argument passed to a
 * transparent union parameter (release_pages() since v6.6) reaches GIMPLE
 * as a temporary union with one member stored just before the call.
 */
static tree call_arg(gcall *call, unsigned i)
{
	tree arg = gimple_call_arg(call, i);
	gimple_stmt_iterator gsi;

	if (TREE_CODE(arg) != VAR_DECL || !DECL_ARTIFICIAL(arg) ||
	    TREE_CODE(TREE_TYPE(arg)) != UNION_TYPE)
		return arg;
	gsi = gsi_for_stmt(call);
	for (gsi_prev(&gsi); !gsi_end_p(gsi); gsi_prev(&gsi)) {
		gimple *s = gsi_stmt(gsi);
		tree lhs;

		if (!gimple_assign_single_p(s))
			continue;
		lhs = gimple_assign_lhs(s);
		if (TREE_CODE(lhs) == COMPONENT_REF &&
		    TREE_OPERAND(lhs, 0) == arg)
			return gimple_assign_rhs1(s);
	}
	return arg;
}

/*
 * The source line a location is on, in whichever file it is (a header's
 * inline function tests BIO_PAGE_PINNED too), each file read once; or "".
 */
static std::string source_line(location_t loc)
{
	static std::map<std::string, std::vector<std::string>> files;
	expanded_location x = expand_location(loc);

	if (!x.file || x.line < 1)
		return "";
	auto it = files.find(x.file);

	if (it == files.end()) {
		char *text = pl_read_file(x.file);
		std::vector<std::string> lines;
		std::string cur;

		for (const char *p = text; p && *p; p++) {
			if (*p == '\n') {
				lines.push_back(cur);
				cur.clear();
			} else {
				cur += *p;
			}
		}
		lines.push_back(cur);
		free(text);
		it = files.emplace(x.file, lines).first;
	}
	if ((size_t)x.line > it->second.size())
		return "";
	return it->second[x.line - 1];
}

/* A will-pin value (catalogue kind pinned) written on @line as a word
 * that is no call: an enum constant, gone from GIMPLE but for its value. */
static bool names_pin_value(const std::string &line)
{
	for (const struct pl_rec *r = pl_next("pinned", NULL); r;
	     r = pl_next("pinned", r)) {
		size_t n = strlen(r->name);

		for (size_t at = line.find(r->name); at != std::string::npos;
		     at = line.find(r->name, at + 1)) {
			size_t e = at + n;

			if ((at && (ISALNUM(line[at - 1]) || line[at - 1] == '_')) ||
			    (e < line.size() && (ISALNUM(line[e]) || line[e] == '_')))
				continue;
			while (e < line.size() && ISSPACE(line[e]))
				e++;
			if (e >= line.size() || line[e] != '(')
				return true;
		}
	}
	return false;
}

/* A call of a will-pin test the catalogue names (kind pinned). */
static bool calls_will_pin(gimple *call)
{
	tree fn = gimple_call_fndecl(call);

	return fn && DECL_NAME(fn) &&
	       pl_find("pinned", IDENTIFIER_POINTER(DECL_NAME(fn)));
}

/*
 * v, through conversions, is the answer of a will-pin test: a call the
 * catalogue names pinned, or a call given a will-pin value
 * (bio_flagged(bio, BIO_PAGE_PINNED)).
 */
static bool will_pin_call(tree v)
{
	for (int i = 0; i < 4 && v && TREE_CODE(v) == SSA_NAME; i++) {
		gimple *d = SSA_NAME_DEF_STMT(v);

		if (is_gimple_assign(d) &&
		    CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(d))) {
			v = gimple_assign_rhs1(d);
			continue;
		}
		if (!is_gimple_call(d))
			return false;
		if (calls_will_pin(d))
			return true;
		for (unsigned k = 0; k < gimple_call_num_args(d); k++)
			if (TREE_CODE(gimple_call_arg(d, k)) == INTEGER_CST &&
			    names_pin_value(source_line(gimple_location(d))))
				return true;
		return false;
	}
	return false;
}

/*
 * The memory a tested value v was loaded from: x->flag, or a one-bit
 * field, which the front end tests as a mask of the word it is in
 * (BIT_FIELD_REF <x->args, 8, 32> & 4 for x->args.is_pinned): the field
 * at that bit, as a COMPONENT_REF.
 */
static tree flag_load(tree v)
{
	gimple *d = TREE_CODE(v) == SSA_NAME ? SSA_NAME_DEF_STMT(v) : NULL;
	tree mask, ref, obj;
	HOST_WIDE_INT bit;

	if (!d || !is_gimple_assign(d))
		return NULL_TREE;
	if (gimple_assign_single_p(d))
		return is_mem(gimple_assign_rhs1(d)) ? gimple_assign_rhs1(d) :
			NULL_TREE;
	mask = gimple_assign_rhs2(d);
	if (gimple_assign_rhs_code(d) != BIT_AND_EXPR || BYTES_BIG_ENDIAN ||
	    !mask || TREE_CODE(mask) != INTEGER_CST || !tree_fits_uhwi_p(mask) ||
	    exact_log2(tree_to_uhwi(mask)) < 0 ||
	    TREE_CODE(gimple_assign_rhs1(d)) != SSA_NAME)
		return NULL_TREE;
	d = SSA_NAME_DEF_STMT(gimple_assign_rhs1(d));
	if (!is_gimple_assign(d) || !gimple_assign_single_p(d) ||
	    TREE_CODE(ref = gimple_assign_rhs1(d)) != BIT_FIELD_REF ||
	    !tree_fits_shwi_p(TREE_OPERAND(ref, 2)))
		return NULL_TREE;
	obj = TREE_OPERAND(ref, 0);
	bit = tree_to_shwi(TREE_OPERAND(ref, 2)) + exact_log2(tree_to_uhwi(mask));
	if (TREE_CODE(TREE_TYPE(obj)) != RECORD_TYPE)
		return NULL_TREE;
	for (tree f = TYPE_FIELDS(TREE_TYPE(obj)); f; f = DECL_CHAIN(f))
		if (TREE_CODE(f) == FIELD_DECL && DECL_BIT_FIELD(f) &&
		    DECL_SIZE(f) && integer_onep(DECL_SIZE(f)) &&
		    int_bit_position(f) == bit)
			return build3(COMPONENT_REF, TREE_TYPE(f), obj, f, NULL_TREE);
	return NULL_TREE;
}

/*
 * The will-pin tests whose arms hold block bb: each if (c) that
 * dominates it through one of its edges only.  A test of a call says at
 * once which side bb is on (r.pinned); a test of memory (dio->is_pinned)
 * waits for the unit's stores of a test's answer (r.flag_guards).
 */
static void pin_guards(struct fnctx *c, basic_block bb, struct release &r)
{
	basic_block d = bb;

	for (int depth = 0; depth < 32; depth++) {
		d = get_immediate_dominator(CDI_DOMINATORS, d);
		if (!d || d == ENTRY_BLOCK_PTR_FOR_FN(c->fun))
			return;
		gimple_stmt_iterator g = gsi_last_bb(d);
		gimple *last = gsi_end_p(g) ? NULL : gsi_stmt(g);

		if (!last || gimple_code(last) != GIMPLE_COND ||
		    EDGE_COUNT(d->succs) != 2)
			continue;
		tree lhs = gimple_cond_lhs(last);
		enum tree_code code = gimple_cond_code(last);

		if ((code != NE_EXPR && code != EQ_EXPR) ||
		    !integer_zerop(gimple_cond_rhs(last)))
			continue;
		edge e = NULL;

		for (int k = 0; k < 2; k++) {
			edge s = EDGE_SUCC(d, k);

			if (single_pred_p(s->dest) &&
			    dominated_by_p(CDI_DOMINATORS, bb, s->dest))
				e = s;
		}
		if (!e)
			continue;
		/* the side of bb: the test true (1) or false (-1) */
		int side = ((code == NE_EXPR) == !!(e->flags & EDGE_TRUE_VALUE)) ?
			1 : -1;

		/* through conversions and negations (!b is ~b, or x ^ 1) */
		for (int i = 0; i < 4 && TREE_CODE(lhs) == SSA_NAME; i++) {
			gimple *n = SSA_NAME_DEF_STMT(lhs);

			if (!is_gimple_assign(n))
				break;
			if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(n))) {
				lhs = gimple_assign_rhs1(n);
			} else if ((gimple_assign_rhs_code(n) == BIT_XOR_EXPR &&
				    integer_onep(gimple_assign_rhs2(n))) ||
				   gimple_assign_rhs_code(n) == TRUTH_NOT_EXPR ||
				   (gimple_assign_rhs_code(n) == BIT_NOT_EXPR &&
				    TREE_CODE(TREE_TYPE(lhs)) == BOOLEAN_TYPE)) {
				lhs = gimple_assign_rhs1(n);
				side = -side;
			} else {
				break;
			}
		}
		if (will_pin_call(lhs)) {
			if (r.pinned <= 0)
				r.pinned = side;
			continue;
		}
		/* a flag loaded from memory */
		tree f = flag_load(lhs);

		if (f) {
			names_t m = mem_name(c, f);

			if (!m.empty())
				r.flag_guards.push_back({ m, side });
		}
	}
}

/*
 * A store the catalogue says is an assignment to a field of the carrier
 * (bvec_set_page(bv, page, ...) is bv->bv_page = page): the page goes
 * where that assignment would put it.
 */
static void field_store(struct fnctx *c, gcall *call, const char *field,
			const names_t &src)
{
	tree bv = gimple_call_num_args(call) ? gimple_call_arg(call, 0) : NULL;
	tree st;

	if (!bv || !POINTER_TYPE_P(TREE_TYPE(bv)) ||
	    TREE_CODE(st = TREE_TYPE(TREE_TYPE(bv))) != RECORD_TYPE)
		return;
	for (tree f = TYPE_FIELDS(st); f; f = DECL_CHAIN(f)) {
		if (TREE_CODE(f) != FIELD_DECL || field_name(f) != field)
			continue;
		tree obj = build2(MEM_REF, st, bv,
				  build_int_cst(TREE_TYPE(bv), 0));
		tree ref = build3(COMPONENT_REF, TREE_TYPE(f), obj, f, NULL_TREE);

		size_t from = edges.size();

		edges_to(mem_name(c, ref), src, true);
		mark_header_store(from, gimple_location(call));
		return;
	}
}

/*
 * An extract acquire, for the findings under a will-pin test: kept apart
 * from acqs, which only holds acquires whose pages the unit follows
 * (extract_iter_to_sg() fills a scatterlist it is given).
 */
static void note_extract(struct fnctx *c, const struct api *a, location_t loc)
{
	auto it = fn_xacq.find(c->uid);

	xacqs.push_back({ a->rec->name, a->cls, loc, "" });
	if (it == fn_xacq.end() || earlier(xacqs.back(), &xacqs[it->second]))
		fn_xacq[c->uid] = xacqs.size() - 1;
	if (first_xacq < 0 || earlier(xacqs.back(), &xacqs[first_xacq]))
		first_xacq = xacqs.size() - 1;
}

static void do_call(struct fnctx *c, gcall *call)
{
	tree fn = gimple_call_fndecl(call);
	const struct api *a = api_of(fn);
	unsigned n = gimple_call_num_args(call);
	location_t loc = gimple_location(call);

	if (!a)
		a = api_of_macro(call);

	/* a will-pin test's answer stored straight from the call */
	if (gimple_call_lhs(call) && is_mem(gimple_call_lhs(call)) &&
	    calls_will_pin(call)) {
		names_t d = mem_name(c, gimple_call_lhs(call));

		pin_flags.insert(d.begin(), d.end());
	}
	if (a && a->kind == K_ACQ) {
		int pos = acq_pages_pos(a, call);
		tree arg;

		if (a->cls == 'x')
			note_extract(c, a, loc);
		if (pos < 1 || (unsigned)pos > n)
			return;
		arg = gimple_call_arg(call, pos - 1);
		if (null_const(arg))
			return;
		if (a->cls == 'g' && flags_passed_through(call, a->rec->name, pos)) {
			for (const auto &p : prov(c, arg))
				add_edge(p, "~", false);	/* may pin */
			return;
		}
		acqs.push_back({ a->rec->name, a->cls, loc, "" });
		names_t arr = prov(c, arg);

		/* given the place for an array of its own (&pages): the
		 * array is what that place will point to */
		if (POINTER_TYPE_P(TREE_TYPE(arg)) &&
		    is_page_array(TREE_TYPE(TREE_TYPE(arg))))
			arr = deref(arr);
		for (const auto &p : arr)
			add_edge(p, "#" + num(acqs.size() - 1), false);
		/* held long-term: the call's own flag is its sink */
		if (a->cls == 'g' && !arr.empty()) {
			const char *lt = longterm_flag(call, a->rec->name);

			if (lt)
				sinks.push_back({ arr, lt, loc,
						  (int)acqs.size() - 1 });
		}
		return;
	}
	if (fn && DECL_NAME(fn) && in_main_file(loc) &&
	    pl_find("ref", IDENTIFIER_POINTER(DECL_NAME(fn))))
		file_refs = true;
	if (a && a->kind == K_REL) {
		const struct api *w = written_as(loc, a);
		struct release r = { names_t(), a, w->rec->name, loc, false,
				     false };

		if (n < 1)
			return;
		if (a->form == 'a')
			r.srcs = prov(c, call_arg(call, 0));
		else
			r.srcs = origin(c, call_arg(call, 0));
		r.from_pfn = a->form != 'a' && page_of_pfn(call_arg(call, 0), 0);
		r.split = other_arm_hands(c, gimple_bb(call), r.srcs);
		flag_arm(c, gimple_bb(call), r.srcs);
		r.uid = c->uid;
		pin_guards(c, gimple_bb(call), r);
		releases.push_back(r);
		return;
	}
	if (a && (a->kind == K_STORE || a->kind == K_DMA)) {
		tree pg;
		names_t src;

		if (a->arg < 1 || (unsigned)a->arg > n)
			return;
		pg = gimple_call_arg(call, a->arg - 1);
		src = a->form == 'a' ? prov(c, pg) : origin(c, pg);
		sinks.push_back({ src, a->rec->name, loc, -1 });
		if (a->kind == K_STORE && a->rec->store.field && a->form == 'p')
			field_store(c, call, a->rec->store.field, src);
		/* A store's carrier is the argument before the page(s). */
		if (a->kind == K_STORE && a->arg >= 2)
			edges_to(carriers(prov(c, gimple_call_arg(call, a->arg - 2))),
				 src, true);
		return;
	}
	if (a)
		return;
	if (!unit_defines(fn)) {
		/*
		 * An out-of-line call given a local object's address and a
		 * scatterlist, like __sg_page_iter_start(&piter, sgl, ...),
		 * may make the object walk that scatterlist: an iterator that
		 * sg_page_iter_page() reads later.
		 */
		names_t locals, others;

		for (unsigned i = 0; i < n; i++) {
			tree arg = gimple_call_arg(call, i);

			if (!is_carrier_ptr(TREE_TYPE(arg)) || null_const(arg))
				continue;
			if (TREE_CODE(arg) == ADDR_EXPR &&
			    TREE_CODE(TREE_OPERAND(arg, 0)) == VAR_DECL &&
			    !TREE_STATIC(TREE_OPERAND(arg, 0)) &&
			    !DECL_EXTERNAL(TREE_OPERAND(arg, 0)))
				add_unique(locals, carriers(prov(c, arg)));
			else
				add_unique(others, carriers(prov(c, arg)));
		}
		if (!locals.empty())
			edges_to(locals, others, false);
		return;
	}
	/* A function of this unit: arguments flow in, its own work flows out. */
	std::string id = num(DECL_UID(fn));
	{
		/* whether a will-pin test is around the call: a function
		 * the unit calls only under one is under it too */
		struct release t = {};
		auto &ca = callee_arms[DECL_UID(fn)];

		pin_guards(c, gimple_bb(call), t);
		ca.second++;
		if (t.pinned > 0)
			ca.first++;
	}
	for (unsigned i = 0; i < n; i++) {
		tree arg = gimple_call_arg(call, i), t = TREE_TYPE(arg);
		std::string ai = "A" + id + ":" + num(i), ao = "AO" + id + ":" + num(i);

		if (null_const(arg))
			continue;
		if (is_page_ptr(t)) {
			/* a page of no gup call makes the parameter mixed */
			for (const auto &o : origin(c, arg))
				add_edge("P" + id + ":" + num(i), o, true);
			/* and as the integer flags passed with it say: see
			 * flag_arm() */
			for (unsigned j = 0; j < n; j++) {
				tree f = gimple_call_arg(call, j);
				std::string pj = "P" + id + ":" + num(i) + "|" +
					num(j) + "=";

				if (j == i || !INTEGRAL_TYPE_P(TREE_TYPE(f)))
					continue;
				for (const auto &o : origin(c, arg)) {
					if (TREE_CODE(f) != INTEGER_CST ||
					    !integer_zerop(f))
						add_edge(pj + "nz", o, true);
					if (TREE_CODE(f) != INTEGER_CST ||
					    integer_zerop(f))
						add_edge(pj + "z", o, true);
				}
			}
		} else if (is_page_array(t)) {
			for (const auto &p : prov(c, arg)) {
				add_edge(ai, p, false);
				add_edge(p, ao, false);
			}
		} else if (POINTER_TYPE_P(t) && is_page_array(TREE_TYPE(t))) {
			/* &pages: the callee reaches the array as *param,
			 * and may put another one in its place */
			for (const auto &p : deref(prov(c, arg))) {
				add_edge("*" + ai, p, false);
				add_edge(p, "*" + ao, false);
			}
		} else if (is_carrier_ptr(t)) {
			for (const auto &k : carriers(prov(c, arg))) {
				add_edge("C|" + ai, k, false);
				add_edge(k, "C|" + ao, false);
			}
		}
	}
}

/* An edge into what a parameter points to also goes to its AO twin. */
static void param_twin_edges(size_t from)
{
	size_t end = edges.size();

	for (size_t i = from; i < end; i++) {
		const name_t &d = edges[i].dst;
		size_t s = d.compare(0, 2, "C|") ? 0 : 2;

		s = d.find_first_not_of('*', s);
		if (s == std::string::npos || d[s] != 'A' || d[s + 1] == 'O')
			continue;
		name_t t = d.substr(0, s) + "AO" + d.substr(s + 1);
		edges.push_back({ t, edges[i].src, edges[i].store });
	}
}

/*
 * Page array pointers stored into memory, over the unit: the array each
 * place points to -> the arrays stored there.  A place given one array
 * names that array (pages pinned through either are in both); a place
 * given several (mdata->pages = a or b) is a view of each in turn: what
 * they hold is in it, but what goes in through it is not in all of them.
 */
static std::map<name_t, std::set<name_t>> array_stores;

static void array_alias_edges(void)
{
	for (const auto &st : array_stores)
		for (const auto &q : st.second) {
			add_edge(st.first, q, false);
			if (st.second.size() == 1)
				add_edge(q, st.first, false);
		}
	array_stores.clear();
}

/*
 * The page of a kernel address (vmalloc_to_page(), kmap_to_page()): a call
 * out of the unit, outside the catalogue, given one pointer that is no
 * page.  It holds no reference unless the code takes one (get_page(page)):
 * a page some call is given.
 */
static bool kernel_page(tree v)
{
	gimple *d, *u;
	imm_use_iterator it;
	tree fn, arg;

	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return false;
	d = SSA_NAME_DEF_STMT(v);
	if (!is_gimple_call(d) || gimple_call_num_args(d) != 1)
		return false;
	fn = gimple_call_fndecl(d);
	arg = gimple_call_arg(d, 0);
	if (!fn || api_of(fn) || unit_defines(fn) ||
	    !POINTER_TYPE_P(TREE_TYPE(arg)) || is_page_ptr(TREE_TYPE(arg)) ||
	    is_carrier_ptr(TREE_TYPE(arg)))
		return false;
	FOR_EACH_IMM_USE_STMT(u, it, v)
		if (is_gimple_call(u))
			return false;
	return true;
}

/*
 * A call given a page that the catalogue does not know (get_page(), a
 * helper of the driver's): the function may take references on the pages
 * it reads back out of its arrays.
 */
static bool hands_pages(function *fun)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun)
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);

			if (!is_gimple_call(s) || api_of(gimple_call_fndecl(s)) ||
			    api_of_macro(as_a<gcall *>(s)))
				continue;
			for (unsigned i = 0; i < gimple_call_num_args(s); i++)
				if (is_page_ptr(TREE_TYPE(gimple_call_arg(s, i))))
					return true;
		}
	return false;
}

/* Memory a parameter points to: the caller's array. */
static bool in_param(const names_t &ns)
{
	for (const auto &n : ns) {
		size_t s = n.find_first_not_of('*');

		if (s != std::string::npos && n[s] == 'A')
			return true;
	}
	return false;
}

/* Memory that pfns of pages are stored into, and the other integer
 * stores of the unit, made edges where they go to such memory. */
static std::set<name_t> pfn_places;
static std::vector<std::pair<names_t, names_t>> int_stores;
/* pfns of kernel addresses stored (vmwgfx's descriptor lists its own
 * buffers beside pinned pages): pages of no reference, as for page
 * arrays, unless the file takes references itself */
static std::vector<std::pair<names_t, names_t>> kaddr_pfns;

static void int_store_edges(void)
{
	if (file_refs)
		int_stores.insert(int_stores.end(), kaddr_pfns.begin(),
				  kaddr_pfns.end());
	kaddr_pfns.clear();
	std::set<name_t> acquired;	/* page arrays an acquire of the unit fills */

	for (const auto &e : edges)
		if (e.src[0] == '#' &&
		    acqs[atoi(e.src.c_str() + 1)].loc != UNKNOWN_LOCATION)
			acquired.insert(e.dst);
	/* the fact file's pfn fields: not an array this unit pins into,
	 * whose integers are something else (vchiq's u32 addrs beside its
	 * page array in one allocation) */
	for (const auto &e : edges)
		if (e.src[0] == '#' && !acquired.count(e.dst))
			pfn_places.insert(e.dst);
	for (const auto &st : int_stores)
		for (const auto &d : st.first)
			if (pfn_places.count(d))
				edges_to(one(d), st.second.empty() ?
					 one("V?" + d) : st.second, true);
	int_stores.clear();
	pfn_places.clear();
}

/*
 * page_to_phys(): the page's pfn (page - memmap, over the size of a page
 * struct) shifted up by PAGE_SHIFT, or multiplied by PAGE_SIZE.
 */
static bool shifted_up(tree v, int depth)
{
	imm_use_iterator it;
	use_operand_p u;

	if (TREE_CODE(v) != SSA_NAME || depth > 4)
		return false;
	FOR_EACH_IMM_USE_FAST(u, it, v) {
		gimple *g = USE_STMT(u);

		if (!is_gimple_assign(g) || gimple_assign_rhs1(g) != v)
			continue;
		switch (gimple_assign_rhs_code(g)) {
		case LSHIFT_EXPR:
			if (TREE_CODE(gimple_assign_rhs2(g)) == INTEGER_CST)
				return true;
			break;
		case MULT_EXPR:
			if (TREE_CODE(gimple_assign_rhs2(g)) == INTEGER_CST &&
			    integer_pow2p(gimple_assign_rhs2(g)) &&
			    tree_to_uhwi(gimple_assign_rhs2(g)) >= 512)
				return true;
			break;
		CASE_CONVERT:
		case EXACT_DIV_EXPR:
		case TRUNC_DIV_EXPR:
		case RSHIFT_EXPR:
			if (shifted_up(gimple_assign_lhs(g), depth + 1))
				return true;
			break;
		default:
			break;
		}
	}
	return false;
}

/* page_to_pfn(page), page_to_phys(page) in the unit's own code */
static void note_addrof(struct fnctx *c, gimple *s)
{
	tree pg = gimple_assign_rhs1(s);
	int unit;
	names_t n;

	if (gimple_assign_rhs_code(s) != POINTER_DIFF_EXPR ||
	    !is_page_ptr(TREE_TYPE(pg)) ||
	    !is_memmap(gimple_assign_rhs2(s), 0) ||
	    !in_main_file(gimple_location(s)))
		return;
	unit = shifted_up(gimple_assign_lhs(s), 0) ? PL_PHYS : PL_PFN;
	n = origin(c, pg);
	if (n.empty())
		addrof_unkeyed |= unit;
	else
		addrof[unit].push_back(n);
}

static void do_assign(struct fnctx *c, gimple *s)
{
	tree lhs = gimple_assign_lhs(s), rhs = gimple_assign_rhs1(s);
	tree t = TREE_TYPE(lhs);
	names_t dst;

	if (!gimple_assign_single_p(s) || TREE_CODE(lhs) == SSA_NAME ||
	    !is_mem(lhs))
		return;
	if (INTEGRAL_TYPE_P(t) && will_pin_call(rhs)) {
		names_t d = mem_name(c, lhs);

		pin_flags.insert(d.begin(), d.end());
		return;
	}
	if (INTEGRAL_TYPE_P(t) && TREE_CODE(rhs) == SSA_NAME &&
	    TYPE_PRECISION(t) >= 32) {
		/*
		 * A page's pfn kept (e->pfn = page_to_pfn(page)): where the
		 * page came from flows here, for pfn_to_page() to find.  Any
		 * other integer stored where pfns go is another page's, as
		 * far as we know (virt_to_pfn() of the driver's own buffer).
		 */
		names_t d = mem_name(c, lhs);
		tree pg = pfn_page(rhs, 0);

		/* a kernel address's pfn: no reference unless the file
		 * takes some itself (solve() decides) */
		if (((pg && (kernel_page(pg) || kaddr_page(pg))) ||
		     (!pg && from_kaddr(rhs, 0))) && !in_param(d)) {
			kaddr_pfns.push_back({ d, ssa_walk(c, rhs, W_PFN) });
			return;
		}
		if (pfn_of_page(rhs, 0)) {
			edges_to(d, ssa_walk(c, rhs, W_PFN), true);
			pfn_places.insert(d.begin(), d.end());
		} else if (!d.empty()) {
			int_stores.push_back({ d, ssa_walk(c, rhs, W_PFN) });
		}
		return;
	}
	if (!POINTER_TYPE_P(t) || null_const(rhs) ||
	    (TREE_CODE(rhs) != SSA_NAME && TREE_CODE(rhs) != ADDR_EXPR))
		return;
	if (!is_page_ptr(t) && !is_page_array(t) && !is_carrier_ptr(t))
		return;
	dst = mem_name(c, lhs);
	if (dst.empty())
		return;
	if (is_page_ptr(t)) {
		/*
		 * A kernel address's page in the function's own array (vchiq's
		 * page list): no reference, so no release is for it, and the
		 * array's gup releases are for the user pages it also holds.
		 * Into a caller's array it may be one the caller releases as
		 * its own (a helper that get_page()s it after the store).
		 */
		if (!c->hands_pages && TREE_CODE(rhs) == SSA_NAME &&
		    kernel_page(rhs) && !in_param(dst))
			return;
		/* A page stored: where it came from flows here. */
		size_t from = edges.size();

		edges_to(dst, TREE_CODE(rhs) == SSA_NAME ? origin(c, rhs) :
			 names_t(), true);
		mark_header_store(from, gimple_location(s));
		return;
	}
	names_t p = prov(c, rhs);
	if (is_page_array(t)) {
		/* A page array's address stored: see array_alias_edges(). */
		for (const auto &d : dst)
			for (const auto &q : p)
				array_stores["*" + d].insert(q);
		return;
	}
	/* A scatterlist (table, iterator) pointer stored. */
	edges_to(carriers(dst), carriers(p), false);
	edges_to(carriers(p), carriers(dst), false);
}

static void do_return(struct fnctx *c, greturn *r)
{
	tree v = gimple_return_retval(r);
	std::string id = num(c->uid);

	if (!v || null_const(v) || !POINTER_TYPE_P(TREE_TYPE(v)))
		return;
	if (is_page_ptr(TREE_TYPE(v)))
		edges_to(one("R" + id), origin(c, v), false);
	else if (is_page_array(TREE_TYPE(v)))
		edges_to(one("RP" + id), prov(c, v), false);
	else if (is_carrier_ptr(TREE_TYPE(v)))
		edges_to(one("C|RP" + id), carriers(prov(c, v)), false);
}

static unsigned int pagelint_execute(function *fun)
{
	struct fnctx c;
	basic_block bb;
	size_t first = edges.size();

	/* The catalogue's own inline bodies are what the catalogue says. */
	if (api_of(fun->decl))
		return 0;
	if (!carrier_types_done)
		learn_carrier_types();
	c.fun = fun;
	c.uid = DECL_UID(fun->decl);
	c.hands_pages = hands_pages(fun);
	if (TREE_PUBLIC(fun->decl) && DECL_NAME(fun->decl))
		public_fns["RP" + num(c.uid)] =
			IDENTIFIER_POINTER(DECL_NAME(fun->decl));
	/* for pin_guards(): which ifs a release is under */
	bool had_dom = dom_info_available_p(CDI_DOMINATORS);

	if (!had_dom)
		calculate_dominance_info(CDI_DOMINATORS);
	FOR_EACH_BB_FN(bb, fun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);

			if (is_gimple_call(s))
				do_call(&c, as_a<gcall *>(s));
			else if (is_gimple_assign(s))
				do_assign(&c, s), note_addrof(&c, s);
			else if (gimple_code(s) == GIMPLE_RETURN)
				do_return(&c, as_a<greturn *>(s));
		}
	}
	if (!had_dom)
		free_dominance_info(CDI_DOMINATORS);
	param_twin_edges(first);
	return 0;
}

static const pass_data pagelint_pass_data = {
	GIMPLE_PASS, "pagelint", OPTGROUP_NONE, TV_NONE,
	PROP_ssa | PROP_cfg, 0, 0, 0, 0,
};

class pagelint_pass : public gimple_opt_pass {
public:
	pagelint_pass(gcc::context *ctx)
		: gimple_opt_pass(pagelint_pass_data, ctx) {}
	unsigned int execute(function *fun) final override
	{
		return pagelint_execute(fun);
	}
};

/* --- solving and reporting ------------------------------------------------ */

static const struct ptag *tag_of(const name_t &n)
{
	auto it = tags.find(n);

	return it == tags.end() ? NULL : &it->second;
}

static bool merge(struct ptag &d, const struct ptag &s)
{
	bool ch = false;

	for (int a : s.acqs)
		ch |= d.acqs.insert(a).second;
	if (s.other && !d.other)
		d.other = ch = true;
	return ch;
}

/*
 * Tags flow along the edges into @m until nothing changes: an acquire
 * (#N) tags where it stores, "~" makes the place "other".  Edges @skip
 * says so of are left out.
 */
static void flow_tags(std::unordered_map<name_t, struct ptag> &m,
		      bool (*skip)(const struct flow &))
{
	std::vector<const struct flow *> use;
	bool changed;

	for (const auto &e : edges)
		if (!skip || !skip(e))
			use.push_back(&e);
	do {
		changed = false;
		for (const struct flow *e : use) {
			if (e->src[0] == '#') {
				changed |= m[e->dst].acqs.insert(
					atoi(e->src.c_str() + 1)).second;
				continue;
			}
			if (e->src[0] == '~') {
				if (!m[e->dst].other)
					m[e->dst].other = changed = true;
				continue;
			}
			auto it = m.find(e->src);

			if (it != m.end()) {
				/* a reference outlives a rehash, an iterator not */
				const struct ptag &t = it->second;

				changed |= merge(m[e->dst], t);
			}
		}
	} while (changed);
}

static void solve(void)
{
	bool changed;

	array_alias_edges();
	int_store_edges();
	for (const auto &n : seeded_other)
		tags[n].other = true;
	for (int round = 0; round < 2; round++) {
		flow_tags(tags, NULL);
		/* A location that also receives values we know nothing of
		 * holds pages from elsewhere too. */
		changed = false;
		for (const auto &e : edges) {
			const struct ptag *s = tag_of(e.src);

			if (e.store && (!s || (s->acqs.empty() && !s->other)) &&
			    !tags[e.dst].other)
				tags[e.dst].other = changed = true;
		}
		if (!changed)
			break;
	}
}

/* F:<struct>:<path> of a catalogue carrier (bio_vec's bv_page) */
static bool carrier_field(const name_t &n)
{
	size_t c = n.find(':', 2);

	return !n.compare(0, 2, "F:") && c != std::string::npos &&
	       pl_find("carrier", n.substr(2, c - 2).c_str());
}

/*
 * The tags again, for gup-dma, but not through a page that a header's
 * inline function (skb_fill_page_desc()) stores in a carrier's own field:
 * one name holds every bio_vec's page of the unit, and what the kernel's
 * helpers put there says nothing of the pages the file reads back out of
 * its own bio_vecs (a copy into kernel frag pages is no write of zerocopy
 * ones).  Pages the file stores there by hand stay followed.  Runs after
 * solve(), which adds the alias and integer edges both use; gup-dma reads
 * no "other", so "~" edges are left out too.
 */
static std::unordered_map<name_t, struct ptag> dtags;

static bool not_for_dma(const struct flow &e)
{
	return e.src[0] == '~' || (e.hdr && carrier_field(e.dst));
}

static void solve_dma(void)
{
	flow_tags(dtags, not_for_dma);
}

static struct ptag tag_union(const names_t &ns)
{
	struct ptag t;

	for (const auto &n : ns) {
		const struct ptag *s = tag_of(n);

		if (s)
			merge(t, *s);
	}
	return t;
}

/* FILE:LINE, the file as the compiler was given it. */
static std::string line_of(location_t loc)
{
	expanded_location x = expand_location(loc);

	return std::string(x.file ? x.file : "?") + ":" + num(x.line);
}

static std::string acq_where(const struct acq &a)
{
	if (a.loc != UNKNOWN_LOCATION)
		return "line " + num(expand_location(a.loc).line);
	return a.where + ", per the pagelint db";
}

static int line_no(location_t loc)
{
	return expand_location(loc).line;
}

/* In the file being compiled, not in a header it includes. */
static bool in_main_file(location_t loc)
{
	const char *f = expand_location(loc).file;

	return f && main_input_filename && !strcmp(f, main_input_filename);
}

/*
 * Among several acquires, a finding names the first in the file, one of
 * this unit before one the fact file tells of.
 */
static bool earlier(const struct acq &x, const struct acq *than)
{
	if (!than)
		return true;
	if (x.loc == UNKNOWN_LOCATION)
		return false;
	return than->loc == UNKNOWN_LOCATION ||
		line_no(x.loc) < line_no(than->loc);
}

/* A call written through a macro is where the macro's name is, in the code. */
static location_t code_loc(location_t loc)
{
	return linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL);
}

/* -fplugin-arg-pagelint_plugin-disable=RULE,...: rules not reported */
static std::set<std::string> disabled;

static void report(location_t loc, const char *msg, const char *rule,
		   const struct acq *a, const char *what)
{
	bool werror = global_dc->warning_as_error_requested, said = true;
	/* the warning and its note go out, or are held back, as one */
	auto_diagnostic_group group;

	if (disabled.count(rule))
		return;
	loc = code_loc(loc);
	if (as_error) {
		error_at(loc, "%s [%s]", msg, rule);
	} else {
		/* Findings never break a build: not even under -Werror. */
		global_dc->warning_as_error_requested = false;
		said = warning_at(loc, 0, "%s [%s]", msg, rule);
		global_dc->warning_as_error_requested = werror;
	}
	if (said && a && a->loc != UNKNOWN_LOCATION)
		inform(code_loc(a->loc), "%s here", what);
}

/*
 * put_page(pfn_to_page(pfn)) of a pfn followed nowhere: the pages whose
 * address the unit takes in that unit (PL_PFN, PL_PHYS), or in any unit
 * where it takes none in that one, when every one is acquired and none
 * mixed.  Empty otherwise.
 */
static struct ptag pfn_tag(int unit)
{
	struct ptag u;

	if (addrof[unit].empty() && !(addrof_unkeyed & unit))
		unit = PL_PFN | PL_PHYS;
	for (int i = PL_PFN; i <= PL_PHYS; i++) {
		if (!(unit & i))
			continue;
		for (const auto &n : addrof[i]) {
			struct ptag t = tag_union(n);

			if (t.acqs.empty() || t.other)
				return ptag();
			merge(u, t);
		}
	}
	return (addrof_unkeyed & unit) ? ptag() : u;
}

/* The uid of "A<uid>:<n>", "AO<uid>:<n>" (a parameter's array) of a
 * function of external linkage; 0 for any other name. */
static unsigned public_param_array(const name_t &n)
{
	size_t i = n.compare(0, 2, "AO") == 0 ? 2 : n[0] == 'A' ? 1 : 0;
	char *end;
	unsigned long uid;

	if (!i || !ISDIGIT(n[i]))
		return 0;
	uid = strtoul(n.c_str() + i, &end, 10);
	if (*end != ':' || !ISDIGIT(end[1]) || strchr(end, '|') ||
	    !public_fns.count("RP" + num(uid)))
		return 0;
	return uid;
}

/*
 * An acquire/release helper pair (hfi1's user_pages.c): the pages the
 * unit's own functions of external linkage pin into the arrays their
 * callers give; empty if the unit also acquires into arrays of its own.
 */
static struct ptag pair_tag(void)
{
	struct ptag u;

	for (const auto &e : edges) {
		if (e.src[0] != '#')
			continue;
		int i = atoi(e.src.c_str() + 1);

		if (acqs[i].loc == UNKNOWN_LOCATION)
			continue;	/* the fact file's */
		if (!public_param_array(e.dst))
			return ptag();
		u.acqs.insert(i);
	}
	return u;
}

static void check_releases(void)
{
	const struct ptag pfns[PL_PHYS + 1] = {
		ptag(), pfn_tag(PL_PFN), pfn_tag(PL_PHYS)
	};
	const struct ptag pair = pair_tag();

	for (const auto &r : releases) {
		struct ptag t = tag_union(r.srcs);

		if (t.acqs.empty() && !t.other && r.from_pfn)
			t = pfns[r.from_pfn];
		/* the release helper of a pair, given an array it knows
		 * nothing else of */
		if (t.acqs.empty() && !t.other && !r.srcs.empty() &&
		    std::all_of(r.srcs.begin(), r.srcs.end(),
				[&r](const name_t &n) {
					return public_param_array(n) == r.uid;
				}))
			t = pair;
		char acls = 0, msg[1024];
		const struct acq *a = NULL;
		std::string where;

		if (dump)
			fprintf(stderr, "pagelint: check %s: %zu acquires%s\n",
				r.call, t.acqs.size(), t.other ? ", other" : "");
		int arm = r.pinned;
		auto ca = callee_arms.find(r.uid);

		/* every call of the function is under a will-pin test
		 * (__bio_release_pages() of bio_release_pages()) */
		if (arm == 0 && ca != callee_arms.end() &&
		    ca->second.first == ca->second.second)
			arm = 1;

		for (const auto &g : r.flag_guards)
			for (const auto &n : g.first)
				if (pin_flags.count(n) && arm <= 0)
					arm = g.second;
		/* a get-class release under a will-pin test: pinned pages */
		if (first_xacq >= 0 && arm > 0 && r.api->cls == 'g') {
			auto it = fn_xacq.find(r.uid);
			const struct acq *x = &xacqs[it != fn_xacq.end() ?
						    it->second : first_xacq];

			where = acq_where(*x);
			if (pl_say(msg, sizeof(msg), "gup-put", "acq", x->call,
				   "where", where.c_str(), "cls", "pin",
				   "rel", r.call, NULL))
				report(r.loc, msg, "gup-put", x, "pages pinned");
			continue;
		}
		if ((t.other && !r.split) || t.acqs.empty())
			continue;
		for (int i : t.acqs) {
			if (acls && acqs[i].cls != acls)
				acls = '?';
			else
				acls = acqs[i].cls;
			if (earlier(acqs[i], a))
				a = &acqs[i];
		}
		/* extract pages hold a reference only where they were pinned,
		 * in a file that takes none itself, but where a test says not */
		if (acls == 'x' && !file_refs && arm == 0)
			acls = 'p';
		if (acls == '?' || (acls != 'p' && acls != 'g'))
			continue;
		where = acq_where(*a);
		if (!pl_say(msg, sizeof(msg), "gup-put", "acq", a->call,
			    "where", where.c_str(),
			    "cls", acls == 'p' ? "pin" : "get", "rel", r.call,
			    NULL))
			continue;
		report(r.loc, msg, "gup-put", a,
		       acls == 'p' ? "pages pinned" : "pages got");
	}
}

static void check_dma(void)
{
	std::map<int, const struct sink *> hit;	/* acquire -> first sink */
	char *text = pl_read_file(main_input_filename);
	bool notified = pl_follows_notifiers(text);

	free(text);
	if (notified)
		return;

	for (const auto &s : sinks) {
		struct ptag t;
		bool pinned = false;

		/*
		 * A DMA site of the .c file, for the pages it is given: not
		 * one in a header's inline function, nor a page taken back
		 * out of a scatterlist or a carrier's own field (dtags),
		 * whose pages went to DMA where they were put in.
		 */
		if (!in_main_file(s.loc))
			continue;
		for (const auto &n : s.srcs) {
			auto x = dtags.find(n);

			if (x != dtags.end() && n.compare(0, 2, "C|"))
				merge(t, x->second);
		}
		for (int i : t.acqs)
			pinned |= acqs[i].cls == 'p';
		if (pinned)
			continue;
		for (int i : t.acqs)
			if (acqs[i].cls == 'g' && acqs[i].loc != UNKNOWN_LOCATION &&
			    (s.acq < 0 || s.acq == i) &&
			    (!hit.count(i) || line_no(s.loc) < line_no(hit[i]->loc)))
				hit[i] = &s;	/* the first DMA in the file */
	}
	for (const auto &h : hit) {
		const struct acq &a = acqs[h.first];
		std::string line = num(line_no(h.second->loc));
		char msg[1024];

		if (pl_say(msg, sizeof(msg), "gup-dma", "acq", a.call,
			   "sink", h.second->call, "line", line.c_str(), NULL))
			report(a.loc, msg, "gup-dma", NULL, NULL);
	}
}

/* --- the cross-unit fact file --------------------------------------------- */
/*
 * One fact a line:  field STRUCT PATH CLASS WHERE CALL
 *   PATH   the field (sub.field for nested ones); PATH[] means the pages are
 *          in the array the field points to
 *   CLASS  pin, got, other (pages); sgpin, sgget, sgother (a scatterlist)
 *   WHERE  FILE:LINE of the acquire, CALL its name ('-' for other)
 * or:               return FUNCTION CLASS WHERE CALL
 *   the pages in the array a function of external linkage returns
 */

static bool fact_name(const std::string &n, std::string *st, std::string *path,
		      bool *sg)
{
	std::string b = n;
	bool arr = false;
	size_t c;

	*sg = false;
	if (b.compare(0, 2, "C|") == 0) {
		*sg = true;
		b = b.substr(2);
	} else if (b[0] == '*') {
		arr = true;
		b = b.substr(1);
	}
	if (b.compare(0, 2, "F:") || (c = b.find(':', 2)) == std::string::npos)
		return false;
	*st = b.substr(2, c - 2);
	*path = b.substr(c + 1) + (arr ? "[]" : "");
	return !st->empty() && path->find_first_of("*: ") == std::string::npos;
}

/* The fact file's first line: its format, for the version that reads it. */

static bool setup_problem(const char *fmt, ...) ATTRIBUTE_PRINTF_1;

/* A fact's class word: pin, got, or extract (pinned where a test says). */
static char fact_cls(const char *w)
{
	return !strcmp(w, "pin") ? 'p' : !strcmp(w, "got") ? 'g' :
		!strcmp(w, "extract") ? 'x' : 0;
}

/* fact_cls() the other way round */
static const char *fact_word(char cls)
{
	return cls == 'p' ? "pin" : cls == 'x' ? "extract" : "got";
}

/* One fact of the file: an acquire (or "other") of another unit. */
static void db_fact(const struct pl_fact *f, const char *line, void *data)
{
	std::string n;

	db_lines.insert(line);
	if (f->kind == 'r') {
		n = "RPX:" + std::string(f->name);
		if (!strcmp(f->cls, "other")) {
			seeded_other.insert(n);
		} else if (fact_cls(f->cls)) {
			const struct pl_rec *r = pl_find("acquire", f->call);

			acqs.push_back({ r ? r->name : "gup", fact_cls(f->cls),
					 UNKNOWN_LOCATION, f->where });
			edges.push_back({ n, "#" + num(acqs.size() - 1), false });
		}
		return;
	}
	/* a carrier's own field (sg_table's sgl, bio_vec's bv_page) is every
	 * unit's: what one unit puts there says nothing of another's (fact
	 * files written before this skip it too) */
	if (pl_find("carrier", f->name))
		return;
	std::string st = f->name, ps = f->path, c = f->cls;
	bool sg = c.compare(0, 2, "sg") == 0;

	if (sg)
		c = c.substr(2);
	if (ps.size() > 2 && ps.compare(ps.size() - 2, 2, "[]") == 0)
		n = "*F:" + st + ":" + ps.substr(0, ps.size() - 2);
	else
		n = "F:" + st + ":" + ps;
	if (sg)
		n = "C|F:" + st + ":" + ps;
	if (c == "other") {
		seeded_other.insert(n);
		return;
	}
	if (!fact_cls(c.c_str()))
		return;
	const struct pl_rec *r = pl_find("acquire", f->call);
	acqs.push_back({ r ? r->name : "gup", fact_cls(c.c_str()),
			 UNKNOWN_LOCATION, f->where });
	edges.push_back({ n, "#" + num(acqs.size() - 1), false });
}

/* false: the file is another version's or corrupted (said once) */
static bool db_read(void)
{
	char err[1024];
	int rc = pl_facts_read(db_path, db_fact, NULL, err, sizeof(err));

	if (rc == -2)
		return setup_problem("%s", err);
	/* an unreadable file is said, and the unit goes on without it */
	if (rc == -1)
		fprintf(stderr, "pagelint: %s\n", err);
	return true;
}

/* @f with its class, WHERE and CALL, once, unless the file has it. */
static void db_line(std::string &out, std::set<std::string> &seen,
		    struct pl_fact *f, bool sg, const char *cls,
		    const char *where, const char *call)
{
	char line[1200];

	snprintf(f->cls, sizeof(f->cls), "%s%s", sg ? "sg" : "", cls);
	snprintf(f->where, sizeof(f->where), "%s", where);
	snprintf(f->call, sizeof(f->call), "%s", call);
	pl_fact_line(f, line, sizeof(line));
	if (!db_lines.count(line) && seen.insert(line).second)
		out += std::string(line) + "\n";
}

static void db_write(void)
{
	std::string out;
	std::set<std::string> seen;
	char err[1024];

	for (const auto &t : tags) {
		struct pl_fact f = {};
		std::string st, path;
		bool sg = false, gup = false;
		auto pf = public_fns.find(t.first);

		if (pf != public_fns.end()) {
			f.kind = 'r';
			snprintf(f.name, sizeof(f.name), "%s", pf->second.c_str());
		} else if (fact_name(t.first, &st, &path, &sg) &&
			   !pl_find("carrier", st.c_str())) {
			f.kind = 'f';
			snprintf(f.name, sizeof(f.name), "%s", st.c_str());
			snprintf(f.path, sizeof(f.path), "%s", path.c_str());
		} else {
			continue;
		}
		for (int i : t.second.acqs) {
			const struct acq &a = acqs[i];

			gup = true;
			if (a.loc == UNKNOWN_LOCATION)
				continue;	/* another unit's fact */
			db_line(out, seen, &f, sg, fact_word(a.cls),
				line_of(a.loc).c_str(), a.call);
		}
		/* "other" matters only where gup pages go too. */
		if (t.second.other && gup)
			db_line(out, seen, &f, sg, "other", "-", "-");
	}
	if (!out.empty() && pl_facts_append(db_path, out.c_str(), err, sizeof(err)))
		fprintf(stderr, "pagelint: %s\n", err);
}

static void finish_unit(void *gcc_data, void *user_data)
{
	if (seen_error() && !as_error)
		return;
	solve();
	solve_dma();
	if (dump) {
		for (const auto &e : edges)
			fprintf(stderr, "pagelint: edge %s <- %s%s\n", e.dst.c_str(),
				e.src.c_str(), e.store ? " (store)" : "");
		for (const auto &t : tags)
			fprintf(stderr, "pagelint: tag %s: %zu acquires%s\n",
				t.first.c_str(), t.second.acqs.size(),
				t.second.other ? ", other" : "");
		for (const auto &r : releases)
			for (const auto &n : r.srcs)
				fprintf(stderr, "pagelint: release %s(%s)\n", r.call,
					n.c_str());
	}
	check_releases();
	check_dma();
	if (db_path)
		db_write();
}

/* --- registration ---------------------------------------------------------- */

static void find_era(const char *tree_arg)
{
	std::vector<char *> argv;
	char *tree;

	argv.push_back((char *)"cc1");
	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		const struct cl_decoded_option *o = &save_decoded_options[i];

		if ((o->opt_index == OPT_I || o->opt_index == OPT_isystem ||
		     o->opt_index == OPT_iquote || o->opt_index == OPT_idirafter) &&
		    o->arg) {
			argv.push_back((char *)(o->opt_index == OPT_I ? "-I" :
				       o->opt_index == OPT_isystem ? "-isystem" :
				       o->opt_index == OPT_iquote ? "-iquote" :
				       "-idirafter"));
			argv.push_back((char *)o->arg);
		}
	}
	tree = tree_arg ? xstrdup(tree_arg) : pl_tree_from_args(argv.size(), argv.data());
	era_known = tree && !pl_era_load(tree);
	free(tree);
}

/* -fplugin-arg-pagelint_plugin-strict: setup problems stop the build */
static bool strict;

/*
 * pagelint's own setup (GCC version, catalogue, fact file) never breaks a
 * build: one warning (never an error, even under -Werror), and the
 * compilation goes on without pagelint, unless strict was asked.  Always
 * returns false.
 */
static bool setup_problem(const char *fmt, ...)
{
	bool werror = global_dc->warning_as_error_requested;
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (strict) {
		error("pagelint_plugin: %s (strict)", buf);
		return false;
	}
	global_dc->warning_as_error_requested = false;
	warning(0, "pagelint_plugin: %s; pagelint is inactive for this "
		"compilation", buf);
	global_dc->warning_as_error_requested = werror;
	return false;
}

/* disable=RULE,...: the rules this plugin checks, others are no concern */
static void disable_rules(const char *list)
{
	std::string l = list;
	size_t p = 0;

	while (p <= l.size()) {
		size_t e = l.find(',', p);
		std::string r = l.substr(p, e == std::string::npos ? e : e - p);

		if (r == "gup-put" || r == "gup-dma")
			disabled.insert(r);
		else if (!r.empty() && !pl_find("text", r.c_str()))
			warning(0, "pagelint_plugin: disable=%s: no such rule "
				"(this plugin checks gup-put, gup-dma)", r.c_str());
		if (e == std::string::npos)
			break;
		p = e + 1;
	}
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	const char *catalog = PAGELINT_CATALOG, *tree_arg = NULL, *disable = NULL;
	struct register_pass_info pass;

#ifdef PAGELINT_TEST_BASEVER
	/* test-plugin builds one that claims another GCC, to see it refused */
	gcc_version.basever = PAGELINT_TEST_BASEVER;
#endif
	for (int i = 0; i < info->argc; i++) {
		const char *k = info->argv[i].key, *v = info->argv[i].value;

		if (!strcmp(k, "catalog") && v)
			catalog = v;
		else if (!strcmp(k, "db") && v && *v)
			db_path = v;
		else if (!strcmp(k, "tree") && v)
			tree_arg = v;
		else if (!strcmp(k, "error"))
			as_error = true;
		else if (!strcmp(k, "strict"))
			strict = true;
		else if (!strcmp(k, "disable") && v)
			disable = v;
		else if (!strcmp(k, "dump"))
			dump = true;
		else {
			error("pagelint_plugin: unknown argument '%s' (have: catalog=, "
			      "db=, tree=, disable=, error, strict, dump)", k);
			return 1;
		}
	}
	if (!plugin_default_version_check(version, &gcc_version)) {
		setup_problem("pagelint_plugin was built for GCC %s (%s), not for "
			      "the GCC %s (%s) loading it; rebuild it for this "
			      "compiler: make -C gcc-plugin CC=<this gcc>",
			      gcc_version.basever, gcc_version.datestamp,
			      version->basever, version->datestamp);
		return strict;
	}
	if (pl_catalog_try(catalog)) {
		setup_problem("%s", pl_catalog_error());
		return strict;
	}
	if (disable)
		disable_rules(disable);
	find_era(tree_arg);
	if (db_path && !db_read())
		return strict;

	pass.pass = new pagelint_pass(g);
	pass.reference_pass_name = "ssa";
	pass.ref_pass_instance_number = 1;
	pass.pos_op = PASS_POS_INSERT_AFTER;

	register_callback(info->base_name, PLUGIN_INFO, NULL, &pagelint_plugin_info);
	register_callback(info->base_name, PLUGIN_FINISH_DECL, finish_decl, NULL);
	register_callback(info->base_name, PLUGIN_FINISH_TYPE, finish_type, NULL);
	register_callback(info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass);
	register_callback(info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
	return 0;
}
