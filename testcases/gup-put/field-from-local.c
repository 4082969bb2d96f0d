// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned into a local array that is then kept in a struct field,
 * and released through that field in another function.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct rdma_req {
	struct page **pages;
	int npages;
};

static int req_map(struct rdma_req *r, unsigned long uaddr, int n)
{
	struct page **pages;
	int got;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got < 0) {
		kfree(pages);
		return got;
	}
	r->pages = pages;
	r->npages = got;
	return 0;
}

static void req_unmap(struct rdma_req *r)
{
	int i;

	for (i = 0; i < r->npages; i++)
		put_page(r->pages[i]);			/* WARN(gup-put) */
	kfree(r->pages);
}
