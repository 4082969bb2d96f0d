/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The shared layer: what the catalogue means for the tree being checked,
 * and the words of every finding (catalog/pagelint.msg).  The C engines
 * decide and word through here; the semantic patches through
 * cocci/src/say.py, the same interpreter in Python, which tests/say-test
 * holds to the same answers.  Engines find; this says.
 */
#ifndef PAGELINT_SAY_H
#define PAGELINT_SAY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Whether the tree has @name: unknown counts as having it. */
int pl_has(const char *name);

/* The release that brought @name, spelled "v5.6"; "" when unknown. */
const char *pl_since(const char *name);

/*
 * The catalogue's first release of class @cls and form @form ("page",
 * "array"; "folio" counts as "page") that the tree has, or NULL.
 */
const char *pl_release_for(const char *cls, const char *form);

/* The release class the tree wants for pages of class @cls, or NULL. */
const char *pl_want(const char *cls);

/*
 * Whether the source @text names the MMU notifier API (catalogue notifier
 * records): its gup'd pages are kept right through invalidations, and
 * gup-dma has nothing to say about them.
 */
int pl_follows_notifiers(const char *text);

/*
 * Word a finding: @id names the texts to choose from (see pagelint.msg),
 * the rest are slot name and value pairs, ended by NULL.  Returns @buf, or
 * NULL when the texts say that, in this tree, it is no finding.
 */
const char *pl_say(char *buf, size_t size, const char *id, ...);

#ifdef __cplusplus
}
#endif

#endif
