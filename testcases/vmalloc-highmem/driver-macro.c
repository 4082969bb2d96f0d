// SPDX-License-Identifier: GPL-2.0
/*
 * v6.1: the gfp of __vmalloc() behind a driver's own #define.  Only the
 * sparse engine evaluates the flags the compiler sees, so only it knows
 * what the names stand for; the other engines leave unknown names alone.
 */
#include <linux/vmalloc.h>

#define DRV_GFP		(GFP_KERNEL | __GFP_HIGHMEM)
#define DRV_GFP_USER	(GFP_HIGHUSER_MOVABLE | __GFP_ZERO)
#define DRV_GFP_LOW	(GFP_NOFS | __GFP_NOWARN)
#define DRV_GFP_DMA	(DRV_GFP | __GFP_DMA32)

static void *drv_alloc(unsigned long size)
{
	void *p;

	p = __vmalloc(size, DRV_GFP);				/* WARN(vmalloc-highmem: sparse) */
	p = __vmalloc(size, DRV_GFP_USER);			/* WARN(vmalloc-highmem: sparse) */
	p = __vmalloc_node(size, 1, DRV_GFP | __GFP_ZERO,	/* WARN(vmalloc-highmem: sparse) */
			   NUMA_NO_NODE, __builtin_return_address(0));
	/* No highmem asked for: nothing redundant. */
	p = __vmalloc(size, DRV_GFP_LOW);			/* QUIET(vmalloc-highmem) */
	/* Lowmem on purpose, however the name hides it. */
	p = __vmalloc(size, DRV_GFP_DMA);			/* QUIET(vmalloc-highmem) */
	return p;
}
