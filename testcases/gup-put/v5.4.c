// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v5.4
 * Between v5.2 and v5.6 the release for get_user_pages*() pages is
 * put_user_page*(): suggest it, not unpin_user_page(), which is not there.
 */
#include <linux/mm.h>

static void done(unsigned long uaddr, struct page **pages, int n)
{
	int i, got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);

	for (i = 0; i < got; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
	if (got > 0)
		release_pages(pages, got);		/* WARN(gup-put) */
}

static void fine(unsigned long uaddr, struct page **pages, int n)
{
	int got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);

	if (got > 0)
		put_user_pages(pages, got);		/* QUIET(gup-put) */
}
