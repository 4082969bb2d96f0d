// SPDX-License-Identifier: GPL-2.0
/* Pinned pages released with the FOLL_GET release, and the reverse. */
#include <linux/mm.h>

static int pin_then_put(unsigned long uaddr, int n, struct page **pages)
{
	int i, got;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
	return 0;
}

static void pin_then_release_pages(unsigned long uaddr, struct page **pages)
{
	long got = pin_user_pages(uaddr, 8, FOLL_LONGTERM, pages, NULL);

	if (got > 0)
		release_pages(pages, got);		/* WARN(gup-put) */
}

static void pin_one_folio_put(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return;
	folio_put(page_folio(page));			/* WARN(gup-put) */
}

static void get_then_unpin(unsigned long uaddr, struct page **pages, int n)
{
	int got = get_user_pages_fast(uaddr, n, 0, pages);

	if (got > 0)
		unpin_user_pages(pages, got);		/* WARN(gup-put) */
}

static void pin_then_unpin(unsigned long uaddr, struct page **pages, int n)
{
	int got = pin_user_pages_fast(uaddr, n, 0, pages);

	if (got > 0)
		unpin_user_pages_dirty_lock(pages, got, true);	/* QUIET(gup-put) */
}

static void get_then_put(unsigned long uaddr, struct page **pages, int n)
{
	int i, got = get_user_pages_fast(uaddr, n, 0, pages);

	for (i = 0; i < got; i++)
		put_page(pages[i]);			/* QUIET(gup-put) */
}

/* An alias taken from the array is the same page. */
static void pin_alias_put(unsigned long uaddr, struct page **pages, int n)
{
	int i, got = pin_user_pages_fast(uaddr, n, 0, pages);

	for (i = 0; i < got; i++) {
		struct page *page = pages[i];

		set_page_dirty_lock(page);
		put_page(page);				/* WARN(gup-put) */
	}
}
