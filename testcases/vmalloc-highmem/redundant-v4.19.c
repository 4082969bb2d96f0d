// SPDX-License-Identifier: GPL-2.0
// pagelint-tree: v4.19
/*
 * v4.19: __vmalloc() already adds __GFP_HIGHMEM itself (since v4.12), but
 * still takes a pgprot after the flags.
 */
#include <linux/vmalloc.h>

static void *bitmap_alloc_big(unsigned long size, bool atomic)
{
	void *p;

	p = __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO, PAGE_KERNEL);	/* WARN(vmalloc-highmem) */
	if (p)
		return p;
	p = __vmalloc(size, __GFP_HIGHMEM | GFP_NOIO, PAGE_KERNEL);	/* WARN(vmalloc-highmem) */
	if (p)
		return p;
	p = __vmalloc(size, GFP_HIGHUSER_MOVABLE, PAGE_KERNEL);	/* WARN(vmalloc-highmem) */
	if (p)
		return p;
	/* Only the highmem flag: dropping it would change the allocation. */
	p = __vmalloc(size, __GFP_HIGHMEM, PAGE_KERNEL);	/* WARN(vmalloc-highmem) */
	if (p)
		return p;
	/* Nothing to say in this era. */
	p = __vmalloc(size, GFP_KERNEL, PAGE_KERNEL);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_DMA32 | __GFP_ZERO, PAGE_KERNEL);	/* QUIET(vmalloc-highmem) */
	return p;
}
