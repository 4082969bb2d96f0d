/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux v6.12: a bio_vec is filled with bvec_set_page() (v6.4), and an
 * iov_iter over bio_vecs goes to I/O.
 */
#ifndef _LINUX_BVEC_H
#define _LINUX_BVEC_H

#include <linux/mm.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

static inline void bvec_set_page(struct bio_vec *bv, struct page *page,
				 unsigned int len, unsigned int offset)
{
	bv->bv_page = page;
	bv->bv_len = len;
	bv->bv_offset = offset;
}

struct iov_iter;
void iov_iter_bvec(struct iov_iter *i, unsigned int direction,
		   const struct bio_vec *bvec, unsigned long nr_segs,
		   size_t count);

#endif
