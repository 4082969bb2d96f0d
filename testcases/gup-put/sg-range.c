// SPDX-License-Identifier: GPL-2.0
/*
 * Pinned pages go into a scatterlist table, several to an entry; the
 * release walks each entry's range page by page with nth_page(), the way
 * drivers released ranges before unpin_user_page_range_dirty_lock().
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct umr {
	struct sg_table sgt;
	unsigned long npages;
};

static int umr_get(struct umr *u, unsigned long uaddr, struct page **list,
		   unsigned long n)
{
	long got = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM,
				       list);

	if (got < 0)
		return got;
	u->npages = got;
	return sg_alloc_table_from_pages(&u->sgt, list, got, 0,
					 got << PAGE_SHIFT, GFP_KERNEL);
}

static void umr_release(struct umr *u, bool dirty)
{
	struct scatterlist *sg;
	unsigned long j;
	int i;

	for_each_sgtable_sg(&u->sgt, sg, i) {
		for (j = 0; j < sg->length >> PAGE_SHIFT; j++) {
			if (dirty)
				set_page_dirty_lock(nth_page(sg_page(sg), j));
			put_page(nth_page(sg_page(sg), j));	/* WARN(gup-put) */
		}
	}
}
