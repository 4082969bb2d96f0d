// SPDX-License-Identifier: GPL-2.0
/*
 * A helper given the address of the caller's page array (struct page ***)
 * may trim it: it releases the pages it drops and puts a smaller array in
 * its place.  The pages it drops are the caller's pinned pages, reached
 * through *pages, one or two calls down.  Shape of the buffer coalescing
 * of io_uring/rsrc.c (v6.12).
 */
#include <linux/mm.h>
#include <linux/slab.h>

static bool buf_trim(struct page ***pages, int *nr_pages)
{
	struct page **old = *pages, **new;
	int n = *nr_pages;

	new = kvmalloc_array(1, sizeof(struct page *), GFP_KERNEL);
	if (!new)
		return false;
	new[0] = old[0];
	if (n > 1)
		release_pages(&old[1], n - 1);	/* WARN(gup-put) */
	kvfree(old);
	*pages = new;
	*nr_pages = 1;
	return true;
}

static bool buf_try_trim(struct page ***pages, int *nr_pages, bool huge)
{
	if (!huge || *nr_pages <= 1)
		return false;
	return buf_trim(pages, nr_pages);
}

int buf_register(unsigned long uaddr, int nr_pages, bool huge)
{
	struct page **pages;
	int ret;

	pages = kvmalloc_array(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(uaddr, nr_pages, FOLL_WRITE | FOLL_LONGTERM,
				  pages);
	if (ret != nr_pages) {
		if (ret > 0)
			unpin_user_pages(pages, ret);
		kvfree(pages);
		return -EFAULT;
	}
	buf_try_trim(&pages, &nr_pages, huge);
	unpin_user_pages(pages, nr_pages);
	kvfree(pages);
	return 0;
}
