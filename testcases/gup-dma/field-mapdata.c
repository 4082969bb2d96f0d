// SPDX-License-Identifier: GPL-2.0
/*
 * Direct I/O of a tape-like driver (the shape of st.c in v5.4): user pages
 * are got into an array kept in the driver's buffer, and another function
 * of the file hands them to the block layer as a struct rq_map_data's
 * pages for blk_rq_map_user().  The buffer's own kernel pages go the same
 * way when the I/O is not direct, but no release here lets go of them:
 * the patch pins the user pages and unpins them on both paths.  A twin
 * only flushes the pages it got: quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct request;
struct request_queue;

struct rq_map_data {
	struct page **pages;
	int page_order;
	int nr_entries;
	unsigned long offset;
	int null_mapped;
	int from_user;
};

int blk_rq_map_user(struct request_queue *q, struct request *rq,
		    struct rq_map_data *map_data, void __user *ubuf,
		    unsigned long len, gfp_t gfp_mask);

struct tbuf {
	struct page **mapped_pages;
	struct page **reserved_pages;
	int nr_mapped;
	int nr_reserved;
	bool do_dio;
	struct rq_map_data map_data;
};

static int tbuf_map_user(struct tbuf *tb, unsigned long uaddr, int nr,
			 bool to_mem)
{
	struct page **pages;
	int got, i;

	pages = kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, nr, to_mem ? FOLL_WRITE : 0, pages);	/* WARN(gup-dma: cocci) */
	if (got < nr) {
		for (i = 0; i < got; i++)
			put_page(pages[i]);
		kfree(pages);
		return -EFAULT;
	}
	tb->map_data.offset = uaddr & ~PAGE_MASK;
	tb->mapped_pages = pages;
	tb->nr_mapped = nr;
	return nr;
}

static void tbuf_unmap_user(struct tbuf *tb, bool dirtied)
{
	int i;

	for (i = 0; i < tb->nr_mapped; i++) {
		if (dirtied)
			SetPageDirty(tb->mapped_pages[i]);
		put_page(tb->mapped_pages[i]);
	}
	kfree(tb->mapped_pages);
	tb->mapped_pages = NULL;
}

static int tbuf_execute(struct request_queue *q, struct request *rq,
			struct tbuf *tb, unsigned long len)
{
	struct rq_map_data *mdata = &tb->map_data;

	mdata->null_mapped = 1;
	return blk_rq_map_user(q, rq, mdata, NULL, len, GFP_KERNEL);
}

int tbuf_do_io(struct request_queue *q, struct request *rq, struct tbuf *tb,
	       unsigned long uaddr, int nr, bool to_mem)
{
	struct rq_map_data *mdata = &tb->map_data;
	int r;

	if (tb->do_dio) {
		r = tbuf_map_user(tb, uaddr, nr, to_mem);
		if (r < 0)
			return r;
		mdata->nr_entries = tb->nr_mapped;
		mdata->pages = tb->mapped_pages;
	} else {
		mdata->nr_entries = tb->nr_reserved;
		mdata->pages = tb->reserved_pages;
	}
	r = tbuf_execute(q, rq, tb, (unsigned long)nr << PAGE_SHIFT);
	if (tb->do_dio)
		tbuf_unmap_user(tb, to_mem);
	return r;
}

static int flush_user(unsigned long uaddr, int nr, struct page **pages)
{
	int got, i;

	got = get_user_pages_fast(uaddr, nr, 0, pages);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		flush_dcache_page(pages[i]);
		put_page(pages[i]);
	}
	return got;
}

int tbuf_flush(unsigned long uaddr, int nr, struct page **pages)
{
	return flush_user(uaddr, nr, pages);
}
