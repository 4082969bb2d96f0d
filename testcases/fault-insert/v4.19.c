// SPDX-License-Identifier: GPL-2.0
/*
 * pagelint-tree: v4.19
 * Both forms exist: the fault handlers move to vmf_insert_*(), with their
 * errno mappings, where the mapping is the whole tail of the handler.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
pfn_t mixed_pfn(struct vm_fault *vmf);

static vm_fault_t pfn_fault(struct vm_fault *vmf)
{
	int ret;

	ret = vm_insert_pfn(vmf->vma, vmf->address, vmf->pgoff);	/* WARN(fault-insert) */
	switch (ret) {
	case 0:
	case -EBUSY:
		return VM_FAULT_NOPAGE;
	case -ENOMEM:
		return VM_FAULT_OOM;
	default:
		return VM_FAULT_SIGBUS;
	}
}

static vm_fault_t mixed_fault(struct vm_fault *vmf)
{
	int err;

	err = vm_insert_mixed(vmf->vma, vmf->address, mixed_pfn(vmf));	/* WARN(fault-insert) */
	if (err == -ENOMEM)
		return VM_FAULT_OOM;
	if (err < 0 && err != -EBUSY)
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

static vm_fault_t page_mkwrite(struct vm_fault *vmf)
{
	if (vm_insert_page(vmf->vma, vmf->address, vmf->page))	/* WARN(fault-insert) */
		return VM_FAULT_SIGBUS;
	return VM_FAULT_NOPAGE;
}

/* Inserting many pfns in a loop: reported, left for a human. */
static vm_fault_t prefault(struct vm_fault *vmf)
{
	unsigned long i;

	for (i = 0; i < 16; i++)
		if (vm_insert_pfn(vmf->vma, vmf->address + i * PAGE_SIZE,	/* WARN(fault-insert) */
				  vmf->pgoff + i))
			break;
	return VM_FAULT_NOPAGE;
}

static const struct vm_operations_struct pfn_vm_ops = {
	.fault = pfn_fault,
	.huge_fault = prefault,
	.page_mkwrite = page_mkwrite,
	.pfn_mkwrite = mixed_fault,
};
