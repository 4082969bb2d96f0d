// SPDX-License-Identifier: GPL-2.0
/* Kernel addresses handed to gup as if they were user addresses. */
#include <linux/mm.h>
#include <linux/uaccess.h>
#include "kaddr.h"

struct xfer {
	char *kbuf;
	char __user *ubuf;
	u64 uaddr;
	struct page *pages[16];
};

static struct xfer global_xfer;
static char bounce[PAGE_SIZE];

static int xfer_pin(struct xfer *x, char *kbuf, int n)
{
	struct page **pages = x->pages;
	char local[256];
	int ret;

	ret = get_user_pages_fast((unsigned long)kbuf, n, FOLL_WRITE, pages);	/* WARN(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)x->kbuf, n, 0, pages);	/* WARN(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)(kbuf + PAGE_SIZE), 1, 0, pages);	/* WARN(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)kbuf + PAGE_SIZE, 1, 0, pages);	/* WARN(gup-kaddr) */
	ret = get_user_pages_fast((unsigned long)&global_xfer, 1, 0, pages);	/* WARN(gup-kaddr) */
	ret = get_user_pages_fast((unsigned long)&kbuf[8], 1, 0, pages);	/* WARN(gup-kaddr) */
	ret = pin_user_pages((unsigned long)local, 1, FOLL_LONGTERM, pages, NULL);	/* WARN(gup-kaddr) */
	ret = pin_user_pages((unsigned long)bounce, 1, FOLL_LONGTERM, pages, NULL);	/* WARN(gup-kaddr) */
	ret = get_user_pages_remote(current->mm, (unsigned long)kbuf, 1, 0,	/* WARN(gup-kaddr) */
				    pages, NULL, NULL);
	return ret;
}

static int xfer_pin_user(struct xfer *x, char __user *ubuf, void __user *vbuf,
			 unsigned long arg, int n)
{
	struct page **pages = x->pages;
	const char __user *cu = ubuf;
	void *arg_ptr = (void *)arg;
	char *up = u64_to_user_ptr(x->uaddr);
	int ret;

	ret = get_user_pages_fast((unsigned long)ubuf, n, FOLL_WRITE, pages);	/* QUIET(gup-kaddr) */
	ret = get_user_pages_fast((unsigned long)vbuf, n, FOLL_WRITE, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)x->ubuf, n, 0, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)cu, n, 0, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)(ubuf + 16), n, 0, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)&ubuf[16], n, 0, pages);	/* QUIET(gup-kaddr) */
	/* Through a __user struct pointer: the field's type lost the __user. */
	ret = pin_user_pages_fast((unsigned long)&((struct xfer __user *)vbuf)->uaddr,	/* QUIET(gup-kaddr) */
				  1, 0, pages);
	/* Integers already, or of a type nobody here knows. */
	ret = pin_user_pages_fast(arg, n, 0, pages);			/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)x->uaddr, n, 0, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)unknown_ptr, n, 0, pages);	/* WARN(gup-kaddr: sparse) */
	/* A user address under a kernel type: sloppy, but a user address. */
	ret = pin_user_pages_fast((unsigned long)arg_ptr, n, 0, pages);	/* QUIET(gup-kaddr) */
	ret = pin_user_pages_fast((unsigned long)up, n, 0, pages);	/* QUIET(gup-kaddr) */
	/* Not the address argument. */
	ret = get_user_pages_remote(current->mm, arg, 1, 0,		/* QUIET(gup-kaddr) */
				    (struct page **)x->kbuf, NULL, NULL);
	return ret;
}
