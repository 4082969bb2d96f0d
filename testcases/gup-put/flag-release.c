// SPDX-License-Identifier: GPL-2.0
/*
 * A shared-memory object holds pinned user pages or kernel pages the
 * driver took references on, as a flag says; its release function tests
 * the flag and hands the kernel pages to the driver's own helper.  The
 * other arm has the pinned pages, whatever else the array may hold at
 * other times.  Shape of drivers/tee/tee_shm.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/slab.h>

#define XSHM_USER	0x4

struct xshm {
	unsigned int flags;
	struct page **pages;
	size_t npages;
};

static void xshm_put_kernel(struct page **pages, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);				/* QUIET(gup-put) */
}

static int xshm_get_kernel(unsigned long start, size_t n, struct page **pages)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct page *page = vmalloc_to_page((void *)(start + i * PAGE_SIZE));

		if (!page)
			return -ENOMEM;
		get_page(page);
		pages[i] = page;
	}
	return n;
}

static int xshm_register(struct xshm *shm, unsigned long start, size_t n)
{
	int rc;

	shm->pages = kcalloc(n, sizeof(*shm->pages), GFP_KERNEL);
	if (!shm->pages)
		return -ENOMEM;
	if (shm->flags & XSHM_USER)
		rc = pin_user_pages_fast(start, n, FOLL_WRITE, shm->pages);
	else
		rc = xshm_get_kernel(start, n, shm->pages);
	if (rc > 0)
		shm->npages = rc;
	if (rc == n)
		return 0;
	if (shm->flags & XSHM_USER)
		unpin_user_pages(shm->pages, shm->npages);	/* QUIET(gup-put) */
	else
		xshm_put_kernel(shm->pages, shm->npages);
	kfree(shm->pages);
	return -EFAULT;
}

static void xshm_release(struct xshm *shm)
{
	if (shm->flags & XSHM_USER)
		release_pages(shm->pages, shm->npages);		/* WARN(gup-put) */
	else
		xshm_put_kernel(shm->pages, shm->npages);
	kfree(shm->pages);
}

/* Both arms are gup releases: which pages each has is not known here. */
static void xshm_drop_one(struct xshm *shm, size_t i, bool user)
{
	if (user)
		unpin_user_page(shm->pages[i]);			/* QUIET(gup-put) */
	else
		put_page(shm->pages[i]);			/* QUIET(gup-put) */
}
