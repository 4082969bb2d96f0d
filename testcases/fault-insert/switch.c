// SPDX-License-Identifier: GPL-2.0
/*
 * Fault handlers that map the errno of vm_insert_page() with a switch, as
 * drivers did before vmf_insert_page() (v4.17).  Where every case only
 * returns VM_FAULT_NOPAGE or a code vmf_insert_page() gives for an errno
 * itself, the switch goes with the errno: the handler returns what the
 * vm_fault_t form returns.  A case that does more keeps its code.
 */
#include <linux/mm.h>

struct sw_obj {
	struct page **pages;
	unsigned long npages;
	unsigned long ooms;
};

static vm_fault_t sw_fault(struct vm_fault *vmf)
{
	struct sw_obj *obj = vmf->vma->vm_private_data;
	struct page *page;
	int ret = 0;

	if (vmf->pgoff >= obj->npages)
		return VM_FAULT_SIGBUS;
	page = obj->pages[vmf->pgoff];
	ret = vm_insert_page(vmf->vma, vmf->address, page);	/* WARN(fault-insert) */
	switch (ret) {
	case -EAGAIN:
	case 0:
	case -EBUSY:
		/* another thread mapped it first: fine */
		return VM_FAULT_NOPAGE;
	case -ENOMEM:
		return VM_FAULT_OOM;
	default:
		return VM_FAULT_SIGBUS;
	}
}

/* The out-of-memory case counts: the switch stays. */
static vm_fault_t sw_fault_counted(struct vm_fault *vmf)
{
	struct sw_obj *obj = vmf->vma->vm_private_data;
	int err;

	err = vm_insert_page(vmf->vma, vmf->address, obj->pages[0]);	/* WARN(fault-insert) */
	switch (err) {
	case 0:
	case -EBUSY:
		return VM_FAULT_NOPAGE;
	case -ENOMEM:
		obj->ooms++;
		return VM_FAULT_OOM;
	default:
		return VM_FAULT_SIGBUS;
	}
}

/* No default: an errno the switch does not list falls through to more code. */
static vm_fault_t sw_fault_partial(struct vm_fault *vmf)
{
	struct sw_obj *obj = vmf->vma->vm_private_data;
	int err;

	err = vm_insert_page(vmf->vma, vmf->address, obj->pages[1]);	/* WARN(fault-insert) */
	switch (err) {
	case 0:
		return VM_FAULT_NOPAGE;
	case -ENOMEM:
		return VM_FAULT_OOM;
	}
	obj->ooms = 0;
	return VM_FAULT_SIGBUS;
}

static const struct vm_operations_struct sw_vm_ops = {
	.fault = sw_fault,
	.page_mkwrite = sw_fault_counted,
	.pfn_mkwrite = sw_fault_partial,
};

int sw_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_ops = &sw_vm_ops;
	return 0;
}
