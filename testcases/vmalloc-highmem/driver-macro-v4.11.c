// SPDX-License-Identifier: GPL-2.0
// pagelint-tree: v4.11
/*
 * v4.11: a driver's own #define without __GFP_HIGHMEM fills the vmalloc
 * area with lowmem; sparse sees through the name, the others cannot.
 */
#include <linux/vmalloc.h>

#define DRV_GFP		(GFP_KERNEL | __GFP_ZERO)
#define DRV_GFP_HIGH	(GFP_HIGHUSER | __GFP_ZERO)
#define DRV_GFP_DMA	(GFP_KERNEL | GFP_DMA)

static void *drv_alloc(unsigned long size)
{
	void *p;

	p = __vmalloc(size, DRV_GFP, PAGE_KERNEL);		/* WARN(vmalloc-highmem: sparse) */
	p = __vmalloc(size, DRV_GFP_HIGH, PAGE_KERNEL);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, DRV_GFP_DMA, PAGE_KERNEL);		/* QUIET(vmalloc-highmem) */
	return p;
}
