/* SPDX-License-Identifier: GPL-2.0 */
/* Linux v4.11: no kvmalloc, no vmf_insert_*, no FOLL_PIN, no put_user_page. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/mm_types.h>
/* kvmalloc() is declared here, or nowhere: not in slab.h. */
#define _PAGELINT_NO_KVMALLOC_IN_SLAB_H
#include <linux/slab.h>
#include <linux/fs.h>

#define VM_FAULT_OOM	0x0001
#define VM_FAULT_SIGBUS	0x0002
#define VM_FAULT_NOPAGE	0x0100

struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	int (*fault)(struct vm_fault *vmf);
	int (*huge_fault)(struct vm_fault *vmf, enum page_entry_size pe_size);
	int (*page_mkwrite)(struct vm_fault *vmf);
	int (*pfn_mkwrite)(struct vm_fault *vmf);
};

long get_user_pages_remote(struct task_struct *tsk, struct mm_struct *mm,
			   unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages,
			   struct vm_area_struct **vmas, int *locked);
long get_user_pages(unsigned long start, unsigned long nr_pages,
		    unsigned int gup_flags, struct page **pages,
		    struct vm_area_struct **vmas);
long get_user_pages_locked(unsigned long start, unsigned long nr_pages,
			   unsigned int gup_flags, struct page **pages, int *locked);
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);
int get_user_pages_fast(unsigned long start, int nr_pages, int write,
			struct page **pages);
void __put_page(struct page *page);
static inline void put_page(struct page *page)
{
	__put_page(page);
}
void release_pages(struct page **pages, int nr, bool cold);
int vm_insert_page(struct vm_area_struct *, unsigned long addr, struct page *);
int vm_insert_pfn(struct vm_area_struct *vma, unsigned long addr,
		  unsigned long pfn);
int vm_insert_pfn_prot(struct vm_area_struct *vma, unsigned long addr,
		       unsigned long pfn, pgprot_t pgprot);
int vm_insert_mixed(struct vm_area_struct *vma, unsigned long addr, pfn_t pfn);

#endif
