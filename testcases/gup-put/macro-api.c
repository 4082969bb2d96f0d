// SPDX-License-Identifier: GPL-2.0
/*
 * A release the kernel spells as a macro (__free_page() is
 * __free_pages(page, 0)): the finding names the call as written.
 */
#include <linux/mm.h>
#include <linux/gfp.h>

static int grab_one(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	__free_page(page);					/* WARN(gup-put) */
	return 0;
}
