/* SPDX-License-Identifier: GPL-2.0 */
/* Linux v5.4: put_user_page*() releases gup pages; no FOLL_PIN yet. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/mm_types.h>
/* kvmalloc() is declared here, or nowhere: not in slab.h. */
#define _PAGELINT_NO_KVMALLOC_IN_SLAB_H
#include <linux/slab.h>
#include <linux/fs.h>

typedef __bitwise unsigned int vm_fault_t;

#define VM_FAULT_OOM	((__force vm_fault_t)0x0001)
#define VM_FAULT_SIGBUS	((__force vm_fault_t)0x0002)
#define VM_FAULT_NOPAGE	((__force vm_fault_t)0x0100)

struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	vm_fault_t (*fault)(struct vm_fault *vmf);
	vm_fault_t (*huge_fault)(struct vm_fault *vmf, enum page_entry_size pe_size);
	vm_fault_t (*page_mkwrite)(struct vm_fault *vmf);
	vm_fault_t (*pfn_mkwrite)(struct vm_fault *vmf);
};

void put_user_page(struct page *page);
void put_user_pages_dirty_lock(struct page **pages, unsigned long npages,
			       bool make_dirty);
void put_user_pages(struct page **pages, unsigned long npages);
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
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
void __put_page(struct page *page);
static inline void put_page(struct page *page)
{
	__put_page(page);
}
void release_pages(struct page **pages, int nr);
int vm_insert_page(struct vm_area_struct *, unsigned long addr, struct page *);
int vm_map_pages(struct vm_area_struct *vma, struct page **pages,
		 unsigned long num);
int vm_map_pages_zero(struct vm_area_struct *vma, struct page **pages,
		      unsigned long num);
vm_fault_t vmf_insert_pfn(struct vm_area_struct *vma, unsigned long addr,
			  unsigned long pfn);
vm_fault_t vmf_insert_pfn_prot(struct vm_area_struct *vma, unsigned long addr,
			       unsigned long pfn, pgprot_t pgprot);
vm_fault_t vmf_insert_mixed(struct vm_area_struct *vma, unsigned long addr,
			    pfn_t pfn);
static inline vm_fault_t vmf_insert_page(struct vm_area_struct *vma,
					 unsigned long addr, struct page *page)
{
	int err = vm_insert_page(vma, addr, page);

	return err == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_NOPAGE;
}
extern void *kvmalloc_node(size_t size, gfp_t flags, int node);
static inline void *kvmalloc(size_t size, gfp_t flags)
{
	return kvmalloc_node(size, flags, -1);
}
static inline void *kvzalloc(size_t size, gfp_t flags)
{
	return kvmalloc(size, flags | __GFP_ZERO);
}
static inline void *kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
	return kvmalloc(n * size, flags);
}
static inline void *kvcalloc(size_t n, size_t size, gfp_t flags)
{
	return kvmalloc_array(n, size, flags | __GFP_ZERO);
}

#endif
