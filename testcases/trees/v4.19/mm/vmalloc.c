// SPDX-License-Identifier: GPL-2.0
/* v4.19: __vmalloc() adds __GFP_HIGHMEM unless a DMA zone was asked for. */
static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask,
				 pgprot_t prot, int node)
{
	const gfp_t alloc_mask = gfp_mask | __GFP_NOWARN;
	const gfp_t highmem_mask = (gfp_mask & (GFP_DMA | GFP_DMA32)) ?
					0 :
					__GFP_HIGHMEM;

	return __vmalloc_pages(area, alloc_mask | highmem_mask, node);
}
