// SPDX-License-Identifier: GPL-2.0
/*
 * A transfer descriptor and its tables share one allocation: a table of
 * bus addresses for the device, then the page array, which holds either
 * the pages of a vmalloc'd kernel buffer (vmalloc_to_page() takes no
 * reference) or pinned user pages, and a flag says which.  The cleanup, in
 * another function, releases the array through the descriptor's field:
 * only the pinned pages hold references, so that release must unpin.  The
 * page array is carved out past the address table, whose entries are no
 * pages.  Shape of create_pagelist() and cleanup_pagelistinfo() in the
 * v6.1 vchiq driver.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct xfer_desc {
	u32 *addrs;
	struct page **pages;
	unsigned int npages;
	bool user;
};

static void xfer_cleanup(struct xfer_desc *d)
{
	if (d->user)
		release_pages(d->pages, d->npages);	/* WARN(gup-put) */
	kfree(d);
}

static struct xfer_desc *xfer_prepare(void *kbuf, unsigned long ubuf,
				      unsigned int n)
{
	struct xfer_desc *d;
	struct page **pages;
	u32 *addrs;
	unsigned int i;
	int got;

	d = kzalloc(sizeof(*d) + n * (sizeof(*addrs) + sizeof(*pages)),
		    GFP_KERNEL);
	if (!d)
		return NULL;
	addrs = (u32 *)(d + 1);
	pages = (struct page **)(addrs + n);
	d->addrs = addrs;
	d->pages = pages;
	d->npages = n;
	if (kbuf) {
		for (i = 0; i < n; i++) {
			struct page *pg = vmalloc_to_page(kbuf + i * PAGE_SIZE);

			if (!pg) {
				xfer_cleanup(d);
				return NULL;
			}
			pages[i] = pg;
		}
	} else {
		got = pin_user_pages_fast(ubuf, n, FOLL_WRITE, pages);
		if (got != n) {
			if (got > 0)
				unpin_user_pages(pages, got);
			kfree(d);
			return NULL;
		}
		d->user = true;
	}
	for (i = 0; i < n; i++)
		addrs[i] = (u32)page_to_phys(pages[i]);
	return d;
}
