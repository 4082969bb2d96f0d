// SPDX-License-Identifier: GPL-2.0
/*
 * A field pinned into in one struct and filled from alloc_page() in
 * another of the same name: a field key cannot tell the structs apart, so
 * an array with elements from elsewhere too is left alone.
 */
#include <linux/mm.h>

struct umem {
	struct page **page_list;
};

static int umem_get(struct umem *umem, unsigned long addr, int n)
{
	return pin_user_pages_fast(addr, n, FOLL_WRITE, umem->page_list);
}

struct ring {
	struct page **page_list;
};

static int ring_fill(struct ring *r, int n)
{
	int i;

	for (i = 0; i < n; i++)
		r->page_list[i] = alloc_page(GFP_KERNEL);
	return 0;
}

static void ring_free(struct ring *r, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(r->page_list[i]);		/* QUIET(gup-put) */
}
