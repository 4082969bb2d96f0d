// SPDX-License-Identifier: GPL-2.0
/*
 * kvmalloc() memory stored in a field of a struct nested in another, and
 * converted in another function through a local alias: the sparse engine
 * keys the field by its struct and offset, whichever way it is reached.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct ring {
	u8 *desc;
	size_t size;
};

struct ring_dev {
	int id;
	struct ring rx;
};

static int ring_dev_init(struct ring_dev *d)
{
	d->rx.desc = kvzalloc(d->rx.size, GFP_KERNEL);
	return d->rx.desc ? 0 : -ENOMEM;
}

static struct page *ring_desc_page(struct ring *r)
{
	u8 *desc = r->desc;

	return virt_to_page(desc);				/* WARN(kv-to-page: sparse) */
}

static phys_addr_t ring_dev_phys(struct ring_dev *d)
{
	struct ring *r = &d->rx;

	return virt_to_phys(r->desc + 64);			/* WARN(kv-to-page: sparse) */
}

/* Same member name, another struct: kmalloc() memory. */
struct tx_ring {
	u8 *desc;
};

static int tx_init(struct tx_ring *t)
{
	t->desc = kmalloc(64, GFP_KERNEL);
	return t->desc ? 0 : -ENOMEM;
}

static struct page *tx_desc_page(struct tx_ring *t)
{
	return virt_to_page(t->desc);				/* QUIET(kv-to-page) */
}
