// SPDX-License-Identifier: GPL-2.0
/*
 * User pages got into a struct field, mapped page by page for the device,
 * and released in another function of the file (the shape of bcm-vk in
 * v6.1).  Every release is in view, so the patch pins them and unpins
 * them everywhere: the error paths (__free_page() counts) and the teardown.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/dma-mapping.h>

struct device;

struct xfer_buf {
	struct page **pages;
	int nr_pages;
	int dir;
	dma_addr_t *addrs;
};

static int xfer_map(struct device *dev, struct xfer_buf *xb,
		    unsigned long uaddr, int nr, int dir)
{
	int got, i;

	xb->nr_pages = 0;
	xb->dir = dir;
	xb->addrs = NULL;
	xb->pages = kmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!xb->pages)
		return -ENOMEM;
	xb->addrs = kmalloc_array(nr, sizeof(dma_addr_t), GFP_KERNEL);
	if (!xb->addrs)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, nr, dir == DMA_FROM_DEVICE, xb->pages);	/* WARN(gup-dma) */
	if (got != nr) {
		for (i = 0; i < got; i++)
			put_page(xb->pages[i]);
		return got < 0 ? got : -EFAULT;
	}
	for (i = 0; i < nr; i++) {
		xb->addrs[i] = dma_map_page(dev, xb->pages[i], 0, PAGE_SIZE, dir);
		if (dma_mapping_error(dev, xb->addrs[i])) {
			/* the mapped pages go back at unmap, the rest now */
			xb->nr_pages = i;
			while (i < nr)
				__free_page(xb->pages[i++]);
			return -EIO;
		}
	}
	xb->nr_pages = nr;
	return 0;
}

static void xfer_unmap(struct device *dev, struct xfer_buf *xb)
{
	int i;

	for (i = 0; i < xb->nr_pages; i++)
		dma_unmap_page(dev, xb->addrs[i], PAGE_SIZE, xb->dir);
	for (i = 0; i < xb->nr_pages; i++)
		put_page(xb->pages[i]);
	kfree(xb->addrs);
	kfree(xb->pages);
	xb->pages = NULL;
}

/* Other files reach the pages only through these two. */
int xfer_start(struct device *dev, struct xfer_buf *xb, unsigned long uaddr,
	       int nr, int dir)
{
	int ret = xfer_map(dev, xb, uaddr, nr, dir);

	if (ret && xb->pages)
		xfer_unmap(dev, xb);
	return ret;
}

void xfer_done(struct device *dev, struct xfer_buf *xb)
{
	if (xb->pages)
		xfer_unmap(dev, xb);
}
