// SPDX-License-Identifier: GPL-2.0
/*
 * two-tables.c with the tables behind pointers: struct ubuf's table holds
 * pinned pages, struct kbuf's and a parameter's are other tables.  A table
 * reached through a pointer is the object that pointer names, not every
 * sg_table of the file.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct ubuf {
	struct sg_table *sgt;
	struct page **pages;
	int n;
};

struct kbuf {
	struct sg_table *sgt;
	int n;
};

static int ubuf_map(struct ubuf *u, unsigned long uaddr)
{
	int got = pin_user_pages_fast(uaddr, u->n, FOLL_WRITE, u->pages);

	if (got <= 0)
		return -EFAULT;
	return sg_alloc_table_from_pages(u->sgt, u->pages, got, 0,
					 got * PAGE_SIZE, GFP_KERNEL);
}

static void ubuf_unmap(struct ubuf *u)
{
	struct sg_page_iter it;

	for_each_sgtable_page(u->sgt, &it, 0)
		put_page(sg_page_iter_page(&it));	/* WARN(gup-put: sparse) */
}

static void kbuf_free(struct kbuf *k)
{
	struct sg_page_iter it;

	for_each_sgtable_page(k->sgt, &it, 0)
		put_page(sg_page_iter_page(&it));	/* QUIET(gup-put) */
}

static void tbl_free(struct sg_table *t)
{
	struct sg_page_iter it;

	for_each_sgtable_page(t, &it, 0)
		put_page(sg_page_iter_page(&it));	/* QUIET(gup-put) */
}
