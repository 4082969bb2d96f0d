// SPDX-License-Identifier: GPL-2.0
/*
 * One page array filled either with the pages of a kernel buffer
 * (vmalloc_to_page(): no reference is taken, none is dropped) or with
 * pinned user pages.  The kernel pages are never released, so every gup
 * release of the array is for the pinned pages.  Shape of
 * create_pagelist() in drivers/staging/vc04_services/interface/vchiq_arm/
 * vchiq_arm.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/slab.h>

static struct page **xfer_pagelist(char *kbuf, unsigned long ubuf, int n)
{
	struct page **pages;
	int i, got;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (kbuf) {
		for (i = 0; i < n; i++) {
			struct page *pg = vmalloc_to_page(kbuf + i * PAGE_SIZE);

			if (!pg)
				goto fail;
			pages[i] = pg;
		}
		/* the kernel's pages: nothing to release */
		return pages;
	}
	got = pin_user_pages_fast(ubuf, n, FOLL_WRITE, pages);
	if (got != n) {
		if (got > 0)
			release_pages(pages, got);		/* WARN(gup-put) */
		goto fail;
	}
	return pages;
fail:
	kfree(pages);
	return NULL;
}

/*
 * The kernel's own pages, got with alloc_page(), are another story; but
 * the release right after the pin, by the count it returned, is of the
 * pinned pages alone.  Coccinelle follows that count; the C engines see a
 * mixed array and stay quiet.
 */
static struct page **xfer_bounce(unsigned long ubuf, int n, bool user)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int i, got;

	if (!pages)
		return NULL;
	if (!user) {
		for (i = 0; i < n; i++)
			pages[i] = alloc_page(GFP_KERNEL);
		return pages;
	}
	got = pin_user_pages_fast(ubuf, n, FOLL_WRITE, pages);
	if (got > 0)
		release_pages(pages, got);			/* WARN(gup-put: cocci) */
	kfree(pages);
	return NULL;
}
