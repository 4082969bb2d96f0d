// SPDX-License-Identifier: GPL-2.0
/*
 * The __pinned annotation (sparse-checker/pinned.h): the pages were pinned
 * in another file, the type says so here.  Only the sparse engine reads
 * the annotation: it warns where a __pinned page reaches a FOLL_GET
 * release and where an unannotated page is unpinned, and nowhere else;
 * sparse's own address-space complaints about __pinned are its business
 * too, so the ordinary uses below print nothing at all.  For stock sparse
 * and for compilers __pinned is nothing: the file is plain C to them.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include "../../sparse-checker/pinned.h"

struct pbuf {
	struct page __pinned **pages;	/* filled by pin_user_pages() */
	struct page __pinned *first;
	struct page *plain;		/* from alloc_page(): not pinned */
	struct scatterlist sg;
	int n;
};

void pbuf_use(struct pbuf *b, struct page __pinned *page);
void pbuf_fill(struct pbuf *b, void *dst);
void pbuf_release(struct pbuf *b);
void pbuf_release_wrong(struct pbuf *b);

/* A __pinned parameter: the tag goes with the page. */
void pbuf_use(struct pbuf *b, struct page __pinned *page)
{
	set_page_dirty(page);					/* QUIET(gup-put) */
	sg_set_page(&b->sg, page, PAGE_SIZE, 0);		/* QUIET(gup-put) */
}

/* Ordinary uses of pinned pages: no warning of any kind. */
void pbuf_fill(struct pbuf *b, void *dst)
{
	void *src = kmap(b->first);				/* QUIET(gup-put) */
	phys_addr_t pa = page_to_phys(b->pages[1]);		/* QUIET(gup-put) */

	if (src && pa)
		dst = src;
	set_page_dirty_lock(b->pages[0]);			/* QUIET(gup-put) */
	pbuf_use(b, b->pages[2]);				/* QUIET(gup-put) */
	pbuf_use(b, b->first);					/* QUIET(gup-put) */
}

/* Released the right way: the pinned ones unpinned, the plain one put. */
void pbuf_release(struct pbuf *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		unpin_user_page(b->pages[i]);			/* QUIET(gup-put) */
	unpin_user_pages(b->pages, b->n);			/* QUIET(gup-put) */
	unpin_user_page(b->first);				/* QUIET(gup-put) */
	put_page(b->plain);					/* QUIET(gup-put) */
}

/* The mix-ups the annotation exists for. */
void pbuf_release_wrong(struct pbuf *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		put_page(b->pages[i]);				/* WARN(gup-put: sparse) */
	release_pages(b->pages, b->n);				/* WARN(gup-put: sparse) */
	folio_put(page_folio(b->first));			/* WARN(gup-put: sparse) */
	unpin_user_page(b->plain);				/* WARN(gup-put: sparse) */
}
