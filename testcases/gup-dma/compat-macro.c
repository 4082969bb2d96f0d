// SPDX-License-Identifier: GPL-2.0
/*
 * An out-of-tree driver hides the gup call behind its own macro, chosen by
 * LINUX_VERSION_CODE, as such drivers do to build against many releases.
 * The macro's callers get what the call inside it gets.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 6, 0)
#define xdma_get_pages(addr, n, write, pages) \
	get_user_pages_fast(addr, n, (write) ? FOLL_WRITE : 0, pages)
#else
#define xdma_get_pages(addr, n, write, pages) \
	get_user_pages_fast(addr, n, write, pages)
#endif

static int xdma_map_user(struct scatterlist *sgl, unsigned long uaddr,
			 struct page **pages, int n)
{
	int i, got;

	got = xdma_get_pages(uaddr, n, 1, pages);		/* WARN(gup-dma) */
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		sg_set_page(&sgl[i], pages[i], PAGE_SIZE, 0);
	return got;
}
