// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * A file that takes no page references of its own extracts pages and
 * hands the array to a helper that builds segments from it, dropping the
 * pages that merge into the one before.  Those pages hold a reference
 * only where they were pinned, so the helper's drop must be an unpin.
 */
#include <linux/mm.h>
#include <linux/uio.h>

struct seg {
	struct page *page;
	unsigned int len;
};

static unsigned int build_segs(struct seg *sg, struct page **pages,
			       unsigned int n)
{
	unsigned int i, nseg = 0;

	for (i = 0; i < n; i++) {
		if (nseg && pages[i] == sg[nseg - 1].page + 1) {
			sg[nseg - 1].len += PAGE_SIZE;
			put_page(pages[i]);			/* WARN(gup-put) */
			continue;
		}
		sg[nseg].page = pages[i];
		sg[nseg++].len = PAGE_SIZE;
	}
	return nseg;
}

static unsigned int build_segs_ok(struct seg *sg, struct page **pages,
				  unsigned int n)
{
	unsigned int i, nseg = 0;

	for (i = 0; i < n; i++) {
		if (nseg && pages[i] == sg[nseg - 1].page + 1) {
			unpin_user_page(pages[i]);		/* QUIET(gup-put) */
			continue;
		}
		sg[nseg++].page = pages[i];
	}
	return nseg;
}

static ssize_t map_user(struct seg *sg, struct iov_iter *iter,
			unsigned int n, size_t len)
{
	struct page *stack_pages[4], **pages = stack_pages;
	size_t off;
	ssize_t got;

	got = iov_iter_extract_pages(iter, &pages, len, n, 0, &off);
	if (got <= 0)
		return got;
	build_segs(sg, pages, n);
	return build_segs_ok(sg, pages, n);
}
