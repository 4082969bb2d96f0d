// SPDX-License-Identifier: GPL-2.0
/*
 * A ring buffer shared with user space, shaped like the drivers Souptick
 * Joarder converted to vmf_insert_*() in 2018: the fault handler still maps
 * vm_insert_page()'s errno by hand, and ->mmap inserts its page array one
 * page at a time.
 */
#include <linux/mm.h>
#include <linux/fs.h>

struct ring {
	struct page **pages;
	unsigned long npages;
};

static vm_fault_t ring_fault(struct vm_fault *vmf)
{
	struct ring *ring = vmf->vma->vm_private_data;
	int err;

	if (vmf->pgoff >= ring->npages)
		return VM_FAULT_SIGBUS;
	err = vm_insert_page(vmf->vma, vmf->address, ring->pages[vmf->pgoff]);
	if (err < 0 && err != -EBUSY)
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

static const struct vm_operations_struct ring_vm_ops = {
	.fault = ring_fault,
};

static int ring_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct ring *ring = file->private_data;
	unsigned long addr = vma->vm_start;
	unsigned long i;
	int ret;

	if (vma_pages(vma) > ring->npages)
		return -EINVAL;
	vma->vm_ops = &ring_vm_ops;
	vma->vm_private_data = ring;
	for (i = 0; i < vma_pages(vma); i++) {
		ret = vm_insert_page(vma, addr, ring->pages[i]);
		if (ret)
			return ret;
		addr += PAGE_SIZE;
	}
	return 0;
}

static const struct file_operations ring_fops = {
	.owner = THIS_MODULE,
	.mmap = ring_mmap,
};
