// SPDX-License-Identifier: GPL-2.0
/*
 * A release written through the driver's own macro: the finding points at
 * the macro's name here, where the code is, never at its definition.
 * Coccinelle does not expand macros, so only the C engines see it.
 */
#include <linux/mm.h>

#define drv_release_page(pg)	put_page(pg)

static int drv_pin_and_drop(unsigned long uaddr, int n, struct page **pages)
{
	int i, got;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	for (i = 0; i < got; i++)
		drv_release_page(pages[i]);		/* WARN(gup-put: sparse,gcc) */
	return 0;
}
