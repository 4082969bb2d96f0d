// SPDX-License-Identifier: GPL-2.0
/*
 * A device mapping keeps no pages, only the address range it covers: the
 * map call is given the pfn of each pinned page, and the unmap walks the
 * range back pfn by pfn.  Which pages those pfns name is known only from
 * the file as a whole: every page whose pfn it takes was pinned, so every
 * page it makes of a pfn must be unpinned.  Shape of the pa map and unmap
 * of drivers/vhost/vdpa.c (v6.12).
 */
#include <linux/mm.h>

struct dev_map {
	u64 addr;
	u64 size;
	bool writable;
};

int dev_map_range(struct dev_map *m, u64 iova, u64 pa, u64 size);

static void dev_unmap(struct dev_map *m)
{
	unsigned long pfn, left;
	struct page *page;

	left = PFN_DOWN(m->size);
	for (pfn = PFN_DOWN(m->addr); left > 0; pfn++, left--) {
		page = pfn_to_page(pfn);
		if (m->writable)
			set_page_dirty_lock(page);
		put_page(page);			/* WARN(gup-put) */
	}
}

int dev_map_user(struct dev_map *m, unsigned long uaddr, u64 iova)
{
	struct page *pages[16];
	unsigned long pfn;
	long n, i;

	n = pin_user_pages_fast(uaddr, 16, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (n <= 0)
		return n ? n : -EFAULT;
	for (i = 0; i < n; i++) {
		pfn = page_to_pfn(pages[i]);
		if (dev_map_range(m, iova + i * PAGE_SIZE, PFN_PHYS(pfn),
				  PAGE_SIZE))
			goto undo;
	}
	return 0;
undo:
	dev_unmap(m);
	unpin_user_pages(&pages[i], n - i);
	return -ENOMEM;
}
