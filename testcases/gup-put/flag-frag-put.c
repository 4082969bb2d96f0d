// SPDX-License-Identifier: GPL-2.0
/*
 * The fragment helper of flag-frag.c, given a pinned user page or a page
 * the driver allocated and a flag saying which, now lets the pinned page
 * go with put_page().  Every caller passes the flag as a constant with
 * its page, so the arm taken when the flag is set has the pinned pages
 * alone.  Shape of qib_user_sdma_page_to_frags() in
 * drivers/infiniband/hw/qib/qib_user_sdma.c (v6.1), seeded with the bug.
 */
#include <linux/mm.h>
#include <linux/gfp.h>

static void frag_free_own(struct page *page)
{
	__free_page(page);					/* QUIET(gup-put) */
}

static int frag_map(struct page *page, unsigned short pinned)
{
	if (!page_address(page)) {
		if (pinned)
			put_page(page);				/* WARN(gup-put) */
		else
			frag_free_own(page);
		return -ENOMEM;
	}
	return 0;
}

static int frag_bounce(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	return frag_map(page, 0);
}

static int frag_user(unsigned long uaddr, struct page **pages, int n)
{
	int i, ret = pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages);

	for (i = 0; i < ret; i++)
		frag_map(pages[i], 1);
	return frag_bounce();
}

/* A flag the caller does not fix: the arm may have either kind. */
static void frag_drop(struct page *page, int mine)
{
	if (mine)
		put_page(page);					/* QUIET(gup-put) */
	else
		unpin_user_page(page);
}

static void frag_drop_all(struct page **pages, int n, int mine)
{
	struct page *own = alloc_page(GFP_KERNEL);

	frag_drop(pages[0], mine);
	if (own)
		frag_drop(own, 1);
	pin_user_pages_fast(0, n, 0, pages);
}

/* Only the flagged arm releases: the driver's page stays for its owner. */
static void frag_unref(struct page *page, unsigned short pinned)
{
	if (pinned)
		put_page(page);					/* WARN(gup-put: sparse,gcc) */
}

static void frag_unref_all(struct page **pages, int n, struct page *own)
{
	int i;

	for (i = 0; i < n; i++)
		frag_unref(pages[i], 1);
	frag_unref(own, 0);
}

static int frag_fill(unsigned long uaddr, struct page **pages, int n)
{
	struct page *own = alloc_page(GFP_KERNEL);
	int ret = pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages);

	if (ret > 0)
		frag_unref_all(pages, ret, own);
	__free_page(own);
	return ret;
}
