// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v6.12
 * Folios pinned from a memfd (memfd_pin_folios(), v6.11) are each kept in
 * a node of a list by a helper; the teardown walks the list and lets each
 * node's folio go: a pinned folio (udmabuf's unpin list).
 */
#include <linux/mm.h>
#include <linux/memfd.h>
#include <linux/list.h>
#include <linux/slab.h>

struct held_folio {
	struct list_head link;
	struct folio *folio;
};

static int hold_folio(struct list_head *held, struct folio *folio)
{
	struct held_folio *h = kzalloc(sizeof(*h), GFP_KERNEL);

	if (!h)
		return -ENOMEM;
	h->folio = folio;
	list_add_tail(&h->link, held);
	return 0;
}

static void drop_all(struct list_head *held)
{
	struct held_folio *h;

	while (!list_empty(held)) {
		h = list_first_entry(held, struct held_folio, link);
		folio_put(h->folio);				/* WARN(gup-put) */
		list_del(&h->link);
		kfree(h);
	}
}

static long hold_range(struct list_head *held, struct file *memfd,
		       loff_t start, unsigned int nr)
{
	struct folio **folios;
	unsigned long off;
	long got, i;
	int ret = 0;

	folios = kmalloc_array(nr, sizeof(*folios), GFP_KERNEL);
	if (!folios)
		return -ENOMEM;
	got = memfd_pin_folios(memfd, start, start + nr * PAGE_SIZE - 1,
			       folios, nr, &off);
	for (i = 0; i < got && !ret; i++)
		ret = hold_folio(held, folios[i]);
	kfree(folios);
	if (ret)
		drop_all(held);
	return ret ? ret : got;
}
