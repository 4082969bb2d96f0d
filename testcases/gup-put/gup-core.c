// SPDX-License-Identifier: GPL-2.0
/*
 * gup's own implementation passes the caller's gup_flags through: whether
 * get_user_pages_unlocked() pins is in a variable (FOLL_PIN comes from
 * pin_user_pages*()), and the same array may be unpinned by a helper on
 * another path.  Shape of mm/gup.c (v6.1): __gup_longterm_unlocked(),
 * __gup_longterm_locked(), check_and_migrate_movable_pages(), where
 * pagelint-sparse warned at the unpins (false alarm).
 */
#include <linux/mm.h>

static long migrate_movable(unsigned long nr_pages, struct page **pages)
{
	unsigned long i;

	for (i = 0; i < nr_pages; i++)
		if (pages[i])
			unpin_user_page(pages[i]);	/* QUIET(gup-put) */
	return -EAGAIN;
}

static long longterm_locked(unsigned long start, unsigned long nr_pages,
			    struct page **pages, unsigned int gup_flags)
{
	long rc = nr_pages;

	if (gup_flags & FOLL_PIN)
		rc = migrate_movable(rc, pages);
	return rc;
}

static int longterm_unlocked(unsigned long start, int nr_pages,
			     unsigned int gup_flags, struct page **pages)
{
	int ret;

	if (gup_flags & FOLL_LONGTERM)
		ret = longterm_locked(start, nr_pages, pages, gup_flags);
	else
		ret = get_user_pages_unlocked(start, nr_pages, pages, gup_flags);
	return ret;
}

int internal_gup_fast(unsigned long start, int nr_pages,
		      unsigned int gup_flags, struct page **pages)
{
	return longterm_unlocked(start, nr_pages, gup_flags | FOLL_PIN, pages);
}
