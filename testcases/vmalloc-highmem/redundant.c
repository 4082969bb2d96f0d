// SPDX-License-Identifier: GPL-2.0
/*
 * v6.1 (the sample tree): __vmalloc() adds __GFP_HIGHMEM itself unless a
 * DMA zone is asked for, so asking for it is redundant.
 */
#include <linux/vmalloc.h>

/* A driver's own flags: the lowmem DMA32 zone, behind a name. */
#define MY_GFP	(GFP_KERNEL | __GFP_DMA32)

struct ring {
	void *buf;
	void *lut;
	size_t size;
};

static int ring_alloc(struct ring *r, gfp_t gfp_mask)
{
	r->buf = __vmalloc(r->size, GFP_KERNEL | __GFP_HIGHMEM);	/* WARN(vmalloc-highmem) */
	if (!r->buf)
		return -ENOMEM;
	r->lut = __vmalloc(r->size, GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO);	/* WARN(vmalloc-highmem) */
	if (!r->lut)
		return -ENOMEM;
	r->lut = __vmalloc(r->size,				/* WARN(vmalloc-highmem) */
			   __GFP_HIGHMEM | GFP_NOFS | __GFP_NOWARN);
	r->lut = __vmalloc_node(r->size, 1, GFP_KERNEL | __GFP_HIGHMEM,	/* WARN(vmalloc-highmem) */
				NUMA_NO_NODE, __builtin_return_address(0));
	return 0;
}

static void *ring_user_buf(size_t size)
{
	/* Redundant too, but no mechanical rewrite: say so, change nothing. */
	return __vmalloc(size, GFP_HIGHUSER | __GFP_ZERO);	/* WARN(vmalloc-highmem) */
}

static void *ring_quiet(size_t size, gfp_t gfp_mask, int dma)
{
	void *p;

	p = __vmalloc(size, GFP_KERNEL);			/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_KERNEL | __GFP_ZERO);		/* QUIET(vmalloc-highmem) */
	/* The vmalloc_32() exception: lowmem asked for on purpose. */
	p = __vmalloc(size, GFP_KERNEL | GFP_DMA32);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_DMA | __GFP_HIGHMEM);		/* QUIET(vmalloc-highmem) */
	/* A mask, or a macro that may hide a DMA zone: cannot know. */
	p = __vmalloc(size, gfp_mask & ~__GFP_HIGHMEM);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, MY_GFP | __GFP_HIGHMEM);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, dma ? GFP_DMA : GFP_KERNEL | __GFP_HIGHMEM);	/* QUIET(vmalloc-highmem) */
	/* No gfp argument at all. */
	p = vmalloc(size);					/* QUIET(vmalloc-highmem) */
	p = vmalloc_node(size, __GFP_HIGHMEM);			/* QUIET(vmalloc-highmem) */
	return p;
}
