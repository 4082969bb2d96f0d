// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * iov_iter_extract_pages() pins the pages of a user-backed iterator and
 * takes no reference at all on those of any other.  Code keeps the answer
 * of iov_iter_extract_will_pin() in a flag and lets go of the pages only
 * when it is set: under that test, the release must be an unpin.
 */
#include <linux/mm.h>
#include <linux/uio.h>

struct xreq {
	struct page **pages;
	unsigned int npages;
	bool pinned;
};

static ssize_t xreq_get(struct xreq *rq, struct iov_iter *iter, size_t len)
{
	size_t off;

	rq->pinned = iov_iter_extract_will_pin(iter);
	return iov_iter_extract_pages(iter, &rq->pages, len, rq->npages, 0,
				      &off);
}

static void xreq_put(struct xreq *rq)
{
	unsigned int i;

	if (rq->pinned)
		for (i = 0; i < rq->npages; i++)
			put_page(rq->pages[i]);			/* WARN(gup-put) */
}

static void xreq_unpin(struct xreq *rq)
{
	if (rq->pinned)
		unpin_user_pages(rq->pages, rq->npages);	/* QUIET(gup-put) */
}

/* Not pinned: not this rule's to judge. */
static void xreq_other_arm(struct xreq *rq)
{
	if (!rq->pinned)
		release_pages(rq->pages, rq->npages);		/* QUIET(gup-put) */
}

static int one_shot(struct iov_iter *iter, struct page **pages,
		    unsigned int n, size_t len)
{
	bool will_pin = iov_iter_extract_will_pin(iter);
	size_t off;
	ssize_t got;

	got = iov_iter_extract_pages(iter, &pages, len, n, 0, &off);
	if (got <= 0)
		return got;
	if (will_pin && got < len) {
		release_pages(pages, n);			/* WARN(gup-put) */
		return -EFAULT;
	}
	if (user_backed_iter(iter))
		unpin_user_pages(pages, n);			/* QUIET(gup-put) */
	return 0;
}

/*
 * With no test at all: a reference is held only on pages that were
 * pinned, so the only release a file that takes no references of its own
 * may make of them is an unpin.
 */
static ssize_t extract_or_fail(struct iov_iter *iter, struct page **pages,
			       unsigned int n, size_t len)
{
	size_t off;
	ssize_t got = iov_iter_extract_pages(iter, &pages, len, n, 0, &off);

	if (got > 0 && got < len) {
		put_page(pages[0]);				/* WARN(gup-put) */
		return -EFAULT;
	}
	return got;
}

static void xreq_put_either(struct xreq *rq)
{
	if (rq->pinned)
		unpin_user_pages(rq->pages, rq->npages);	/* QUIET(gup-put) */
	else
		release_pages(rq->pages, rq->npages);		/* QUIET(gup-put) */
}

/* The else of a negated test is the pinned side. */
static void xreq_put_negated(struct xreq *rq)
{
	if (!rq->pinned)
		rq->npages = 0;
	else
		release_pages(rq->pages, rq->npages);		/* WARN(gup-put) */
}
