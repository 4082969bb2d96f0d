// SPDX-License-Identifier: GPL-2.0
/*
 * Insert loops outside the ->mmap handler itself: a helper given the vma
 * (the shape of exported helpers a driver's ->mmap calls), a do/while
 * loop, an index that starts at vm_pgoff.
 */
#include <linux/mm.h>

struct gem_buf {
	struct page **pages;
	unsigned long npages;
};

int gem_mmap_pages(struct vm_area_struct *vma, struct page **pages,
		   unsigned long count)
{
	unsigned long addr = vma->vm_start, i = 0;
	int ret;

	do {
		ret = vm_insert_page(vma, addr, pages[i]);	/* WARN(insert-loop) */
		if (ret)
			return ret;
		addr += PAGE_SIZE;
	} while (++i < count);
	return 0;
}

static int gem_mmap_offset(struct gem_buf *buf, struct vm_area_struct *vma)
{
	unsigned long i, count = vma_pages(vma);
	int ret;

	for (i = 0; i < count; i++) {
		ret = vm_insert_page(vma, vma->vm_start + i * PAGE_SIZE,	/* WARN(insert-loop) */
				     buf->pages[vma->vm_pgoff + i]);
		if (ret)
			return ret;
	}
	return 0;
}
