// SPDX-License-Identifier: GPL-2.0
/*
 * A loop that inserts one page per element of a linked list, not of a page
 * array: vm_map_pages() takes an array, so there is nothing to suggest.
 * Shape of drivers/xen/gntalloc.c's gntalloc_mmap() (v6.1), where
 * pagelint-sparse warned (false alarm).
 */
#include <linux/mm.h>

struct gref {
	struct gref *next;
	struct page *page;
	int users;
};

static int gref_mmap(struct file *filp, struct vm_area_struct *vma)
{
	struct gref *gref = filp->private_data;
	int count = vma_pages(vma);
	int rv, i;

	for (i = 0; i < count; i++) {
		gref->users++;
		rv = vm_insert_page(vma, vma->vm_start + i * PAGE_SIZE,	/* QUIET(insert-loop) */
				    gref->page);
		if (rv)
			return rv;
		gref = gref->next;
	}
	return 0;
}

static const struct file_operations gref_fops = {
	.mmap = gref_mmap,
};
