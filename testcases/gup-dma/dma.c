// SPDX-License-Identifier: GPL-2.0
/* Pages got with FOLL_GET that go to DMA, and what the patch may convert. */
#include <linux/mm.h>
#include <linux/scatterlist.h>
#include <linux/dma-mapping.h>

/* Declared for the compilers (the C engines build this file). */
struct device;
void my_release_all(struct page **pages, int n);

/* Everything in view: acquire and releases convert together. */
static int dma_one_shot(struct device *dev, unsigned long uaddr, int n)
{
	struct page **pages;
	struct sg_table sgt;
	int i, got, ret;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	if (got < 0) {
		kfree(pages);
		return got;
	}
	ret = sg_alloc_table_from_pages(&sgt, pages, got, 0, got * PAGE_SIZE,
					GFP_KERNEL);
	if (!ret) {
		ret = dma_map_sgtable(dev, &sgt, DMA_FROM_DEVICE, 0);
		dma_unmap_sgtable(dev, &sgt, DMA_FROM_DEVICE, 0);
		sg_free_table(&sgt);
	}
	for (i = 0; i < got; i++) {
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	kfree(pages);
	return ret;
}

/* One page to dma_map_page(), released with release_pages(). */
static int dma_map_one(struct device *dev, unsigned long uaddr)
{
	struct page *page;
	dma_addr_t addr;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)	/* WARN(gup-dma) */
		return -EFAULT;
	addr = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_TO_DEVICE);
	dma_unmap_page(dev, addr, PAGE_SIZE, DMA_TO_DEVICE);
	put_page(page);
	return 0;
}

/* Released elsewhere, through the scatterlist: report only. */
struct job {
	struct sg_table sgt;
	struct page **pages;
};

static int job_start(struct job *job, unsigned long uaddr, int n)
{
	int got = get_user_pages(uaddr, n, FOLL_WRITE, job->pages, NULL);	/* WARN(gup-dma) */

	if (got <= 0)
		return -EFAULT;
	return sg_alloc_table_from_pages(&job->sgt, job->pages, got, 0,
					 got * PAGE_SIZE, GFP_KERNEL);
}

static void job_end(struct job *job)
{
	struct scatterlist *sg;
	int i;

	for_each_sgtable_sg(&job->sgt, sg, i)
		put_page(sg_page(sg));
}

/* A CPU-only user: kmap, copy, put.  Not DMA, nothing to say. */
static int cpu_copy(unsigned long uaddr, void *dst)
{
	struct page *page;
	void *src;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return -EFAULT;
	src = kmap_local_page(page);
	memcpy(dst, src, PAGE_SIZE);
	kunmap_local(src);
	put_page(page);
	return 0;
}

/* Already pinned: fine. */
static int pinned_sg(struct scatterlist *sg, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	return 0;
}

/* The array goes to a helper that may release it: report, no patch. */
static int via_helper(struct scatterlist *sg, unsigned long uaddr,
		      struct page **pages, int n)
{
	int i, got = get_user_pages_fast(uaddr, n, 0, pages);	/* WARN(gup-dma) */

	for (i = 0; i < got; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	my_release_all(pages, got);
	return got;
}
