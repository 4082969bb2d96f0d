// SPDX-License-Identifier: GPL-2.0
/*
 * Pages whose contents are accessed should be pinned: the CPU writing
 * them (the page is dirtied after), or a device given their physical
 * address.  Pages got only to look at them stay quiet.
 */
#include <linux/mm.h>

struct xfer_desc {
	u64 addr;
	u32 len;
};

/* The CPU fills the user's buffer, then marks it dirty. */
static int fill_user_page(unsigned long uaddr, const void *src, size_t len)
{
	struct page *page;
	void *p;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)	/* WARN(gup-dma) */
		return -EFAULT;
	p = kmap_local_page(page);
	memcpy(p, src, len);
	kunmap_local(p);
	set_page_dirty_lock(page);
	put_page(page);
	return 0;
}

/*
 * The device is given each page's physical address in a descriptor.
 * page_to_phys() is a macro of pointer arithmetic: no call is left for
 * the GCC plugin to see.
 */
static int post_user_buffer(struct xfer_desc *d, unsigned long uaddr,
			    struct page **pages, int n)
{
	int i, got = get_user_pages_fast(uaddr, n, 0, pages);		/* WARN(gup-dma: cocci,sparse) */

	for (i = 0; i < got; i++) {
		d[i].addr = page_to_phys(pages[i]);
		d[i].len = PAGE_SIZE;
	}
	return got;
}

int report_pfn(unsigned long pfn);

/* Only looked at: faulted in and counted, never written nor handed on. */
static int count_resident(unsigned long uaddr, struct page **pages, int n)
{
	int i, got = get_user_pages_fast(uaddr, n, 0, pages);		/* QUIET(gup-dma) */
	int dirty = 0;

	for (i = 0; i < got; i++) {
		if (PageDirty(pages[i]))
			dirty++;
		put_page(pages[i]);
	}
	return dirty;
}

/* The address kept for the kernel's own use (a sample, a report): quiet. */
static u64 user_phys_addr(unsigned long uaddr)
{
	struct page *p;
	u64 phys = 0;

	if (get_user_pages_fast(uaddr, 1, 0, &p) == 1) {		/* QUIET(gup-dma) */
		phys = page_to_phys(p) + (uaddr & ~PAGE_MASK);
		put_page(p);
	}
	return phys;
}

/* The same in a declaration: a pfn the kernel reports on. */
static int poison_user_page(unsigned long uaddr)
{
	struct page *p;
	int ret = get_user_pages_fast(uaddr, 1, 0, &p);			/* QUIET(gup-dma) */

	if (ret == 1) {
		unsigned long pfn = page_to_pfn(p);

		ret = report_pfn(pfn);
		put_page(p);
	}
	return ret;
}
