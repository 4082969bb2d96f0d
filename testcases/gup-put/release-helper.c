// SPDX-License-Identifier: GPL-2.0
/*
 * The driver's own release helper takes the page array as a parameter:
 * its put_page() is wrong for the pinned pages a caller hands it, even
 * when another caller hands it pages of unknown origin.
 */
#include <linux/mm.h>

static void xfer_drop_pages(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
}

static int xfer_start(unsigned long uaddr, int n, struct page **pages)
{
	int got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);

	if (got < 0)
		return got;
	/* ... the device reads them ... */
	xfer_drop_pages(pages, got);
	return 0;
}

static void buf_drop(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
}

static int buf_use(unsigned long uaddr, struct page **pinned,
		   struct page **mine, int n)
{
	int got = pin_user_pages_fast(uaddr, n, 0, pinned);

	if (got < 0)
		return got;
	buf_drop(pinned, got);
	buf_drop(mine, n);		/* pages from elsewhere, maybe */
	return 0;
}
