// SPDX-License-Identifier: GPL-2.0
/// virt_to_page(), virt_to_phys(), __pa(), sg_set_buf() and friends work
/// on linear-map addresses only.  Given vmalloc() memory they return a
/// wrong page (or address) and silently corrupt memory; given kvmalloc()
/// memory they do so whenever kvmalloc() falls back to vmalloc(); given a
/// stack object (&local, a local array) they do so with CONFIG_VMAP_STACK,
/// so code of an architecture, or built only for a platform, that cannot
/// have it (by the tree's Kconfig and Makefiles) is left alone.  The
/// pointer is followed from its allocation in the same function, or
/// through a struct field anywhere in the file; a pointer also assigned
/// from anything else, or tested with is_vmalloc_addr(), is left alone.
/// Patch mode turns virt_to_page() on vmalloc() memory into
/// vmalloc_to_page().
///
// Confidence: Moderate
// Options: --no-includes --include-headers
// Generated from cocci/src/kv-to-page.cocci.in and catalog/pagelint.api
// by tools/gen-cocci: edit those, not this file.
// Keywords: virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa, sg_set_buf, sg_init_one

virtual patch
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

# --- kconfig: under which CONFIG symbols a file is built ---------------------
# Enough of kbuild to answer "is this file only ever built for a platform
# without X?": the obj-$(CONFIG_FOO) line that names it (directly or as part
# of a composite object), the same for each directory above it, and the
# "depends on" of each such symbol in the Kconfig files along the way.

_MK = {}

def _makefile(d):
    if d not in _MK:
        text = _read_text(os.path.join(d, 'Makefile')) or _read_text(os.path.join(d, 'Kbuild'))
        rules = []
        for line in text.replace('\\\n', ' ').split('\n'):
            m = re.match(r'^\s*([\w-]+)-(\$\(CONFIG_(\w+)\)|y|objs)\s*[:+]?=\s*(.*)$', line)
            if m:
                rules.append((m.group(1), m.group(3), m.group(4).split()))
        _MK[d] = rules
    return _MK[d]

def _objs_guard(d, obj, seen):
    """CONFIG symbols guarding obj (an object or a subdirectory) in d.
    Each line naming it is one way to build it, so only what all of them
    need is needed; obj-y needs nothing, a composite needs its parent."""
    need = None
    for target, sym, objs in _makefile(d):
        if obj not in objs:
            continue
        if target == 'obj':
            way = set([sym]) if sym else set()
        elif target + '.o' not in seen:	# composite: foo-y += obj
            seen.add(target + '.o')
            way = _objs_guard(d, target + '.o', seen)
        else:
            continue
        need = way if need is None else need & way
    return need or set()

_KCONFIG = {}

def _conjuncts(expr):
    """The symbols a Kconfig expression requires: the bare terms of a pure
    && chain; an expression with || or ! requires nothing for sure."""
    terms = [t.strip().strip('()').strip() for t in expr.split('&&')]
    if any(not re.match(r'^[A-Z][A-Z0-9_]*$', t) for t in terms):
        return set(t for t in terms if re.match(r'^[A-Z][A-Z0-9_]*$', t)) \
            if '||' not in expr and '!' not in expr else set()
    return set(terms)

def _kconfig_file(path, idx):
    sym = None
    for line in _read_text(path).split('\n'):
        m = re.match(r'^\s*(?:menu)?config\s+(\w+)', line)
        if m:
            sym = m.group(1)
            idx.setdefault(sym, set())
            continue
        m = re.match(r'^\s*depends on\s+([^#]*)', line)
        if m and sym:
            idx[sym].update(_conjuncts(m.group(1)))
        elif re.match(r'^\s*(endmenu|menu|choice|endchoice|if|endif|source)\b',
                      line):
            sym = None

def _kconfig_index(root):
    """config symbol -> symbols its "depends on" requires, over every
    Kconfig file of the tree.  Built on first use only: most files never
    need it."""
    if root not in _KCONFIG:
        idx = {}
        for d, dirs, files in os.walk(root):
            dirs[:] = [x for x in dirs if not x.startswith('.')]
            for fn in files:
                if fn.startswith('Kconfig'):
                    _kconfig_file(os.path.join(d, fn), idx)
        _KCONFIG[root] = idx
    return _KCONFIG[root]

