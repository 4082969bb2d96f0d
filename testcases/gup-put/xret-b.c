// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-unit: xret
 * Cross-unit, second half: the array ring_pin_pages() of xret-a.c returns
 * is kept in a member of an anonymous union (the struct's other use of
 * the same storage is a list) and released here with the FOLL_GET
 * release.  Only the C engines' fact file connects the two files.
 * Shape of io_uring/kbuf.c (v6.1).
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct page **ring_pin_pages(unsigned long ubuf, unsigned long len, int *npages);
struct page **ring_other_pages(int *npages);

struct ring_list {
	union {
		void *free_list;
		struct {
			struct page **buf_pages;
			void *buf_ring;
		};
	};
	int nr_pages;
};

int ring_register(struct ring_list *bl, unsigned long ubuf, unsigned long len)
{
	struct page **pages;
	int nr;

	pages = ring_pin_pages(ubuf, len, &nr);
	if (IS_ERR(pages))
		return PTR_ERR(pages);
	bl->buf_ring = page_address(pages[0]);
	bl->buf_pages = pages;
	bl->nr_pages = nr;
	return 0;
}

void ring_unregister(struct ring_list *bl)
{
	int j;

	for (j = 0; j < bl->nr_pages; j++)
		put_page(bl->buf_pages[j]);			/* WARN(gup-put: gcc,sparse) */
	kvfree(bl->buf_pages);
	bl->buf_pages = NULL;
}

/* Nothing says what another unit's function returns here. */
void ring_other(void)
{
	struct page **pages;
	int i, n;

	pages = ring_other_pages(&n);
	for (i = 0; i < n; i++)
		put_page(pages[i]);				/* QUIET(gup-put) */
}

/* A member of an anonymous struct, pinned and released in this file. */
struct ring_map {
	union {
		unsigned long pfn;
		struct {
			struct page **pages;
			int n;
		};
	};
};

int ring_map_pin(struct ring_map *m, unsigned long uaddr)
{
	int got = pin_user_pages_fast(uaddr, m->n, FOLL_WRITE, m->pages);

	return got < 0 ? got : 0;
}

void ring_map_drop(struct ring_map *m)
{
	release_pages(m->pages, m->n);				/* WARN(gup-put) */
}
