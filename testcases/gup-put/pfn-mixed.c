// SPDX-License-Identifier: GPL-2.0
/*
 * A descriptor table holds the pfns of pinned user pages and of pages the
 * driver allocated (its own reference) alike: turned back into pages, they
 * need a release the pfn alone cannot tell.  (The pages of kernel
 * addresses, virt_to_page(), hold no reference: pfn-array.c.)
 */
#include <linux/mm.h>
#include <linux/gfp.h>

struct desc_tab {
	unsigned long pfns[4];
	int n;
};

static int desc_add_user(struct desc_tab *t, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_LONGTERM, &page) != 1)
		return -EFAULT;
	t->pfns[t->n++] = page_to_pfn(page);
	return 0;
}

static int desc_add_own(struct desc_tab *t)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	t->pfns[t->n++] = page_to_pfn(page);
	return 0;
}

static void desc_drop(struct desc_tab *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		put_page(pfn_to_page(t->pfns[i]));	/* QUIET(gup-put) */
}
