// SPDX-License-Identifier: GPL-2.0
/*
 * A fragment helper takes either a pinned user page or a page the driver
 * allocated to coalesce small buffers, and a flag saying which; its error
 * path releases each kind its own way.  Shape of
 * drivers/infiniband/hw/qib/qib_user_sdma.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/gfp.h>

static int add_frag(struct page *page, int put)
{
	if (!page_address(page)) {
		if (put)
			unpin_user_page(page);			/* QUIET(gup-put) */
		else
			__free_page(page);			/* QUIET(gup-put) */
		return -ENOMEM;
	}
	return 0;
}

static int coalesce(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	return add_frag(page, 0);
}

static int pin_frags(unsigned long uaddr, struct page **pages, int n)
{
	int i, ret = pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages);

	for (i = 0; i < ret; i++)
		add_frag(pages[i], 1);
	return coalesce();
}
