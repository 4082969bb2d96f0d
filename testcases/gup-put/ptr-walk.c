// SPDX-License-Identifier: GPL-2.0
/* Pinned pages released through a pointer walked over the array. */
#include <linux/mm.h>

static void pin_walk_put(unsigned long uaddr, struct page **pages, int n)
{
	struct page **p;

	if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages) != n)
		return;
	for (p = pages; p < pages + n; p++)
		put_page(*p);				/* WARN(gup-put) */
}

static void pin_walk_unpin(unsigned long uaddr, struct page **pages, int n)
{
	struct page **p;

	if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages) != n)
		return;
	for (p = pages; p < pages + n; p++)
		unpin_user_page(*p);			/* QUIET(gup-put) */
}

/* The walk's pointer is stored on each step: still the pinned pages. */
static void pin_walk_stored_put(unsigned long uaddr, struct page **pages,
				int n, struct page ***cur)
{
	struct page **p;

	if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages) != n)
		return;
	for (p = pages; p < pages + n; p++) {
		*cur = p;
		put_page(*p);				/* WARN(gup-put) */
	}
}

struct page_holder {
	struct page *pg[16];
	int nr;
};

/* Pages read through the walk and stored elsewhere keep their tag. */
static void pin_walk_copy_put(unsigned long uaddr, struct page **pages,
			      int n, struct page_holder *h)
{
	struct page **p;

	if (n > 16 || pin_user_pages_fast(uaddr, n, 0, pages) != n)
		return;
	h->nr = 0;
	for (p = pages; p < pages + n; p++)
		h->pg[h->nr++] = *p;
	put_page(h->pg[0]);				/* WARN(gup-put) */
}
