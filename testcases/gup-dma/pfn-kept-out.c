// SPDX-License-Identifier: GPL-2.0
/*
 * A copy batch for a hypervisor (the shape of gntdev's grant copy in
 * v5.4, a file the rule otherwise skips for its MMU notifier): the page's
 * frame is first kept in a plain variable, then handed out through an
 * out-parameter for the hypervisor's copy; the page itself is kept in
 * the batch and released after the copy.  The frame lives on out of
 * sight: report, no patch.  A twin keeps the frame only to compare it.
 */
#include <linux/mm.h>

#define BATCH 16

struct copy_batch {
	struct page *pages[BATCH];
	unsigned int nr_pages;
};

unsigned long frame_to_gfn(unsigned long pfn);

static int batch_get_page(struct copy_batch *batch, unsigned long addr,
			  bool writeable, unsigned long *gfn)
{
	struct page *page;
	unsigned long pfn;
	int ret;

	ret = get_user_pages_fast(addr, 1, writeable ? FOLL_WRITE : 0, &page);	/* WARN(gup-dma: cocci) */
	if (ret < 0)
		return ret;
	batch->pages[batch->nr_pages++] = page;
	pfn = page_to_pfn(page);
	*gfn = frame_to_gfn(pfn);
	return 0;
}

static void batch_put_pages(struct copy_batch *batch)
{
	unsigned int i;

	for (i = 0; i < batch->nr_pages; i++)
		put_page(batch->pages[i]);
	batch->nr_pages = 0;
}

static bool same_frame(unsigned long addr, unsigned long want)
{
	struct page *page;
	unsigned long pfn;

	if (get_user_pages_fast(addr, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return false;
	pfn = page_to_pfn(page);
	put_page(page);
	return pfn == want;
}

int batch_add(struct copy_batch *batch, unsigned long addr,
	      unsigned long *gfn)
{
	if (batch->nr_pages == BATCH)
		batch_put_pages(batch);
	if (same_frame(addr, *gfn))
		return 0;
	return batch_get_page(batch, addr, true, gfn);
}

/* The frame compared and the truth value stored: no address goes out. */
static int frame_follows(unsigned long addr, unsigned long prev, bool *next)
{
	struct page *page;
	unsigned long pfn;

	if (get_user_pages_fast(addr, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return -EFAULT;
	pfn = page_to_pfn(page);
	*next = (prev + 1 == pfn);
	put_page(page);
	return 0;
}
