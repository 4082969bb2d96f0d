// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * Since v6.4 bio_vecs are filled with bvec_set_page(): a pipe-like buffer
 * of user pages got with FOLL_GET, each set into a bio_vec that goes to
 * I/O through iov_iter_bvec(), as splicing to a file does.  The pages of
 * a pin stay quiet.
 */
#include <linux/mm.h>
#include <linux/uio.h>
#include <linux/bvec.h>

static int write_user_pages(struct iov_iter *to, unsigned long uaddr,
			    struct page **pages, struct bio_vec *bv, int nr)
{
	int got, i;

	got = get_user_pages_fast(uaddr, nr, 0, pages);	/* WARN(gup-dma) */
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	iov_iter_bvec(to, 1, bv, got, (size_t)got << PAGE_SHIFT);
	return got;
}

static int write_pinned_pages(struct iov_iter *to, unsigned long uaddr,
			      struct page **pages, struct bio_vec *bv, int nr)
{
	int got, i;

	got = pin_user_pages_fast(uaddr, nr, 0, pages);	/* QUIET(gup-dma) */
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	iov_iter_bvec(to, 1, bv, got, (size_t)got << PAGE_SHIFT);
	return got;
}
