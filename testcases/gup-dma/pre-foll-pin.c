// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v4.19
 * The hazard is there before v5.6, the fix is not: report it, name the
 * release that brought pin_user_pages*(), and patch nothing.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

static int dma_one(struct scatterlist *sg, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, 1, &page) != 1)	/* WARN(gup-dma) */
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	put_page(page);						/* QUIET(gup-put) */
	return 0;
}

/* Before v5.9 get_user_pages_remote() takes the task first: pages move. */
static int dma_remote(struct task_struct *tsk, struct mm_struct *mm,
		      struct scatterlist *sg, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_remote(tsk, mm, uaddr, 1, FOLL_WRITE, &page,	/* WARN(gup-dma) */
				  NULL, NULL) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return 0;
}
