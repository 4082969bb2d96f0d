// SPDX-License-Identifier: GPL-2.0
/*
 * Pages got to be held for as long as the user's registration lasts: the
 * call asks for FOLL_LONGTERM, whose prerequisite is FOLL_PIN
 * (Documentation/core-api/pin_user_pages.rst; gup refuses the pair since
 * v6.3).  Nothing in this file hands the pages to a device, the flag says
 * enough.  Shapes of siw_umem_get() and xdp_umem_pin_pages() (v5.4), and of
 * hfi1's acquire helper, whose flags sit in a local.
 */
#include <linux/mm.h>

struct ureg {
	struct page **pages;
	int npages;
};

int ureg_pin(struct ureg *r, unsigned long addr, bool writable)
{
	unsigned int flags = writable ? FOLL_WRITE : 0;
	int got;

	got = get_user_pages(addr, r->npages, flags | FOLL_LONGTERM,	/* WARN(gup-dma) */
			     r->pages, NULL);
	if (got == r->npages)
		return 0;
	while (got > 0)
		put_page(r->pages[--got]);
	return -EFAULT;
}

void ureg_unpin(struct ureg *r)
{
	int i;

	for (i = 0; i < r->npages; i++)
		put_page(r->pages[i]);
}

int ureg_hold(unsigned long addr, int npages, struct page **pages)
{
	unsigned int gup_flags = FOLL_LONGTERM | FOLL_WRITE;

	return get_user_pages_fast(addr, npages, gup_flags, pages);	/* WARN(gup-dma) */
}

/* Short-lived, and its contents never used: a plain get is right. */
int ureg_touch(unsigned long addr)
{
	struct page *page;
	int ret = get_user_pages_fast(addr, 1, FOLL_WRITE, &page);	/* QUIET(gup-dma) */

	if (ret == 1)
		put_page(page);
	return ret;
}

int ureg_pin_right(unsigned long addr, int npages, struct page **pages)
{
	return pin_user_pages_fast(addr, npages, FOLL_LONGTERM, pages);	/* QUIET(gup-dma) */
}

/*
 * One array, filled by a long-term get or by a short-lived one: only the
 * first holds its pages long-term, and a fix of it alone would unpin the
 * other's pages (no patch).
 */
int ureg_bench(unsigned long addr, int nr, int longterm)
{
	struct page *pages[8];
	int got, i;

	if (longterm)
		got = get_user_pages(addr, nr, FOLL_LONGTERM, pages, NULL);	/* WARN(gup-dma) */
	else
		got = get_user_pages_fast(addr, nr, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got;
}
