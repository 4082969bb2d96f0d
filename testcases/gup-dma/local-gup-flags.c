// SPDX-License-Identifier: GPL-2.0
/*
 * A driver names its own flags variable gup_flags, as gup's internals name
 * theirs, and builds it from constants: the call gets the pages (FOLL_GET)
 * and they go to a scatterlist.  Only a gup_flags handed in by the caller
 * may carry FOLL_PIN through, as inside mm/gup.c.  Shape of
 * usnic_uiom_get_pages() (v5.4) and hfi1_acquire_user_pages().
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

static int map_user_chunk(struct scatterlist *sgl, unsigned long addr,
			  int npages, bool writable, struct page **pages)
{
	unsigned int gup_flags = FOLL_FORCE;
	int i, got;

	if (writable)
		gup_flags |= FOLL_WRITE;
	got = get_user_pages(addr, npages, gup_flags, pages, NULL);	/* WARN(gup-dma) */
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		sg_set_page(&sgl[i], pages[i], PAGE_SIZE, 0);
	return got;
}

static long get_for_sg(struct scatterlist *sgl, unsigned long addr,
		       unsigned int gup_flags, struct page **pages)
{
	long got = get_user_pages(addr, 1, gup_flags, pages, NULL);	/* QUIET(gup-dma) */

	if (got == 1)
		sg_set_page(sgl, pages[0], PAGE_SIZE, 0);
	return got;
}
