// SPDX-License-Identifier: GPL-2.0
/*
 * Scatterlists parked in untyped (void *) slots by a shared helper: one of
 * pinned pages, one of kernel pages set up elsewhere.  Found on v6.1 (exynos g2d): copies of
 * pointers of any type, through helpers, took every linked object for a
 * carrier of the pinned pages.  Only scatterlist, table and iterator
 * pointers carry pages now.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct ujob {
	struct scatterlist *sgl;
	void *cookie;
};

struct kjob {
	struct scatterlist *sgl;
	void *cookie;
};

static void park(void **slot, void *p)
{
	*slot = p;
}

static int ujob_start(struct ujob *uj, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(uj->sgl, page, PAGE_SIZE, 0);
	park(&uj->cookie, uj->sgl);
	return 0;
}

/* Kernel pages into a scatterlist of its own. */
static void fill(struct scatterlist *sg)
{
	sg_set_page(sg, alloc_page(GFP_KERNEL), PAGE_SIZE, 0);
}

/* The kernel pages of kj->sgl were set up by another file. */
static void kjob_start(struct kjob *kj)
{
	park(&kj->cookie, kj->sgl);
}

static void kjob_end(struct kjob *kj)
{
	struct scatterlist *sg = kj->cookie;

	put_page(sg_page(sg));			/* QUIET(gup-put) */
}
