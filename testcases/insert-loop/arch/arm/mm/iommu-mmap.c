// SPDX-License-Identifier: GPL-2.0
/*
 * An architecture's DMA-API ->mmap (arch/arm/mm/dma-mapping.c before v5.2
 * had this shape): the page array is walked with a pointer, *pages++, in a
 * do/while loop, after skipping vm_pgoff pages.  An arch/ARCH/mm/ file is
 * no core mm: vm_map_pages() is for it too.  The pointer walk is the
 * Coccinelle engine's so far.
 */
#include <linux/mm.h>

struct iommu_buf {
	struct page **pages;
	unsigned long count;
};

static int iommu_buf_mmap(struct iommu_buf *buf, struct vm_area_struct *vma)
{
	unsigned long uaddr = vma->vm_start;
	unsigned long left = vma->vm_end - vma->vm_start;
	struct page **pages = buf->pages;

	if (vma->vm_pgoff >= buf->count ||
	    (left >> PAGE_SHIFT) > buf->count - vma->vm_pgoff)
		return -ENXIO;
	pages += vma->vm_pgoff;
	do {
		int ret = vm_insert_page(vma, uaddr, *pages++);	/* WARN(insert-loop: cocci) */

		if (ret)
			return ret;
		uaddr += PAGE_SIZE;
		left -= PAGE_SIZE;
	} while (left > 0);
	return 0;
}

static int iommu_buf_mmap_all(struct iommu_buf *buf, struct vm_area_struct *vma)
{
	unsigned long uaddr = vma->vm_start;
	struct page **pages = buf->pages;
	unsigned long n;

	for (n = 0; n < buf->count; n++) {
		int ret = vm_insert_page(vma, uaddr, *pages++);	/* WARN(insert-loop: cocci) */

		if (ret)
			return ret;
		uaddr += PAGE_SIZE;
	}
	return 0;
}

/* One page, however it is reached: no array walk. */
static int iommu_buf_mmap_one(struct iommu_buf *buf, struct vm_area_struct *vma)
{
	return vm_insert_page(vma, vma->vm_start, *buf->pages);	/* QUIET(insert-loop) */
}

int iommu_mmap(struct iommu_buf *buf, struct vm_area_struct *vma, int how)
{
	if (how == 0)
		return iommu_buf_mmap_one(buf, vma);
	return how == 1 ? iommu_buf_mmap(buf, vma) : iommu_buf_mmap_all(buf, vma);
}
