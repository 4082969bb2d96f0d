// SPDX-License-Identifier: GPL-2.0
/*
 * User pages got into the tail of a bio_vec array and handed, page by
 * page, to a function of the file that other files call too, which hands
 * each page on to another such function that puts it into the next
 * bio_vec (the shape of v6.1's __bio_iov_iter_get_pages(),
 * bio_add_zone_append_page() and bio_add_hw_page()).  Other files may
 * hand those functions other pages, which says nothing of these; what
 * they do with these says where they go.  The callers come before the
 * definitions, as they do after a header's prototypes.  The patch leaves
 * the call, though the file releases what it could not add: the added
 * pages are released wherever the bio_vecs end, out of sight.
 * Quiet: pages handed to an exported function that only looks at their
 * flags, through a static helper it shares with a function that maps
 * pages of its own for DMA.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/dma-mapping.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

struct xbio {
	struct device *dev;
	struct bio_vec *io_vec;
	unsigned short vcnt, max_vecs;
};

void bvec_set_page(struct bio_vec *bv, struct page *page, unsigned int len,
		   unsigned int offset);

int xbio_add_page(struct xbio *b, struct page *page, unsigned int len);
int xbio_add_hw_page(struct xbio *b, struct page *page, unsigned int len);
int xbio_page_dirty(struct page *page);

int xbio_get_user(struct xbio *b, unsigned long uaddr)
{
	unsigned short nr = b->max_vecs - b->vcnt;
	struct bio_vec *bv = b->io_vec + b->vcnt;
	struct page **pages = (struct page **)bv;
	int got, i;

	pages += nr;
	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	for (i = 0; i < got; i++)
		if (!xbio_add_page(b, pages[i], PAGE_SIZE))
			put_page(pages[i]);
	return got;
}

int xbio_count_dirty(unsigned long uaddr, int n, struct page **pages)
{
	int got, i, dirty = 0;

	got = get_user_pages_fast(uaddr, n, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		dirty += xbio_page_dirty(pages[i]);
		put_page(pages[i]);
	}
	return dirty;
}

int xbio_add_page(struct xbio *b, struct page *page, unsigned int len)
{
	return xbio_add_hw_page(b, page, len);
}

int xbio_add_hw_page(struct xbio *b, struct page *page, unsigned int len)
{
	if (b->vcnt >= b->max_vecs)
		return 0;
	bvec_set_page(&b->io_vec[b->vcnt], page, len, 0);
	b->vcnt++;
	return len;
}

static int xbio_check(struct page *page)
{
	return PageDirty(page);
}

int xbio_page_dirty(struct page *page)
{
	return xbio_check(page);
}

dma_addr_t xbio_map_own(struct xbio *b, struct page *own)
{
	if (xbio_check(own))
		return 0;
	return dma_map_page(b->dev, own, 0, PAGE_SIZE, DMA_TO_DEVICE);
}
