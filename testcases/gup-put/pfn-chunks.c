// SPDX-License-Identifier: GPL-2.0
/*
 * User memory pinned a batch at a time and mapped for a device in runs of
 * contiguous frames: the run is kept as its first and last pfn only.  On
 * failure the pages of the run not yet mapped are let go by walking the
 * pfns and turning each back into its page: those are pinned pages.  Shape
 * of vhost_vdpa_pa_map() in drivers/vhost/vdpa.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/gfp.h>

int iommu_map_run(unsigned long iova, unsigned long pa, unsigned long size);

static int map_user_range(unsigned long uaddr, unsigned long npages,
			  unsigned long iova)
{
	struct page **list = (struct page **)__get_free_page(GFP_KERNEL);
	unsigned long first = 0, last = 0, pfn;
	long pinned;
	int ret = 0, i;

	if (!list)
		return -ENOMEM;
	while (npages) {
		long want = npages > 512 ? 512 : npages;

		pinned = pin_user_pages_fast(uaddr, want, FOLL_WRITE, list);
		if (pinned != want) {
			ret = -EFAULT;
			if (pinned > 0)
				unpin_user_pages(list, pinned);
			goto out;
		}
		if (!last)
			first = page_to_pfn(list[0]);
		for (i = 0; i < pinned; i++) {
			unsigned long this = page_to_pfn(list[i]);

			if (last && this != last + 1) {
				ret = iommu_map_run(iova, first << PAGE_SHIFT,
						    (last - first + 1) << PAGE_SHIFT);
				if (ret)
					goto out;
				iova += (last - first + 1) << PAGE_SHIFT;
				first = this;
			}
			last = this;
		}
		uaddr += pinned << PAGE_SHIFT;
		npages -= pinned;
	}
	ret = iommu_map_run(iova, first << PAGE_SHIFT,
			    (last - first + 1) << PAGE_SHIFT);
out:
	if (ret && last) {
		for (pfn = first; pfn <= last; pfn++)
			put_page(pfn_to_page(pfn));		/* WARN(gup-put) */
	}
	free_page((unsigned long)list);
	return ret;
}
