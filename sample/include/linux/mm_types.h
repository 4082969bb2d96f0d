/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every era of these stub trees shares: the structures the page API
 * works on, and the helpers whose shape did not change.  The era trees'
 * own mm.h include this and add the API of their release.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/kernel.h>
#include <linux/gfp.h>
#include <asm/page.h>

struct task_struct {
	struct mm_struct *mm;
};

struct file;
struct address_space;

struct page {
	unsigned long flags;
	struct address_space *mapping;
	unsigned long index;
	unsigned long private;
	atomic_t _refcount;
};

struct folio {
	struct page page;
};

struct mm_struct {
	unsigned long mmap_base;
	atomic_t mm_users;
};

struct vm_operations_struct;

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
	const struct vm_operations_struct *vm_ops;
	unsigned long vm_pgoff;
	struct file *vm_file;
	void *vm_private_data;
};

struct vm_fault {
	struct vm_area_struct *vma;
	unsigned int flags;
	gfp_t gfp_mask;
	unsigned long pgoff;
	unsigned long address;
	struct page *cow_page;
	struct page *page;
};

enum page_entry_size { PE_SIZE_PTE = 0, PE_SIZE_PMD, PE_SIZE_PUD };

extern struct task_struct *current;

#define FOLL_WRITE	0x01
#define FOLL_GET	0x04
#define FOLL_FORCE	0x10
#define FOLL_LONGTERM	0x10000
#define FOLL_PIN	0x40000

#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_SHARED	0x00000008
#define VM_IO		0x00004000
#define VM_DONTEXPAND	0x00040000
#define VM_MIXEDMAP	0x10000000
#define VM_PFNMAP	0x00000400

static inline unsigned long vma_pages(struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

void get_page(struct page *page);
int set_page_dirty(struct page *page);
int set_page_dirty_lock(struct page *page);
int PageDirty(const struct page *page);
void *page_address(const struct page *page);
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);
void lock_page(struct page *page);
void unlock_page(struct page *page);
void mark_page_accessed(struct page *page);
void flush_dcache_page(struct page *page);
int remap_pfn_range(struct vm_area_struct *vma, unsigned long addr,
		    unsigned long pfn, unsigned long size, pgprot_t prot);
void mmap_read_lock(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);

#endif
