// SPDX-License-Identifier: GPL-2.0
/*
 * A function of the file pins a range and returns the page array: its
 * callers hold pinned pages, wherever they keep them, and the file's own
 * release helper they hand them back to must unpin them.  A function that
 * returns pages it allocated itself hands out no pinned pages.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>

struct cam_region {
	struct page **pages;
	unsigned long npages;
};

static struct page **cam_pin_range(unsigned long uaddr, unsigned long n)
{
	struct page **pages;
	long got;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		kvfree(pages);
		return ERR_PTR(-EFAULT);
	}
	return pages;
}

static void cam_unpin_range(struct page **pages, unsigned long n)
{
	release_pages(pages, n);		/* WARN(gup-put) */
	kvfree(pages);
}

static int cam_register(struct cam_region *r, unsigned long uaddr,
			unsigned long n)
{
	struct page **pages = cam_pin_range(uaddr, n);

	if (IS_ERR(pages))
		return PTR_ERR(pages);
	r->pages = pages;
	r->npages = n;
	return 0;
}

static void cam_unregister(struct cam_region *r)
{
	cam_unpin_range(r->pages, r->npages);
}

static struct page **cam_alloc_ring(unsigned long n)
{
	struct page **ring = kcalloc(n, sizeof(*ring), GFP_KERNEL);
	unsigned long i;

	for (i = 0; ring && i < n; i++)
		ring[i] = alloc_page(GFP_KERNEL);
	return ring;
}

static void cam_ring_cycle(unsigned long n)
{
	struct page **ring = cam_alloc_ring(n);
	unsigned long i;

	for (i = 0; ring && i < n; i++)
		put_page(ring[i]);		/* QUIET(gup-put) */
	kfree(ring);
}
