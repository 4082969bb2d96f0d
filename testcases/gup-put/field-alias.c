// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned into a struct field in one function, released in another
 * through a local alias (of the page, of the array, of the struct) or
 * through a static helper's parameter.  The sparse engine keys memory by
 * the struct's type and the member's offset, follows each local to what
 * was assigned to it, and a static helper's parameters to its callers.
 */
#include <linux/mm.h>

struct ubuf {
	struct page **pages;
	struct page *head;
	int n;
};

struct ubuf_ctx {
	struct ubuf buf;
	int busy;
};

/* Every caller hands it pinned pages. */
static void ubuf_drop(struct page *page)
{
	put_page(page);					/* WARN(gup-put) */
}

static void ubuf_drop_all(struct page **pages, int n)
{
	release_pages(pages, n);			/* WARN(gup-put) */
}

/* Its callers hand it ordinary pages. */
static void any_drop(struct page *page)
{
	put_page(page);					/* QUIET(gup-put) */
}

static void ubuf_release(struct ubuf_ctx *ctx, struct page *spare)
{
	struct ubuf *b = &ctx->buf;
	struct page **pp = b->pages;
	struct page *page = ctx->buf.head;
	int i;

	put_page(page);					/* WARN(gup-put) */
	for (i = 0; i < b->n; i++) {
		struct page *p = pp[i];

		put_page(p);				/* WARN(gup-put) */
	}
	release_pages(pp, b->n);			/* WARN(gup-put) */
	ubuf_drop(b->head);
	ubuf_drop(pp[1]);
	ubuf_drop_all(b->pages, b->n);
	any_drop(spare);
}

static int ubuf_pin(struct ubuf_ctx *ctx, unsigned long uaddr)
{
	struct ubuf *b = &ctx->buf;
	int got;

	got = pin_user_pages_fast(uaddr, b->n, FOLL_WRITE, b->pages);
	if (got <= 0)
		return -EFAULT;
	b->head = b->pages[0];
	return 0;
}

/* The same shapes on a struct no pin call fills: ordinary pages. */
struct kbuf {
	struct page **kpages;
	int n;
};

static void kbuf_release(struct kbuf *k)
{
	struct page **pp = k->kpages;
	int i;

	for (i = 0; i < k->n; i++)
		put_page(pp[i]);			/* QUIET(gup-put) */
	any_drop(k->kpages[0]);
}
