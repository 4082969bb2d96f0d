// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * A driver that takes a reference of its own on the pages of a kernel
 * iterator (iov_iter_extract_pages() takes none there) releases those with
 * put_page() and the user iterator's pinned pages with an unpin.
 */
#include <linux/mm.h>
#include <linux/uio.h>

bool iov_iter_is_kvec(const struct iov_iter *i);

struct shbuf {
	struct page **pages;
	unsigned int n;
	bool user;
};

static ssize_t shbuf_fill(struct shbuf *b, struct iov_iter *iter, size_t len)
{
	size_t off;
	ssize_t got;
	unsigned int i;

	got = iov_iter_extract_pages(iter, &b->pages, len, b->n, 0, &off);
	if (got <= 0)
		return got;
	b->user = !iov_iter_is_kvec(iter);
	if (!b->user)
		for (i = 0; i < b->n; i++)
			get_page(b->pages[i]);
	return got;
}

static void shbuf_drop(struct shbuf *b)
{
	unsigned int i;

	if (b->user) {
		unpin_user_pages(b->pages, b->n);		/* QUIET(gup-put) */
		return;
	}
	for (i = 0; i < b->n; i++)
		put_page(b->pages[i]);				/* QUIET(gup-put) */
}
