// SPDX-License-Identifier: GPL-2.0
/// get_user_pages*() and pin_user_pages*() walk the page tables of a user
/// address space: their address must be a user address.  A kernel pointer
/// cast to unsigned long (a pointer whose type lacks __user, the address of
/// a kernel object, a kernel array) is never one: the call fails, or pins
/// whatever user memory happens to sit at that address.  Kernel memory
/// needs no gup: its pages are virt_to_page() (vmalloc_to_page() for
/// vmalloc memory).  Left alone: pointers of unknown type, and pointers
/// whose history in the file says they hold a user address in spite of
/// their type (an integer cast to void *, u64_to_user_ptr(), a pointer
/// field of a struct copied with copy_from_user() or memdup_user(), a
/// parameter every caller in the file passes such a value).
///
// Confidence: High
// Options: --no-includes --include-headers
// Generated from cocci/src/gup-kaddr.cocci.in and catalog/pagelint.api
// by tools/gen-cocci: edit those, not this file.
// Keywords: get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios

virtual context
virtual org
virtual report

@initialize:python@
@@
import os
import re
import sys

CAT = {
    'acquire': {
        'get_user_pages': (r'get', r'4/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'2.6', r'-', ),
        'get_user_pages_fast': (r'get', r'4', r'1', r'2.6', r'-', ),
        'get_user_pages_unlocked': (r'get', r'3/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'4.0', r'-', ),
        'get_user_pages_remote': (r'get', r'5/6<5.9/7<4.9', r'2/3<5.9', r'4.6', r'-', ),
        'get_user_pages_locked': (r'get', r'4/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'4.0', r'5.18', ),
        'get_user_pages_fast_only': (r'get', r'4', r'1', r'5.8', r'-', ),
        'pin_user_pages': (r'pin', r'4', r'1', r'5.6', r'-', ),
        'pin_user_pages_fast': (r'pin', r'4', r'1', r'5.6', r'-', ),
        'pin_user_pages_unlocked': (r'pin', r'3', r'1', r'5.8', r'-', ),
        'pin_user_pages_remote': (r'pin', r'5/6<5.9', r'2/3<5.9', r'5.6', r'-', ),
        'pin_user_pages_locked': (r'pin', r'4', r'1', r'5.8', r'5.18', ),
        'pin_user_pages_fast_only': (r'pin', r'4', r'1', r'5.8', r'6.3', ),
        '__get_user_pages_unlocked': (r'get', r'5/7<4.9', r'3', r'4.0', r'4.10', ),
        'get_user_pages_longterm': (r'get', r'4', r'1', r'4.15', r'5.2', ),
        '__get_user_pages_fast': (r'get', r'4', r'1', r'2.6', r'5.8', ),
        'get_user_page_fast_only': (r'get', r'3', r'1', r'5.8', r'-', ),
        'get_user_page_vma_remote': (r'get', r'0', r'2', r'6.5', r'-', ),
        'get_dump_page': (r'get', r'0', r'1', r'2.6', r'-', ),
        'iov_iter_get_pages': (r'get', r'2', r'0', r'2.6', r'6.5', ),
        'iov_iter_get_pages_alloc': (r'get', r'2', r'0', r'2.6', r'6.5', ),
        'iov_iter_get_pages2': (r'get', r'2', r'0', r'6.0', r'-', ),
        'iov_iter_get_pages_alloc2': (r'get', r'2', r'0', r'6.0', r'-', ),
        'iov_iter_extract_pages': (r'extract', r'2', r'0', r'6.3', r'-', ),
        'extract_iter_to_sg': (r'extract', r'0', r'0', r'6.3', r'-', ),
        'memfd_pin_folios': (r'pin', r'4', r'0', r'6.11', r'-', ),
    },
    'gupflag': {
        'FOLL_PIN': (r'pin', r'gup_flags', ),
    },
    'longterm': {
        'FOLL_LONGTERM': (),
    },
    'twin': {
        'get_user_pages': (r'pin_user_pages', ),
        'get_user_pages_fast': (r'pin_user_pages_fast', ),
        'get_user_pages_unlocked': (r'pin_user_pages_unlocked', ),
        'get_user_pages_remote': (r'pin_user_pages_remote', ),
        'get_user_pages_locked': (r'pin_user_pages_locked', ),
        'get_user_pages_fast_only': (r'pin_user_pages_fast_only', ),
    },
    'release': {
        'unpin_user_page': (r'pin', r'page', r'5.6', r'-', r'put_page', ),
        'unpin_user_pages': (r'pin', r'array', r'5.6', r'-', r'release_pages', ),
        'unpin_user_pages_dirty_lock': (r'pin', r'array', r'5.6', r'-', r'set_page_dirty_lock+put_page', ),
        'unpin_user_page_range_dirty_lock': (r'pin', r'page', r'5.12', r'-', r'set_page_dirty_lock+put_page', ),
        'unpin_folio': (r'pin', r'folio', r'6.11', r'-', r'folio_put', ),
        'unpin_folios': (r'pin', r'array', r'6.11', r'-', r'folios_put', ),
        'unpin_user_folio': (r'pin', r'folio', r'6.12', r'-', r'folio_put_refs', ),
        'put_page': (r'get', r'page', r'2.6', r'-', r'unpin_user_page', ),
        'release_pages': (r'get', r'array', r'2.6', r'-', r'unpin_user_pages', ),
        'folio_put': (r'get', r'folio', r'5.16', r'-', r'unpin_folio', ),
        'folios_put': (r'get', r'array', r'6.0', r'-', r'unpin_folios', ),
        'folio_put_refs': (r'get', r'folio', r'5.18', r'-', r'unpin_user_folio', ),
        '__free_page': (r'get', r'page', r'2.6', r'-', r'unpin_user_page', ),
        '__free_pages': (r'get', r'page', r'2.6', r'-', r'-', ),
        'put_user_page': (r'user', r'page', r'5.2', r'5.6', r'put_page', ),
        'put_user_pages': (r'user', r'array', r'5.2', r'5.6', r'release_pages', ),
        'put_user_pages_dirty': (r'user', r'array', r'5.2', r'5.4', r'set_page_dirty+put_page', ),
        'put_user_pages_dirty_lock': (r'user', r'array', r'5.2', r'5.6', r'set_page_dirty_lock+put_page', ),
    },
    'store': {
        'sg_set_page': (r'2', r'page', ),
        'sg_assign_page': (r'2', r'page', ),
        'sg_alloc_table_from_pages': (r'2', r'array', ),
        '__sg_alloc_table_from_pages': (r'2', r'array', ),
        'sg_alloc_table_from_pages_segment': (r'2', r'array', ),
        'sg_alloc_append_table_from_pages': (r'2', r'array', ),
        'bvec_set_page': (r'2', r'page', r'bv_page', ),
    },
    'load': {
        'sg_page': (),
        'sg_page_iter_page': (),
    },
    'carrier': {
        'sg_table': (r'table', ),
        'sg_append_table': (r'table', ),
        'scatterlist': (r'entry', ),
        'sg_page_iter': (r'iter', ),
        'bio_vec': (r'entry', ),
        'rq_map_data': (r'entry', ),
    },
    'keeps': {
        'kfree': (),
        'kvfree': (),
        'vfree': (),
        'vmap': (),
        'memset': (),
    },
    'dma': {
        'dma_map_page': (r'2', r'page', ),
        'ib_dma_map_page': (r'2', r'page', ),
        'bio_add_page': (r'2', r'page', ),
        '__bio_add_page': (r'2', r'page', ),
        'bio_add_pc_page': (r'3', r'page', ),
        'bio_add_zone_append_page': (r'2', r'page', ),
        'page_to_phys': (r'1', r'page', r'address', r'phys', ),
        'page_to_pfn': (r'1', r'page', r'address', r'pfn', ),
        'set_page_dirty': (r'1', r'page', r'cpu', ),
        'set_page_dirty_lock': (r'1', r'page', r'cpu', ),
        'copy_page_from_iter': (r'1', r'page', r'cpu', ),
        'copy_page_from_iter_atomic': (r'1', r'page', r'cpu', ),
        'drm_prime_pages_to_sg': (r'2/1<5.10', r'array', ),
        'dma_write_page': (r'2', r'page', ),
        'iov_iter_bvec': (r'3', r'array', ),
        'blk_rq_map_user': (r'3', r'array', ),
        'blk_rq_map_user_iov': (r'3', r'array', ),
        'page_to_xen_pfn': (r'1', r'page', r'address', ),
        'xen_page_to_gfn': (r'1', r'page', r'address', ),
    },
    'sguse': {
        'sg_init_table': (),
        'sg_mark_end': (),
        'sg_next': (),
        'sg_nents': (),
        'sg_free_table': (),
        'sg_free_append_table': (),
        'sg_copy_from_buffer': (),
        'sg_copy_to_buffer': (),
        'dma_map_sg': (),
        'dma_map_sg_attrs': (),
        'dma_unmap_sg': (),
        'dma_unmap_sg_attrs': (),
        'dma_map_sgtable': (),
        'dma_unmap_sgtable': (),
        'dma_sync_sg_for_cpu': (),
        'dma_sync_sg_for_device': (),
        'dma_sync_sgtable_for_cpu': (),
        'dma_sync_sgtable_for_device': (),
        'ib_dma_map_sg': (),
        'ib_dma_unmap_sg': (),
    },
    'notifier': {
        'mmu_notifier_register': (),
        '__mmu_notifier_register': (),
        'mmu_notifier_get': (),
        'mmu_notifier_ops': (),
        'mmu_interval_notifier_insert': (),
        'mmu_interval_notifier_ops': (),
        'mmu_interval_read_begin': (),
        'mmu_invalidate_retry': (),
        'mmu_invalidate_retry_hva': (),
        'mmu_notifier_retry': (),
        'mmu_notifier_retry_hva': (),
        'mmu_invalidate_seq': (),
        'mmu_notifier_seq': (),
    },
    'faultops': {
        'vm_operations_struct': (r'vm_fault', ),
    },
    'slot': {
        'fault': (),
        'huge_fault': (),
        'page_mkwrite': (),
        'pfn_mkwrite': (),
    },
    'mmapslot': {
        'mmap': (),
        'fb_mmap': (),
    },
    'vma': {
        'vm_area_struct': (),
    },
    'insert': {
        'vm_insert_page': (r'vmf_insert_page', r'4.17', r'-', ),
        'vm_insert_pfn': (r'vmf_insert_pfn', r'4.17', r'4.20', ),
        'vm_insert_pfn_prot': (r'vmf_insert_pfn_prot', r'4.20', r'4.20', ),
        'vm_insert_mixed': (r'vmf_insert_mixed', r'4.17', r'4.20', ),
    },
    'errmap': {
        'VM_FAULT_OOM': (),
        'VM_FAULT_SIGBUS': (),
    },
    'mapall': {
        'vm_map_pages': (r'5.2', r'vm_insert_page', ),
        'vm_map_pages_zero': (r'5.2', r'vm_insert_page', ),
    },
    'valloc': {
        'vmalloc': (r'vmalloc', r'-', r'2.6', ),
        'vzalloc': (r'vmalloc', r'-', r'2.6', ),
        'vmalloc_user': (r'vmalloc', r'-', r'2.6', ),
        'vmalloc_node': (r'vmalloc', r'-', r'2.6', ),
        'vzalloc_node': (r'vmalloc', r'-', r'2.6', ),
        'vmalloc_32': (r'vmalloc', r'-', r'2.6', ),
        'vmalloc_32_user': (r'vmalloc', r'-', r'2.6', ),
        'vmalloc_array': (r'vmalloc', r'-', r'6.0', ),
        'vcalloc': (r'vmalloc', r'-', r'6.0', ),
        '__vmalloc': (r'vmalloc', r'2', r'2.6', ),
        '__vmalloc_node': (r'vmalloc', r'3', r'2.6', ),
        'kvmalloc': (r'kvmalloc', r'-', r'4.12', ),
        'kvzalloc': (r'kvmalloc', r'-', r'4.12', ),
        'kvmalloc_node': (r'kvmalloc', r'-', r'4.12', ),
        'kvzalloc_node': (r'kvmalloc', r'-', r'4.12', ),
        'kvmalloc_array': (r'kvmalloc', r'-', r'4.12', ),
        'kvcalloc': (r'kvmalloc', r'-', r'4.18', ),
        '__vmalloc_node_range': (r'vmalloc', r'5', r'2.6', ),
        '__vmalloc_array': (r'vmalloc', r'3', r'6.0', ),
        'vmalloc_huge': (r'vmalloc', r'2', r'5.18', ),
        '__vcalloc': (r'vmalloc', r'3', r'6.0', ),
        'vrealloc': (r'vmalloc', r'3', r'6.12', ),
        'kvrealloc': (r'kvmalloc', r'-', r'5.15', ),
        'kvcalloc_node': (r'kvmalloc', r'-', r'6.11', ),
        'kmem_buckets_valloc': (r'kvmalloc', r'-', r'6.11', ),
        'vmalloc_exec': (r'vmalloc', r'-', r'2.6', ),
        '__vmalloc_node_flags': (r'vmalloc', r'3', r'4.12', ),
        '__vmalloc_node_flags_caller': (r'vmalloc', r'3', r'4.12', ),
        'vmalloc_no_huge': (r'vmalloc', r'-', r'5.13', ),
        'module_alloc': (r'vmalloc', r'-', r'2.6', ),
        'execmem_alloc': (r'vmalloc', r'-', r'6.10', ),
        'vmap': (r'vmalloc', r'-', r'2.6', ),
        'vm_map_ram': (r'vmalloc', r'-', r'2.6', ),
        'vmap_pfn': (r'vmalloc', r'-', r'5.11', ),
        'vmalloc_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vzalloc_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vmalloc_user_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vmalloc_node_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vzalloc_node_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vmalloc_32_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vmalloc_32_user_noprof': (r'vmalloc', r'-', r'6.10', ),
        '__vmalloc_noprof': (r'vmalloc', r'2', r'6.10', ),
        '__vmalloc_node_range_noprof': (r'vmalloc', r'5', r'6.10', ),
        '__vmalloc_node_noprof': (r'vmalloc', r'3', r'6.10', ),
        'vmalloc_huge_noprof': (r'vmalloc', r'2', r'6.10', ),
        '__vmalloc_array_noprof': (r'vmalloc', r'3', r'6.10', ),
        'vmalloc_array_noprof': (r'vmalloc', r'-', r'6.10', ),
        '__vcalloc_noprof': (r'vmalloc', r'3', r'6.10', ),
        'vcalloc_noprof': (r'vmalloc', r'-', r'6.10', ),
        'vrealloc_noprof': (r'vmalloc', r'3', r'6.12', ),
        'kvmalloc_noprof': (r'kvmalloc', r'-', r'6.10', ),
        'kvmalloc_node_noprof': (r'kvmalloc', r'-', r'6.10', ),
        '__kvmalloc_node_noprof': (r'kvmalloc', r'-', r'6.11', ),
        'kvmalloc_array_noprof': (r'kvmalloc', r'-', r'6.10', ),
        'kvmalloc_array_node_noprof': (r'kvmalloc', r'-', r'6.11', ),
        'kvcalloc_noprof': (r'kvmalloc', r'-', r'6.10', ),
        'kvcalloc_node_noprof': (r'kvmalloc', r'-', r'6.11', ),
        'kvrealloc_noprof': (r'kvmalloc', r'-', r'6.10', ),
        'kvmalloc_obj': (r'kvmalloc', r'-', r'6.12', ),
        'kvmalloc_objs': (r'kvmalloc', r'-', r'6.12', ),
        'kvmalloc_flex': (r'kvmalloc', r'-', r'6.12', ),
        'kvzalloc_obj': (r'kvmalloc', r'-', r'6.12', ),
        'kvzalloc_objs': (r'kvmalloc', r'-', r'6.12', ),
        'kvzalloc_flex': (r'kvmalloc', r'-', r'6.12', ),
    },
    'gfp': {
        '__GFP_HIGHMEM': (r'highmem', ),
        'GFP_HIGHUSER': (r'highmem', r'GFP_USER', ),
        'GFP_HIGHUSER_MOVABLE': (r'highmem', r'GFP_USER', ),
        'GFP_DMA': (r'dma', ),
        'GFP_DMA32': (r'dma', ),
        '__GFP_DMA': (r'dma', ),
        '__GFP_DMA32': (r'dma', ),
        'GFP_KERNEL': (r'plain', ),
        'GFP_KERNEL_ACCOUNT': (r'plain', ),
        'GFP_NOFS': (r'plain', ),
        'GFP_NOIO': (r'plain', ),
        'GFP_ATOMIC': (r'plain', ),
        'GFP_NOWAIT': (r'plain', ),
        'GFP_USER': (r'plain', ),
        '__GFP_ZERO': (r'plain', ),
        '__GFP_NOWARN': (r'plain', ),
        '__GFP_NORETRY': (r'plain', ),
        '__GFP_RETRY_MAYFAIL': (r'plain', ),
        '__GFP_NOFAIL': (r'plain', ),
        '__GFP_ACCOUNT': (r'plain', ),
        '__GFP_COMP': (r'plain', ),
        '__GFP_IO': (r'plain', ),
        '__GFP_FS': (r'plain', ),
        '__GFP_RECLAIM': (r'plain', ),
    },
    'feature': {
        'vmalloc_implies_highmem': (r'4.12', r'mm/vmalloc.c', r'__GFP_HIGHMEM[ \t]*\|[ \t]*__GFP_NOWARN|highmem_mask|gfp_mask[ \t]*\|=[ \t]*__GFP_HIGHMEM', ),
    },
    'archfeature': {
        'vmap_stack': (r'4.9', r'HAVE_ARCH_VMAP_STACK', ),
    },
    'nofeature': {
        'X86_32': (r'vmap_stack', ),
        'PPC64': (r'vmap_stack', ),
    },
    'vguard': {
        'is_vmalloc_addr': (),
        'virt_addr_valid': (),
    },
    'userptr': {
        'u64_to_user_ptr': (),
        'compat_ptr': (),
        'untagged_addr': (),
    },
    'udup': {
        'memdup_user': (),
        'vmemdup_user': (),
        'memdup_user_nul': (),
    },
    'ucopy': {
        'copy_from_user': (),
        '__copy_from_user': (),
        'raw_copy_from_user': (),
        'copy_struct_from_user': (),
    },
    'addr2pg': {
        'virt_to_page': (r'1', ),
        'virt_to_head_page': (r'1', ),
        'virt_to_phys': (r'1', r'phys', ),
        'virt_to_pfn': (r'1', r'pfn', ),
        '__pa': (r'1', r'phys', ),
        'sg_set_buf': (r'2', ),
        'sg_init_one': (r'2', ),
    },
    'pfn2pg': {
        'pfn_to_page': (r'1', r'pfn', ),
        'phys_to_page': (r'1', r'phys', ),
    },
    'view': {
        'frame_vector_pages': (r'1', r'ptrs', ),
    },
    'phys2pfn': {
        'PFN_DOWN': (r'1', ),
        'PHYS_PFN': (r'1', ),
    },
    'kpage': {
        'virt_to_page': (r'1', ),
        'virt_to_head_page': (r'1', ),
        'vmalloc_to_page': (r'1', ),
    },
    'ref': {
        'get_page': (r'1', ),
        'try_get_page': (r'1', ),
        'folio_get': (r'1', ),
        'page_ref_inc': (r'1', ),
        'get_page_unless_zero': (r'1', ),
    },
    'pg2addr': {
        'page_address': (r'1', ),
        'lowmem_page_address': (r'1', ),
        'page_to_virt': (r'1', ),
    },
    'pinned': {
        'iov_iter_extract_will_pin': (),
        'user_backed_iter': (),
        'BIO_PAGE_PINNED': (),
    },
}
CATL = {
    'acquire': [
        (r'get_user_pages', r'get', r'4/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'2.6', r'-', ),
        (r'get_user_pages_fast', r'get', r'4', r'1', r'2.6', r'-', ),
        (r'get_user_pages_unlocked', r'get', r'3/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'4.0', r'-', ),
        (r'get_user_pages_remote', r'get', r'5/6<5.9/7<4.9', r'2/3<5.9', r'4.6', r'-', ),
        (r'get_user_pages_locked', r'get', r'4/5<4.9/7<4.6', r'1/1<4.9/3<4.6', r'4.0', r'5.18', ),
        (r'get_user_pages_fast_only', r'get', r'4', r'1', r'5.8', r'-', ),
        (r'pin_user_pages', r'pin', r'4', r'1', r'5.6', r'-', ),
        (r'pin_user_pages_fast', r'pin', r'4', r'1', r'5.6', r'-', ),
        (r'pin_user_pages_unlocked', r'pin', r'3', r'1', r'5.8', r'-', ),
        (r'pin_user_pages_remote', r'pin', r'5/6<5.9', r'2/3<5.9', r'5.6', r'-', ),
        (r'pin_user_pages_locked', r'pin', r'4', r'1', r'5.8', r'5.18', ),
        (r'pin_user_pages_fast_only', r'pin', r'4', r'1', r'5.8', r'6.3', ),
        (r'__get_user_pages_unlocked', r'get', r'5/7<4.9', r'3', r'4.0', r'4.10', ),
        (r'get_user_pages_longterm', r'get', r'4', r'1', r'4.15', r'5.2', ),
        (r'__get_user_pages_fast', r'get', r'4', r'1', r'2.6', r'5.8', ),
        (r'get_user_page_fast_only', r'get', r'3', r'1', r'5.8', r'-', ),
        (r'get_user_page_vma_remote', r'get', r'0', r'2', r'6.5', r'-', ),
        (r'get_dump_page', r'get', r'0', r'1', r'2.6', r'-', ),
        (r'iov_iter_get_pages', r'get', r'2', r'0', r'2.6', r'6.5', ),
        (r'iov_iter_get_pages_alloc', r'get', r'2', r'0', r'2.6', r'6.5', ),
        (r'iov_iter_get_pages2', r'get', r'2', r'0', r'6.0', r'-', ),
        (r'iov_iter_get_pages_alloc2', r'get', r'2', r'0', r'6.0', r'-', ),
        (r'iov_iter_extract_pages', r'extract', r'2', r'0', r'6.3', r'-', ),
        (r'extract_iter_to_sg', r'extract', r'0', r'0', r'6.3', r'-', ),
        (r'memfd_pin_folios', r'pin', r'4', r'0', r'6.11', r'-', ),
    ],
    'gupflag': [
        (r'FOLL_PIN', r'pin', r'gup_flags', ),
    ],
    'longterm': [
        (r'FOLL_LONGTERM', ),
    ],
    'twin': [
        (r'get_user_pages', r'pin_user_pages', ),
        (r'get_user_pages_fast', r'pin_user_pages_fast', ),
        (r'get_user_pages_unlocked', r'pin_user_pages_unlocked', ),
        (r'get_user_pages_remote', r'pin_user_pages_remote', ),
        (r'get_user_pages_locked', r'pin_user_pages_locked', ),
        (r'get_user_pages_fast_only', r'pin_user_pages_fast_only', ),
    ],
    'release': [
        (r'unpin_user_page', r'pin', r'page', r'5.6', r'-', r'put_page', ),
        (r'unpin_user_pages', r'pin', r'array', r'5.6', r'-', r'release_pages', ),
        (r'unpin_user_pages_dirty_lock', r'pin', r'array', r'5.6', r'-', r'set_page_dirty_lock+put_page', ),
        (r'unpin_user_page_range_dirty_lock', r'pin', r'page', r'5.12', r'-', r'set_page_dirty_lock+put_page', ),
        (r'unpin_folio', r'pin', r'folio', r'6.11', r'-', r'folio_put', ),
        (r'unpin_folios', r'pin', r'array', r'6.11', r'-', r'folios_put', ),
        (r'unpin_user_folio', r'pin', r'folio', r'6.12', r'-', r'folio_put_refs', ),
        (r'put_page', r'get', r'page', r'2.6', r'-', r'unpin_user_page', ),
        (r'release_pages', r'get', r'array', r'2.6', r'-', r'unpin_user_pages', ),
        (r'folio_put', r'get', r'folio', r'5.16', r'-', r'unpin_folio', ),
        (r'folios_put', r'get', r'array', r'6.0', r'-', r'unpin_folios', ),
        (r'folio_put_refs', r'get', r'folio', r'5.18', r'-', r'unpin_user_folio', ),
        (r'__free_page', r'get', r'page', r'2.6', r'-', r'unpin_user_page', ),
        (r'__free_pages', r'get', r'page', r'2.6', r'-', r'-', ),
        (r'put_user_page', r'user', r'page', r'5.2', r'5.6', r'put_page', ),
        (r'put_user_pages', r'user', r'array', r'5.2', r'5.6', r'release_pages', ),
        (r'put_user_pages_dirty', r'user', r'array', r'5.2', r'5.4', r'set_page_dirty+put_page', ),
        (r'put_user_pages_dirty_lock', r'user', r'array', r'5.2', r'5.6', r'set_page_dirty_lock+put_page', ),
    ],
    'want': [
        (r'pin', r'pin', r'-', ),
        (r'get', r'get', r'pin', ),
        (r'get', r'user', r'user', ),
        (r'get', r'get', r'-', ),
    ],
    'store': [
        (r'sg_set_page', r'2', r'page', ),
        (r'sg_assign_page', r'2', r'page', ),
        (r'sg_alloc_table_from_pages', r'2', r'array', ),
        (r'__sg_alloc_table_from_pages', r'2', r'array', ),
        (r'sg_alloc_table_from_pages_segment', r'2', r'array', ),
        (r'sg_alloc_append_table_from_pages', r'2', r'array', ),
        (r'bvec_set_page', r'2', r'page', r'bv_page', ),
    ],
    'load': [
        (r'sg_page', ),
        (r'sg_page_iter_page', ),
    ],
    'carrier': [
        (r'sg_table', r'table', ),
        (r'sg_append_table', r'table', ),
        (r'scatterlist', r'entry', ),
        (r'sg_page_iter', r'iter', ),
        (r'bio_vec', r'entry', ),
        (r'rq_map_data', r'entry', ),
    ],
    'keeps': [
        (r'kfree', ),
        (r'kvfree', ),
        (r'vfree', ),
        (r'vmap', ),
        (r'memset', ),
    ],
    'dma': [
        (r'dma_map_page', r'2', r'page', ),
        (r'ib_dma_map_page', r'2', r'page', ),
        (r'bio_add_page', r'2', r'page', ),
        (r'__bio_add_page', r'2', r'page', ),
        (r'bio_add_pc_page', r'3', r'page', ),
        (r'bio_add_zone_append_page', r'2', r'page', ),
        (r'page_to_phys', r'1', r'page', r'address', r'phys', ),
        (r'page_to_pfn', r'1', r'page', r'address', r'pfn', ),
        (r'set_page_dirty', r'1', r'page', r'cpu', ),
        (r'set_page_dirty_lock', r'1', r'page', r'cpu', ),
        (r'copy_page_from_iter', r'1', r'page', r'cpu', ),
        (r'copy_page_from_iter_atomic', r'1', r'page', r'cpu', ),
        (r'drm_prime_pages_to_sg', r'2/1<5.10', r'array', ),
        (r'dma_write_page', r'2', r'page', ),
        (r'iov_iter_bvec', r'3', r'array', ),
        (r'blk_rq_map_user', r'3', r'array', ),
        (r'blk_rq_map_user_iov', r'3', r'array', ),
        (r'page_to_xen_pfn', r'1', r'page', r'address', ),
        (r'xen_page_to_gfn', r'1', r'page', r'address', ),
    ],
    'sguse': [
        (r'sg_init_table', ),
        (r'sg_mark_end', ),
        (r'sg_next', ),
        (r'sg_nents', ),
        (r'sg_free_table', ),
        (r'sg_free_append_table', ),
        (r'sg_copy_from_buffer', ),
        (r'sg_copy_to_buffer', ),
        (r'dma_map_sg', ),
        (r'dma_map_sg_attrs', ),
        (r'dma_unmap_sg', ),
        (r'dma_unmap_sg_attrs', ),
        (r'dma_map_sgtable', ),
        (r'dma_unmap_sgtable', ),
        (r'dma_sync_sg_for_cpu', ),
        (r'dma_sync_sg_for_device', ),
        (r'dma_sync_sgtable_for_cpu', ),
        (r'dma_sync_sgtable_for_device', ),
        (r'ib_dma_map_sg', ),
        (r'ib_dma_unmap_sg', ),
    ],
    'notifier': [
        (r'mmu_notifier_register', ),
        (r'__mmu_notifier_register', ),
        (r'mmu_notifier_get', ),
        (r'mmu_notifier_ops', ),
        (r'mmu_interval_notifier_insert', ),
        (r'mmu_interval_notifier_ops', ),
        (r'mmu_interval_read_begin', ),
        (r'mmu_invalidate_retry', ),
        (r'mmu_invalidate_retry_hva', ),
        (r'mmu_notifier_retry', ),
        (r'mmu_notifier_retry_hva', ),
        (r'mmu_invalidate_seq', ),
        (r'mmu_notifier_seq', ),
    ],
    'faultops': [
        (r'vm_operations_struct', r'vm_fault', ),
    ],
    'slot': [
        (r'fault', ),
        (r'huge_fault', ),
        (r'page_mkwrite', ),
        (r'pfn_mkwrite', ),
    ],
    'mmapslot': [
        (r'mmap', ),
        (r'fb_mmap', ),
    ],
    'vma': [
        (r'vm_area_struct', ),
    ],
    'insert': [
        (r'vm_insert_page', r'vmf_insert_page', r'4.17', r'-', ),
        (r'vm_insert_pfn', r'vmf_insert_pfn', r'4.17', r'4.20', ),
        (r'vm_insert_pfn_prot', r'vmf_insert_pfn_prot', r'4.20', r'4.20', ),
        (r'vm_insert_mixed', r'vmf_insert_mixed', r'4.17', r'4.20', ),
    ],
    'errmap': [
        (r'VM_FAULT_OOM', ),
        (r'VM_FAULT_SIGBUS', ),
    ],
    'mapall': [
        (r'vm_map_pages', r'5.2', r'vm_insert_page', ),
        (r'vm_map_pages_zero', r'5.2', r'vm_insert_page', ),
    ],
    'valloc': [
        (r'vmalloc', r'vmalloc', r'-', r'2.6', ),
        (r'vzalloc', r'vmalloc', r'-', r'2.6', ),
        (r'vmalloc_user', r'vmalloc', r'-', r'2.6', ),
        (r'vmalloc_node', r'vmalloc', r'-', r'2.6', ),
        (r'vzalloc_node', r'vmalloc', r'-', r'2.6', ),
        (r'vmalloc_32', r'vmalloc', r'-', r'2.6', ),
        (r'vmalloc_32_user', r'vmalloc', r'-', r'2.6', ),
        (r'vmalloc_array', r'vmalloc', r'-', r'6.0', ),
        (r'vcalloc', r'vmalloc', r'-', r'6.0', ),
        (r'__vmalloc', r'vmalloc', r'2', r'2.6', ),
        (r'__vmalloc_node', r'vmalloc', r'3', r'2.6', ),
        (r'kvmalloc', r'kvmalloc', r'-', r'4.12', ),
        (r'kvzalloc', r'kvmalloc', r'-', r'4.12', ),
        (r'kvmalloc_node', r'kvmalloc', r'-', r'4.12', ),
        (r'kvzalloc_node', r'kvmalloc', r'-', r'4.12', ),
        (r'kvmalloc_array', r'kvmalloc', r'-', r'4.12', ),
        (r'kvcalloc', r'kvmalloc', r'-', r'4.18', ),
        (r'__vmalloc_node_range', r'vmalloc', r'5', r'2.6', ),
        (r'__vmalloc_array', r'vmalloc', r'3', r'6.0', ),
        (r'vmalloc_huge', r'vmalloc', r'2', r'5.18', ),
        (r'__vcalloc', r'vmalloc', r'3', r'6.0', ),
        (r'vrealloc', r'vmalloc', r'3', r'6.12', ),
        (r'kvrealloc', r'kvmalloc', r'-', r'5.15', ),
        (r'kvcalloc_node', r'kvmalloc', r'-', r'6.11', ),
        (r'kmem_buckets_valloc', r'kvmalloc', r'-', r'6.11', ),
        (r'vmalloc_exec', r'vmalloc', r'-', r'2.6', ),
        (r'__vmalloc_node_flags', r'vmalloc', r'3', r'4.12', ),
        (r'__vmalloc_node_flags_caller', r'vmalloc', r'3', r'4.12', ),
        (r'vmalloc_no_huge', r'vmalloc', r'-', r'5.13', ),
        (r'module_alloc', r'vmalloc', r'-', r'2.6', ),
        (r'execmem_alloc', r'vmalloc', r'-', r'6.10', ),
        (r'vmap', r'vmalloc', r'-', r'2.6', ),
        (r'vm_map_ram', r'vmalloc', r'-', r'2.6', ),
        (r'vmap_pfn', r'vmalloc', r'-', r'5.11', ),
        (r'vmalloc_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vzalloc_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vmalloc_user_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vmalloc_node_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vzalloc_node_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vmalloc_32_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vmalloc_32_user_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'__vmalloc_noprof', r'vmalloc', r'2', r'6.10', ),
        (r'__vmalloc_node_range_noprof', r'vmalloc', r'5', r'6.10', ),
        (r'__vmalloc_node_noprof', r'vmalloc', r'3', r'6.10', ),
        (r'vmalloc_huge_noprof', r'vmalloc', r'2', r'6.10', ),
        (r'__vmalloc_array_noprof', r'vmalloc', r'3', r'6.10', ),
        (r'vmalloc_array_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'__vcalloc_noprof', r'vmalloc', r'3', r'6.10', ),
        (r'vcalloc_noprof', r'vmalloc', r'-', r'6.10', ),
        (r'vrealloc_noprof', r'vmalloc', r'3', r'6.12', ),
        (r'kvmalloc_noprof', r'kvmalloc', r'-', r'6.10', ),
        (r'kvmalloc_node_noprof', r'kvmalloc', r'-', r'6.10', ),
        (r'__kvmalloc_node_noprof', r'kvmalloc', r'-', r'6.11', ),
        (r'kvmalloc_array_noprof', r'kvmalloc', r'-', r'6.10', ),
        (r'kvmalloc_array_node_noprof', r'kvmalloc', r'-', r'6.11', ),
        (r'kvcalloc_noprof', r'kvmalloc', r'-', r'6.10', ),
        (r'kvcalloc_node_noprof', r'kvmalloc', r'-', r'6.11', ),
        (r'kvrealloc_noprof', r'kvmalloc', r'-', r'6.10', ),
        (r'kvmalloc_obj', r'kvmalloc', r'-', r'6.12', ),
        (r'kvmalloc_objs', r'kvmalloc', r'-', r'6.12', ),
        (r'kvmalloc_flex', r'kvmalloc', r'-', r'6.12', ),
        (r'kvzalloc_obj', r'kvmalloc', r'-', r'6.12', ),
        (r'kvzalloc_objs', r'kvmalloc', r'-', r'6.12', ),
        (r'kvzalloc_flex', r'kvmalloc', r'-', r'6.12', ),
    ],
    'gfp': [
        (r'__GFP_HIGHMEM', r'highmem', ),
        (r'GFP_HIGHUSER', r'highmem', r'GFP_USER', ),
        (r'GFP_HIGHUSER_MOVABLE', r'highmem', r'GFP_USER', ),
        (r'GFP_DMA', r'dma', ),
        (r'GFP_DMA32', r'dma', ),
        (r'__GFP_DMA', r'dma', ),
        (r'__GFP_DMA32', r'dma', ),
        (r'GFP_KERNEL', r'plain', ),
        (r'GFP_KERNEL_ACCOUNT', r'plain', ),
        (r'GFP_NOFS', r'plain', ),
        (r'GFP_NOIO', r'plain', ),
        (r'GFP_ATOMIC', r'plain', ),
        (r'GFP_NOWAIT', r'plain', ),
        (r'GFP_USER', r'plain', ),
        (r'__GFP_ZERO', r'plain', ),
        (r'__GFP_NOWARN', r'plain', ),
        (r'__GFP_NORETRY', r'plain', ),
        (r'__GFP_RETRY_MAYFAIL', r'plain', ),
        (r'__GFP_NOFAIL', r'plain', ),
        (r'__GFP_ACCOUNT', r'plain', ),
        (r'__GFP_COMP', r'plain', ),
        (r'__GFP_IO', r'plain', ),
        (r'__GFP_FS', r'plain', ),
        (r'__GFP_RECLAIM', r'plain', ),
    ],
    'feature': [
        (r'vmalloc_implies_highmem', r'4.12', r'mm/vmalloc.c', r'__GFP_HIGHMEM[ \t]*\|[ \t]*__GFP_NOWARN|highmem_mask|gfp_mask[ \t]*\|=[ \t]*__GFP_HIGHMEM', ),
    ],
    'archfeature': [
        (r'vmap_stack', r'4.9', r'HAVE_ARCH_VMAP_STACK', ),
    ],
    'nofeature': [
        (r'X86_32', r'vmap_stack', ),
        (r'PPC64', r'vmap_stack', ),
    ],
    'vguard': [
        (r'is_vmalloc_addr', ),
        (r'virt_addr_valid', ),
    ],
    'userptr': [
        (r'u64_to_user_ptr', ),
        (r'compat_ptr', ),
        (r'untagged_addr', ),
    ],
    'udup': [
        (r'memdup_user', ),
        (r'vmemdup_user', ),
        (r'memdup_user_nul', ),
    ],
    'ucopy': [
        (r'copy_from_user', ),
        (r'__copy_from_user', ),
        (r'raw_copy_from_user', ),
        (r'copy_struct_from_user', ),
    ],
    'addr2pg': [
        (r'virt_to_page', r'1', ),
        (r'virt_to_head_page', r'1', ),
        (r'virt_to_phys', r'1', r'phys', ),
        (r'virt_to_pfn', r'1', r'pfn', ),
        (r'__pa', r'1', r'phys', ),
        (r'sg_set_buf', r'2', ),
        (r'sg_init_one', r'2', ),
    ],
    'pfn2pg': [
        (r'pfn_to_page', r'1', r'pfn', ),
        (r'phys_to_page', r'1', r'phys', ),
    ],
    'view': [
        (r'frame_vector_pages', r'1', r'ptrs', ),
    ],
    'phys2pfn': [
        (r'PFN_DOWN', r'1', ),
        (r'PHYS_PFN', r'1', ),
    ],
    'kpage': [
        (r'virt_to_page', r'1', ),
        (r'virt_to_head_page', r'1', ),
        (r'vmalloc_to_page', r'1', ),
    ],
    'ref': [
        (r'get_page', r'1', ),
        (r'try_get_page', r'1', ),
        (r'folio_get', r'1', ),
        (r'page_ref_inc', r'1', ),
        (r'get_page_unless_zero', r'1', ),
    ],
    'pg2addr': [
        (r'page_address', r'1', ),
        (r'lowmem_page_address', r'1', ),
        (r'page_to_virt', r'1', ),
    ],
    'pinned': [
        (r'iov_iter_extract_will_pin', ),
        (r'user_backed_iter', ),
        (r'BIO_PAGE_PINNED', ),
    ],
    'text': [
        (r'gup-put', r'want=', r'!', ),
        (r'gup-put', r'rel_ok=yes', r'!', ),
        (r'gup-put', r'fix=', r'!', ),
        (r'gup-put', r'want=user', r'pages from {acq}() ({where}) released with {rel}(); this tree releases get_user_pages() pages with {fix}()', ),
        (r'gup-put', r'cls=get', r'pages from {acq}() ({where}) are not pinned but released with {rel}(); use {fix}()', ),
        (r'gup-put', r'-', r'pages from {acq}() ({where}) released with {rel}(); use {fix}()', ),
        (r'gup-dma', r'twin=,access=longterm', r'pages from {acq}() are held long-term ({sink}) but are not pinned', ),
        (r'gup-dma', r'twin=,access=cpu', r'pages from {acq}() are written by the CPU ({sink}() at line {line}) but are not pinned', ),
        (r'gup-dma', r'twin=', r'pages from {acq}() reach DMA through {sink}() (line {line}) but are not pinned', ),
        (r'gup-dma', r'have_twin=no,access=longterm', r'pages from {acq}() are held long-term ({sink}) and should be pinned: {twin}() came in {twin_since}, this tree predates it', ),
        (r'gup-dma', r'have_twin=no,access=cpu', r'pages from {acq}() are written by the CPU ({sink}() at line {line}) and should be pinned: {twin}() came in {twin_since}, this tree predates it', ),
        (r'gup-dma', r'have_twin=no', r'pages from {acq}() reach DMA through {sink}() (line {line}) and should be pinned: {twin}() came in {twin_since}, this tree predates it', ),
        (r'gup-dma', r'access=longterm', r'pages from {acq}() are held long-term ({sink}), which needs FOLL_PIN: pin them with {twin}() and release them with {unpin}() or {unpins}()', ),
        (r'gup-dma', r'access=cpu', r'pages from {acq}() are written by the CPU ({sink}() at line {line}): pin them with {twin}() and release them with {unpin}() or {unpins}()', ),
        (r'gup-dma', r'-', r'pages from {acq}() reach DMA through {sink}() (line {line}): pin them with {twin}() and release them with {unpin}() or {unpins}()', ),
        (r'gup-dma-left', r'why=foll_get', r'not fixed: the call asks for FOLL_GET itself', ),
        (r'gup-dma-left', r'why=mixed', r'not fixed: the page array also holds pages that were not got here', ),
        (r'gup-dma-left', r'why=escape', r'not fixed: the pages are stored or returned out of sight', ),
        (r'gup-dma-left', r'why=sgmixed', r'not fixed: a scatterlist that releases them holds other pages too', ),
        (r'gup-dma-left', r'why=callable', r'not fixed: the pages go to {callee}(), which other files may call', ),
        (r'gup-dma-left', r'why=unseen', r'not fixed: the pages go to {callee}(), which is not in view', ),
        (r'gup-dma-left', r'why=releases', r'not fixed: the pages go to {callee}() in {file}, which releases pages', ),
        (r'gup-dma-left', r'why=sibling', r'not fixed: {file} releases pages through the same field', ),
        (r'gup-dma-left', r'why=none', r'not fixed: no release of these pages is in this file', ),
        (r'gup-dma-left', r'why=exported', r'not fixed: the pages are a parameter of {func}(), which other files may call', ),
        (r'gup-dma-left', r'why=notwin', r'not fixed: {rel}() at line {line} has no pin twin taking the same arguments', ),
        (r'gup-dma-left', r'why=address', r'not fixed: the page address is handed on, so its release is out of sight', ),
        (r'fault-insert', r'vmf=', r'!', ),
        (r'fault-insert', r'have_vmf=no', r'{ins}() returns an errno, but {func}() is fault-handler code, which returns a vm_fault_t; {vmf}() came in {vmf_since}, this tree predates it', ),
        (r'fault-insert', r'-', r'{ins}() returns an errno, but {func}() is fault-handler code, which returns a vm_fault_t: use {vmf}()', ),
        (r'insert-loop', r'have_map_pages=no', r'!', ),
        (r'insert-loop', r'-', r'{func}() inserts a page array one page at a time: use {map_pages}() (or {map_pages_zero}() to ignore vm_pgoff)', ),
        (r'kv-to-page', r'mem=stack,via!=', r'{via}() hands this stack address to {fn}() (line {at}): with CONFIG_VMAP_STACK ({vmap_since} on) the stack is vmalloc memory, outside the linear map; use a kmalloc()ed buffer', ),
        (r'kv-to-page', r'mem=vmalloc|kvmalloc,via!=', r'{via}() hands this {mem} memory ({alloc}() at line {line}) to {fn}() (line {at}), which needs an address in the linear map: allocate it with kmalloc()', ),
        (r'kv-to-page', r'mem=stack', r'{fn}() of a stack address: with CONFIG_VMAP_STACK ({vmap_since} on) the stack is vmalloc memory, outside the linear map; use a kmalloc()ed buffer', ),
        (r'kv-to-page', r'mem=vmalloc,fn=sg_set_buf|sg_init_one', r'{fn}() of vmalloc memory ({alloc}() at line {line}), which is not in the linear map: allocate it with kmalloc(), or add it page by page with sg_set_page() and vmalloc_to_page()', ),
        (r'kv-to-page', r'mem=vmalloc,fn=virt_to_phys|__pa', r'{fn}() of vmalloc memory ({alloc}() at line {line}), which is not in the linear map: take page_to_phys() of vmalloc_to_page(), page by page', ),
        (r'kv-to-page', r'mem=vmalloc,fn=virt_to_pfn', r'{fn}() of vmalloc memory ({alloc}() at line {line}), which is not in the linear map: use vmalloc_to_pfn()', ),
        (r'kv-to-page', r'mem=vmalloc', r'{fn}() of vmalloc memory ({alloc}() at line {line}), which is not in the linear map: use vmalloc_to_page()', ),
        (r'kv-to-page', r'mem=kvmalloc,fn=sg_set_buf|sg_init_one', r'{fn}() of kvmalloc memory ({alloc}() at line {line}), which is vmalloc memory whenever kvmalloc() falls back to vmalloc(): allocate it with kmalloc()', ),
        (r'kv-to-page', r'mem=kvmalloc,fn=virt_to_phys|__pa', r'{fn}() of kvmalloc memory ({alloc}() at line {line}), which is vmalloc memory whenever kvmalloc() falls back to vmalloc(): test is_vmalloc_addr() and for vmalloc memory take page_to_phys() of vmalloc_to_page(), page by page', ),
        (r'kv-to-page', r'mem=kvmalloc,fn=virt_to_pfn', r'{fn}() of kvmalloc memory ({alloc}() at line {line}), which is vmalloc memory whenever kvmalloc() falls back to vmalloc(): test is_vmalloc_addr() and for vmalloc memory use vmalloc_to_pfn()', ),
        (r'kv-to-page', r'mem=kvmalloc', r'{fn}() of kvmalloc memory ({alloc}() at line {line}), which is vmalloc memory whenever kvmalloc() falls back to vmalloc(): test is_vmalloc_addr() and for vmalloc memory use vmalloc_to_page()', ),
        (r'vmalloc-highmem', r'flags=highmem,implied=yes', r'{fn}() adds __GFP_HIGHMEM itself since {implied_since}: its gfp flags need not ask for highmem', ),
        (r'vmalloc-highmem', r'flags=lowmem,implied=no', r'{fn}() flags lack __GFP_HIGHMEM: before {implied_since} it allocates only the zones its flags ask for, so this fills the vmalloc area with scarce lowmem pages; add __GFP_HIGHMEM', ),
        (r'vmalloc-highmem', r'-', r'!', ),
        (r'gup-kaddr', r'-', r'{fn}() given a kernel pointer as its user address: only a __user pointer may become a gup address; kernel memory needs no gup (virt_to_page(), or vmalloc_to_page() for vmalloc memory, gives its pages)', ),
        (r'pinned-put', r'rel_ok=yes', r'!', ),
        (r'pinned-put', r'fix=', r'!', ),
        (r'pinned-put', r'-', r'__pinned {what} released with {rel}(); use {fix}()', ),
        (r'pinned-unpin', r'-', r'{rel}() of {what} not declared __pinned: annotate where the pin stores them, or it is not a pinned page', ),
    ],
}
WANT = CATL['want']
TEXTS = CATL['text']

# --- era: which APIs the tree has -------------------------------------------
# The pagelint driver hands over the answer of tools/era in $PAGELINT_ERA; run
# by the kernel coccicheck, look at the headers of $srctree instead.
def _vnum(v):
    if v in ('-', '', 'unknown'):
        return 1 << 30
    a = (v.split('.') + ['0'])[:2]
    return int(a[0]) * 1000 + int(a[1])

def _since(name):
    for kind, col in (('acquire', 4), ('release', 3), ('mapall', 1),
                      ('valloc', 3), ('feature', 1), ('archfeature', 1)):
        if name in CAT[kind]:
            return CAT[kind][name][col - 1]
    for errno, f in CAT['insert'].items():
        if name == f[0]:
            return f[1]
    return '-'

def _until(name):
    """The release that removed name, '-' while it is still there."""
    for kind, col in (('acquire', 5), ('release', 4)):
        if name in CAT[kind]:
            return CAT[kind][name][col - 1]
    if name in CAT['insert']:
        return CAT['insert'][name][2]
    return '-'

def _read_text(path):
    try:
        with open(path, errors='replace') as f:
            return f.read()
    except OSError:
        return ''

def _uncomment(s):
    return re.sub(r'//[^\n]*', '', re.sub(r'/\*.*?\*/', '', s, flags=re.S))

def _load_era():
    era = {}
    path = os.environ.get('PAGELINT_ERA')
    if path:
        with open(path) as f:
            for l in f:
                w = l.split()
                if len(w) == 2 and w[0] in ('have', 'lack'):
                    era[w[1]] = w[0] == 'have'
                elif len(w) == 2 and w[0] in ('version', 'tree'):
                    era['.' + w[0]] = w[1]
        era['.from'] = path
        return era
    root = os.environ.get('srctree') or '.'
    hdrs = os.path.join(root, 'include', 'linux')
    names = set()
    for kind in CAT:
        if kind in ('acquire', 'release', 'insert', 'mapall', 'valloc'):
            names.update(CAT[kind])
    names.update(f[0] for f in CAT['insert'].values())
    if os.path.isdir(hdrs):
        word = re.compile(r'\b(' + '|'.join(sorted(names)) + r')\b')
        seen = set()
        for d, _, files in os.walk(hdrs):
            for fn in files:
                seen.update(word.findall(_uncomment(
                    _read_text(os.path.join(d, fn)))))
        for n in names:
            era[n] = n in seen
        for n, (since, sym) in CAT['archfeature'].items():
            sel = re.compile(r'^\s*select ' + sym + r'\b', re.M)
            arch = os.path.join(root, 'arch')
            for a in sorted(os.listdir(arch)) if os.path.isdir(arch) else []:
                if not os.path.isdir(os.path.join(arch, a)):
                    continue
                era['%s:%s' % (n, a)] = any(
                    sel.search(_read_text(os.path.join(d, fn)))
                    for d, _, files in os.walk(os.path.join(arch, a))
                    for fn in files if fn.startswith('Kconfig'))
        for n, (since, fn, rx) in CAT['feature'].items():
            try:
                with open(os.path.join(root, fn), errors='replace') as f:
                    era[n] = re.search(rx, f.read(), re.M) is not None
            except OSError:
                era[n] = True
        era['.from'] = hdrs
        m = re.search(r'^VERSION *= *(\d+)\s*\nPATCHLEVEL *= *(\d+)',
                      _read_text(os.path.join(root, 'Makefile')), re.M)
        if m:
            era['.version'] = '%s.%s' % m.groups()
    else:
        # No tree to look at: assume the current API, and say so.
        for n in names:
            era[n] = _until(n) == '-'
        for n in CAT['feature']:
            era[n] = True
        era['.from'] = 'assumed current kernel (no tree at %s)' % root
    sys.stderr.write('pagelint: era from %s\n' % era['.from'])
    return era

ERA = _load_era()

def acq_pos(fn, which):
    """The 1-based position of the pages ('pages') or user address ('addr')
    argument of acquire fn in this tree.  The catalogue gives the current
    position, then older ones as POS<RELEASE: "5/6<5.9" is 5, but 6 in
    trees before v5.9."""
    spec = CAT['acquire'][fn][1 if which == 'pages' else 2].split('/')
    pos = int(spec[0])
    ver = _vnum(ERA.get('.version', '-'))
    for old in spec[1:]:
        n, before = old.split('<')
        if ver < _vnum(before):
            pos = int(n)
    return pos

def have(name):
    """Whether the tree has name (lib/say.c: pl_has)."""
    return bool(name) and ERA.get(name, True)

def arch_has(feature, path):
    """For a file under arch/ARCH/, whether ARCH has the feature; elsewhere,
    or when the tree says nothing about ARCH, assume it may."""
    m = re.match(r'^(?:.*/)?arch/([^/]+)/', path)
    if not m:
        return True
    return ERA.get('%s:%s' % (feature, m.group(1)), True)

# --- expressions ------------------------------------------------------------
def norm(e):
    """Coccinelle hands expressions over token by token; glue them back."""
    return re.sub(r'\s+', '', str(e))

def strip_to_base(e):
    """The object an address, page or page array expression is rooted in:
    &x -> x, x[i] -> x, x + i -> x, (T *)x -> x, page_folio(x) -> x."""
    s = norm(e)
    while True:
        t = s
        # a cast is followed by its operand, never by [i] or ->f:
        # (pages)[i] is the array pages
        m = re.match(r'^\((?:const)?(?:struct)?\w+\**\)([\w(&*].*)$', s)
        if m:
            s = m.group(1)
        m = re.match(r'^(?:page_folio|virt_to_page)\((.*)\)$', s)
        if m:
            s = m.group(1)
        # nth_page(p, n) is page arithmetic on p, as p + n is
        m = re.match(r'^nth_page\((.*),[^,]*\)$', s)
        if m and _balanced(m.group(1)):
            s = m.group(1)
        if s.startswith('&'):
            s = s[1:]
        # *pages++ reads the array pages, as pages[i] does
        m = re.match(r'^\*(\w+)(?:\+\+|--)?$', s)
        if m:
            s = m.group(1)
        if s.startswith('(') and s.endswith(')') and _balanced(s[1:-1]):
            s = s[1:-1]
        s = _drop_top(s, '+')
        s = _drop_top(s, '-', arrow_ok=True)
        while s.endswith(']'):
            d = 0
            for i in range(len(s) - 1, -1, -1):
                d += {']': 1, '[': -1}.get(s[i], 0)
                if d == 0:
                    break
            s = s[:i]
        if s == t:
            return s

def _balanced(s):
    d = 0
    for c in s:
        d += {'(': 1, ')': -1, '[': 1, ']': -1}.get(c, 0)
        if d < 0:
            return False
    return d == 0

def _drop_top(s, op, arrow_ok=False):
    """Cut s at the first top-level binary op."""
    d = 0
    for i, c in enumerate(s):
        d += {'(': 1, ')': -1, '[': 1, ']': -1}.get(c, 0)
        if d == 0 and c == op and i > 0:
            if arrow_ok and s[i:i + 2] == '->':
                continue
            return s[:i]
    return s

def uncast(s):
    """s (normalized) without the casts and parentheses around it, and
    whether one of the casts was to a pointer type."""
    ptr = False
    while True:
        m = re.match(r'^\(\w+(\**)\)([\w(&*].*)$', s)
        if m:
            ptr = ptr or m.group(1) != ''
            s = m.group(2)
        elif s.startswith('(') and s.endswith(')') and _balanced(s[1:-1]):
            s = s[1:-1]
        else:
            return s, ptr

def key_of(e, func):
    """A name for the object e is rooted in: a struct field is the same
    object in every function of the file, a plain name only in its own."""
    s = strip_to_base(e)
    m = re.match(r'^.*(?:->|\.)(\w+)$', s)
    if m:
        return 'F:' + m.group(1)
    if re.match(r'^[A-Za-z_]\w*$', s):
        return 'L:%s:%s' % (func, s)
    return None

def where(p):
    return int(p[0].line)

def _ppos(p):
    return (canon_file(p), p[0].line, p[0].column)

def canon_file(p):
    """The file a position is in.  After a rule has modified a file,
    Coccinelle hands later rules a temporary copy of it: name the original."""
    name = p[0].file
    m = re.match(r'^(?:.*/)?cocci_small_output-\d+-[0-9a-f]+-(.*)$', name)
    if m:
        for seen in reversed(_SEEN_FILES):
            if os.path.basename(seen) == m.group(1):
                return seen
    elif name not in _SEEN_FILES:
        _SEEN_FILES.append(name)
    return name

_SEEN_FILES = []


# --- the shared layer: decisions and finding texts --------------------------
# The same interpreter as lib/say.c, over the same catalogue and texts
# (catalog/pagelint.msg); tests/say-test holds the two to the same answers.
def since(name):
    """The release that brought name, spelled v5.6; empty when unknown."""
    v = _since(name)
    return '' if v == '-' else 'v' + v

def release_for(cls, form):
    if form == 'folio':
        form = 'page'
    for name, r in CAT['release'].items():
        if r[0] == cls and r[1] == form and have(name):
            return name
    return None

def want(cls):
    """The release class the tree wants for pages of class cls."""
    for c, rcls, when in WANT:
        if c == cls and (when == '-' or release_for(when, 'page')):
            return rcls
    return None

_NOTIFIER = re.compile(r'\b(%s)\b' % '|'.join(
    r[0] for r in CATL['notifier']))
_NOTIFIED = {}

def follows_notifiers(path):
    """The file names the MMU notifier API (lib/say.c:
    pl_follows_notifiers): gup-dma has nothing to say there."""
    if path not in _NOTIFIED:
        try:
            with open(path, errors='replace') as f:
                _NOTIFIED[path] = bool(_NOTIFIER.search(f.read()))
        except OSError:
            _NOTIFIED[path] = False
    return _NOTIFIED[path]

def _nth_mapall(n):
    names = list(CAT['mapall'])
    return names[n] if n < len(names) else ''

def _yes(b):
    return 'yes' if b else 'no'

def _derive(s, name):
    get = lambda n: _slot(s, n)
    if name == 'twin':
        return CAT['twin'].get(get('acq'), ('',))[0]
    if name == 'have_twin':
        return _yes(have(get('twin')))
    if name == 'twin_since':
        return since(get('twin'))
    if name == 'want':
        return want(get('cls')) or ''
    if name == 'rel_ok':
        r = CAT['release'].get(get('rel'))
        return _yes(r is not None and r[0] == get('want'))
    if name == 'fix':
        r = CAT['release'].get(get('rel'))
        return (release_for(get('want'), r[1]) if r else None) or ''
    if name == 'access':
        if get('sink') in CAT['longterm']:
            return 'longterm'
        r = CAT['dma'].get(get('sink'))
        return r[2] if r and len(r) > 2 else 'device'
    if name == 'unpin':
        return release_for('pin', 'page') or ''
    if name == 'unpins':
        return release_for('pin', 'array') or ''
    if name == 'vmf':
        return CAT['insert'].get(get('ins'), ('',))[0]
    if name == 'have_vmf':
        return _yes(have(get('vmf')))
    if name == 'vmf_since':
        return since(get('vmf'))
    if name == 'map_pages':
        return _nth_mapall(0)
    if name == 'map_pages_zero':
        return _nth_mapall(1)
    if name == 'have_map_pages':
        return _yes(have(get('map_pages')))
    if name == 'implied':
        return _yes(have('vmalloc_implies_highmem'))
    if name == 'implied_since':
        return since('vmalloc_implies_highmem')
    if name == 'vmap_since':
        return since('vmap_stack')
    return ''

def _slot(s, name):
    if name not in s:
        s[name] = _derive(s, name)
    return s[name]

def _holds(s, when):
    if when == '-':
        return True
    for c in when.split(','):
        if '=' not in c:
            return False
        k, v = c.split('=', 1)
        neg = k.endswith('!')
        if (_slot(s, k.rstrip('!')) in v.split('|')) == neg:
            return False
    return True

def say(tid, **slots):
    """The text of a finding, or None when, in this tree, it is none."""
    s = dict((k, '' if v is None else str(v)) for k, v in slots.items())
    for t, when, text in TEXTS:
        if t == tid and _holds(s, when):
            if text == '!':
                return None
            return re.sub(r'\{(\w+)\}', lambda m: _slot(s, m.group(1)), text)
    return None

# --- output -----------------------------------------------------------------
_printed = set()
_LINES = {}

def display_column(p):
    """The 1-based display column of p, tabs to 8, as GCC and sparse count:
    Coccinelle gives a 0-based character offset."""
    name = p[0].file
    if name not in _LINES:
        try:
            with open(name, errors='replace') as f:
                _LINES[name] = f.read().split('\n')
        except OSError:
            _LINES[name] = []
    lines = _LINES[name]
    n, col = int(p[0].line), int(p[0].column)
    text = lines[n - 1][:col] if 0 < n <= len(lines) else ' ' * col
    d = 0
    for c in text:
        d = d - d % 8 + 8 if c == '\t' else d + 1
    return d + 1

def emit(mode, p, rule, msg):
    at = (p[0].file, p[0].line, p[0].column, rule)
    if at in _printed:
        return
    _printed.add(at)
    if mode == 'org':
        import coccilib.org
        coccilib.org.print_todo(p[0], '[%s] %s' % (rule, msg))
    else:
        print('%s:%s:%d: warning: %s [%s]' % (p[0].file, p[0].line,
                                               display_column(p), msg, rule))

# --- gup-kaddr: kernel addresses handed to gup ------------------------------
# The type says kernel pointer; the pointer's history may say it holds a
# user address all the same (an ioctl argument cast to void *, a pointer
# field of a struct copied from user space).  Those are left alone.
class _GkFile:
    def __init__(self):
        self.uaddr = set()   # keys given a user address (integer casts...)
        self.ucopy = set()   # keys of objects filled from user space
        self.alias = []      # (key, key): x = y, x points where y does
        self.params = {}     # (function, name) -> position in the list
        self.cand = {}       # call position -> (fn, function, expr)
        self.sites = {}      # (function, arg index) -> [(expr, caller)]

_GK = {}
_GK_WANT = set()    # functions whose call sites are worth a look

# Functions that make a user pointer of an integer, or a kernel copy of a
# user object.
_GK_USERPTR = CAT['userptr']
_GK_MEMDUP = CAT['udup']

def _gk(p):
    return _GK.setdefault(p[0].file, _GkFile())

def _gk_call(s):
    m = re.match(r'^(\w+)\(', s)
    return m.group(1) if m else None

def gk_assign(x, y, p):
    f = _gk(p)
    func = p[0].current_element
    k = key_of(x, func)
    if not k:
        return
    s, ptr = uncast(norm(y))
    c = _gk_call(s)
    if c in _GK_USERPTR:
        f.uaddr.add(k)
    elif c in _GK_MEMDUP:
        f.ucopy.add(k)
    elif ptr and not c and not s.startswith('&') and s not in ('NULL', '0'):
        f.uaddr.add(k)          # (void *)arg
    elif not c:
        ky = key_of(s, func)
        if ky:
            f.alias.append((k, ky))

def gk_copy(d, p):
    """d is the destination of a copy_from_user()."""
    k = key_of(d, p[0].current_element)
    if k:
        _gk(p).ucopy.add(k)

def gk_param(x, i, p):
    _gk(p).params[(p[0].current_element, str(x))] = i

def _gk_closure(f):
    """Keys of objects copied from user space, through aliases."""
    u = set(f.ucopy)
    while True:
        more = {a for a, b in f.alias if b in u and a not in u}
        if not more:
            return u
        u |= more

def _gk_user(f, s, func, ucopy):
    """Whether the value s (normalized, in func) is known to hold a user
    address: a cast of an integer, u64_to_user_ptr(), a pointer marked so,
    or a pointer field of an object copied from user space."""
    s, ptr = uncast(s)
    c = _gk_call(s)
    if c in _GK_USERPTR:
        return True
    if c:
        return False
    if ptr and not s.startswith('&'):
        return True
    k = key_of(s, func)
    if k and k in f.uaddr:
        return True
    m = re.match(r'^(.*)(?:->|\.)\w+$', s)
    if m:
        ko = key_of(m.group(1), func)
        if ko and ko in ucopy:
            return True
    return False

def _gk_addr(fn, n):
    return n + 1 == acq_pos(fn, 'addr')

def _gk_cand(p, fn, expr=None):
    _gk(p).cand[_ppos(p)] = (fn, p[0].current_element, expr)

def gk_ptr(fn, n, t, x, p):
    """x, of type t *, was cast to the address argument of fn."""
    if not _gk_addr(fn, n) or '__user' in str(t):
        return
    s = norm(x)
    if re.match(r'^\(\w+\**\)[\w(&*]', s):
        return                  # cast twice: the type says nothing
    s = uncast(s)[0]
    if s.startswith('&'):
        # &obj, &obj.field, &array[i]: the object is kernel memory, unless
        # reached through a pointer (&up->field, whose type lost __user).
        if '->' in s or '*' in s:
            return
        m = re.match(r'^&(\w+)(\[?)', s)
        if m and m.group(2):
            s = m.group(1)      # &buf[i]: buf may be a pointer, follow it
        else:
            _gk_cand(p, fn)
            return
    func = p[0].current_element
    _gk_cand(p, fn, s)
    if re.match(r'^\w+$', s) and (func, s) in _gk(p).params:
        _GK_WANT.add(func)

def gk_array(fn, n, t, x, p):
    """x, of type t, was cast to the address argument of fn."""
    t = str(t)
    if not _gk_addr(fn, n) or '[' not in t or '__user' in t:
        return
    _gk_cand(p, fn)

def gk_wanted(g):
    return str(g) in _GK_WANT

def gk_site(g, n, a, p):
    _gk(p).sites.setdefault((str(g), n), []).append(
        (norm(a), p[0].current_element))

def gk_decide(p):
    f = _gk(p)
    c = f.cand.get(_ppos(p))
    if not c:
        return None
    fn, func, s = c
    if s is not None:
        u = _gk_closure(f)
        if _gk_user(f, s, func, u):
            return None
        # A parameter: what do the callers in this file hand over?
        i = f.params.get((func, s))
        calls = f.sites.get((func, i), []) if i is not None else []
        if calls and all(_gk_user(f, a, cf, u) for a, cf in calls):
            return None
    return say('gup-kaddr', fn=fn)

// Facts: pointers that hold user addresses in spite of their type.

@gk_asg@
expression x, y;
position p;
@@

x@p = y

@script:python@
x << gk_asg.x;
y << gk_asg.y;
p << gk_asg.p;
@@

gk_assign(x, y, p)

@gk_decl@
type T;
identifier x;
expression y;
position p;
@@

T x@p = y;

@script:python@
x << gk_decl.x;
y << gk_decl.y;
p << gk_decl.p;
@@

gk_assign(x, y, p)

@gk_cfu@
identifier cf = {copy_from_user, __copy_from_user, raw_copy_from_user, copy_struct_from_user};
expression d;
position p;
@@

cf@p(d, ...)

@script:python@
d << gk_cfu.d;
p << gk_cfu.p;
@@

gk_copy(d, p)

@gk_par@
identifier f, x;
parameter list[i] ps;
type T;
position p;
@@

f(ps, T x@p, ...) { ... }

@script:python@
x << gk_par.x;
i << gk_par.i;
p << gk_par.p;
@@

gk_param(x, int(i), p)

// The address arguments that are casts of something of known type.

@gk_cptr disable drop_cast@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
expression list[n] es;
type T, TC;
T *x;
position p;
@@

fn@p(es, (TC)x, ...)

@gk_coff disable drop_cast@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
expression list[n] es;
type T, TC;
T *x;
expression E;
position p;
@@

fn@p(es, (TC)x + E, ...)

@gk_carr disable drop_cast@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
expression list[n] es;
type T, TC;
idexpression T x;
position p;
@@

fn@p(es, (TC)x, ...)

@script:python@
fn << gk_cptr.fn;
n << gk_cptr.n;
T << gk_cptr.T;
x << gk_cptr.x;
p << gk_cptr.p;
@@

gk_ptr(fn, int(n), T, x, p)

@script:python@
fn << gk_coff.fn;
n << gk_coff.n;
T << gk_coff.T;
x << gk_coff.x;
p << gk_coff.p;
@@

gk_ptr(fn, int(n), T, x, p)

@script:python@
fn << gk_carr.fn;
n << gk_carr.n;
T << gk_carr.T;
x << gk_carr.x;
p << gk_carr.p;
@@

gk_array(fn, int(n), T, x, p)

// The callers of the functions whose parameter went to gup.

@gk_sites@
identifier g : script:python () { gk_wanted(g) };
expression list[n] es;
expression a;
position p;
@@

g@p(es, a, ...)

@script:python@
g << gk_sites.g;
n << gk_sites.n;
a << gk_sites.a;
p << gk_sites.p;
@@

gk_site(g, int(n), a, p)

// Every call of the file, decided once all the facts are in.

@gk_call@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
position p;
@@

fn@p(...)

@script:python depends on report@
p << gk_call.p;
@@

m = gk_decide(p)
if m:
    emit('report', p, 'gup-kaddr', m)

@script:python depends on org@
p << gk_call.p;
@@

m = gk_decide(p)
if m:
    emit('org', p, 'gup-kaddr', m)

@script:python gk_ctx depends on context@
p << gk_call.p;
@@

if not gk_decide(p):
    cocci.include_match(False)

@depends on context@
identifier gk_call.fn;
position gk_call.p;
@@

* fn@p(...)
