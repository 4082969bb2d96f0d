// SPDX-License-Identifier: GPL-2.0
/*
 * One allocation holds a header with a flexible array of addresses, then
 * the page array, then the bookkeeping struct, each found by pointer
 * arithmetic from the one before (vchiq's page list).  The bookkeeping
 * struct is still a struct blk_info: its pages field is the one the
 * release helper reads.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct blk_hdr {
	u32 len;
	u32 addrs[];
};

struct blk_info {
	struct blk_hdr *hdr;
	struct page **pages;
	unsigned int nr;
};

static void blk_free(struct blk_info *info)
{
	release_pages(info->pages, info->nr);			/* WARN(gup-put) */
	kfree(info->hdr);
}

static struct blk_info *blk_make(unsigned long uaddr, unsigned int nr)
{
	struct blk_hdr *hdr;
	struct blk_info *info;
	struct page **pages;
	u32 *addrs;

	hdr = kmalloc(sizeof(*hdr) + nr * (sizeof(u32) + sizeof(*pages)) +
		      sizeof(*info), GFP_KERNEL);
	if (!hdr)
		return NULL;
	addrs = hdr->addrs;
	pages = (struct page **)(addrs + nr);
	info = (struct blk_info *)(pages + nr);
	info->hdr = hdr;
	info->pages = pages;
	info->nr = nr;
	if (pin_user_pages_fast(uaddr, nr, 0, pages) != nr) {
		kfree(hdr);
		return NULL;
	}
	return info;
}

static void blk_done(struct blk_info *info)
{
	unpin_user_pages(info->pages, info->nr);		/* QUIET(gup-put) */
	kfree(info->hdr);
}
