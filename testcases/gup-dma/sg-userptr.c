// SPDX-License-Identifier: GPL-2.0
/*
 * A userptr object (the shape of radeon in v6.1): user pages got in a loop
 * into the object's page array, gathered into an sg table for the device,
 * and released in another function by walking that table.  The page array
 * also goes to ut_gart_bind() in sg-userptr-gart.c, which keeps the page
 * pointers and releases nothing.  The patch pins the pages and unpins them
 * on both paths; the plain set_page_dirty() stays, as mm/gup.c asks of a
 * caller that needs it (set_page_dirty(), then unpin_user_page()).
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>
#include <linux/dma-mapping.h>

struct device;
struct ut_gart;
int ut_gart_bind(struct ut_gart *gart, int n, struct page **list);

struct ut_tt {
	struct page **pages;
	struct sg_table *sg;
	unsigned long num_pages;
	unsigned long userptr;
	bool readonly;
};

static int ut_pin_userptr(struct device *dev, struct ut_tt *tt)
{
	unsigned long pinned = 0;
	int r;

	do {
		unsigned long n = tt->num_pages - pinned;
		unsigned long uaddr = tt->userptr + pinned * PAGE_SIZE;
		struct page **pages = tt->pages + pinned;

		r = get_user_pages(uaddr, n, tt->readonly ? 0 : FOLL_WRITE,	/* WARN(gup-dma) */
				   pages, NULL);
		if (r < 0)
			goto release_pages;
		pinned += r;
	} while (pinned < tt->num_pages);

	r = sg_alloc_table_from_pages(tt->sg, tt->pages, tt->num_pages, 0,
				      tt->num_pages << PAGE_SHIFT, GFP_KERNEL);
	if (r)
		goto release_pages;
	r = dma_map_sgtable(dev, tt->sg, DMA_BIDIRECTIONAL, 0);
	if (r)
		goto release_sg;
	return 0;

release_sg:
	sg_free_table(tt->sg);
release_pages:
	release_pages(tt->pages, pinned);
	return r;
}

static void ut_unpin_userptr(struct device *dev, struct ut_tt *tt)
{
	struct sg_page_iter iter;

	if (!tt->sg || !tt->sg->sgl)
		return;
	dma_unmap_sgtable(dev, tt->sg, DMA_BIDIRECTIONAL, 0);
	for_each_sgtable_page(tt->sg, &iter, 0) {
		struct page *page = sg_page_iter_page(&iter);

		if (!tt->readonly)
			set_page_dirty(page);
		mark_page_accessed(page);
		put_page(page);
	}
	sg_free_table(tt->sg);
}

int ut_bind(struct device *dev, struct ut_tt *tt, struct ut_gart *gart)
{
	int r = ut_pin_userptr(dev, tt);

	if (r)
		return r;
	return ut_gart_bind(gart, tt->num_pages, tt->pages);
}

void ut_unbind(struct device *dev, struct ut_tt *tt)
{
	ut_unpin_userptr(dev, tt);
}
