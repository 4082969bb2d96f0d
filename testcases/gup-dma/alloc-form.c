// SPDX-License-Identifier: GPL-2.0
/*
 * An iterator's pages got into an array the call allocates itself (it is
 * given &pages, a struct page ***), then laid into a scatterlist by a
 * helper of the file (the shape of 9p's p9_get_mapped_pages() and
 * pack_sg_list_p() in v6.1).  iov_iter_get_pages_alloc2() takes FOLL_GET
 * references, so the pages are got, not pinned.  A second user only
 * counts how many pages it got: quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct iov_iter;
ssize_t iov_iter_get_pages_alloc2(struct iov_iter *i, struct page ***pages,
				  size_t maxsize, size_t *start);

struct xv_req {
	struct scatterlist sg[16];
	struct page **pages;
	int nr;
};

static int xv_pack(struct scatterlist *sg, struct page **pages, int nr,
		   size_t offs)
{
	int i;

	for (i = 0; i < nr; i++) {
		sg_set_page(&sg[i], pages[i], PAGE_SIZE - offs, offs);
		offs = 0;
	}
	return nr;
}

ssize_t xv_map(struct xv_req *req, struct iov_iter *data, size_t count)
{
	struct page **pages;
	size_t offs;
	ssize_t n;

	n = iov_iter_get_pages_alloc2(data, &pages, count, &offs);	/* WARN(gup-dma) */
	if (n <= 0)
		return n;
	req->nr = DIV_ROUND_UP(n + offs, PAGE_SIZE);
	req->pages = pages;
	xv_pack(req->sg, pages, req->nr, offs);
	return n;
}

ssize_t xv_count(struct iov_iter *data, size_t count)
{
	struct page **pages;
	size_t offs;
	ssize_t n;
	int i, nr;

	n = iov_iter_get_pages_alloc2(data, &pages, count, &offs);	/* QUIET(gup-dma) */
	if (n <= 0)
		return n;
	nr = DIV_ROUND_UP(n + offs, PAGE_SIZE);
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	kvfree(pages);
	return nr;
}