def kconfig_guards(path, root):
    """The CONFIG symbols (and what they depend on, three levels down) that
    must all be set for path, in the tree at root, to be built; empty when
    unknown."""
    d, base = os.path.split(path)
    guards = _objs_guard(d, os.path.splitext(base)[0] + '.o', set())
    local = {}
    while True:
        for fn in os.listdir(d) if os.path.isdir(d) else []:
            if fn.startswith('Kconfig'):
                _kconfig_file(os.path.join(d, fn), local)
        up = os.path.dirname(d)
        if d == root or up == d or os.path.exists(os.path.join(d, 'MAINTAINERS')):
            break
        guards |= _objs_guard(up, os.path.basename(d) + '/', set())
        d = up
    idx = local
    for _ in range(3):
        if idx is local and any(g not in local for g in guards):
            idx = dict(_kconfig_index(root), **local)	# then the whole tree
        guards = guards | set(x for g in guards for x in idx.get(g, ()))
    return guards

def built_without(feature, p):
    """Whether the file at p is only ever built under a Kconfig symbol whose
    platforms never have feature (catalogue kind nofeature)."""
    syms = {s for s, f in CAT['nofeature'].items() if f[0] == feature}
    root = os.path.abspath(ERA.get('.tree') or os.environ.get('srctree') or '.')
    return bool(syms & kconfig_guards(os.path.abspath(p[0].file), root))

# --- kv-to-page: linear-map conversions of non-linear memory ---------------
# Facts of a file, all gathered before the first decision (Coccinelle runs
# each rule over the whole file, in order).
class _KvFile:
    def __init__(self):
        self.origin = {}     # key -> [(family, fn, line)]: valloc results
        self.taint = set()   # keys also assigned from something else
        self.src = {}        # key -> keys copied into it (x = r->buf)
        self.checked = set() # (function, key): tested with is_vmalloc_addr()
        self.uses = {}       # position -> (fn, arg text, function)
        self.locals = {}     # position -> {name: type} of the argument
        self.params = set()  # (function, name)
        self.externs = set() # (function, name): block-scope extern
        self.ints = set()    # keys holding the address as an integer
        self.arrays = set()  # struct members of the file that are arrays
        self.hparams = {}    # (static function, position) -> parameter
        self.hcalls = {}     # position -> [(function called, n, arg, caller)]
        self.hlocals = {}    # position -> {name: type} of that argument

_KV = {}

# An address held as an integer: vmalloc_to_page() would not take it.
_KV_INTCAST = re.compile(r'^\((?:unsigned|unsignedlong|long|ulong|uintptr_t|u64|u32|'
                         r'size_t|phys_addr_t)\)')

def _kv(p):
    return _KV.setdefault(p[0].file, _KvFile())

def _kv_have(name):
    """Whether the tree has name; helpers the catalogue does not track
    (vmalloc_to_page() and the like) are as old as vmalloc itself."""
    return have(name) if name in ERA else True

def _kv_uncast(s):
    return uncast(s)[0]

def _kv_valloc(y):
    """The valloc function y is a call of, or None."""
    m = re.match(r'^(\w+)\(', _kv_uncast(norm(y)))
    return m.group(1) if m and m.group(1) in CAT['valloc'] else None

def kv_assign(x, y, p):
    f = _kv(p)
    k = key_of(x, p[0].current_element)
    if not k:
        return
    fn = _kv_valloc(y)
    if fn:
        if _KV_INTCAST.match(norm(y)):
            f.ints.add(k)	# x = (unsigned long)vmalloc(n)
        o = (CAT['valloc'][fn][0], fn, where(p))
        if o not in f.origin.setdefault(k, []):
            f.origin[k].append(o)
    elif _kv_uncast(norm(y)) not in ('NULL', '0'):
        ky = key_of(y, p[0].current_element) \
            if re.match(r'^[\w.>-]+$', _kv_uncast(norm(y))) else None
        if ky and ky != k:
            f.src.setdefault(k, set()).add(ky)	# x = r->buf: a copy
        else:
            f.taint.add(k)

