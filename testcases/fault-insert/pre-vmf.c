// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v4.11
 * Before v4.17 there is no vmf_insert_*(): still report the errno form in a
 * fault handler, name the release that fixed it, and patch nothing.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
unsigned long dev_pfn(struct vm_fault *vmf);

static int dev_fault(struct vm_fault *vmf)
{
	unsigned long pfn = dev_pfn(vmf);
	int ret;

	ret = vm_insert_pfn(vmf->vma, vmf->address, pfn);	/* WARN(fault-insert) */
	if (ret < 0 && ret != -EBUSY)
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

static const struct vm_operations_struct dev_vm_ops = {
	.fault = dev_fault,
};
