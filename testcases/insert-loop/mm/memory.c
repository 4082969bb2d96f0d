// SPDX-License-Identifier: GPL-2.0
/*
 * False alarm found on v6.1 (mm/memory.c): the implementation of
 * vm_map_pages() itself loops over vm_insert_page().  It is given the vma
 * as any helper of an ->mmap handler is, but it is core mm (a file under
 * an mm/ directory), which is not told to call itself.
 */
#include <linux/mm.h>

static int __vm_map_pages(struct vm_area_struct *vma, struct page **pages,
			  unsigned long num, unsigned long offset)
{
	unsigned long count = vma_pages(vma);
	unsigned long uaddr = vma->vm_start;
	int ret, i;

	if (offset >= num)
		return -ENXIO;
	if (count > num - offset)
		return -ENXIO;
	for (i = 0; i < count; i++) {
		ret = vm_insert_page(vma, uaddr, pages[offset + i]);	/* QUIET(insert-loop) */
		if (ret < 0)
			return ret;
		uaddr += PAGE_SIZE;
	}
	return 0;
}

int vm_map_pages(struct vm_area_struct *vma, struct page **pages,
		 unsigned long num)
{
	return __vm_map_pages(vma, pages, num, vma->vm_pgoff);
}
