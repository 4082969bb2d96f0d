// SPDX-License-Identifier: GPL-2.0
/* vm_insert_page() in fault handlers, in a helper of theirs, and in ->mmap. */
#include <linux/mm.h>

struct buf {
	struct page **pages;
	unsigned long npages;
};

static vm_fault_t buf_fault(struct vm_fault *vmf)
{
	struct buf *b = vmf->vma->vm_private_data;
	int err;

	if (vmf->pgoff >= b->npages)
		return VM_FAULT_SIGBUS;
	err = vm_insert_page(vmf->vma, vmf->address, b->pages[vmf->pgoff]);	/* WARN(fault-insert) */
	if (err < 0 && err != -EBUSY)
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

/* A helper only fault handlers call is in fault context too. */
static int buf_insert_one(struct vm_area_struct *vma, unsigned long addr,
			  struct page *page)
{
	return vm_insert_page(vma, addr, page);		/* WARN(fault-insert) */
}

static vm_fault_t buf_mkwrite(struct vm_fault *vmf)
{
	struct buf *b = vmf->vma->vm_private_data;

	if (buf_insert_one(vmf->vma, vmf->address, b->pages[0]))
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

static const struct vm_operations_struct buf_vm_ops = {
	.fault = buf_fault,
	.page_mkwrite = buf_mkwrite,
};

/* ->mmap is where the errno form belongs. */
static int buf_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct buf *b = file->private_data;

	vma->vm_ops = &buf_vm_ops;
	return vm_insert_page(vma, vma->vm_start, b->pages[0]);	/* QUIET(fault-insert) */
}

/* A helper shared by ->mmap and a fault handler is not fault-only. */
static int shared_insert(struct vm_area_struct *vma, struct page *page)
{
	return vm_insert_page(vma, vma->vm_start, page);	/* QUIET(fault-insert) */
}

static int other_mmap(struct file *file, struct vm_area_struct *vma)
{
	return shared_insert(vma, file->private_data);
}

static vm_fault_t other_fault(struct vm_fault *vmf)
{
	return shared_insert(vmf->vma, NULL) ? VM_FAULT_SIGBUS : VM_FAULT_NOPAGE;
}

static const struct vm_operations_struct other_vm_ops = {
	.fault = other_fault,
};

static const struct file_operations buf_fops = {
	.mmap = buf_mmap,
};

static const struct file_operations other_fops = {
	.mmap = other_mmap,
};
