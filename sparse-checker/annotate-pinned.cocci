// SPDX-License-Identifier: GPL-2.0
/// Add the __pinned annotation (pagelint's sparse-checker/pinned.h, as
/// <linux/pinned.h>) to what receives the pages of pin_user_pages*(): the
/// struct field, the local array or pointer, the page variable and the
/// function parameter the call writes its pages into, and the struct field
/// or local a caller passes for such a parameter (one call level).
/// pagelint-sparse then follows the pinned pages through the type system,
/// across functions and files: a __pinned page released with put_page() is
/// reported wherever that happens.  For stock sparse and compilers
/// __pinned is nothing.  The pages argument is found at the position the
/// catalogue gives for the current signature of each call.
///
// Confidence: High
// Options: --no-includes --include-headers
// Generated from sparse-checker/annotate-pinned.cocci.in and catalog/pagelint.api
// by tools/gen-cocci: edit those, not this file.
// Keywords: pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, memfd_pin_folios

virtual patch
virtual report

@initialize:python@
@@
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

def pages_at(fn):
    """1-based position of the pages argument, current signature."""
    return int(CAT['acquire'][fn][1].split('/')[0])

def pinned_report(p, what):
    coccilib.report.print_report(p[0],
        "%s receives pinned pages: declare it __pinned [gup-put]" % what)

// --- what the pin call writes into ---------------------------------------

@pin_field disable ptr_to_array@
identifier fn = {pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, memfd_pin_folios};
expression list[n] es;
identifier S, fld;
struct S *E;
position p;
@@

fn@p(es, \( &E->fld[...] \| E->fld \), ...)

@pin_dfield disable fld_to_ptr@
identifier fn = {pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, memfd_pin_folios};
expression list[n] es;
identifier S, fld;
struct S E;
position p;
@@

fn@p(es, \( &E.fld[...] \| E.fld \), ...)

@pin_var@
identifier fn = {pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, memfd_pin_folios};
expression list[n] es;
identifier x;
position p;
@@

fn@p(es, \( &x[...] \| &x \| x \), ...)

@script:python field_ok@
fn << pin_field.fn;
n << pin_field.n;
fld << pin_field.fld;
p << pin_field.p;
f;
@@

if int(n) + 1 == pages_at(fn):
    coccinelle.f = fld
else:
    cocci.include_match(False)

@script:python dfield_ok@
fn << pin_dfield.fn;
n << pin_dfield.n;
fld << pin_dfield.fld;
p << pin_dfield.p;
f;
@@

if int(n) + 1 == pages_at(fn):
    coccinelle.f = fld
else:
    cocci.include_match(False)

@script:python var_ok@
fn << pin_var.fn;
n << pin_var.n;
x << pin_var.x;
v;
@@

if int(n) + 1 == pages_at(fn):
    coccinelle.v = x
else:
    cocci.include_match(False)

// --- declarations ----------------------------------------------------------

// The function that holds the call: its parameter or its local.
@holder@
identifier pin_var.fn, g;
position pin_var.p;
@@

g(...) { <+... fn@p(...) ...+> }

@field_decl depends on patch@
identifier pin_field.S, field_ok.f;
attribute name __pinned;
expression c;
@@

struct S {
	...
(
-	struct page *f[c];
+	struct page __pinned *f[c];
|
-	struct page **f;
+	struct page __pinned **f;
)
	...
};

@dfield_decl depends on patch@
identifier pin_dfield.S, dfield_ok.f;
attribute name __pinned;
expression c;
@@

struct S {
	...
(
-	struct page *f[c];
+	struct page __pinned *f[c];
|
-	struct page **f;
+	struct page __pinned **f;
)
	...
};

@param_at@
identifier holder.g, var_ok.v;
parameter list[k] ps;
type T, T2;
@@

T g(ps, T2 v, ...) { ... }

@param_pp depends on patch@
identifier holder.g, var_ok.v;
attribute name __pinned;
type T;
@@

T g(...,
-	struct page **v
+	struct page __pinned **v
	, ...) { ... }

@param_arr depends on patch@
identifier holder.g, var_ok.v;
attribute name __pinned;
type T;
expression c;
@@

T g(...,
-	struct page *v[c]
+	struct page __pinned *v[c]
	, ...) { ... }

@local_decl depends on patch@
identifier holder.g, var_ok.v;
attribute name __pinned;
type T;
expression c, e;
@@

T g(...) { <...
(
-	struct page *v[c];
+	struct page __pinned *v[c];
|
-	struct page **v;
+	struct page __pinned **v;
|
-	struct page **v = e;
+	struct page __pinned **v = e;
|
-	struct page *v;
+	struct page __pinned *v;
)
	...> }

@script:python depends on report@
v << var_ok.v;
p << pin_var.p;
@@

pinned_report(p, v)

@script:python depends on report@
f << field_ok.f;
p << pin_field.p;
@@

pinned_report(p, "field " + f)

@script:python depends on report@
f << dfield_ok.f;
p << pin_dfield.p;
@@

pinned_report(p, "field " + f)

// --- one call level up: what a caller passes for an annotated parameter ---

@call_field depends on patch@
identifier holder.g, S, fld;
expression list[param_at.k] es;
struct S *E;
@@

g(es, \( E->fld \| &E->fld[...] \), ...)

@depends on patch@
identifier call_field.S, call_field.fld;
attribute name __pinned;
expression c;
@@

struct S {
	...
(
-	struct page *fld[c];
+	struct page __pinned *fld[c];
|
-	struct page **fld;
+	struct page __pinned **fld;
)
	...
};

@call_local depends on patch@
identifier holder.g, h, x;
expression list[param_at.k] es;
@@

h(...) { <+... g(es, \( x \| &x[...] \), ...) ...+> }

@depends on patch@
identifier call_local.h, call_local.x;
attribute name __pinned;
type T;
expression c, e;
@@

T h(...) { <...
(
-	struct page *x[c];
+	struct page __pinned *x[c];
|
-	struct page **x;
+	struct page __pinned **x;
|
-	struct page **x = e;
+	struct page __pinned **x = e;
)
	...> }

// --- the header that defines __pinned ---------------------------------------

@annotated depends on patch && (field_decl || dfield_decl || param_pp || param_arr || local_decl)@
@@

#include <linux/mm.h>
+#include <linux/pinned.h>
