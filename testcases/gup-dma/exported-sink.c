// SPDX-License-Identifier: GPL-2.0
/*
 * User pages got into the tail of a bio_vec array and handed, page by
 * page, to a function of the file that other files call too, which puts
 * each page into the next bio_vec (the shape of v6.1's
 * __bio_iov_iter_get_pages() and bio_add_hw_page()).  Other files may hand
 * that function other pages, which says nothing of these; what it does
 * with these says where they go.  The patch leaves the call: the pages
 * are in a function other files call.  A second caller hands its pages
 * to an exported function that only looks at their flags: quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

struct xbio {
	struct bio_vec *io_vec;
	unsigned short vcnt, max_vecs;
};

void bvec_set_page(struct bio_vec *bv, struct page *page, unsigned int len,
		   unsigned int offset);

int xbio_add_page(struct xbio *b, struct page *page, unsigned int len)
{
	if (b->vcnt >= b->max_vecs)
		return 0;
	bvec_set_page(&b->io_vec[b->vcnt], page, len, 0);
	b->vcnt++;
	return len;
}

int xbio_page_reserved(struct page *page)
{
	return PageReserved(page);
}

int xbio_get_user(struct xbio *b, unsigned long uaddr)
{
	unsigned short nr = b->max_vecs - b->vcnt;
	struct bio_vec *bv = b->io_vec + b->vcnt;
	struct page **pages = (struct page **)bv;
	int got, i;

	pages += nr;
	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	for (i = 0; i < got; i++)
		xbio_add_page(b, pages[i], PAGE_SIZE);
	return got;
}

int xbio_count_reserved(unsigned long uaddr, int n, struct page **pages)
{
	int got, i, busy = 0;

	got = get_user_pages_fast(uaddr, n, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		busy += xbio_page_reserved(pages[i]);
		put_page(pages[i]);
	}
	return busy;
}
