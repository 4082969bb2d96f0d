// SPDX-License-Identifier: GPL-2.0
/*
 * An IOMMU table keeps host physical addresses of the user pages it
 * pinned, computed as __pa(page_address(page)), which is page_to_phys()
 * by another road.  Letting an entry go turns the address back into its
 * page: that release must unpin.  Shape of tce_iommu_use_page() and
 * tce_iommu_unuse_page() in drivers/vfio/vfio_iommu_spapr_tce.c (v6.1).
 */
#include <linux/mm.h>

static int tbl_use_page(unsigned long uaddr, unsigned long *hpa)
{
	struct page *page = NULL;

	if (pin_user_pages_fast(uaddr & PAGE_MASK, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	*hpa = __pa((unsigned long)page_address(page));
	return 0;
}

static void tbl_unuse_page(unsigned long hpa)
{
	struct page *page = pfn_to_page(hpa >> PAGE_SHIFT);

	put_page(page);				/* WARN(gup-put: cocci) */
}

int tbl_set(unsigned long *tbl, unsigned long uaddr)
{
	int ret = tbl_use_page(uaddr, tbl);

	if (!ret && !*tbl)
		tbl_unuse_page(*tbl);
	return ret;
}
