// SPDX-License-Identifier: GPL-2.0
/*
 * One page array holds either the pages of a kernel buffer or pages
 * pinned from user space.  Which release the array needs later depends
 * on a flag, but the failure path right after the pin releases exactly
 * the pages that pin returned, by the count it returned.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct mbox_buf {
	struct page **pages;
	int npages;
	bool pinned;
};

static int mbox_map(struct mbox_buf *b, void *kbuf, unsigned long ubuf,
		    int n, bool user)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int got, i;

	if (!pages)
		return -ENOMEM;
	if (!user) {
		for (i = 0; i < n; i++)
			pages[i] = vmalloc_to_page(kbuf + i * PAGE_SIZE);
		b->pages = pages;
		b->npages = n;
		return 0;
	}
	got = pin_user_pages_fast(ubuf, n, FOLL_WRITE, pages);
	if (got != n) {
		if (got > 0)
			release_pages(pages, got);	/* WARN(gup-put) */
		kfree(pages);
		return -EFAULT;
	}
	b->pages = pages;
	b->npages = n;
	b->pinned = true;
	return 0;
}

static void mbox_unmap(struct mbox_buf *b)
{
	if (b->pinned)
		unpin_user_pages(b->pages, b->npages);
	kfree(b->pages);
}
