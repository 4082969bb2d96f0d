// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * Since v6.6 release_pages() takes a transparent union of page and folio
 * arrays.  The caller still passes its page array as it is, and GCC hands
 * the callee a temporary union with the array stored in it: the array is
 * still the pinned one.
 */
#include <linux/mm.h>

struct xfer {
	struct page **pages;
	int nr;
};

static int xfer_map(struct xfer *x, unsigned long uaddr)
{
	int got = pin_user_pages_fast(uaddr, x->nr, FOLL_WRITE, x->pages);

	if (got < 0)
		return got;
	if (got < x->nr) {
		release_pages(x->pages, got);			/* WARN(gup-put) */
		return -EFAULT;
	}
	return 0;
}

static void xfer_unmap(struct xfer *x)
{
	unpin_user_pages(x->pages, x->nr);			/* QUIET(gup-put) */
}

static int one_folio(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	folio_put_refs(page_folio(page), 1);			/* WARN(gup-put) */
	return 0;
}

static int local_array(unsigned long uaddr, int nr)
{
	struct page *pages[8];
	int got;

	if (nr > 8)
		return -EINVAL;
	got = pin_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return got;
	release_pages(pages, got);				/* WARN(gup-put) */
	return 0;
}

/* Several references of one folio: no one-page release takes them. */
static int head_folio(unsigned long uaddr, struct page **pages, int nr)
{
	int got = pin_user_pages_fast(uaddr, nr, 0, pages);

	if (got <= 0)
		return got;
	folio_put_refs(page_folio(pages[0]), got);		/* WARN(gup-put) */
	return 0;
}
