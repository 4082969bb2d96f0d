// SPDX-License-Identifier: GPL-2.0
/*
 * User pages got and handed, page by page, to one of two helpers: one
 * puts the page into a scatterlist, the other maps it for DMA (the shape
 * of v6.1's __bio_iov_iter_get_pages(), whose pages reach both a bio_vec
 * and __bio_add_page()).  Whatever order the engines meet the calls in,
 * every engine names the first sink of the file, by line.  A second
 * caller hands its pages to a helper that only looks at their flags:
 * quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>
#include <linux/dma-mapping.h>

struct xq {
	struct device *dev;
	struct scatterlist *sg;
	dma_addr_t *addr;
	int n, max;
};

static int xq_add_page(struct xq *q, struct page *page, unsigned int len)
{
	if (q->n >= q->max)
		return 0;
	sg_set_page(&q->sg[q->n++], page, len, 0);
	return len;
}

static int xq_page_busy(struct page *page)
{
	return PageDirty(page);
}

static int xq_map_page(struct xq *q, struct page *page)
{
	q->addr[q->n] = dma_map_page(q->dev, page, 0, PAGE_SIZE,
				     DMA_TO_DEVICE);
	if (dma_mapping_error(q->dev, q->addr[q->n]))
		return -EIO;
	q->n++;
	return 0;
}

int xq_get_user(struct xq *q, unsigned long uaddr, int n, bool direct)
{
	struct page **pages;
	int got, i, ret = 0;

	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	for (i = 0; i < got && !ret; i++) {
		if (!direct) {
			if (!xq_add_page(q, pages[i], PAGE_SIZE))
				ret = -ENOSPC;
		} else {
			ret = xq_map_page(q, pages[i]);
		}
	}
	kfree(pages);
	return ret ? ret : got;
}

int xq_count_busy(unsigned long uaddr, int n, struct page **pages)
{
	int got, i, busy = 0;

	got = get_user_pages_fast(uaddr, n, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		busy += xq_page_busy(pages[i]);
		put_page(pages[i]);
	}
	return busy;
}
