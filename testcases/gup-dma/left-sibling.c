// SPDX-License-Identifier: GPL-2.0
/*
 * The pages live in a struct field that left-sibling-put.c, another file
 * of the driver, releases too.  A patch of this file alone would leave
 * put_page() there on pinned pages: it converts nothing and says why.
 */
#include <linux/mm.h>
#include <linux/dma-mapping.h>

struct device;

struct lsb_buf {
	struct page **pages;
	dma_addr_t *addrs;
	int n;
};

static int lsb_map(struct device *dev, struct lsb_buf *b, unsigned long uaddr)
{
	int i;

	if (get_user_pages_fast(uaddr, b->n, 0, b->pages) != b->n)	/* WARN(gup-dma) */
		return -EFAULT;
	for (i = 0; i < b->n; i++)
		b->addrs[i] = dma_map_page(dev, b->pages[i], 0, PAGE_SIZE,
					   DMA_TO_DEVICE);
	return 0;
}

static void lsb_unmap(struct device *dev, struct lsb_buf *b)
{
	int i;

	for (i = 0; i < b->n; i++) {
		dma_unmap_page(dev, b->addrs[i], PAGE_SIZE, DMA_TO_DEVICE);
		put_page(b->pages[i]);
	}
}

int lsb_run(struct device *dev, struct lsb_buf *b, unsigned long uaddr)
{
	int ret = lsb_map(dev, b, uaddr);

	if (!ret)
		lsb_unmap(dev, b);
	return ret;
}
