// SPDX-License-Identifier: GPL-2.0
/*
 * A buffer's page array holds pinned user pages or the driver's own pages,
 * as a flag says, and each release point tests the same flag: the branch
 * that does not hand the pages to the driver's own release has the pinned
 * ones, and must unpin them.  Where both branches are gup releases, the
 * pages of each branch are not known, and nothing is said.
 */
#include <linux/mm.h>
#include <linux/slab.h>

#define SHB_USER	0x1

struct shbuf {
	unsigned int flags;
	struct page **pages;
	int npages;
};

static int shb_kernel_pages(void *kaddr, int n, struct page **pages)
{
	int i;

	for (i = 0; i < n; i++) {
		pages[i] = vmalloc_to_page(kaddr + i * PAGE_SIZE);
		get_page(pages[i]);
	}
	return n;
}

static void shb_put_kernel_pages(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);		/* QUIET(gup-put) */
}

static int shb_fill(struct shbuf *b, unsigned long uaddr, void *kaddr)
{
	int rc;

	if (b->flags & SHB_USER)
		rc = pin_user_pages_fast(uaddr, b->npages, FOLL_WRITE,
					 b->pages);
	else
		rc = shb_kernel_pages(kaddr, b->npages, b->pages);
	if (rc == b->npages)
		return 0;
	if (rc > 0) {
		if (b->flags & SHB_USER)
			release_pages(b->pages, rc);	/* WARN(gup-put) */
		else
			shb_put_kernel_pages(b->pages, rc);
	}
	return -EFAULT;
}

static void shb_free(struct shbuf *b)
{
	if (b->flags & SHB_USER) {
		unpin_user_pages(b->pages, b->npages);
	} else {
		shb_put_kernel_pages(b->pages, b->npages);
	}
	kfree(b->pages);
}

static void shb_drop_page(struct shbuf *b, int i, bool mine)
{
	if (mine)
		put_page(b->pages[i]);		/* QUIET(gup-put) */
	else
		unpin_user_page(b->pages[i]);
}
