// SPDX-License-Identifier: GPL-2.0
/*
 * A user-buffer DMA engine, shaped like the infiniband umem and many
 * accelerator drivers: pages pinned from user space go into a scatterlist
 * in one function and are released, much later, in another.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include <linux/dma-mapping.h>
#include <linux/slab.h>

struct udma_buf {
	struct sg_table sgt;
	struct page **pages;
	unsigned long npages;
	struct device *dev;
};

int udma_buf_map(struct udma_buf *buf, unsigned long uaddr, size_t len)
{
	long pinned;
	int ret;

	buf->npages = DIV_ROUND_UP(len + offset_in_page(uaddr), PAGE_SIZE);
	buf->pages = kvmalloc_array(buf->npages, sizeof(*buf->pages), GFP_KERNEL);
	if (!buf->pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(uaddr, buf->npages,
				     FOLL_WRITE | FOLL_LONGTERM, buf->pages);
	if (pinned != buf->npages) {
		ret = -EFAULT;
		goto out_unpin;
	}
	ret = sg_alloc_table_from_pages(&buf->sgt, buf->pages, buf->npages,
					offset_in_page(uaddr), len, GFP_KERNEL);
	if (ret)
		goto out_unpin;
	ret = dma_map_sgtable(buf->dev, &buf->sgt, DMA_BIDIRECTIONAL, 0);
	if (ret)
		goto out_free;
	return 0;

out_free:
	sg_free_table(&buf->sgt);
out_unpin:
	if (pinned > 0)
		unpin_user_pages(buf->pages, pinned);
	kvfree(buf->pages);
	return ret;
}

/* The bug: the pages come back out of the scatterlist and are put, not unpinned. */
void udma_buf_unmap(struct udma_buf *buf)
{
	struct scatterlist *sg;
	int i;

	dma_unmap_sgtable(buf->dev, &buf->sgt, DMA_BIDIRECTIONAL, 0);
	for_each_sgtable_sg(&buf->sgt, sg, i) {
		set_page_dirty_lock(sg_page(sg));
		put_page(sg_page(sg));
	}
	sg_free_table(&buf->sgt);
	kvfree(buf->pages);
}

/* A one-shot transfer that still uses FOLL_GET for pages it hands to DMA. */
int udma_write_page(struct device *dev, unsigned long uaddr)
{
	struct page *page;
	dma_addr_t addr;
	int ret = 0;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
	if (dma_mapping_error(dev, addr))
		ret = -EIO;
	else
		dma_unmap_page(dev, addr, PAGE_SIZE, DMA_TO_DEVICE);
	put_page(page);
	return ret;
}
