// SPDX-License-Identifier: GPL-2.0
/*
 * A static wrapper gets user pages into its caller's array (the shape of
 * privcmd's lock_pages() and qib_get_user_pages() in v5.4), and the caller
 * in the same file maps them for the device.  The finding is at the get
 * call, whose pages they are.  A second caller of a second wrapper only
 * faults the pages in and lets them go: quiet.
 */
#include <linux/mm.h>
#include <linux/dma-mapping.h>

struct device;

static int lock_user(unsigned long uaddr, int n, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, n, FOLL_WRITE, pages);	/* WARN(gup-dma: cocci,gcc) */

	if (got < 0)
		return got;
	if (got != n) {
		while (got)
			put_page(pages[--got]);
		return -EFAULT;
	}
	return 0;
}

static void unlock_user(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

int map_user(struct device *dev, unsigned long uaddr, int n,
	     struct page **pages, dma_addr_t *addrs)
{
	int i, r = lock_user(uaddr, n, pages);

	if (r)
		return r;
	for (i = 0; i < n; i++)
		addrs[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE,
					DMA_BIDIRECTIONAL);
	return 0;
}

void unmap_user(struct device *dev, struct page **pages,
		dma_addr_t *addrs, int n)
{
	int i;

	for (i = 0; i < n; i++)
		dma_unmap_page(dev, addrs[i], PAGE_SIZE, DMA_BIDIRECTIONAL);
	unlock_user(pages, n);
}

static int touch_user(unsigned long uaddr, int n, struct page **pages)
{
	return get_user_pages_fast(uaddr, n, 0, pages);	/* QUIET(gup-dma) */
}

int prefault_user(unsigned long uaddr, int n, struct page **pages)
{
	int i, got = touch_user(uaddr, n, pages);

	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got < 0 ? got : 0;
}
