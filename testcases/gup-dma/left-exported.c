// SPDX-License-Identifier: GPL-2.0
/*
 * The pages are got into an array that callers in other files hand in,
 * and the function is theirs to call: they may release the pages with
 * put_page() themselves.  Converting only what this file holds would leave
 * them put_page() on pinned pages, so the patch converts nothing here and
 * says why.
 */
#include <linux/mm.h>
#include <linux/dma-mapping.h>

struct device;

static void lx_put_all(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

int lx_map(struct device *dev, struct page **pages, dma_addr_t *addrs,
	   unsigned long uaddr, int n)
{
	int i, got;

	got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	if (got != n) {
		lx_put_all(pages, got > 0 ? got : 0);
		return -EFAULT;
	}
	for (i = 0; i < n; i++)
		addrs[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE,
					DMA_FROM_DEVICE);
	return 0;
}
