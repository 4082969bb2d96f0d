// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * A network filesystem turns a user iterator into a bio_vec list: it
 * extracts the pages into the tail of the list's own allocation and sets
 * each into a bio_vec with bvec_set_page().  On failure it lets go of the
 * pages through the bio_vecs.  The file takes no references of its own,
 * so the pages hold one only where they were pinned: an unpin.
 */
#include <linux/mm.h>
#include <linux/uio.h>
#include <linux/bvec.h>

static ssize_t iter_to_bvecs(struct iov_iter *orig, struct bio_vec *bv,
			     struct page **pages, unsigned int max_pages)
{
	unsigned int i, n, npages = 0;
	size_t offset;
	ssize_t ret;

	ret = iov_iter_extract_pages(orig, &pages, max_pages * PAGE_SIZE,
				     max_pages, 0, &offset);
	if (ret <= 0)
		return ret;
	n = (offset + ret + PAGE_SIZE - 1) / PAGE_SIZE;
	for (i = 0; i < n; i++) {
		bvec_set_page(bv + npages + i, *pages++, PAGE_SIZE - offset,
			      offset);
		offset = 0;
	}
	npages += n;
	if (ret < PAGE_SIZE) {
		for (i = 0; i < npages; i++)
			put_page(bv[i].bv_page);		/* WARN(gup-put) */
		return -EIO;
	}
	return npages;
}

static ssize_t iter_to_bvecs_ok(struct iov_iter *orig, struct bio_vec *bv,
				struct page **pages, unsigned int max_pages)
{
	unsigned int i, n;
	size_t offset;
	ssize_t ret;

	ret = iov_iter_extract_pages(orig, &pages, max_pages * PAGE_SIZE,
				     max_pages, 0, &offset);
	if (ret <= 0)
		return ret;
	n = (offset + ret + PAGE_SIZE - 1) / PAGE_SIZE;
	for (i = 0; i < n; i++)
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	if (ret < PAGE_SIZE) {
		for (i = 0; i < n; i++)
			unpin_user_page(bv[i].bv_page);		/* QUIET(gup-put) */
		return -EIO;
	}
	return n;
}
