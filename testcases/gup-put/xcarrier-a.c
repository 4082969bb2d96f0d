// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * pagelint-unit: xcarrier
 * Cross-unit, first half: a filesystem sets pages it got (and keeps
 * references of its own on) into bio_vecs.  A bio_vec's page field is
 * every unit's: what this unit puts there says nothing of the bio_vecs of
 * xcarrier-b.c.
 */
#include <linux/mm.h>
#include <linux/bvec.h>

static void own_pages_to_bvecs(struct bio_vec *bv, struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		get_page(pages[i]);
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	}
}
