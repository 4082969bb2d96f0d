// SPDX-License-Identifier: GPL-2.0
/*
 * As kernel-pages-field.c, but the driver takes a reference on each page
 * of its kernel buffer (get_page()), and its cleanup releases the whole
 * array for either kind: the array then holds references of two kinds,
 * and a release of it says nothing of which it drops.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct kbuf_map {
	struct page **pages;
	unsigned int npages;
};

static void kbuf_map_free(struct kbuf_map *m)
{
	release_pages(m->pages, m->npages);		/* QUIET(gup-put) */
	kfree(m->pages);
}

static int kbuf_map_fill(struct kbuf_map *m, void *kbuf, unsigned long ubuf)
{
	unsigned int i;
	int got;

	if (kbuf) {
		for (i = 0; i < m->npages; i++) {
			m->pages[i] = vmalloc_to_page(kbuf + i * PAGE_SIZE);
			get_page(m->pages[i]);
		}
		return 0;
	}
	got = pin_user_pages_fast(ubuf, m->npages, FOLL_WRITE, m->pages);
	if (got != m->npages) {
		if (got > 0)
			unpin_user_pages(m->pages, got);
		return -EFAULT;
	}
	return 0;
}
