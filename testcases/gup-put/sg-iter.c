// SPDX-License-Identifier: GPL-2.0
/*
 * Pinned pages in an sg table, released through a page iterator in
 * another function: for_each_sgtable_page() and sg_page_iter_page().
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct ubuf {
	struct sg_table sgt;
	struct page **pages;
};

static void ubuf_release(struct ubuf *u)
{
	struct sg_page_iter it;

	for_each_sgtable_page(&u->sgt, &it, 0)
		put_page(sg_page_iter_page(&it));	/* WARN(gup-put) */
}

static int ubuf_pin(struct ubuf *u, unsigned long uaddr, int n)
{
	int got = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM,
				      u->pages);

	if (got <= 0)
		return -EFAULT;
	return sg_alloc_table_from_pages(&u->sgt, u->pages, got, 0,
					 (unsigned long)got * PAGE_SIZE,
					 GFP_KERNEL);
}
