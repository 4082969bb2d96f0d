// SPDX-License-Identifier: GPL-2.0
/* v4.11: __vmalloc() allocates what the caller's gfp asks, lowmem included. */
static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask,
				 pgprot_t prot, int node)
{
	const gfp_t alloc_mask = gfp_mask | __GFP_NOWARN;

	return __vmalloc_pages(area, alloc_mask, node);
}

void *vmalloc(unsigned long size)
{
	return __vmalloc_node_flags(size, NUMA_NO_NODE,
				    GFP_KERNEL | __GFP_HIGHMEM);
}
