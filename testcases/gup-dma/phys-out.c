// SPDX-License-Identifier: GPL-2.0
/*
 * An IOMMU table entry for a user page (the shape of vfio's spapr tce in
 * v5.4): the page is got, and its physical address, written as
 * __pa(page_address(page)), leaves through an out-parameter for the
 * device's table; the page is released later from that address, which
 * the patch cannot follow.  A twin keeps the address in a plain variable
 * to compare it, and one gives back the page itself: both stay quiet.
 */
#include <linux/mm.h>

static int tbl_use_page(unsigned long ua, bool wr, unsigned long *hpa)
{
	struct page *page = NULL;

	if (get_user_pages_fast(ua & PAGE_MASK, 1, wr ? FOLL_WRITE : 0,	/* WARN(gup-dma: cocci) */
				&page) != 1)
		return -EFAULT;
	*hpa = __pa((unsigned long)page_address(page));
	return 0;
}

static void tbl_unuse_page(unsigned long hpa)
{
	put_page(pfn_to_page(hpa >> PAGE_SHIFT));
}

int tbl_set(unsigned long *tbl, int i, unsigned long ua, bool wr)
{
	unsigned long hpa;
	int r = tbl_use_page(ua, wr, &hpa);

	if (r)
		return r;
	if (tbl[i])
		tbl_unuse_page(tbl[i]);
	tbl[i] = hpa;
	return 0;
}

static bool same_frame(unsigned long ua, unsigned long want)
{
	struct page *page;
	unsigned long pa;

	if (get_user_pages_fast(ua, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return false;
	pa = __pa(page_address(page));
	put_page(page);
	return pa == want;
}

static struct page *page_back(unsigned long ua)
{
	struct page *page;

	if (get_user_pages_fast(ua, 1, 0, &page) != 1)	/* QUIET(gup-dma) */
		return NULL;
	return virt_to_page(page_address(page));
}

int tbl_probe(unsigned long ua, unsigned long want)
{
	struct page *pg = page_back(ua);

	if (pg)
		put_page(pg);
	return same_frame(ua, want);
}
