// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * On x86_64 the memory map's base is an integer variable (KASLR), so the
 * compiler turns pfn_to_page(pfn) into integer arithmetic on it: the page
 * is still the one page_to_pfn() made the pfn from.  The pages of a run of
 * frames are let go by walking its pfns.
 */
#include <linux/mm.h>

int dev_map_frames(unsigned long pfn, unsigned long count);

static int map_frames(unsigned long uaddr, struct page **pages, int nr)
{
	unsigned long first, last, pfn;
	int got, ret;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	first = page_to_pfn(pages[0]);
	last = first + got - 1;
	ret = dev_map_frames(first, got);
	if (ret) {
		for (pfn = first; pfn <= last; pfn++)
			put_page(pfn_to_page(pfn));		/* WARN(gup-put) */
	}
	return ret;
}
