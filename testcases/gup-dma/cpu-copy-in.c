// SPDX-License-Identifier: GPL-2.0
/*
 * A shared buffer map (the shape of orangefs's bufmap in v5.4): a daemon's
 * user buffer is got once into a page array kept in the map, sliced into
 * descriptors, and the CPU later copies file data into those pages with
 * copy_page_from_iter() (CASE 5 of pin_user_pages.rst: writing to the
 * contents of the pages), in another function of the file.  The slices
 * point into the map's own array, a field of another struct reached
 * through the map's.  Every release is in the file and sees only these
 * pages: the patch pins and unpins them.  A second map whose pages the
 * CPU only reads (copy_page_to_iter()) stays quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct iov_iter;
size_t copy_page_from_iter(struct page *page, size_t offset, size_t bytes,
			   struct iov_iter *i);
size_t copy_page_to_iter(struct page *page, size_t offset, size_t bytes,
			 struct iov_iter *i);

struct bm_desc {
	struct page **page_array;
	int array_count;
};

struct bm_map {
	struct page **page_array;
	struct bm_desc *desc_array;
	int page_count;
	int desc_count;
	int pages_per_desc;
};

static int bm_map_user(struct bm_map *bm, unsigned long uaddr)
{
	int got, i, off = 0;

	got = get_user_pages_fast(uaddr, bm->page_count, FOLL_WRITE,	/* WARN(gup-dma) */
				  bm->page_array);
	if (got < 0)
		return got;
	if (got != bm->page_count) {
		release_pages(bm->page_array, got);
		return -ENOMEM;
	}
	for (i = 0; i < bm->desc_count; i++) {
		bm->desc_array[i].page_array = &bm->page_array[off];
		bm->desc_array[i].array_count = bm->pages_per_desc;
		off += bm->pages_per_desc;
	}
	return 0;
}

static void bm_unmap(struct bm_map *bm)
{
	release_pages(bm->page_array, bm->page_count);
	kfree(bm->page_array);
}

int bm_copy_from_iter(struct bm_map *bm, int slot, struct iov_iter *iter,
		      size_t size)
{
	struct bm_desc *to = &bm->desc_array[slot];
	int i;

	for (i = 0; size; i++) {
		struct page *page = to->page_array[i];
		size_t n = size > PAGE_SIZE ? PAGE_SIZE : size;

		if (copy_page_from_iter(page, 0, n, iter) != n)
			return -EFAULT;
		size -= n;
	}
	return 0;
}

int bm_setup(struct bm_map *bm, unsigned long uaddr)
{
	return bm_map_user(bm, uaddr);
}

void bm_teardown(struct bm_map *bm)
{
	bm_unmap(bm);
}

/* Only read by the CPU: got, not pinned, is what the rule accepts. */
struct bm_view {
	struct page **pv;
	int n;
};

static int bm_view_map(struct bm_view *v, unsigned long uaddr)
{
	int got = get_user_pages_fast(uaddr, v->n, 0, v->pv);	/* QUIET(gup-dma) */

	if (got != v->n) {
		if (got > 0)
			release_pages(v->pv, got);
		return -EFAULT;
	}
	return 0;
}

int bm_view_read(struct bm_view *v, unsigned long uaddr,
		 struct iov_iter *iter, size_t size)
{
	int i, ret;

	ret = bm_view_map(v, uaddr);
	if (ret)
		return ret;
	for (i = 0; i < v->n && size; i++) {
		size_t n = size > PAGE_SIZE ? PAGE_SIZE : size;

		if (copy_page_to_iter(v->pv[i], 0, n, iter) != n)
			break;
		size -= n;
	}
	release_pages(v->pv, v->n);
	return 0;
}
