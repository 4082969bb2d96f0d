// SPDX-License-Identifier: GPL-2.0
/*
 * A function of the file pins a user range into an array it allocates and
 * returns the array: what its callers hold is pinned, whether they release
 * it themselves, hand it to the file's release helper, or copy its pages
 * into a vector kept for later.  Shapes of arch/x86/kvm/svm/sev.c
 * (sev_pin_memory()) and io_uring/rsrc.c (io_pin_pages()) in v6.1.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct enc_vec {
	unsigned int nr;
	struct enc_seg {
		struct page *page;
		unsigned int len;
	} seg[];
};

int enc_hw_update(struct page **pages, unsigned long n);

static struct page **enc_pin(unsigned long uaddr, unsigned long len,
			     unsigned long *n)
{
	unsigned long first = uaddr >> PAGE_SHIFT;
	unsigned long last = (uaddr + len - 1) >> PAGE_SHIFT;
	unsigned long npages = last - first + 1;
	struct page **pages;
	long got;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	got = pin_user_pages_fast(uaddr, npages, FOLL_WRITE | FOLL_LONGTERM,
				  pages);
	if (got != npages) {
		if (got > 0)
			unpin_user_pages(pages, got);		/* QUIET(gup-put) */
		kvfree(pages);
		return ERR_PTR(-ENOMEM);
	}
	*n = npages;
	return pages;
}

static void enc_unpin(struct page **pages, unsigned long n)
{
	release_pages(pages, n);				/* WARN(gup-put) */
	kvfree(pages);
}

static int enc_update(unsigned long uaddr, unsigned long len)
{
	struct page **in;
	unsigned long n;
	int ret;

	in = enc_pin(uaddr, len, &n);
	if (IS_ERR(in))
		return PTR_ERR(in);
	ret = enc_hw_update(in, n);
	enc_unpin(in, n);
	return ret;
}

static struct enc_vec *enc_register(unsigned long uaddr, unsigned long len)
{
	struct page **pages;
	struct enc_vec *v;
	unsigned long n, i;

	pages = enc_pin(uaddr, len, &n);
	if (IS_ERR(pages))
		return NULL;
	v = kvmalloc(sizeof(*v) + n * sizeof(v->seg[0]), GFP_KERNEL);
	if (!v) {
		release_pages(pages, n);			/* WARN(gup-put) */
		kvfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		v->seg[i].page = pages[i];
		v->seg[i].len = PAGE_SIZE;
	}
	v->nr = n;
	kvfree(pages);
	return v;
}

static void enc_unregister(struct enc_vec *v)
{
	unsigned int i;

	for (i = 0; i < v->nr; i++)
		put_page(v->seg[i].page);			/* WARN(gup-put) */
	kvfree(v);
}
