// SPDX-License-Identifier: GPL-2.0
/*
 * Pins taken through a small wrapper of the driver's: the wrapper's
 * callers get pinned pages as surely as if they had called it themselves.
 */
#include <linux/mm.h>
#include <linux/slab.h>

static long cam_pin(unsigned long uaddr, int n, struct page **pages)
{
	return pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
}

static int cam_queue(unsigned long uaddr, int n, struct page **pages)
{
	long got = cam_pin(uaddr, n, pages);
	int i;

	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
	return 0;
}

/* The array the wrapper fills comes from kcalloc(): that says nothing of
 * the pages it will hold.  Shape of net/rds/rdma.c (v6.1). */
static int cam_queue_alloc(unsigned long uaddr, int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	long got;

	if (!pages)
		return -ENOMEM;
	got = cam_pin(uaddr, n, pages);
	if (got > 0)
		release_pages(pages, got);			/* WARN(gup-put) */
	kfree(pages);
	return 0;
}
