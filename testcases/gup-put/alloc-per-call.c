// SPDX-License-Identifier: GPL-2.0
/*
 * Two page arrays of one driver, each from its own kcalloc(): one holds
 * the driver's own pages, the other the user's pinned pages.  kcalloc() is
 * a function of the unit (a header's inline), but what one call returns
 * is not what another returns.  A third field points to either array in
 * turn: a view of both, which does not make them one array.  Shape of
 * drivers/scsi/st.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct tape_buf {
	struct page **reserved;
	int nr_reserved;
	struct page **mapped;
	struct page **cur;
};

static int tape_reserve(struct tape_buf *b, int n)
{
	int i;

	b->reserved = kcalloc(n, sizeof(struct page *), GFP_KERNEL);
	if (!b->reserved)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		b->reserved[i] = alloc_page(GFP_KERNEL);
		if (!b->reserved[i])
			break;
	}
	b->nr_reserved = i;
	return 0;
}

static void tape_unreserve(struct tape_buf *b)
{
	int i;

	for (i = 0; i < b->nr_reserved; i++)
		__free_page(b->reserved[i]);			/* QUIET(gup-put) */
	kfree(b->reserved);
}

static int tape_map_user(struct tape_buf *b, unsigned long uaddr, int n)
{
	struct page **pages;
	int res;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	res = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (res < n) {
		if (res > 0)
			release_pages(pages, res);		/* WARN(gup-put) */
		kfree(pages);
		return -EFAULT;
	}
	b->mapped = pages;
	return n;
}

static void tape_unmap_user(struct tape_buf *b, int n)
{
	release_pages(b->mapped, n);				/* WARN(gup-put) */
	kfree(b->mapped);
	b->mapped = NULL;
}

static void tape_select(struct tape_buf *b, bool user)
{
	if (user)
		b->cur = b->mapped;
	else
		b->cur = b->reserved;
}
