/* SPDX-License-Identifier: GPL-2.0 */
/* The vmalloc API of Linux v6.1. */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/mm_types.h>

extern void *vmalloc(unsigned long size);
extern void *vzalloc(unsigned long size);
extern void *vmalloc_user(unsigned long size);
extern void *vmalloc_node(unsigned long size, int node);
extern void *vzalloc_node(unsigned long size, int node);
extern void *vmalloc_32(unsigned long size);
extern void *vmalloc_32_user(unsigned long size);
extern void *__vmalloc(unsigned long size, gfp_t gfp_mask);
extern void *__vmalloc_node(unsigned long size, unsigned long align,
			    gfp_t gfp_mask, int node, const void *caller);
extern void *vmalloc_array(size_t n, size_t size);
extern void *vcalloc(size_t n, size_t size);
extern void vfree(const void *addr);
extern void *vmap(struct page **pages, unsigned int count,
		  unsigned long flags, pgprot_t prot);
extern void vunmap(const void *addr);

#endif
