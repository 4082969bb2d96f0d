// SPDX-License-Identifier: GPL-2.0
/*
 * The classic hard case: pages pinned, stored with sg_set_page(), and
 * released later, in another function, through put_page(sg_page(sg)).
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct xfer {
	struct sg_table sgt;
	int nents;
};

static void xfer_done(struct xfer *x)
{
	struct scatterlist *sg;
	int i;

	for_each_sg(x->sgt.sgl, sg, x->nents, i)
		put_page(sg_page(sg));			/* WARN(gup-put) */
}

static int xfer_start(struct xfer *x, unsigned long uaddr, int n,
		      struct page **pages)
{
	struct scatterlist *sg;
	int i, got;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	for_each_sg(x->sgt.sgl, sg, got, i)
		sg_set_page(sg, pages[i], PAGE_SIZE, 0);
	x->nents = got;
	return 0;
}
