// SPDX-License-Identifier: GPL-2.0
/*
 * A page's pfn handed out to a table the device reads: the page should be
 * pinned, but it lives on as that pfn and is released elsewhere, so there
 * is no mechanical fix: report, no patch.
 */
#include <linux/mm.h>

static int table_fill(unsigned long hva, unsigned long *table)
{
	struct page *page;

	if (get_user_pages_fast(hva, 1, FOLL_WRITE, &page) != 1)	/* WARN(gup-dma: cocci,sparse) */
		return -EFAULT;
	table[0] = page_to_pfn(page);
	if (!table[0]) {
		put_page(page);
		return -EINVAL;
	}
	return 0;
}
