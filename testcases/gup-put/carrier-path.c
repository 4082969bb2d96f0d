// SPDX-License-Identifier: GPL-2.0
/*
 * Two structs of the file carry scatterlists: a table of doorbell slots,
 * each holding one page pinned from user space, and chunks of pages the
 * driver allocates.  A release through a slot's scatterlist concerns the
 * pinned pages only; one through a chunk concerns the driver's own.
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct dbell_table {
	int nslots;
	struct {
		unsigned long uaddr;
		struct scatterlist sg;
		int users;
	} slot[];
};

struct dbell_chunk {
	int npages;
	struct scatterlist sg[8];
};

static int dbell_map(struct dbell_table *tab, int i, unsigned long uaddr)
{
	struct page *pages[1];
	int ret;

	ret = pin_user_pages_fast(uaddr & PAGE_MASK, 1, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	sg_set_page(&tab->slot[i].sg, pages[0], PAGE_SIZE, 0);
	tab->slot[i].uaddr = uaddr;
	return 0;
}

static void dbell_unmap(struct dbell_table *tab, int i)
{
	put_page(sg_page(&tab->slot[i].sg));	/* WARN(gup-put) */
	tab->slot[i].uaddr = 0;
}

static int dbell_chunk_fill(struct dbell_chunk *c)
{
	int i;

	for (i = 0; i < c->npages; i++) {
		struct page *page = alloc_page(GFP_KERNEL);

		if (!page)
			return -ENOMEM;
		sg_set_page(&c->sg[i], page, PAGE_SIZE, 0);
	}
	return 0;
}

static void dbell_chunk_free(struct dbell_chunk *c)
{
	int i;

	for (i = 0; i < c->npages; i++)
		__free_page(sg_page(&c->sg[i]));	/* QUIET(gup-put) */
}
