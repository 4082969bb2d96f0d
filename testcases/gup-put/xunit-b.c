// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-unit: xunit
 * Cross-unit, second half: the pages xunit-a.c pinned into struct xu_buf
 * are released here with the FOLL_GET release, through the field and
 * through the table.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct xu_buf {
	struct page **pages;
	struct sg_table sgt;
	int npages;
};

void xu_buf_put(struct xu_buf *b)
{
	int i;

	for (i = 0; i < b->npages; i++)
		put_page(b->pages[i]);			/* WARN(gup-put: gcc) */
}

void xu_buf_put_sg(struct xu_buf *b)
{
	struct scatterlist *sg;
	int i;

	for_each_sgtable_sg(&b->sgt, sg, i)
		put_page(sg_page(sg));			/* WARN(gup-put: gcc) */
}

void xu_buf_unpin(struct xu_buf *b)
{
	unpin_user_pages(b->pages, b->npages);		/* QUIET(gup-put) */
}

/* Another struct: nobody pinned anything into it. */
struct xu_ring {
	struct page **pages;
};

void xu_ring_put(struct xu_ring *r, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(r->pages[i]);			/* QUIET(gup-put) */
}