def _kv_origin(f, k):
    """(allocations, tainted) of the memory key k may point to, through
    copies: a copy of a pointer from nowhere known (a parameter, a value
    computed) taints it, so only memory every source agrees on counts."""
    orig, seen, todo, bad = [], {k}, [k], False
    while todo:
        x = todo.pop()
        orig += [o for o in f.origin.get(x, []) if o not in orig]
        bad = bad or x in f.taint
        ys = f.src.get(x, set())
        if x != k and not ys and x not in f.origin:
            bad = True
        for y in ys - seen:
            seen.add(y)
            todo.append(y)
    return orig, bad

def kv_check(e, p):
    func = p[0].current_element
    _kv(p).checked.add((func, key_of(e, func)))

def kv_param(x, p):
    _kv(p).params.add((p[0].current_element, str(x)))

def kv_extern(x, p):
    _kv(p).externs.add((p[0].current_element, str(x)))

def kv_use(fn, n, e, p):
    if n + 1 == int(CAT['addr2pg'][fn][0]):
        _kv(p).uses[_ppos(p)] = (fn, norm(e), p[0].current_element)

def kv_local(fn, n, x, t, p):
    if n + 1 == int(CAT['addr2pg'][fn][0]):
        _kv(p).locals.setdefault(_ppos(p), {})[str(x)] = \
            re.sub(r'\s+', ' ', str(t)).strip()

def _kv_stack(f, s, func, locs):
    """The name of the stack object s points into, or None.  s is &local,
    &local.field, &local_array[i], local_array or local_array + n, for a
    non-static local (static ones are not local idexpressions)."""
    s = _kv_uncast(s)
    s = _kv_uncast(_drop_top(_drop_top(s, '+'), '-', arrow_ok=True))
    amp = s.startswith('&')
    if amp:
        s = _kv_uncast(s[1:])
    m = re.match(r'^(\w+)((?:\.\w+|\[[^\[\]]*\])*)$', s)
    if not m or m.group(1) not in locs:
        return None
    name, chain = m.groups()
    if (func, name) in f.externs:
        return None
    t = locs[name]
    array = t.endswith(']') and (func, name) not in f.params
    if amp:
        if chain.startswith('['):
            return name if array else None
        # &local or &local.a.b; &local.a[i] may be an array field or a
        # pointer field: cannot tell.
        return name if '[' not in chain else None
    # local.member, an array member: the array is on the stack too (a
    # member of a struct the file declares, or one written out in the
    # type of the local itself: union { __be32 buf[2]; } crypto)
    last = re.match(r'^.*\.(\w+)$', chain)
    if last and (last.group(1) in f.arrays or
                 re.search(r'\b%s\s*\[' % last.group(1), t)):
        return name
    return name if array and not chain else None

def kv_array_member(fld, p):
    _kv(p).arrays.add(str(fld))

def _kv_inside(f, s):
    """The pointer whose object s points inside: p for &p->m and for
    p->arr, an array member; None otherwise."""
    b = _kv_uncast(_drop_top(_drop_top(_kv_uncast(s), '+'), '-', arrow_ok=True))
    m = re.match(r'^(&?)\(?(\w+)\)?->(\w+)$', b)
    if m and (m.group(1) or m.group(3) in f.arrays):
        return m.group(2)
    return None

_KV_FNS = set()

def kv_hparam(fn, n, prm, p):
    _kv(p).hparams[(str(fn), n)] = str(prm)
    _KV_FNS.add(str(fn))

def kv_is_fn(h):
    """h is a static function that converts one of its parameters: only
    calls of those are worth matching (the argument patterns are costly)."""
    h = str(h)
    return h in _KV_FNS and any(_kv_helper(f, g, n) for f in _KV.values()
                                for g, n in list(f.hparams) if g == h)

def kv_hcall(h, n, e, p):
    _kv(p).hcalls.setdefault(_ppos(p), []).append(
        (str(h), n, norm(e), p[0].current_element))

