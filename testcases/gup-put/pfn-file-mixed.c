// SPDX-License-Identifier: GPL-2.0
/*
 * As pfn-file.c, but the file also maps a page of its own, allocated with
 * alloc_page(): a pfn made back into a page may name either, and nothing
 * says which release it needs.
 */
#include <linux/mm.h>
#include <linux/gfp.h>

struct dev_map {
	u64 addr;
	u64 size;
};

int dev_map_range(struct dev_map *m, u64 iova, u64 pa, u64 size);

static void dev_unmap(struct dev_map *m)
{
	unsigned long pfn, left;

	left = PFN_DOWN(m->size);
	for (pfn = PFN_DOWN(m->addr); left > 0; pfn++, left--)
		put_page(pfn_to_page(pfn));	/* QUIET(gup-put) */
}

int dev_map_user(struct dev_map *m, unsigned long uaddr, u64 iova)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM, &page) != 1)
		return -EFAULT;
	if (dev_map_range(m, iova, PFN_PHYS(page_to_pfn(page)), PAGE_SIZE)) {
		unpin_user_page(page);
		return -ENOMEM;
	}
	return 0;
}

int dev_map_scratch(struct dev_map *m, u64 iova)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	if (dev_map_range(m, iova, page_to_phys(page), PAGE_SIZE)) {
		__free_page(page);
		return -ENOMEM;
	}
	return 0;
}
