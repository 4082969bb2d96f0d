// SPDX-License-Identifier: GPL-2.0
/*
 * Registered I/O buffers (the shape of io_uring's fixed buffers in v5.4):
 * user pages are got, stored by hand in bio_vecs (bv->bv_page = page),
 * and the bio_vecs later go to read and write I/O through
 * iov_iter_bvec().  The pages are released through the bio_vecs.
 * Twins stay quiet: pages kept in a struct that is no carrier, while
 * kernel pages go through bio_vecs, and pages only counted.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

struct iov_iter;
void iov_iter_bvec(struct iov_iter *i, unsigned int direction,
		   const struct bio_vec *bvec, unsigned long nr_segs,
		   size_t count);

struct ubuf {
	struct bio_vec *bvec;
	unsigned int nr;
	size_t len;
};

struct pref {
	struct page *pg;
	int hits;
};

int ubuf_register(struct ubuf *u, unsigned long uaddr, int nr,
		  struct page **pages)
{
	int got, j;

	u->bvec = kvmalloc_array(nr, sizeof(struct bio_vec), GFP_KERNEL);
	if (!u->bvec)
		return -ENOMEM;
	got = get_user_pages(uaddr, nr, FOLL_WRITE, pages, NULL);	/* WARN(gup-dma: cocci,sparse) */
	if (got != nr) {
		for (j = 0; j < got; j++)
			put_page(pages[j]);
		kvfree(u->bvec);
		return -EFAULT;
	}
	for (j = 0; j < nr; j++) {
		u->bvec[j].bv_page = pages[j];
		u->bvec[j].bv_len = PAGE_SIZE;
		u->bvec[j].bv_offset = 0;
	}
	u->nr = nr;
	u->len = (size_t)nr << PAGE_SHIFT;
	return 0;
}

void ubuf_import(struct ubuf *u, struct iov_iter *iter, unsigned int rw)
{
	iov_iter_bvec(iter, rw, u->bvec, u->nr, u->len);
}

void ubuf_unregister(struct ubuf *u)
{
	unsigned int j;

	for (j = 0; j < u->nr; j++)
		put_page(u->bvec[j].bv_page);
	kvfree(u->bvec);
}

int zero_io(struct iov_iter *iter, unsigned int rw)
{
	struct bio_vec *bv = kzalloc(sizeof(*bv), GFP_KERNEL);

	if (!bv)
		return -ENOMEM;
	bv->bv_page = alloc_page(GFP_KERNEL);
	bv->bv_len = PAGE_SIZE;
	iov_iter_bvec(iter, rw, bv, 1, PAGE_SIZE);
	return 0;
}

int count_hits(struct pref *refs, unsigned long uaddr, int nr,
	       struct page **pages)
{
	int got, j, hits = 0;

	got = get_user_pages(uaddr, nr, 0, pages, NULL);	/* QUIET(gup-dma) */
	for (j = 0; j < got; j++) {
		refs[j].pg = pages[j];
		hits += PageDirty(refs[j].pg);
		put_page(refs[j].pg);
	}
	return hits;
}
