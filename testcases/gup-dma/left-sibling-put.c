// SPDX-License-Identifier: GPL-2.0
/*
 * The other file of left-sibling.c: it drops the pages of a struct lsb_buf
 * on its own path, with put_page().  Nothing to report here.
 */
#include <linux/mm.h>

struct lsb_buf {
	struct page **pages;
	dma_addr_t *addrs;
	int n;
};

void lsb_abort(struct lsb_buf *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		put_page(b->pages[i]);
	b->n = 0;
}