def kv_hlocal(x, t, p):
    _kv(p).hlocals.setdefault(_ppos(p), {})[str(x)] = \
        re.sub(r'\s+', ' ', str(t)).strip()

def _kv_helper(f, h, n):
    """(conversion, line) when static function h hands its parameter n
    itself to a conversion, as sg_init_one(sg, buf, len) does."""
    prm = f.hparams.get((h, n))
    if not prm:
        return None
    k = 'L:%s:%s' % (h, prm)
    if k in f.taint or k in f.src or k in f.origin:
        return None	# buf = other: what the caller gave may be gone
    for pos, (fn, s, func) in sorted(f.uses.items()):
        b = _kv_uncast(s)
        if func == h and not b.startswith('&') and not b.endswith(']') and \
           strip_to_base(s) == prm:
            return fn, int(pos[1])	# not bufs[i]: a pointer loaded from it
    return None

def kv_hdecide(p):
    """The message for a call at p that hands a stack or vmalloc buffer
    to a helper of the file that converts it, or None."""
    f = _kv(p)
    for h, n, s, func in sorted(f.hcalls.get(_ppos(p), ())):
        r = _kv_hone(f, p, h, n, s, func)
        if r:
            return r
    return None

def _kv_hone(f, p, h, n, s, func):
    cv = _kv_helper(f, h, n)
    if not cv:
        return None
    locs = f.hlocals.get(_ppos(p), {})
    if _kv_stack(f, s, func, locs):
        if arch_has('vmap_stack', p[0].file) and \
           not built_without('vmap_stack', p):
            return say('kv-to-page', fn=cv[0], mem='stack', via=h, at=cv[1])
        return None
    k = key_of(s, func)
    if s.startswith('&') or not k or (func, k) in f.checked:
        return None
    orig, bad = _kv_origin(f, k)
    if not orig or bad:
        return None
    fams = {o[0] for o in orig}
    o = next(o for o in orig
             if o[0] == ('vmalloc' if fams == {'vmalloc'} else 'kvmalloc'))
    return say('kv-to-page', fn=cv[0], mem=o[0], via=h, at=cv[1],
               alloc=o[1], line=o[2])

def kv_decide(p):
    """(message, fixable) for the addr2pg call at p, or None."""
    f = _kv(p)
    if _ppos(p) not in f.uses:
        return None
    fn, s, func = f.uses[_ppos(p)]
    locs = f.locals.get(_ppos(p), {})
    name = _kv_stack(f, s, func, locs)
    if name and arch_has('vmap_stack', p[0].file) and \
       not built_without('vmap_stack', p):
        return say('kv-to-page', fn=fn, mem='stack'), False
    b = _kv_uncast(s)
    if b.startswith('&') and re.match(r'^&\(?\w+(?:\.\w+)*\)?$', b):
        return None             # the address of the pointer itself
    if b.endswith(']') and not b.startswith('&'):
        return None             # ptrs[i]: a value loaded from the memory
    k = key_of(s, func)
    inside = _kv_inside(f, s)
    if inside:
        k = key_of(inside, func)        # the memory of the whole object
    if not k or (func, k) in f.checked:
        return None
    orig, bad = _kv_origin(f, k)
    if not orig or bad:
        return None
    fams = {o[0] for o in orig}
    if fams == {'vmalloc'}:
        o = orig[0]
        fix = fn == 'virt_to_page' and _kv_have('vmalloc_to_page') and \
            k not in f.ints and not _KV_INTCAST.match(s)
        return say('kv-to-page', fn=fn, mem='vmalloc', alloc=o[1],
                   line=o[2]), fix
    o = next(o for o in orig if o[0] == 'kvmalloc')
    return say('kv-to-page', fn=fn, mem='kvmalloc', alloc=o[1],
               line=o[2]), False

def kv_fixes(p):
    r = kv_decide(p)
    return bool(r and r[1])

// Facts: where pointers come from, and where they are tested.

@kv_arr@
identifier s, fld;
type T;
expression E;
position p;
@@

struct s@p { ... T fld[E]; ... };

@script:python@
fld << kv_arr.fld;
p << kv_arr.p;
@@

kv_array_member(fld, p)

@kv_asg@
expression x, y;
position p;
@@

