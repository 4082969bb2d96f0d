// SPDX-License-Identifier: GPL-2.0
/*
 * A mapping keeps its pinned pages and, in the same allocation, the DMA
 * addresses of those pages, viewed through another pointer type; both are
 * cleared to NULL on teardown.  Neither the cast view nor the NULLs make
 * the page array hold anything but pinned pages.  Shape of
 * drivers/misc/genwqe/card_utils.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/dma-mapping.h>

struct user_map {
	struct page **pages;
	dma_addr_t *dma;
	int nr;
	int write;
};

static int map_dma(struct page **pages, int nr, dma_addr_t *dma)
{
	int i;

	for (i = 0; i < nr; i++)
		dma[i] = page_to_phys(pages[i]);
	return 0;
}

static int user_map_get(struct user_map *m, unsigned long uaddr)
{
	int rc;

	m->pages = kcalloc(m->nr, sizeof(*m->pages) + sizeof(*m->dma),
			   GFP_KERNEL);
	if (!m->pages)
		return -ENOMEM;
	m->dma = (dma_addr_t *)(m->pages + m->nr);
	rc = pin_user_pages_fast(uaddr, m->nr, m->write ? FOLL_WRITE : 0,
				 m->pages);
	if (rc < m->nr) {
		if (rc > 0)
			release_pages(m->pages, rc);		/* WARN(gup-put) */
		kfree(m->pages);
		m->pages = NULL;
		m->dma = NULL;
		return -EFAULT;
	}
	return map_dma(m->pages, m->nr, m->dma);
}
