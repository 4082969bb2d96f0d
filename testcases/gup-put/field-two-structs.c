// SPDX-License-Identifier: GPL-2.0
/*
 * Two structs with a ->pages field each, only one of them pinned: a
 * release through the other is no misuse.  Every engine keys the fields
 * by struct type (Coccinelle from the declaration of the variable the
 * field is reached through) and still sees the real misuse.
 */
#include <linux/mm.h>

struct pinned_buf {
	struct page **pages;
	int n;
};

struct cache_buf {
	struct page **pages;
	int n;
};

static int pb_fill(struct pinned_buf *b, unsigned long uaddr)
{
	return pin_user_pages_fast(uaddr, b->n, FOLL_WRITE, b->pages);
}

static void pb_done(struct pinned_buf *b)
{
	unpin_user_pages(b->pages, b->n);
}

static void pb_drop_first(struct pinned_buf *b)
{
	put_page(b->pages[0]);			/* WARN(gup-put) */
}

static void cb_done(struct cache_buf *c)
{
	int i;

	for (i = 0; i < c->n; i++)
		put_page(c->pages[i]);		/* QUIET(gup-put) */
}
