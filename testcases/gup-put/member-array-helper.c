// SPDX-License-Identifier: GPL-2.0
/*
 * A page array that is a member of the driver's struct, pinned by a helper
 * whose parameter is declared as an array (struct page *pages[N]): the
 * caller passes the member itself, the address of the whole array, and
 * releases its pages after the transfer.  Shape of
 * drivers/platform/goldfish/goldfish_pipe.c (v6.1).
 */
#include <linux/mm.h>

#define PIPE_MAX_PAGES	16

struct pipe_dev {
	unsigned long cmd_addrs[PIPE_MAX_PAGES];
	struct page *pages[PIPE_MAX_PAGES];
};

int pipe_hw_run(struct pipe_dev *p, int n);

static int pipe_pin(unsigned long first, int n, int is_write,
		    struct page *pages[PIPE_MAX_PAGES])
{
	int ret;

	if (n > PIPE_MAX_PAGES)
		n = PIPE_MAX_PAGES;
	ret = pin_user_pages_fast(first, n, is_write ? 0 : FOLL_WRITE, pages);
	return ret <= 0 ? -EFAULT : ret;
}

static void pipe_fill(struct page **pages, int n, unsigned long *addrs)
{
	int i;

	for (i = 0; i < n; i++)
		addrs[i] = page_to_phys(pages[i]);
}

static int pipe_transfer(struct pipe_dev *p, unsigned long uaddr, int n,
			 int is_write)
{
	int count, done, i;

	count = pipe_pin(uaddr, n, is_write, p->pages);
	if (count < 0)
		return count;
	pipe_fill(p->pages, count, p->cmd_addrs);
	done = pipe_hw_run(p, count);
	for (i = 0; i < count; i++) {
		if (!is_write && done > 0)
			set_page_dirty_lock(p->pages[i]);
		put_page(p->pages[i]);				/* WARN(gup-put) */
	}
	return done;
}
