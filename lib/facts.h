/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The cross-unit fact file the C engines share (gcc-plugin/README.md):
 * what one unit found about a struct field or about what a function of
 * external linkage returns, for the units built after it.  One fact a
 * line:
 *   field STRUCT PATH CLASS WHERE CALL
 *   return FUNCTION CLASS WHERE CALL
 * CLASS is pin, got, extract or other (sg before it: a scatterlist);
 * WHERE is FILE:LINE of the acquire and CALL its name ('-' for other).
 * Either engine reads what the other wrote.
 */
#ifndef PAGELINT_FACTS_H
#define PAGELINT_FACTS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PL_FACTS_PREFIX "# pagelint facts "
#define PL_FACTS_HEADER PL_FACTS_PREFIX "1"

struct pl_fact {
	char kind;		/* 'f' a field, 'r' a return */
	char name[256];		/* the struct, or the function */
	char path[256];		/* a field's PATH ("" for a return) */
	char cls[16];
	char where[512];
	char call[128];
};

/* One line (no newline): 1 a fact, 0 blank or a comment, -1 malformed. */
int pl_fact_parse(const char *line, struct pl_fact *f);

/* The line of a fact, without its newline, into @buf. */
void pl_fact_line(const struct pl_fact *f, char *buf, size_t n);

/*
 * Read the fact file at @path under a shared lock and call @fn on each
 * fact with its line; no file is an empty one.  0, or with the reason in
 * @err: -1 it cannot be read, -2 it is another pagelint version's or
 * corrupted (a malformed line, named by its number).
 */
int pl_facts_read(const char *path,
		  void (*fn)(const struct pl_fact *f, const char *line, void *data),
		  void *data, char *err, size_t n);

/*
 * Append @text (whole lines) under an exclusive lock, the header first in
 * an empty file; -1 with the reason in @err.
 */
int pl_facts_append(const char *path, const char *text, char *err, size_t n);

#ifdef __cplusplus
}
#endif

#endif
