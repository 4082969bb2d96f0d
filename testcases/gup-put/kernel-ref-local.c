// SPDX-License-Identifier: GPL-2.0
/*
 * The function's own page array gets pinned user pages or the pages of a
 * kernel buffer, and this time the kernel pages are given references of
 * their own (get_page() on the page read back from the array), which the
 * driver drops with put_page().  The array holds pages of two kinds: no
 * release of it can be said to be wrong.  The kernel pages of
 * kernel-or-user.c, with no reference taken, are another story.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct kref_buf {
	struct page **pages;
	int npages;
	bool user;
};

static int kref_buf_fill(struct kref_buf *b, void *kaddr, unsigned long uaddr)
{
	struct page **pages = kcalloc(b->npages, sizeof(*pages), GFP_KERNEL);
	int i;

	if (!pages)
		return -ENOMEM;
	if (b->user) {
		if (pin_user_pages_fast(uaddr, b->npages, FOLL_WRITE,
					pages) != b->npages) {
			kfree(pages);
			return -EFAULT;
		}
	} else {
		for (i = 0; i < b->npages; i++) {
			pages[i] = vmalloc_to_page(kaddr + i * PAGE_SIZE);
			get_page(pages[i]);
		}
	}
	b->pages = pages;
	return 0;
}

static void kref_buf_put_kernel(struct kref_buf *b)
{
	int i;

	for (i = 0; i < b->npages; i++)
		put_page(b->pages[i]);			/* QUIET(gup-put) */
}

static void kref_buf_free(struct kref_buf *b)
{
	if (b->user)
		unpin_user_pages(b->pages, b->npages);
	else
		kref_buf_put_kernel(b);
	kfree(b->pages);
}
