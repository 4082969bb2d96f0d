// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * The will-pin test is in the caller: an inline wrapper calls the
 * out-of-line release only when the request says its pages were pinned,
 * so every page the release lets go of is a pinned one, and it must
 * unpin.  The file takes references of its own elsewhere, so nothing but
 * the caller's test says what the pages hold.  Shape of
 * __bio_release_pages() and bio_release_pages() (include/linux/bio.h) in
 * block/bio.c (v6.12).  The C engines follow a test into the
 * functions a unit calls under it.
 */
#include <linux/mm.h>
#include <linux/uio.h>

enum { BIO_NO_PAGE_REF, BIO_CLONED, BIO_PAGE_PINNED };

struct xreq {
	unsigned short flags;
	struct folio *folios[4];
	unsigned int nr;
	struct page *own;
};

static inline bool xreq_flagged(struct xreq *r, unsigned int bit)
{
	return r->flags & (1U << bit);
}

void __xreq_release_pages(struct xreq *r)
{
	unsigned int i;

	for (i = 0; i < r->nr; i++)
		folio_put(r->folios[i]);	/* WARN(gup-put: gcc,sparse) */
}

static inline void xreq_release_pages(struct xreq *r)
{
	if (xreq_flagged(r, BIO_PAGE_PINNED))
		__xreq_release_pages(r);
}

void xreq_hold(struct xreq *r, struct page *page)
{
	get_page(page);
	r->own = page;
}

ssize_t xreq_fill(struct xreq *r, struct iov_iter *iter, struct page **pages,
		  unsigned int n, size_t len)
{
	size_t off;

	if (iov_iter_extract_will_pin(iter))
		r->flags |= 1U << BIO_PAGE_PINNED;
	return iov_iter_extract_pages(iter, &pages, len, n, 0, &off);
}

void xreq_end(struct xreq *r)
{
	xreq_release_pages(r);
}

/* Called under the test and outside it: nothing says what it drops. */
void __xreq_drop(struct xreq *r)
{
	unsigned int i;

	for (i = 0; i < r->nr; i++)
		folio_put(r->folios[i]);	/* QUIET(gup-put) */
}

void xreq_cancel(struct xreq *r, bool pinned_only)
{
	if (xreq_flagged(r, BIO_PAGE_PINNED))
		__xreq_drop(r);
	else if (!pinned_only)
		__xreq_drop(r);
}
