// SPDX-License-Identifier: GPL-2.0
/*
 * One page pinned through the address of a local page pointer, used, then
 * released there or kept in a field of the device for another function to
 * release.  Under kbuild's INIT_STACK_ALL_ZERO the local starts out holding
 * the compiler's filler, which is no page and leaves the local's pages
 * those of the pin.  Shapes of drivers/virt/acrn/hsm.c, ioreq.c and
 * drivers/vhost/vhost.c (v6.1).
 */
#include <linux/mm.h>

struct mon_vm {
	struct page *status_page;
	struct page *ring_page;
	void *ring;
};

int mon_hw_watch(struct page *page);

static int mon_set_status(struct mon_vm *vm, unsigned long uaddr)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (ret != 1)
		return -EFAULT;
	ret = mon_hw_watch(page);
	if (ret < 0) {
		put_page(page);					/* WARN(gup-put) */
		return ret;
	}
	if (vm->status_page)
		unpin_user_page(vm->status_page);		/* QUIET(gup-put) */
	vm->status_page = page;
	return 0;
}

static int mon_ring_init(struct mon_vm *vm, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM,
				&page) != 1 || !page)
		return -EFAULT;
	vm->ring = page_address(page);
	vm->ring_page = page;
	return 0;
}

static void mon_destroy(struct mon_vm *vm)
{
	if (vm->ring_page) {
		put_page(vm->ring_page);			/* WARN(gup-put) */
		vm->ring = NULL;
	}
	if (vm->status_page) {
		put_page(vm->status_page);			/* WARN(gup-put) */
		vm->status_page = NULL;
	}
}

/* Set one bit in a user page: dirty it, drop it. */
static int mon_set_user_bit(int nr, unsigned long uaddr)
{
	struct page *page;
	unsigned long *base;
	int r;

	r = pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page);
	if (r < 0)
		return r;
	base = kmap_local_page(page);
	base[nr / 64] |= 1UL << (nr % 64);
	kunmap_local(base);
	set_page_dirty_lock(page);
	put_page(page);						/* WARN(gup-put) */
	return 0;
}
