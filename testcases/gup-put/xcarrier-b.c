// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * pagelint-unit: xcarrier
 * Cross-unit, second half: a unit that takes no references of its own
 * extracts pages into bio_vecs and drops them through the bio_vecs; the
 * pages other units put in bio_vecs (xcarrier-a.c) do not make these
 * mixed.
 */
#include <linux/mm.h>
#include <linux/uio.h>
#include <linux/bvec.h>

static ssize_t user_to_bvecs(struct iov_iter *iter, struct bio_vec *bv,
			     struct page **pages, unsigned int n)
{
	unsigned int i;
	size_t off;
	ssize_t got;

	got = iov_iter_extract_pages(iter, &pages, n * PAGE_SIZE, n, 0, &off);
	if (got <= 0)
		return got;
	for (i = 0; i < n; i++)
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	if (got < n * PAGE_SIZE) {
		for (i = 0; i < n; i++)
			put_page(bv[i].bv_page);		/* WARN(gup-put) */
		return -EFAULT;
	}
	return got;
}
