// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * A block layer keeps "these pages were pinned" as a bit of the request
 * (BIO_PAGE_PINNED, an enum constant tested through a helper).  Under
 * that test a page that merged into the previous one is let go of with an
 * unpin; the file takes references of its own elsewhere, so only the test
 * says what the pages hold.
 */
#include <linux/mm.h>
#include <linux/uio.h>

enum { BIO_NO_PAGE_REF, BIO_CLONED, BIO_PAGE_PINNED, BIO_QUIET };

struct xbio {
	unsigned short flags;
	struct page *last;
};

static inline bool xbio_flagged(struct xbio *b, unsigned int bit)
{
	return b->flags & (1U << bit);
}

static void xbio_hold(struct xbio *b, struct page *page)
{
	get_page(page);
	b->last = page;
}

static ssize_t xbio_fill(struct xbio *b, struct iov_iter *iter,
			 struct page **pages, unsigned int n, size_t len)
{
	size_t off;

	if (iov_iter_extract_will_pin(iter))
		b->flags |= 1U << BIO_PAGE_PINNED;
	return iov_iter_extract_pages(iter, &pages, len, n, 0, &off);
}

static void xbio_merged(struct xbio *b, struct folio *folio, bool same)
{
	if (same && xbio_flagged(b, BIO_PAGE_PINNED))
		folio_put(folio);				/* WARN(gup-put) */
}

static void xbio_merged_ok(struct xbio *b, struct folio *folio, bool same)
{
	if (same && xbio_flagged(b, BIO_PAGE_PINNED))
		unpin_user_folio(folio, 1);			/* QUIET(gup-put) */
}

/* Not pinned: the reference, if any, is the file's own. */
static void xbio_unflagged(struct xbio *b, struct page *page)
{
	if (!xbio_flagged(b, BIO_PAGE_PINNED))
		put_page(page);					/* QUIET(gup-put) */
}

/* Another bit of the same word says nothing of pins. */
static void xbio_other_bit(struct xbio *b, struct page *page)
{
	if (xbio_flagged(b, BIO_CLONED))
		put_page(page);					/* QUIET(gup-put) */
}
