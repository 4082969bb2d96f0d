/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64's address-to-page macros as a KASLR kernel has them: the memory
 * map's base is an integer variable, cast to a page pointer where used, so
 * GCC folds pfn_to_page() into integer arithmetic.
 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)
#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)

#define __pgprot(x)	((pgprot_t) { (x) })
#define PAGE_KERNEL	__pgprot(0x163)
#define PAGE_KERNEL_EXEC	__pgprot(0x063)
#define PAGE_SHARED	__pgprot(0x067)

struct page;
extern unsigned long vmemmap_base;
extern unsigned long __phys_addr(unsigned long x);

#define vmemmap			((struct page *)vmemmap_base)
#define __pa(x)			__phys_addr((unsigned long)(x))
#define __va(x)			((void *)((unsigned long)(x) + 0xffff888000000000UL))
#define __pfn_to_page(pfn)	(vmemmap + (pfn))
#define __page_to_pfn(page)	(unsigned long)((page) - vmemmap)
#define pfn_to_page		__pfn_to_page
#define page_to_pfn		__page_to_pfn
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define virt_to_pfn(kaddr)	(__pa(kaddr) >> PAGE_SHIFT)
#define page_to_phys(page)	((phys_addr_t)page_to_pfn(page) << PAGE_SHIFT)

static inline phys_addr_t virt_to_phys(volatile void *address)
{
	return __pa(address);
}

#endif
