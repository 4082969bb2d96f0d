// SPDX-License-Identifier: GPL-2.0
/* ->mmap handlers inserting a page array one page at a time. */
#include <linux/mm.h>

struct ring {
	struct page **pages;
	unsigned long npages;
};

static int ring_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct ring *r = file->private_data;
	unsigned long addr = vma->vm_start;
	unsigned long i;
	int ret;

	for (i = 0; i < r->npages; i++) {
		ret = vm_insert_page(vma, addr, r->pages[i]);	/* WARN(insert-loop) */
		if (ret)
			return ret;
		addr += PAGE_SIZE;
	}
	return 0;
}

static int ring_mmap_while(struct file *file, struct vm_area_struct *vma)
{
	struct ring *r = file->private_data;
	unsigned long off = 0;
	int i = 0, ret = 0;

	while (off < vma->vm_end - vma->vm_start) {
		ret = vm_insert_page(vma, vma->vm_start + off, r->pages[i++]);	/* WARN(insert-loop) */
		if (ret)
			break;
		off += PAGE_SIZE;
	}
	return ret;
}

/* One page, no loop: nothing to say. */
static int one_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct ring *r = file->private_data;

	return vm_insert_page(vma, vma->vm_start, r->pages[0]);	/* QUIET(insert-loop) */
}

/* Pages computed from a buffer, not an array: vm_map_pages() does not fit. */
static int buf_mmap(struct file *file, struct vm_area_struct *vma)
{
	char *buf = file->private_data;
	unsigned long off;

	for (off = 0; off < vma->vm_end - vma->vm_start; off += PAGE_SIZE)
		if (vm_insert_page(vma, vma->vm_start + off,	/* QUIET(insert-loop) */
				   virt_to_page(buf + off)))
			return -EAGAIN;
	return 0;
}

static const struct file_operations ring_fops = {
	.mmap = ring_mmap,
};

static const struct file_operations ring_while_fops = {
	.mmap = ring_mmap_while,
};
