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

struct pl_rec {
	const char *kind;
	int nf;				/* fields after the kind */
	const char *f[PL_MAXF];
	int line;			/* in its file, for messages */
	const char *file;		/* the catalogue or its texts */
};

/*
 * Load the catalogue at @path, and the finding texts beside it
 * (pagelint.msg in the same directory, records of kind "text"); NULL means
 * $PAGELINT_CATALOG, else the path compiled in.  Returns 0, or -1 after a
 * message on stderr.  Loading again is a no-op.
 */
int pl_catalog_load(const char *path);

/* The finding texts that go with the catalogue at @catalog. */
const char *pl_texts_path(const char *catalog);
const char *pl_catalog_path(void);

/* The first record of @kind whose NAME is @name, or NULL. */
const struct pl_rec *pl_find(const char *kind, const char *name);

/* Iterate the records of @kind: start with @prev NULL. */
const struct pl_rec *pl_next(const char *kind, const struct pl_rec *prev);

/*
 * A 1-based argument position from field @field (index into f[]) of an
 * acquire record, for a tree of @version ("6.1"; NULL or "unknown" means
 * the current signature).  "5/6<5.9" is 6 before v5.9, else 5.  Returns 0
 * for '-'.
 */
int pl_acq_pos(const struct pl_rec *acq, int field, const char *version);

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
