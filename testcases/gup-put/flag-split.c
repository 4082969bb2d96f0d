// SPDX-License-Identifier: GPL-2.0
/*
 * One struct field, two kinds of pages chosen by a flag: pinned user pages,
 * or kernel pages a helper takes references on.  Each release path tests
 * the same flag.  Shape of drivers/tee/tee_shm.c (v6.1), where
 * pagelint-sparse took shm_put_kernel_pages() for a release of the pinned
 * pages (false alarm).
 */
#include <linux/mm.h>
#include <linux/slab.h>

#define SHM_USER_MAPPED	1

struct shm {
	unsigned int flags;
	struct page **pages;
	size_t num_pages;
};

static void shm_put_kernel_pages(struct page **pages, size_t page_count)
{
	size_t n;

	for (n = 0; n < page_count; n++)
		put_page(pages[n]);			/* QUIET(gup-put) */
}

static int shm_get_kernel_pages(unsigned long start, size_t page_count,
				struct page **pages)
{
	size_t n;

	for (n = 0; n < page_count; n++) {
		struct page *page = vmalloc_to_page((void *)(start + PAGE_SIZE * n));

		if (!page)
			return -ENOMEM;
		get_page(page);
		pages[n] = page;
	}
	return page_count;
}

static void release_registered_pages(struct shm *shm)
{
	if (shm->flags & SHM_USER_MAPPED)
		unpin_user_pages(shm->pages, shm->num_pages);	/* QUIET(gup-put) */
	else
		shm_put_kernel_pages(shm->pages, shm->num_pages);
}

static int register_shm(struct shm *shm, unsigned long start, size_t n)
{
	int rc;

	shm->pages = kcalloc(n, sizeof(*shm->pages), GFP_KERNEL);
	if (!shm->pages)
		return -ENOMEM;
	if (shm->flags & SHM_USER_MAPPED)
		rc = pin_user_pages_fast(start, n, FOLL_WRITE, shm->pages);
	else
		rc = shm_get_kernel_pages(start, n, shm->pages);
	if (rc > 0)
		shm->num_pages = rc;
	return rc;
}

int shm_cycle(struct shm *shm, unsigned long start, size_t n)
{
	int rc = register_shm(shm, start, n);

	release_registered_pages(shm);
	return rc;
}
