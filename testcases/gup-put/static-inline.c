// SPDX-License-Identifier: GPL-2.0
/* Code in a static inline function of the .c file is checked like any. */
#include <linux/mm.h>

static inline int ring_grab(unsigned long uaddr, struct page **pages, int n)
{
	int i, got = pin_user_pages_fast(uaddr, n, 0, pages);

	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		put_page(pages[i]);			/* WARN(gup-put) */
	return 0;
}

int ring_setup(unsigned long uaddr, struct page **pages, int n)
{
	return ring_grab(uaddr, pages, n);
}
