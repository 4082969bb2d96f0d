// SPDX-License-Identifier: GPL-2.0
/*
 * v6.1: __GFP_HIGHMEM named beside flags no engine can read at this call
 * (a gfp_t the caller passes, a flags field) is as redundant as beside
 * GFP_KERNEL: the block-cache, filesystem and bpf helpers v4.12 cleaned up
 * had this shape.  Whatever the other flags hold, __GFP_HIGHMEM adds
 * nothing; without it, unknown flags stay alone.
 */
#include <linux/vmalloc.h>

struct blk_cache {
	gfp_t gfp;
	size_t block;
};

static void *blk_cache_data(struct blk_cache *c, gfp_t gfp)
{
	return __vmalloc(c->block, gfp | __GFP_HIGHMEM);	/* WARN(vmalloc-highmem: cocci) */
}

static void *blk_cache_table(struct blk_cache *c, size_t n, gfp_t extra)
{
	return __vmalloc(n * c->block,				/* WARN(vmalloc-highmem: cocci) */
			 GFP_KERNEL | __GFP_HIGHMEM | extra);
}

static void *blk_cache_field(struct blk_cache *c)
{
	return __vmalloc_node(c->block, 1, c->gfp | __GFP_HIGHMEM,	/* WARN(vmalloc-highmem: cocci) */
			      NUMA_NO_NODE, __builtin_return_address(0));
}

/* No highmem named: what the caller's flags hold is not known here. */
static void *blk_cache_plain(struct blk_cache *c, gfp_t gfp)
{
	void *p;

	p = __vmalloc(c->block, gfp);				/* QUIET(vmalloc-highmem) */
	if (p)
		return p;
	return __vmalloc(c->block, gfp | __GFP_ZERO);		/* QUIET(vmalloc-highmem) */
}

void *blk_cache_get(struct blk_cache *c, gfp_t gfp, int zero)
{
	if (zero)
		return blk_cache_plain(c, gfp);
	return c->block > PAGE_SIZE ? blk_cache_table(c, 2, gfp) :
	       blk_cache_field(c) ?: blk_cache_data(c, gfp);
}
