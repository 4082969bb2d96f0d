// SPDX-License-Identifier: GPL-2.0
/*
 * A struct embedded in another is handed to a helper by its address: the
 * helper pins through the inner struct's pointer, the error path of the
 * outer struct's owner reaches the same field through the outer one
 * (iommufd's pfn reader).
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct rd_user {
	struct page **upages;
	int npages;
};

struct rd {
	struct rd_user user;
	unsigned long start;
};

static int rd_user_pin(struct rd_user *u, unsigned long uaddr)
{
	u->upages = kcalloc(u->npages, sizeof(*u->upages), GFP_KERNEL);
	if (!u->upages)
		return -ENOMEM;
	return pin_user_pages_fast(uaddr, u->npages, FOLL_WRITE, u->upages);
}

static int rd_start(struct rd *r)
{
	int got = rd_user_pin(&r->user, r->start);

	if (got < 0)
		return got;
	if (got < r->user.npages) {
		release_pages(r->user.upages, got);		/* WARN(gup-put) */
		return -EFAULT;
	}
	return 0;
}

static void rd_stop(struct rd *r)
{
	unpin_user_pages(r->user.upages, r->user.npages);	/* QUIET(gup-put) */
	kfree(r->user.upages);
}
