// SPDX-License-Identifier: GPL-2.0
/*
 * A tape-like character device, after Al Viro's 2017 note on /dev/st*:
 * get_user_pages*() must be given user addresses.  Here a kernel bounce
 * buffer is cast to an address and handed to it, which kernel_write() on
 * the device would make reachable.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

struct tape {
	char *bounce;
	struct page *pages[16];
};

static int tape_map_user(struct tape *t, const char __user *ubuf, size_t count)
{
	int nr = DIV_ROUND_UP(count, PAGE_SIZE);

	/* Right: the address of a __user buffer. */
	return pin_user_pages_fast((unsigned long)ubuf, nr, 0, t->pages);
}

static int tape_map_bounce(struct tape *t, size_t count)
{
	int nr = DIV_ROUND_UP(count, PAGE_SIZE);
	char *kbuf = t->bounce;

	/* Wrong: a kernel pointer is no user address. */
	return pin_user_pages_fast((unsigned long)kbuf, nr, 0, t->pages);
}
