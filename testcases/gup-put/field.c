// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned into a struct field in one function, released in another:
 * the field carries the tag for the whole file, whatever the order.
 */
#include <linux/mm.h>

struct umem {
	struct page **page_list;
	unsigned long npages;
};

static void umem_release(struct umem *umem)
{
	unsigned long i;

	for (i = 0; i < umem->npages; i++)
		put_page(umem->page_list[i]);		/* WARN(gup-put) */
}

static int umem_get(struct umem *umem, unsigned long addr)
{
	long ret;

	ret = pin_user_pages_fast(addr, umem->npages, FOLL_WRITE | FOLL_LONGTERM,
				  umem->page_list);
	if (ret < 0)
		return ret;
	return 0;
}

struct other {
	struct page **pages;
};

/* A field no pin call ever fills: ordinary kernel pages. */
static void other_release(struct other *o, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(o->pages[i]);			/* QUIET(gup-put) */
}
