// SPDX-License-Identifier: GPL-2.0
/*
 * As release-pair.c, but the file also gets pages into an array of its
 * own: the release helper may be handed those, or other pages still, and
 * nothing here says which release they need.
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
		put_page(p[i]);			/* QUIET(gup-put) */
	}
}

int drv_peek_user_page(unsigned long vaddr)
{
	struct page *pages[1];
	int ret;

	ret = get_user_pages_fast(vaddr, 1, 0, pages);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	ret = PageDirty(pages[0]);
	put_page(pages[0]);
	return ret;
}
