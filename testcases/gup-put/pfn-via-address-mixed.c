// SPDX-License-Identifier: GPL-2.0
/*
 * As pfn-via-address.c, but the table also holds the physical address of
 * a page the driver allocated itself: an address turned back into its page
 * may then be either, and its release says nothing.
 */
#include <linux/mm.h>
#include <linux/gfp.h>

static int tbl_use_page(unsigned long uaddr, unsigned long *hpa)
{
	struct page *page = NULL;

	if (pin_user_pages_fast(uaddr & PAGE_MASK, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	*hpa = __pa((unsigned long)page_address(page));
	return 0;
}

static int tbl_use_scratch(unsigned long *hpa)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	*hpa = __pa(page_address(page));
	return 0;
}

static void tbl_unuse_page(unsigned long hpa)
{
	struct page *page = pfn_to_page(hpa >> PAGE_SHIFT);

	put_page(page);				/* QUIET(gup-put) */
}

int tbl_set(unsigned long *tbl, unsigned long uaddr, bool scratch)
{
	int ret = scratch ? tbl_use_scratch(tbl) : tbl_use_page(uaddr, tbl);

	if (!ret && !*tbl)
		tbl_unuse_page(*tbl);
	return ret;
}
