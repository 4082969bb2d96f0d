// SPDX-License-Identifier: GPL-2.0
/*
 * User pages got and stored by hand in the file's own bio_vecs, then
 * dirtied through them in another function once the reply is in (the
 * shape of v6.1's smb client setup_aio_ctx_iter() and
 * collect_uncached_read_data()).  The pages are read back out of a
 * carrier's own field, every bio_vec's bv_page, which the file filled
 * itself: the CPU writes these pages.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

struct xctx {
	struct bio_vec *bv;
	unsigned int nr_pinned;
	bool should_dirty;
};

int xctx_setup(struct xctx *ctx, unsigned long uaddr, int n,
	       struct page **pages)
{
	int got, i;

	ctx->bv = kvmalloc_array(n, sizeof(*ctx->bv), GFP_KERNEL);
	if (!ctx->bv)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);	/* WARN(gup-dma) */
	if (got < 0) {
		kvfree(ctx->bv);
		return got;
	}
	for (i = 0; i < got; i++) {
		ctx->bv[i].bv_page = pages[i];
		ctx->bv[i].bv_offset = 0;
		ctx->bv[i].bv_len = PAGE_SIZE;
	}
	ctx->nr_pinned = got;
	return 0;
}

void xctx_release(struct xctx *ctx)
{
	unsigned int i;

	for (i = 0; i < ctx->nr_pinned; i++) {
		if (ctx->should_dirty)
			set_page_dirty(ctx->bv[i].bv_page);
		put_page(ctx->bv[i].bv_page);
	}
	kvfree(ctx->bv);
}
