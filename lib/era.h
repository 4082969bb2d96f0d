/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the kernel tree being compiled has, as tools/era decides it (one
 * implementation for every engine).  The C engines find the tree from the
 * compiler's include options and cache the answer, so a kbuild run pays
 * for tools/era once per tree, not once per file.
 */
#ifndef PAGELINT_ERA_H
#define PAGELINT_ERA_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The kernel tree of a compilation: the parent of the first include
 * directory (-I, -isystem, -iquote, -idirafter) holding linux/mm.h.
 * Returns a malloc'd absolute path, or NULL.
 */
char *pl_tree_from_args(int argc, char **argv);

/* The same for one include directory; NULL when it is no tree's. */
char *pl_tree_from_incdir(const char *dir);

/*
 * Load the era of @tree (running tools/era, or from the cache).  Returns
 * 0, or -1 after a message on stderr; the era is then unknown.
 */
int pl_era_load(const char *tree);

/* 1: the tree has NAME (a symbol or feature), 0: it lacks it, -1: unknown. */
int pl_have(const char *name);

/* The same for a per-architecture feature (catalogue archfeature). */
int pl_arch_have(const char *feature, const char *arch);

/* "6.1", or NULL when unknown. */
const char *pl_era_version(void);

#ifdef __cplusplus
}
#endif

#endif
