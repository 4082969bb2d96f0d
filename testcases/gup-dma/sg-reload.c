// SPDX-License-Identifier: GPL-2.0
/*
 * A message moves entries between scatterlists (a page taken back out of
 * one and put in another, through a header's inline helper): no new DMA
 * site for user pages that went into a scatterlist elsewhere, and never
 * one in a header.  The finding names where the got pages themselves are
 * put in.  Shape of net/core/skmsg.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include "msg.h"

static void msg_move_entry(struct scatterlist *dst, struct scatterlist *src)
{
	msg_page_add(dst, sg_page(src), src->length, src->offset);
}

static int msg_from_user(struct scatterlist *sg, unsigned long uaddr,
			 struct page **pages, int n)
{
	int i, got;

	got = get_user_pages_fast(uaddr, n, 0, pages);	/* WARN(gup-dma) */
	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	return got;
}
