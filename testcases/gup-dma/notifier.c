// SPDX-License-Identifier: GPL-2.0
/*
 * A page looked up for a secondary MMU that an MMU notifier keeps right
 * (Case 3 of pin_user_pages.rst): neither FOLL_GET nor FOLL_PIN is wrong,
 * so gup-dma says nothing.  Shape of virt/kvm/kvm_main.c's hva_to_pfn()
 * (v6.1).
 */
#include <linux/mm.h>

struct mmu_notifier;
int mmu_notifier_register(struct mmu_notifier *mn, struct mm_struct *mm);

static int smmu_lookup(unsigned long hva, unsigned long *pfn)
{
	struct page *page;

	if (get_user_pages_fast(hva, 1, FOLL_WRITE, &page) != 1)	/* QUIET(gup-dma) */
		return -EFAULT;
	*pfn = page_to_pfn(page);
	return 0;
}

static int smmu_attach(struct mmu_notifier *mn, struct mm_struct *mm)
{
	return mmu_notifier_register(mn, mm);
}
