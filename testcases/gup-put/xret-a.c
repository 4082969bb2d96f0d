// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-unit: xret
 * Cross-unit, first half: a function of external linkage pins a user
 * range into an array it allocates and returns the array; xret-b.c calls
 * it.  Shape of io_pin_pages() in io_uring/rsrc.c (v6.1), used by
 * io_uring/kbuf.c.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct page **ring_pin_pages(unsigned long ubuf, unsigned long len, int *npages)
{
	unsigned long start = ubuf >> PAGE_SHIFT;
	unsigned long end = (ubuf + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	int nr = end - start, got;
	struct page **pages;

	pages = kvmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	got = pin_user_pages_fast(ubuf, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != nr) {
		if (got > 0)
			unpin_user_pages(pages, got);		/* QUIET(gup-put) */
		kvfree(pages);
		return ERR_PTR(-EFAULT);
	}
	*npages = nr;
	return pages;
}
