// SPDX-License-Identifier: GPL-2.0
/*
 * A driver that maps user memory for a device keeps only the pfns of the
 * pages it pinned, and later turns each pfn back into its page to let it
 * go: that release must unpin.  When the file also takes the pfn of a page
 * of its own, a pfn says nothing of where its page came from.
 */
#include <linux/mm.h>

struct iomap_ent {
	unsigned long pfn;
	unsigned long npages;
	bool writable;
};

static int iomap_pin(struct iomap_ent *e, unsigned long uaddr, bool write)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, write ? FOLL_WRITE : 0, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	e->pfn = page_to_pfn(page);
	e->npages = 1;
	e->writable = write;
	return 0;
}

static void iomap_unpin(struct iomap_ent *e)
{
	struct page *page = pfn_to_page(e->pfn);

	if (e->writable)
		set_page_dirty_lock(page);
	put_page(page);				/* WARN(gup-put) */
}

static void iomap_unpin_range(struct iomap_ent *e)
{
	unsigned long pfn;

	for (pfn = e->pfn; pfn < e->pfn + e->npages; pfn++)
		put_page(pfn_to_page(pfn));	/* WARN(gup-put) */
}
