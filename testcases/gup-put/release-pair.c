// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's pair of page helpers, called from its other files: one pins
 * user pages into the array its caller gives, the other releases such an
 * array.  Nothing in this file calls them, but the file acquires pages
 * nowhere else: the array the release helper is given holds the pinned
 * pages of the other one, and needs unpinning.  Shape of
 * hfi1_acquire_user_pages() and hfi1_release_user_pages() (v6.12).
 */
#include <linux/mm.h>

int drv_pin_user_pages(unsigned long vaddr, size_t npages, bool writable,
		       struct page **pages)
{
	unsigned int flags = FOLL_LONGTERM | (writable ? FOLL_WRITE : 0);

	return pin_user_pages_fast(vaddr, npages, flags, pages);
}

void drv_release_user_pages(struct page **p, size_t npages, bool dirty)
{
	size_t i;

	for (i = 0; i < npages; i++) {
		if (dirty)
			set_page_dirty_lock(p[i]);
		put_page(p[i]);			/* WARN(gup-put) */
	}
}

/* Only its own file calls it: its callers say what it is given. */
static void drv_drop_pages(struct page **p, size_t npages)
{
	size_t i;

	for (i = 0; i < npages; i++)
		put_page(p[i]);			/* QUIET(gup-put) */
}

void drv_drop_scratch(size_t n)
{
	struct page *scratch[4];
	size_t i;

	for (i = 0; i < n && i < 4; i++)
		scratch[i] = alloc_page(GFP_KERNEL);
	drv_drop_pages(scratch, i);
}
