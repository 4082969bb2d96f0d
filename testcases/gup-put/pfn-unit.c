// SPDX-License-Identifier: GPL-2.0
/*
 * The pfns of pinned pages are kept in a table and made back into pages
 * for the release; the file also hands the physical address of a scratch
 * page of its own to the device, and frees it.  A pfn is not a physical
 * address: pfn_to_page() of a kept pfn gives back one of the pinned
 * pages, never the scratch page.  Shape of put_pfn() and the domain probe
 * of drivers/vfio/vfio_iommu_type1.c (v6.12).
 */
#include <linux/mm.h>
#include <linux/gfp.h>

struct dev_dom;
int dev_dom_map(struct dev_dom *d, u64 iova, phys_addr_t pa, size_t size);
void dev_dom_unmap(struct dev_dom *d, u64 iova, size_t size);

struct pfn_slot {
	unsigned long pfn;
	bool dirty;
};

static void slot_put(unsigned long pfn, bool dirty)
{
	struct page *page = pfn_to_page(pfn);

	if (dirty)
		set_page_dirty_lock(page);
	put_page(page);				/* WARN(gup-put) */
}

static int slot_get(unsigned long uaddr, bool write, unsigned long *pfn)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, write ? FOLL_WRITE : 0, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	*pfn = page_to_pfn(page);
	return 0;
}

int slots_fill(struct pfn_slot *s, int n, unsigned long uaddr)
{
	int i, ret;

	for (i = 0; i < n; i++) {
		ret = slot_get(uaddr + i * PAGE_SIZE, true, &s[i].pfn);
		if (ret)
			goto undo;
		s[i].dirty = true;
	}
	return 0;
undo:
	while (i--)
		slot_put(s[i].pfn, s[i].dirty);
	return ret;
}

void slots_drop(struct pfn_slot *s, int n)
{
	while (n--)
		slot_put(s[n].pfn, s[n].dirty);
}

/* Whether the device can map a page at address 0. */
bool dev_dom_probe(struct dev_dom *d)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 1);
	bool ok;

	if (!page)
		return false;
	ok = !dev_dom_map(d, 0, page_to_phys(page), 2 * PAGE_SIZE);
	if (ok)
		dev_dom_unmap(d, 0, 2 * PAGE_SIZE);
	__free_pages(page, 1);
	return ok;
}
