// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-unit: xunit
 * Cross-unit, first half: pages pinned into a struct field and a table
 * built from them here; xunit-b.c releases them.  Only a two-pass build
 * with the GCC plugin's fact file connects the two files.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct xu_buf {
	struct page **pages;
	struct sg_table sgt;
	int npages;
};

int xu_buf_get(struct xu_buf *b, unsigned long uaddr)
{
	int got;

	got = pin_user_pages_fast(uaddr, b->npages, FOLL_WRITE, b->pages);
	if (got <= 0)
		return -EFAULT;
	return sg_alloc_table_from_pages(&b->sgt, b->pages, got, 0,
					 got * PAGE_SIZE, GFP_KERNEL);
}
