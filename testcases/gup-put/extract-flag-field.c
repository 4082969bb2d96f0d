// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * The will-pin answer kept in a struct embedded in another (a socket's
 * receive list keeps it in its scatterlist part) and in a one-bit field
 * (a request's argument block), set where the pages are extracted and
 * tested where they are let go of, in other functions.  The file also
 * takes references of its own, so only the flags say what the pages hold.
 */
#include <linux/mm.h>
#include <linux/uio.h>

struct rx_sgl {
	struct page *pages[16];
	unsigned int npages;
	bool need_unpin;
};

struct rx_entry {
	struct rx_sgl sgl;
	size_t len;
};

struct req_args {
	unsigned int opcode;
	bool in_pages:1;
	bool out_pages:1;
	bool is_pinned:1;
};

struct req_pages {
	struct req_args args;
	struct page **pages;
	unsigned int num_pages;
};

static void rx_sgl_free(struct rx_sgl *sgl)
{
	unsigned int i;

	if (sgl->need_unpin)
		for (i = 0; i < sgl->npages; i++)
			put_page(sgl->pages[i]);		/* WARN(gup-put) */
}

static void rx_sgl_free_ok(struct rx_sgl *sgl)
{
	unsigned int i;

	if (sgl->need_unpin)
		for (i = 0; i < sgl->npages; i++)
			unpin_user_page(sgl->pages[i]);		/* QUIET(gup-put) */
}

static ssize_t rx_fill(struct rx_entry *rx, struct iov_iter *iter, size_t len)
{
	struct page **pages = rx->sgl.pages;
	size_t off;

	rx->sgl.need_unpin = iov_iter_extract_will_pin(iter);
	return iov_iter_extract_pages(iter, &pages, len, 16, 0, &off);
}

static void rx_keep(struct rx_entry *rx, struct page *page)
{
	get_page(page);
	rx->sgl.pages[rx->sgl.npages++] = page;
}

static void req_release(struct req_pages *rp, bool dirty)
{
	unsigned int i;

	for (i = 0; i < rp->num_pages; i++) {
		if (dirty)
			set_page_dirty_lock(rp->pages[i]);
		if (rp->args.is_pinned)
			put_page(rp->pages[i]);			/* WARN(gup-put) */
	}
}

/* Another bit of the same byte says nothing of pins. */
static void req_release_other_bit(struct req_pages *rp)
{
	unsigned int i;

	for (i = 0; i < rp->num_pages; i++)
		if (rp->args.out_pages)
			put_page(rp->pages[i]);			/* QUIET(gup-put) */
}

static ssize_t req_fill(struct req_pages *rp, struct iov_iter *iter, size_t len)
{
	size_t off;

	rp->args.is_pinned = iov_iter_extract_will_pin(iter);
	return iov_iter_extract_pages(iter, &rp->pages, len, rp->num_pages, 0,
				      &off);
}
