/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The API catalogue (catalog/pagelint.api) for the C engines: the sparse
 * checker and the GCC plugin read the same records the semantic patches
 * are generated from.  Record fields are as documented in the catalogue's
 * header; f[0] is always NAME.
 */
#ifndef PAGELINT_CATALOG_H
#define PAGELINT_CATALOG_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PL_MAXF 8

/*
 * The kinds of record, declared once: X(kind, is_call), is_call saying
 * that a record's NAME is a kernel function or macro.  The catalogue's
 * header documents each; a kind not listed here is an error.  kpage, ref,
 * pg2addr, phys2pfn and pinned name functions too, but only the Coccinelle
 * rules read them: the C engines must keep seeing get_page() and
 * vmalloc_to_page() as calls the catalogue does not know (a page handed to
 * one may hold a reference).
 */
#define PL_KINDS(X) \
	X(acquire, 1) X(gupflag, 0) X(longterm, 0) X(twin, 1) X(release, 1) X(want, 0) \
	X(store, 1) X(load, 1) X(carrier, 0) X(keeps, 1) X(dma, 1) \
	X(sguse, 1) X(notifier, 0) X(faultops, 0) X(slot, 0) X(mmapslot, 0) X(vma, 0) \
	X(insert, 1) \
	X(errmap, 0) X(mapall, 1) X(valloc, 1) X(gfp, 0) X(vguard, 1) \
	X(userptr, 1) X(udup, 1) X(ucopy, 1) X(addr2pg, 1) X(pfn2pg, 1) X(view, 1) \
	X(kpage, 0) X(ref, 0) X(pg2addr, 0) X(phys2pfn, 0) X(pinned, 0) \
	X(archfeature, 0) X(nofeature, 0) X(feature, 0) X(text, 0)

enum pl_kind {
#define PL_KIND_ENUM(k, call) PL_##k,
	PL_KINDS(PL_KIND_ENUM)
#undef PL_KIND_ENUM
	PL_NKINDS
};

/*
 * One record.  Its fields are read by name, r->acquire.pages, never by
 * position outside lib/: the named views below alias f[], whose f[0] is
 * NAME.  A field a record leaves out is NULL.
 */
struct pl_rec {
	const char *kind;
	enum pl_kind k;
	int nf;				/* fields, NAME included */
	int line;			/* in its file, for messages */
	const char *file;		/* the catalogue or its texts */
	union {
		const char *f[PL_MAXF];
		const char *name;
		struct { const char *n_, *cls, *pages, *addr, *since, *until; } acquire;
		struct { const char *n_, *cls, *param; } gupflag;
		struct { const char *n_, *pin; } twin;
		struct { const char *n_, *cls, *form, *since, *until, *twin; } release;
		struct { const char *n_, *rel, *when; } want;
		struct { const char *n_, *arg, *form, *field; } store;
		struct { const char *n_, *arg, *form, *access, *unit; } dma;
		struct { const char *n_, *role; } carrier;
		struct { const char *n_, *arg; } faultops;
		struct { const char *n_, *vmf, *since, *until; } insert;
		struct { const char *n_, *since, *loops; } mapall;
		struct { const char *n_, *family, *gfparg, *since; } valloc;
		struct { const char *n_, *zone, *plain; } gfp;
		struct { const char *n_, *arg, *unit; } addr2pg;
		struct { const char *n_, *arg, *unit; } pfn2pg;
		struct { const char *n_, *arg; } kpage;
		struct { const char *n_, *arg; } ref;
		struct { const char *n_, *arg; } pg2addr;
		struct { const char *n_, *arg, *field; } view;
		struct { const char *n_, *since, *symbol; } archfeature;
		struct { const char *n_, *feature; } nofeature;
		struct { const char *n_, *since, *file, *regex; } feature;
		struct { const char *n_, *when, *text; } text;
	};
};

/*
 * Load the catalogue at @path, and the finding texts beside it
 * (pagelint.msg in the same directory, records of kind "text"); NULL means
 * $PAGELINT_CATALOG, else the path compiled in.  Returns 0, or -1 after a
 * message on stderr.  Loading again is a no-op.
 */
int pl_catalog_load(const char *path);
/* The same, silent: pl_catalog_error() then says why it failed. */
int pl_catalog_try(const char *path);
const char *pl_catalog_error(void);

/* The finding texts that go with the catalogue at @catalog. */
const char *pl_texts_path(const char *catalog);
const char *pl_catalog_path(void);

/*
 * The unit of a page's address, a dma record's (ACCESS address), an
 * addr2pg's or a pfn2pg's UNIT: PL_PFN (a page frame number, the default) or PL_PHYS (a
 * physical address).  pfn_to_page() gives back the pages whose pfn was
 * taken, not those whose physical address went to the IOMMU.
 */
enum { PL_PFN = 1, PL_PHYS = 2 };
int pl_unit(const char *unit);

/* The first record of @kind whose NAME is @name, or NULL (one index). */
const struct pl_rec *pl_find(const char *kind, const char *name);

/*
 * The first record, of a kind whose NAME is a call, that names @name: what
 * the catalogue says a call is; NULL for a call it does not know.
 */
const struct pl_rec *pl_call(const char *name);

/*
 * Every call name the catalogue knows: the NAME of each record of a call
 * kind, and the other names records hold (an insert's vm_fault_t form, a
 * twin's pin form).  @fn may see a name more than once.
 */
void pl_each_call(void (*fn)(const char *name, void *ctx), void *ctx);

/* Iterate the records of @kind: start with @prev NULL. */
const struct pl_rec *pl_next(const char *kind, const struct pl_rec *prev);

/*
 * A 1-based argument position from an acquire's PAGES or ADDR field
 * (@spec), for a tree of @version ("6.1"; NULL or "unknown" means the
 * current signature).  "5/6<5.9" is 6 before v5.9, else 5.  Returns 0 for
 * '-' or NULL.
 */
int pl_era_pos(const char *spec, const char *version);

/* All of @fp (until EOF) in a malloc'd, NUL-terminated buffer, or NULL. */
char *pl_read_stream(FILE *fp);

/* All of the file at @path, the same way; NULL (errno set) if unreadable. */
char *pl_read_file(const char *path);

/* Compare releases "4.12" and "4.9" numerically: <0, 0, >0. */
int pl_vercmp(const char *a, const char *b);

#ifdef __cplusplus
}
#endif

#endif
