// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v4.19
 * vm_map_pages() came in v5.2: a cleanup, not a bug, so nothing to say here.
 */
#include <linux/mm.h>

static int ring_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct page **pages = file->private_data;
	unsigned long i;

	for (i = 0; i < vma_pages(vma); i++)
		if (vm_insert_page(vma, vma->vm_start + i * PAGE_SIZE, pages[i]))	/* QUIET(insert-loop) */
			return -EAGAIN;
	return 0;
}
