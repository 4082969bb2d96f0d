// SPDX-License-Identifier: GPL-2.0-only
/* Just the part of v6.1's mm/vmalloc.c that tells how __vmalloc() treats gfp. */
static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask,
				 pgprot_t prot, unsigned int page_shift,
				 int node)
{
	if (!(gfp_mask & (GFP_DMA | GFP_DMA32)))
		gfp_mask |= __GFP_HIGHMEM;
	return vm_area_alloc_pages(gfp_mask, node, page_shift);
}