x@p = y

@script:python@
x << kv_asg.x;
y << kv_asg.y;
p << kv_asg.p;
@@

kv_assign(x, y, p)

@kv_decl@
type T;
identifier x;
expression y;
position p;
@@

T x@p = y;

@script:python@
x << kv_decl.x;
y << kv_decl.y;
p << kv_decl.p;
@@

kv_assign(x, y, p)

@kv_chk@
identifier g = {is_vmalloc_addr, virt_addr_valid};
expression e;
position p;
@@

g@p(e)

@script:python@
e << kv_chk.e;
p << kv_chk.p;
@@

kv_check(e, p)

@kv_par@
identifier f, x;
type T;
position p;
@@

f(..., T x@p, ...) { ... }

@script:python@
x << kv_par.x;
p << kv_par.p;
@@

kv_param(x, p)

@kv_ext@
type T;
identifier x;
position p;
@@

extern T x@p;

@script:python@
x << kv_ext.x;
p << kv_ext.p;
@@

kv_extern(x, p)

// The conversions, and the locals their argument is made of.

@kv_use@
identifier fn = {virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa, sg_set_buf, sg_init_one};
expression list[n] es;
expression e;
position p;
@@

fn@p(es, e, ...)

@script:python@
fn << kv_use.fn;
n << kv_use.n;
e << kv_use.e;
p << kv_use.p;
@@

kv_use(fn, int(n), e, p)

@kv_loc@
identifier fn = {virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa, sg_set_buf, sg_init_one};
expression list[n] es;
type T;
local idexpression T x;
position p;
@@

fn@p(es, <+... x ...+>, ...)

@script:python@
fn << kv_loc.fn;
n << kv_loc.n;
x << kv_loc.x;
T << kv_loc.T;
p << kv_loc.p;
@@

kv_local(fn, int(n), x, T, p)

// Static functions of the file, their parameters and the calls that hand
// them a buffer: sg_init_one() of a parameter is wrong for a caller that
// hands it its stack.

@kv_hdef@
identifier fn, prm;
type T0, T;
parameter list[n] ps;
position p;
@@

static T0 fn@p(ps, T prm, ...) { ... }

@script:python@
fn << kv_hdef.fn;
n << kv_hdef.n;
prm << kv_hdef.prm;
p << kv_hdef.p;
@@

kv_hparam(fn, int(n), prm, p)

@kv_hcall@
identifier h : script:python () { kv_is_fn(h) };
expression list[n] es;
expression e;
position p;
@@

h@p(es, e, ...)

@script:python@
h << kv_hcall.h;
n << kv_hcall.n;
e << kv_hcall.e;
p << kv_hcall.p;
@@

kv_hcall(h, int(n), e, p)

@kv_hloc@
identifier h : script:python () { kv_is_fn(h) };
expression list[n] es;
type T;
local idexpression T x;
position p;
@@

h@p(es, <+... x ...+>, ...)

@script:python@
x << kv_hloc.x;
T << kv_hloc.T;
p << kv_hloc.p;
@@

kv_hlocal(x, T, p)

// Decide, once every fact of the file is known.

@script:python depends on report@
p << kv_use.p;
@@

r = kv_decide(p)
if r:
    emit('report', p, 'kv-to-page', r[0])

@script:python depends on org@
p << kv_use.p;
@@

r = kv_decide(p)
if r:
    emit('org', p, 'kv-to-page', r[0])

@script:python depends on report@
p << kv_hcall.p;
@@

r = kv_hdecide(p)
if r:
    emit('report', p, 'kv-to-page', r)

@script:python depends on org@
p << kv_hcall.p;
@@

r = kv_hdecide(p)
if r:
    emit('org', p, 'kv-to-page', r)

@script:python kv_ctx depends on context@
p << kv_use.p;
@@

if not kv_decide(p):
    cocci.include_match(False)

@depends on context@
identifier kv_use.fn;
position kv_use.p;
@@

* fn@p(...)

@depends on patch@
expression e;
position p : script:python () { kv_fixes(p) };
@@

- virt_to_page@p(e)
+ vmalloc_to_page(e)
