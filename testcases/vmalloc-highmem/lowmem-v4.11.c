// SPDX-License-Identifier: GPL-2.0
// pagelint-tree: v4.11
/*
 * v4.11: __vmalloc() allocates only the zones its flags ask for, so plain
 * flags fill the vmalloc area with lowmem pages.  The three-argument
 * __vmalloc() (a pgprot after the flags) of the kernels before v5.8.
 */
#include <linux/vmalloc.h>

/* Declared for the compilers (the C engines build this file). */
#define __GFP_MYSTERY	((__force gfp_t)0x8000000u)	/* a flag this tool never heard of */

struct table {
	void *slots;
	void *shadow;
	unsigned long size;
};

static int table_alloc(struct table *t)
{
	t->slots = __vmalloc(t->size, GFP_KERNEL, PAGE_KERNEL);	/* WARN(vmalloc-highmem) */
	if (!t->slots)
		return -ENOMEM;
	t->shadow = __vmalloc(t->size,		/* WARN(vmalloc-highmem) */
			      GFP_NOFS | __GFP_ZERO, PAGE_KERNEL);
	if (!t->shadow)
		return -ENOMEM;
	return 0;
}

static void *table_exec(unsigned long size)
{
	return __vmalloc(size, (GFP_KERNEL | __GFP_NOWARN), PAGE_KERNEL_EXEC);	/* WARN(vmalloc-highmem) */
}

static void *table_quiet(unsigned long size, gfp_t gfp)
{
	void *p;

	/* Asking for highmem is right here, whatever comes with it. */
	p = __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);	/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_HIGHUSER | __GFP_ZERO, PAGE_KERNEL);	/* QUIET(vmalloc-highmem) */
	/* Lowmem for a 32-bit device: the vmalloc_32() case. */
	p = __vmalloc(size, GFP_KERNEL | GFP_DMA32, PAGE_KERNEL);	/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_DMA, PAGE_KERNEL);			/* QUIET(vmalloc-highmem) */
	/* The caller decides. */
	p = __vmalloc(size, gfp, PAGE_KERNEL);				/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, gfp | __GFP_ZERO, PAGE_KERNEL);		/* QUIET(vmalloc-highmem) */
	p = __vmalloc(size, GFP_KERNEL | __GFP_MYSTERY, PAGE_KERNEL);	/* WARN(vmalloc-highmem: sparse) */
	/* Where the pgprot is not the gfp. */
	p = __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, __pgprot(GFP_KERNEL));/* QUIET(vmalloc-highmem) */
	return p;
}
