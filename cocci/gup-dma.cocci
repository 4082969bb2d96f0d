// SPDX-License-Identifier: GPL-2.0
/// Pages that go to DMA (a scatterlist, dma_map_page(), a bio, a bio_vec,
/// a physical address handed on) should be pinned with pin_user_pages*()
/// (FOLL_PIN), not merely got with get_user_pages*() (FOLL_GET).  The patch converts the acquire and every
/// release of those pages in the file together (put_page() and __free_page()
/// -> unpin_user_page(), release_pages() -> unpin_user_pages()), also in
/// other functions reached through a struct field, a scatterlist or a
/// helper, and only where no release can be out of its reach; otherwise it
/// leaves the site to a human and says why.
///
// Confidence: Moderate
// Options: --no-includes --include-headers
// Generated from cocci/src/gup-dma.cocci.in and catalog/pagelint.api
// by tools/gen-cocci: edit those, not this file.
// Keywords: get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2 & sg_set_page, sg_assign_page, sg_alloc_table_from_pages, __sg_alloc_table_from_pages, sg_alloc_table_from_pages_segment, sg_alloc_append_table_from_pages, bvec_set_page, dma_map_page, ib_dma_map_page, bio_add_page, __bio_add_page, bio_add_pc_page, bio_add_zone_append_page, page_to_phys, page_to_pfn, set_page_dirty, set_page_dirty_lock, copy_page_from_iter, copy_page_from_iter_atomic, drm_prime_pages_to_sg, dma_write_page, iov_iter_bvec, blk_rq_map_user, blk_rq_map_user_iov, page_to_xen_pfn, xen_page_to_gfn, virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa, FOLL_LONGTERM

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

# --- gup facts: where user pages are acquired, go, and are released ---------
# Keys (see key_of) are joined by assignments into groups; a group whose
# pages all come from one class of acquire (pin or get) tells what a release
# of any of its members must be.  Facts are per file and all gathered before
# the first decision, because Coccinelle runs each rule over the whole file.

class _File:
    def __init__(self, name):
        self.name = name
        self.parent = {}
        self.acq = []        # (key, class, fn, line, func, args-before-pages)
        self.rel = {}        # pos -> (key or None, fn, arg, func, via-carrier)
        self.taint = set()   # keys also assigned from something untracked
        self.escape = set()  # keys stored or returned out of sight
        self.carried = set() # keys loaded from a carrier (sg_page...)
        self.mixed = set()   # arrays with elements from elsewhere too
        self.kpage = set()   # keys holding the page of a kernel address
        self.kmixed = set()  # arrays with such pages among their elements
        self.hasref = False  # the file takes page references itself
        self.stores = []     # (key, fn, line, carrier key): pages stored
        self.sinks = []      # (key, fn, line): pages handed to DMA
        self.passes = []     # (key, fn): a whole page array handed elsewhere
        self.convert = {}    # (function, release, arg) -> replacement
        self.fields = {}     # field name -> the structs that declare it
        self.cstructs = set() # structs of the file with a carrier field
        self.cfields = {}    # field -> the carrier structs it is (gup-dma)
        self.entries = []    # (page key, entry key): ent.f = page (gup-dma)
        self.kvars = {}      # (function, x) -> (page key, call): x = page_to_pfn(page)
        self.params = {}     # (static function, position) -> parameter
        self.ptypes = {}     # (static function, position) -> its type
        self.oparams = {}    # (any function, position) -> parameter
        self.dlinks = []     # (argument key, parameter key, function) of the others
        self.elemw = []      # (array key, value key): pages[i] = page
        self.handed = set()  # parameter keys that callers hand pages to
        self.kept = set()    # positions of page addresses kept in variables
        self.kept_lines = set() # (function, line) of such declarations
        self.aliases = {}    # macro -> (acquire, its pages parameter), None
        self.src = {}        # key -> keys assigned to it (x = y: y in src[x])
        self.counts = {}     # (function, variable) -> acquires it counts
        self.relargs = {}    # release position -> its arguments
        self.xacq = []       # (extract acquire, line)
        self.pinflags = set() # names set from a will-pin test
        self.pinarms = []    # spans of branches under a will-pin test
        self.nopinarms = []  # spans of branches under its negation
        self.returns = {}    # function -> keys it returns (None: other)
        self.calls = []      # (key, callee, line, function): x = callee()
        self.vtypes = {}     # (function, variable) -> struct it points to
        self.ftypes = {}     # (struct, field) -> struct the field holds
        self.flow = None     # key -> keys whose pages may reach it
        self.spaths = {}     # carrier path (->page.mem) -> keys stored
        self.addrof = []     # keys whose pfn or physical address is taken
        self.frompfn = {}    # keys assigned the page of a pfn: (func, value)
        self.physvars = set() # (func, local) given the pfn of a physical address
        self.xparams = set() # (func, param): page array parameters
        self.pfnsrc = {}     # pfn array key -> keys of the pages (K: kernel)
        self.typed = {}      # field -> its keys by struct (F:foo.pages)
        self.untyped = set() # fields also reached from no known struct
        self.linked = False
        self.lflags = set()  # (function, gup_flags) declared in the function
        self.ltcalls = []    # (key, function, line, args): get calls
        self.ltvars = {}     # (function, local): the longterm flag it is given
        self.ltsinks = {}    # (function, line): the longterm flag of a get call
        self.nowide = set()  # (function, line): acquires no patch may convert
        self.split = None    # release position -> (call, key) of the other branch
        self.ifs = []        # (then span, else span) of each if with an else
        self.brcalls = []    # (line, col, call, first argument, function) in them

_FILES = {}

def _file(p):
    # Given several files, Coccinelle runs each rule over all of them.
    name = canon_file(p)
    if name not in _FILES:
        _FILES[name] = _File(name)
    return _FILES[name]

def gup_field(s, fld, t, p):
    f = _file(p)
    f.fields.setdefault(fld, set()).add(s)
    m = re.match(r'^(const\s+)?struct\s+(\w+)', str(t).strip())
    if m:
        f.ftypes[(str(s), str(fld))] = m.group(2)
    if m and not m.group(1) and m.group(2) in CAT['carrier']:
        f.cstructs.add(s)
        f.cfields.setdefault(fld, set()).add(m.group(2))

def gup_vtype(x, s, p):
    _file(p).vtypes[(p[0].current_element, str(x))] = str(s)

def _view(s):
    """frame_vector_pages(vec) -> vec->ptrs: the catalogue's views of a
    page array some struct holds."""
    m = re.match(r'^(\w+)\((.*)\)$', s)
    if m and m.group(1) in CAT['view']:
        a = _args(m.group(2))
        i = int(CAT['view'][m.group(1)][0]) - 1
        if i < len(a) and re.match(r'^&?\w+$', a[i]):
            fld = CAT['view'][m.group(1)][1]
            if a[i].startswith('&'):
                return '%s.%s' % (a[i][1:], fld)
            return '%s->%s' % (a[i], fld)
    return s

def _stype(f, e, func):
    """The struct that e (normalized: a variable, or a member of one, maybe
    indexed or with its address taken) is, holds or points to, from the
    declarations of the file; None where they do not say."""
    while True:
        t = e
        if e.startswith('&'):
            e = e[1:]
        if e.startswith('(') and e.endswith(')') and _balanced(e[1:-1]):
            e = e[1:-1]
        m = re.match(r'^(.*)\[[^\[\]]*\]$', e)
        if m and _balanced(m.group(1)):
            e = m.group(1)
        if e == t:
            break
    if re.match(r'^\w+$', e):
        return f.vtypes.get((func, e))
    m = re.match(r'^(.*)(?:->|\.)(\w+)$', e)
    if not m or not _balanced(m.group(1)):
        return None
    st = _stype(f, m.group(1), func)
    return f.ftypes.get((st, m.group(2))) if st else None

def _key(f, e, func):
    """key_of(), but a field that two structs of the file declare is keyed
    by its struct, known from the declaration of the variable it is
    reached through (r->pages, r a struct foo *), else has no key: by name
    alone, a pinned ->pages of one struct would make every other ->pages
    pinned too.  The sparse engine keys fields by type."""
    e = _view(norm(e))
    k = key_of(e, func)
    if not k or not k.startswith('F:'):
        return k
    fld = k[2:]
    m = re.match(r'^(.*)(?:->|\.)(\w+)$', strip_to_base(e))
    st = _stype(f, m.group(1), func) if m else None
    if st:
        k = 'F:%s.%s' % (st, fld)
        f.typed.setdefault(fld, set()).add(k)
        return k
    if len(f.fields.get(fld, ())) > 1:
        return None
    f.untyped.add(fld)
    return k

def _link_fields(f):
    """A field reached through a variable of unknown type may be that
    field of any struct: it stands between all of them.  Once per file,
    before its first decision."""
    if f.linked:
        return
    f.linked = True
    for fld in f.untyped & set(f.typed):
        for k in f.typed[fld]:
            _union(f, 'F:' + fld, k)
            f.src.setdefault(k, set()).add('F:' + fld)
            f.src.setdefault('F:' + fld, set()).add(k)

def _find(f, k):
    while f.parent.get(k, k) != k:
        k = f.parent[k]
    return k

def _union(f, a, b):
    a, b = _find(f, a), _find(f, b)
    if a != b:
        f.parent[a] = b

def _is_load(s):
    """s (normalized) takes a page out of a carrier: sg_page(sg)..."""
    return any(s.startswith(l + '(') for l in CAT['load'])

def gup_acquire(fn, n, es, pages, p):
    if n + 1 != acq_pos(fn, 'pages') or \
       p[0].current_element == 'something_else':
        return          # in a macro definition: see gup_macro
    f = _file(p)
    k = _key(f, pages, p[0].current_element)
    if k:
        f.acq.append((k, CAT['acquire'][fn][0], fn, where(p),
                      p[0].current_element, norm(es)))

def gup_is_flag_param(fl):
    return any(str(fl) == prm for _, prm in CAT['gupflag'].values())

def gup_local_flags(fl, p):
    _file(p).lflags.add((p[0].current_element, str(fl)))

def gup_acquire_args(fn, al, p):
    """A get call whose flags come from the flags variable of gup may pin:
    gup_flags passed through carries FOLL_PIN from pin_user_pages*() (the
    gupflag records of the catalogue); the C engines read the same from the
    declaration.  Its class is then the class of that flag where the call names the
    flag, else unknown."""
    f = _file(p)
    args = _args(al)
    line, func = where(p), p[0].current_element
    for i, a in enumerate(f.acq):
        if a[2] != fn or a[3] != line or a[4] != func or a[1] != 'get':
            continue
        f.ltcalls.append((a[0], func, line, args))
        for flag, (cls, param) in CAT['gupflag'].items():
            if any(re.search(r'\b%s\b' % flag, x) for x in args):
                f.acq[i] = a[:1] + (cls,) + a[2:]
            elif any(re.search(r'\b%s\b' % param, x) for x in args) and \
                    (func, param) not in f.lflags:
                f.acq[i] = a[:1] + ('other',) + a[2:]

def gup_assign(x, y, p):
    f = _file(p)
    func = p[0].current_element
    kx = _key(f, x, func)
    ys = norm(y)
    _count(f, func, norm(x), ys, where(p))
    if re.match(r'^\w+$', norm(x)):
        # a local given the pfn of a physical address, or a longterm flag
        if _shifted_down(ys):
            f.physvars.add((func, norm(x)))
        lt = _longterm(ys) if not re.search(r'\w\(', ys) else None
        if lt:
            f.ltvars[(func, norm(x))] = lt
    if ys in ('NULL', '0'):
        return          # cleared: no pages, and no key shared by all NULLs
    ky = _key(f, y, func) if '(' not in strip_to_base(_view(ys)) else None
    c = re.match(r'^\((?:const)?(?:struct)?(\w+)\*+\)', ys)
    if c and c.group(1) != 'page':
        ky = None       # (dma_addr_t *)(pages + n): other data, no pages
    elif c and re.match(r'^\([^()]*\)\(.*(\+|-(?!>)).*\)$', ys):
        ky = None       # (struct page **)(addrs + n): memory past other data
    if not kx:
        if ky:
            f.escape.add(ky)	# *out = pages: gone where we cannot see
        return
    if ky:
        _union(f, kx, ky)
        f.src.setdefault(kx, set()).add(ky)
        if norm(x).endswith(']'):
            f.elemw.append((kx, ky))
    elif _is_load(ys):
        f.carried.add(kx)	# page = sg_page_iter_page(&it)
    else:
        if _is_pfn2pg(ys):
            # page = pfn_to_page(pfn)
            f.frompfn.setdefault(kx, set()).add((func, ys))
        pg = _addr_arg(ys)
        if pg is not None:
            # ppn[i] = page_to_pfn(pages[i]): whose pages ppn[] names
            kp = 'K' if _is_call_of(norm(pg), 'kpage') else \
                 _key(f, pg, func)
            f.pfnsrc.setdefault(kx, set()).add(kp)
        kp = _is_call_of(ys, 'kpage')
        if kp:
            f.kpage.add(kx)	# page = vmalloc_to_page(buf): no reference
        f.taint.add(kx)
        m = re.match(r'^(\w+)\(', ys)
        if m:
            f.calls.append((kx, m.group(1), where(p), func))
        if norm(x).endswith(']') and ys not in ('NULL', '0'):
            # pages[i] = alloc_page(): not all from gup
            (f.kmixed if kp else f.mixed).add(kx)

def _count(f, func, xs, ys, line):
    """n = pin_user_pages_fast(...): n counts the pages of that acquire,
    and so does a plain copy of n (npages = rc)."""
    if not re.match(r'^\w+$', xs):
        return
    m = re.match(r'^(\w+)\(', ys)
    if m:
        acqs = [a for a in f.acq if a[2] == m.group(1) and a[3] == line and
                a[4] == func]
        if acqs:
            f.counts[(func, xs)] = acqs
    elif (func, ys) in f.counts:
        f.counts[(func, xs)] = f.counts[(func, ys)]

def gup_release_args(al, p):
    _file(p).relargs[_ppos(p)] = _args(al)

def _span(p):
    return ((int(p[0].line), int(p[0].column)),
            (int(p[0].line_end), int(p[0].column_end)))

def gup_ifelse(p1, p2):
    _file(p1).ifs.append((_span(p1), _span(p2)))

def _within(at, sp):
    return sp[0] <= at <= sp[1]

def gup_brcall(g, e2, q):
    """A call in a branch of an if with an else: what that branch does,
    for _split().  Calls anywhere else are dropped at once."""
    f = _file(q)
    at = (int(q[0].line), int(q[0].column))
    if any(_within(at, t) or _within(at, e) for t, e in f.ifs):
        f.brcalls.append((at, str(g), str(e2), q[0].current_element))

def _split(f, pos):
    """(call, key) of the calls of the other branch of the innermost
    if (c) ... else ... around the release at pos."""
    if f.split is None:
        f.split = {}
    if pos in f.split:
        return f.split[pos]
    at = (int(pos[1]), int(pos[2]))
    best, other = None, None
    for t, e in f.ifs:
        for mine, sib in ((t, e), (e, t)):
            if _within(at, mine) and (best is None or
                                      (mine[0] >= best[0] and mine[1] <= best[1])):
                best, other = mine, sib
    r = set()
    if other:
        for cat, g, e2, func in f.brcalls:
            if _within(cat, other) and g not in CAT['keeps']:
                r.add((g, _key(f, e2, func)))
    f.split[pos] = r
    return r

def _split_off(f, k, fn, acls, pos):
    """The release is one branch of if (c) A(x); else B(x), the other
    branch letting go of x otherwise, and not as pages of class acls: the
    branches part the pages of a mixed x, and this one has the rest, the
    acquired ones."""
    sib = {g for g, k2 in _split(f, pos) if k2 == k and g != fn}
    return bool(sib) and not any(
        g in CAT['release'] and CAT['release'][g][0] == acls for g in sib)

def gup_extract(x, p):
    """An extract acquire: its pages are pinned only where a will-pin
    test (catalogue kind pinned) says so."""
    _file(p).xacq.append((str(x), int(p[0].line), p[0].current_element))

def _flag_name(e):
    """A will-pin flag by its last name: dio->is_pinned is is_pinned."""
    m = re.search(r'(\w+)$', norm(e))
    return m.group(1) if m else None

def gup_pinflag(e, p):
    n = _flag_name(e)
    if n:
        _file(p).pinflags.add(n)

def _conjuncts(s):
    """The top-level operands of a && b && c."""
    out, depth, cur, i = [], 0, '', 0
    while i < len(s):
        ch = s[i]
        depth += ch in '([' and 1 or (ch in ')]' and -1 or 0)
        if depth == 0 and s.startswith('&&', i):
            out.append(cur.strip())
            cur, i = '', i + 2
            continue
        cur += ch
        i += 1
    return out + [cur.strip()]

def _pin_test(f, c):
    """1 when a conjunct of condition c is a will-pin test or a flag set
    from one, -1 when one is its negation, else 0."""
    names = set(CAT['pinned'])

    def test(t):
        return set(re.findall(r'\w+', t)) & names or \
               (re.match(r'^[\w.>-]+$', t) and _flag_name(t) in f.pinflags)
    neg = 0
    for t in _conjuncts(norm(c)):
        while t.startswith('(') and t.endswith(')'):
            t = t[1:-1].strip()
        if t.startswith('!'):
            neg = neg or (-1 if test(t[1:].strip()) else 0)
        elif test(t):
            return 1
    return neg

def gup_pinif(c, p):
    """if (c) S: S releases pinned pages under a will-pin test, and pages
    with no reference under its negation."""
    f = _file(p)
    t = _pin_test(f, c)
    if t:
        (f.pinarms if t > 0 else f.nopinarms).append(_span(p))

def gup_pinelse(c, p):
    """if (c) ... else S: S is the other side of c's test."""
    f = _file(p)
    t = _pin_test(f, c)
    if t:
        (f.nopinarms if t > 0 else f.pinarms).append(_span(p))

def _pinned_arm(f, fn, e, p):
    """A get-class release under a will-pin test, in a file that
    extracts pages: (message, fix), else None."""
    if CAT['release'][fn][0] != 'get' or not f.xacq:
        return None
    at = (int(p[0].line), int(p[0].column))
    if not any(_within(at, sp) for sp in f.pinarms):
        return None
    # the function's own, else the file's first
    mine = [a for a in f.xacq if a[2] == p[0].current_element]
    x, line, _ = min(mine or f.xacq, key=lambda a: a[1])
    msg = say('gup-put', acq=x, where='line %d' % line, cls='pin', rel=fn)
    if not msg:
        return None
    return msg, _rel_fix(fn, e, want('pin'), f.relargs.get(_ppos(p)))

def gup_return(e, p):
    """return e: what a function of the file hands its callers."""
    f = _file(p)
    func = p[0].current_element
    s = norm(e)
    if s in ('NULL', '0') or re.match(r'^(ERR_PTR|ERR_CAST)\(', s):
        return
    k = _key(f, e, func) if '(' not in strip_to_base(s) else None
    f.returns.setdefault(func, []).append(k)

_HAS_PARAMS = set()

def gup_param(fn, n, prm, t, p):
    f = _file(p)
    f.params[(str(fn), n)] = str(prm)
    f.ptypes[(str(fn), n)] = norm(t)
    _HAS_PARAMS.add(str(fn))

def gup_oparam(fn, n, prm, t, p):
    # a page, a page array or the place of one, as the C engines follow
    if norm(t) in ('structpage*', 'structpage**', 'structpage***'):
        _file(p).oparams[(str(fn), n)] = str(prm)
        _HAS_PARAMS.add(str(fn))

def gup_xparam(fn, prm, p):
    _file(p).xparams.add((str(fn), str(prm)))

def _pair_acqs(f, k, func):
    """The release helper of an acquire/release pair (user_pages.c of
    hfi1): k, of which the file knows nothing else, is the page
    array parameter of a function other files may call.  Its pages are
    those the file's own such functions acquire into the arrays their
    callers give, unless the file also acquires into arrays of its own."""
    statics = {fn for fn, _ in f.params}

    def given(key, fn):
        return fn not in statics and \
            any(key == 'L:%s:%s' % (fn, prm) for x, prm in f.xparams if x == fn)
    if not k or not given(k, func) or k in f.src or _dmixed(f, k) or not f.acq:
        return []
    if any(not given(a[0], a[4]) for a in f.acq):
        return []
    return f.acq

def gup_is_param_of(fn):
    return str(fn) in _HAS_PARAMS

def gup_argument(fn, n, e, p):
    """A function of the file gets e as its parameter n.  A static one:
    the argument and the parameter hold the same pages (a release helper,
    a pin wrapper), as they do for the C engines.  One other files may
    call too: a directed link, for DMA reach only (gup-dma)."""
    f = _file(p)
    prm = f.params.get((str(fn), n))
    static = prm is not None
    if not static:
        prm = f.oparams.get((str(fn), n))
    if prm is None or '(' in strip_to_base(norm(e)):
        return
    k = _key(f, e, p[0].current_element)
    kp = 'L:%s:%s' % (fn, prm)
    if k and not static:
        # other files may call it with other pages: only what it does
        # with these (DMA) is theirs, as for the C engines
        f.dlinks.append((k, kp, str(fn)))
    elif k:
        _union(f, k, kp)
        f.src.setdefault(kp, set()).add(k)
        f.handed.add(kp)
        # a page from no acquire (alloc_page()) makes a page parameter
        # mixed; an array from kcalloc() says nothing of its pages
        if f.ptypes.get((str(fn), n)) == 'structpage*' and \
           k in f.taint and not any(a[0] == k for a in f.acq):
            (f.kmixed if k in f.kpage else f.mixed).add(k)

_ALIAS_NAMES = set()

def gup_macro(mac, ps, e, p):
    """#define mac(ps) acquire(...): a compatibility macro, as out-of-tree
    drivers write them.  Its calls acquire as the call inside does, with
    the pages of the parameter the call gets them in.  Definitions of one
    macro that disagree (versions of the macro) make it none."""
    f = _file(p)
    m = re.match(r'^\(?(\w+)\((.*)\)\)?$', norm(e))
    params = [norm(x) for x in str(ps).split(',')]
    v = None
    if m and m.group(1) in CAT['acquire']:
        args = _args(m.group(2))
        pos = acq_pos(m.group(1), 'pages')
        a = args[pos - 1].strip('()') if 0 < pos <= len(args) else None
        if a in params:
            v = (m.group(1), params.index(a) + 1)
    mac = str(mac)
    if mac in f.aliases and f.aliases[mac] != v:
        v = None
    f.aliases[mac] = v
    if v:
        _ALIAS_NAMES.add(mac)

def gup_is_alias(fn):
    return str(fn) in _ALIAS_NAMES

def gup_alias_of(fn, n, p):
    """The acquire a call of macro fn makes, when its argument n + 1 is
    the pages one; else None."""
    v = _file(p).aliases.get(str(fn))
    return v[0] if v and v[1] == n + 1 else None

def gup_alias_call(fn, n, es, pages, p):
    acq = gup_alias_of(fn, n, p)
    if acq:
        gup_acquire(acq, acq_pos(acq, 'pages') - 1, es, pages, p)

def gup_declare(x, y, p):
    _kept_decl(_file(p), y, p)
    gup_assign(x, y, p)

def gup_escape(e, p):
    """return pages: the caller may release them."""
    f = _file(p)
    k = _key(f, e, p[0].current_element)
    if k:
        f.escape.add(k)

def gup_release(fn, e, p):
    f = _file(p)
    func = p[0].current_element
    s = norm(e)
    k = _key(f, e, func)
    carrier = _is_load(strip_to_base(s)) or \
        (k in f.carried and k not in f.taint)
    f.rel[_ppos(p)] = (None if carrier else k, fn, s, func, carrier)

def gup_kept(p):
    """A page address kept in a plain variable: the kernel's own use."""
    _file(p).kept.add(_ppos(p))

_ADDRESS = re.compile(r'\b(%s)\(' % '|'.join(
    n for n, r in CAT['dma'].items() if len(r) > 2 and r[2] == 'address'))

def _kept_decl(f, y, p):
    """T x = page_to_pfn(page): kept, by line (SmPL matches no call
    inside an initializer with a position)."""
    ys = norm(y)
    for m in _ADDRESS.finditer(ys):
        f.kept_lines.add((p[0].current_element, int(p[0].line)))
        # the call is not seen in an initializer: take its argument here
        d, i = 1, m.end()
        while i < len(ys) and d:
            d += {'(': 1, ')': -1}.get(ys[i], 0)
            i += 1
        gup_addrof(_args(ys[m.end():i - 1])[0], p, _unit('dma', m.group(1)))

def _addr_arg(ys):
    """page of (T)page_to_pfn(page), page_to_phys(page): else None."""
    m = re.match(r'^(?:\([\w ]+\**\))?(\w+)\((.*)\)$', ys)
    if not m or not _ADDRESS.match(m.group(1) + '('):
        return None
    a = _args(m.group(2))
    return a[0] if len(a) == 1 else None

def _pfn_sources(f, s, func):
    """The keys of the pages whose pfns the array released through
    pfn_to_page(arr[i]) holds, or None when the file does not say.  Pages
    of kernel addresses (virt_to_page()) hold no reference unless the file
    takes some itself."""
    m = re.match(r'^\w+\((.*)\)$', strip_to_base(s))
    k = _key(f, m.group(1), func) if m else None
    if k not in f.pfnsrc:
        return None
    return [None if x == 'K' else x for x in f.pfnsrc[k]
            if x != 'K' or f.hasref]

def _unit(kind, name):
    """The UNIT of a record's address (dma, addr2pg, pfn2pg): a page frame
    number (pfn, the default) or a physical address (phys); None for an
    addr2pg that gives a page back."""
    r = CAT[kind].get(name, ())
    u = r[-1] if r and r[-1] in ('pfn', 'phys') else None
    return u if u or kind != 'addr2pg' else None

def gup_addrof(e, p, unit='pfn'):
    f = _file(p)
    f.addrof.append((_key(f, e, p[0].current_element), unit))

def gup_addr_pa(a, e, p):
    """a(... page_address(e) ...): e's address in a's unit, if a gives an
    address (__pa(), virt_to_pfn()) and not the page back."""
    unit = _unit('addr2pg', a)
    if unit:
        gup_addrof(e, p, unit)

def _shifted_down(ys):
    """A physical address made a pfn: PFN_DOWN(addr), addr >> PAGE_SHIFT."""
    return bool(re.search(r'>>\s*PAGE_SHIFT\b', ys)) or \
        _is_call_of(strip_to_base(ys), 'phys2pfn')

def _pfn_unit(f, s, func):
    """The unit of the address pfn_to_page(x), phys_to_page(x) turns back
    into a page: a pfn shifted down from a physical address, directly or
    in a local given one (a loop's pfn that starts there), is one."""
    m = re.match(r'^(\w+)\((.*)\)$', strip_to_base(s))
    if not m or m.group(1) not in CAT['pfn2pg']:
        return 'pfn'
    a = m.group(2)
    if _shifted_down(a) or (func, a) in f.physvars:
        return 'phys'
    return _unit('pfn2pg', m.group(1))

def _is_call_of(s, kind):
    return any(s.startswith(n + '(') for n in CAT[kind])

def gup_ref(p):
    _file(p).hasref = True

def _noref(f, k):
    """k holds only kernel pages the file takes no reference on: among
    acquired pages, they change nothing a release must be."""
    return k in f.kpage and not f.hasref and not any(a[0] == k for a in f.acq)

def _is_pfn2pg(s):
    return _is_call_of(strip_to_base(s), 'pfn2pg')

def _sink_pos(spec):
    """The ARG of a store or dma record in this tree: older positions
    follow as POS<RELEASE, as an acquire's PAGES does (2/1<5.10)."""
    parts = spec.split('/')
    pos, ver = int(parts[0]), _vnum(ERA.get('.version', '-'))
    for old in parts[1:]:
        m, before = old.split('<')
        if ver < _vnum(before):
            pos = int(m)
    return pos

def gup_store(fn, n, es, e, p):
    if n + 1 != _sink_pos(CAT['store' if fn in CAT['store'] else 'dma'][fn][0]):
        return
    f = _file(p)
    if fn in CAT['dma'] and len(CAT['dma'][fn]) > 2 and \
       CAT['dma'][fn][2] == 'address':
        gup_addrof(e, p, _unit('dma', fn))
    if _ppos(p) in f.kept or \
       (p[0].current_element, int(p[0].line)) in f.kept_lines:
        return
    func = p[0].current_element
    k = _key(f, _addr_page(e), func)
    if fn in CAT['store']:
        # the carrier is the argument before the page(s)
        c = _args(es)[-1]
        f.stores.append((k, fn, where(p), _key(f, c, func)))
        path = _carrier_path(c)
        if path:
            f.spaths.setdefault(path, []).append(k)
        if len(CAT['store'][fn]) > 2 and n == 1 and k:
            # bvec_set_page(bv, page, ...) is bv->bv_page = page: a release
            # of that field may release the page (directed: the field's
            # other pages say nothing of this acquire's)
            kx = _key(f, _field_of(_args(es)[0], CAT['store'][fn][2]), func)
            if kx and kx != k:
                f.src.setdefault(kx, set()).add(k)
    f.sinks.append((k, fn, where(p)))

def _field_of(c, fld):
    """The text of c->fld as code writes it: &x gives x.fld, b + i gives
    b[i].fld."""
    c = norm(c)
    if c.startswith('&'):
        return '%s.%s' % (c[1:], fld)
    m = re.match(r'^(\w+)\+(.+)$', c)
    if m:
        return '%s[%s].%s' % (m.group(1), m.group(2), fld)
    return '(%s)->%s' % (c, fld) if not re.match(r'^[\w.>-]+$', c) else \
        '%s->%s' % (c, fld)

def _addr_page(e):
    """(unsigned long)page_address(page) handed to a sink is the page
    (the SH DMA engine takes kernel addresses)."""
    s, _ = uncast(norm(e))
    m = re.match(r'^(\w+)\((.*)\)$', s)
    if m and m.group(1) in CAT['pg2addr'] and _balanced(m.group(2)):
        return m.group(2)
    return e

def _args(es):
    """Split an argument list at its top-level commas."""
    out, d, cur = [], 0, ''
    for c in norm(es):
        d += {'(': 1, ')': -1, '[': 1, ']': -1}.get(c, 0)
        if c == ',' and d == 0:
            out.append(cur)
            cur = ''
        else:
            cur += c
    return out + [cur]

_KNOWN = set()

def gup_pass(fn, e, p):
    if not _KNOWN:
        for kind in ('acquire', 'release', 'store', 'dma', 'sguse', 'load',
                     'mapall', 'keeps'):
            _KNOWN.update(CAT[kind])
    s = norm(e)
    if fn in _KNOWN or (s.endswith(']') and not s.startswith('&')):
        return		# a known call, or one page of the array
    f = _file(p)
    k = _key(f, e, p[0].current_element)
    if k:
        f.passes.append((k, fn))

def _classes(f, k):
    """The acquire classes of the group of key k."""
    g = _find(f, k)
    return {a[1] for a in f.acq if _find(f, a[0]) == g}

def _acq_of(f, k):
    g = _find(f, k)
    return [a for a in f.acq if _find(f, a[0]) == g]

def _carrier_classes(f):
    cl = set()
    for k, fn, line, _ in f.stores:
        c = _classes(f, k) if k else set()
        cl |= c if c else {'other'}
    return cl

def _rel_fix(fn, e, wanted, args):
    """The call to use instead of fn(e...) when the pages want releases of
    class wanted, or None where no mechanical replacement exists."""
    form = CAT['release'][fn][1]
    twin = CAT['release'][fn][4] if len(CAT['release'][fn]) > 4 else '-'
    if fn.endswith('_dirty_lock') or twin == '-':
        return None     # no call of the other class takes its arguments
    if form == 'folio' and not norm(e).startswith('page_folio('):
        return None
    # folio_put_refs(page_folio(page), 1) is one page; more refs are not
    if form == 'folio' and len(args or ()) > 1 and \
       (len(args) > 2 or norm(args[1]) != '1'):
        return None
    return release_for(wanted, form)

def _first(acqs):
    """The acquire to name among several: the first in the file."""
    return min(acqs, key=lambda a: a[3])

def _carrier_path(c):
    """The fields a carrier expression goes through below its base:
    &tab->page[i].mem -> ->page.mem; None for a plain variable."""
    s = re.sub(r'\[[^\[\]]*\]', '', norm(c))
    s = re.sub(r'\[[^\[\]]*\]', '', s)
    m = re.match(r'^&?\(?\w+\)?((?:->|\.)[\w.>-]+)$', s)
    return m.group(1) if m else None

def _reach(f, k):
    """The keys whose pages may reach k through assignments and calls
    (k itself included).  Directed: dst = a and dst = b make neither a nor
    b hold the pages of the other."""
    if k in f.flow:
        return f.flow[k]
    seen, todo = {k}, [k]
    while todo:
        for y in f.src.get(todo.pop(), ()):
            if y not in seen:
                seen.add(y)
                todo.append(y)
    f.flow[k] = seen
    return seen

def _dacq(f, k):
    """The acquires whose pages may be those of key k: both reached from
    one object (pin into a, x = a, release x; or x = a, pin into x,
    release a)."""
    r = _reach(f, k)
    return [a for a in f.acq if _reach(f, a[0]) & r]

def _dmixed(f, k):
    r = _reach(f, k)
    if any(_reach(f, m) & r for m in f.mixed):
        return True
    if f.hasref and any(_reach(f, m) & r for m in f.kmixed):
        return True
    return any(_reach(f, kx) & r for kx, ky in f.elemw
               if ky in f.taint and not any(a[0] == ky for a in f.acq) and
               not _noref(f, ky))

def _settle(f):
    """Once per file, at its first decision: a function of the file
    whose returns all hold pages of one class acquires them for its
    callers (x = my_pin_pages(...)), as the wrapped call does."""
    if f.flow is not None:
        return
    _link_fields(f)
    f.flow = {}
    done = set()
    for _ in range(3):	# wrappers of wrappers
        for c in f.calls:
            kx, callee, line, func = c
            rets = f.returns.get(callee)
            if c in done or not rets or None in rets:
                continue
            acqs = [a for r in rets for a in _dacq(f, r)]
            if not acqs or len({a[1] for a in acqs}) != 1 or \
               any(_dmixed(f, r) for r in rets):
                continue
            a = _first(acqs)
            f.acq.append((kx, a[1], a[2], a[3], func, a[5]))
            done.add(c)

def _counted(f, k, func, pos):
    """The acquires a release names by the count they returned:
    n = pin_user_pages(..., pages); ...; unpin_user_pages(pages, n)."""
    args = f.relargs.get(pos)
    if not args or len(args) < 2 or k is None:
        return []
    return [a for a in f.counts.get((func, args[1]), []) if a[0] == k]

def gup_put_decide(fn, e, p):
    """(message, replacement or None) for a release that does not match how
    its pages were acquired; None when it matches or cannot be known."""
    f = _file(p)
    _settle(f)
    pa = _pinned_arm(f, fn, e, p)
    if pa:
        return pa
    k, _, s, func, carrier = f.rel[_ppos(p)]
    counted = _counted(f, k, func, _ppos(p))
    paired = []
    m = re.match(r'^\w+\((.*)\)$', strip_to_base(s)) if carrier else None
    path = _carrier_path(m.group(1)) if m else None
    if path in f.spaths and None not in f.spaths[path]:
        # a release through the very carrier field the pages went into
        acqs = [a for x in f.spaths[path] for a in _dacq(f, x)]
        cl = {a[1] for a in acqs}
        if len(cl) != 1 or any(_dmixed(f, x) for x in f.spaths[path]):
            return None
        acls = cl.pop()
        a = _first(acqs)
    elif _is_pfn2pg(s) or (k in f.frompfn and not _dacq(f, k)):
        # put_page(pfn_to_page(pfn)): pages the file keeps as pfns, when
        # every page whose pfn or address the file takes is of one class;
        # of a pfn array filled in the file, the pages it was filled from
        addrs = _pfn_sources(f, s, func)
        if addrs is None:
            units = {_pfn_unit(f, s, func)} if _is_pfn2pg(s) else \
                {_pfn_unit(f, y, fy) for fy, y in f.frompfn[k]}
            addrs = [x for x, u in f.addrof if u in units] or \
                [x for x, u in f.addrof]
        if not addrs or None in addrs or \
           any(not _dacq(f, x) or _dmixed(f, x) for x in addrs):
            return None
        acqs = [a for x in addrs for a in _dacq(f, x)]
        cl = {a[1] for a in acqs}
        if len(cl) != 1:
            return None
        acls = cl.pop()
        a = _first(acqs)
    elif carrier:
        # Carriers are known by file, not by object: with carriers in two
        # structs, a release through one says nothing of the other.
        cl = _carrier_classes(f)
        if len(cl) != 1 or 'other' in cl or len(f.cstructs) > 1:
            return None
        acls = cl.pop()
        a = _first([a for s in f.stores if s[0] and acls in _classes(f, s[0])
                    for a in _acq_of(f, s[0]) if a[1] == acls])
    elif counted:
        # the pages of that acquire, whatever else the array may hold
        cl = {a[1] for a in counted}
        if len(cl) != 1:
            return None
        acls = cl.pop()
        a = _first(counted)
    else:
        acqs = _dacq(f, k) if k else []
        paired = not acqs and _pair_acqs(f, k, func)
        if paired:
            acqs = paired
        if not acqs:
            return None
        cl = {a[1] for a in acqs}
        if len(cl) != 1:
            return None
        acls = cl.pop()
        if not paired and _dmixed(f, k) and \
           not _split_off(f, k, fn, acls, _ppos(p)):
            return None
        a = _first(acqs)
    if acls == 'extract' and not f.hasref:
        # extract pages hold a reference only where they were pinned: a
        # file that takes none itself may only ever unpin them (and not
        # release them at all where a test says they are not pinned)
        at = (int(p[0].line), int(p[0].column))
        if any(_within(at, sp) for sp in f.nopinarms):
            return None
        acls = 'pin'
    msg = say('gup-put', acq=a[2], where='line %d' % a[3], cls=acls, rel=fn)
    if not msg:
        return None
    # Pages a helper is handed by callers that took them elsewhere: other
    # callers may hand it other pages, the fix is for a human to choose.
    if k in f.handed and not any(x[4] == func for x in _acq_of(f, k)):
        return msg, None
    # The release helper of a pair: other files may hand it other pages.
    if paired:
        return msg, None
    return msg, _rel_fix(fn, e, want(acls), f.relargs.get(_ppos(p)))

def gup_dma_phys(a, e, p):
    """__pa(page_address(e)): e's physical address, a sink of class
    address unless a plain variable keeps it (gup_kept).  A kernel page
    call (virt_to_page()) gives the page back: no address."""
    f = _file(p)
    if a in CAT['kpage'] or _ppos(p) in f.kept:
        return
    k = _key(f, e, p[0].current_element)
    f.sinks.append((k, a, where(p)))

def gup_dma_entry(ent, pg, p):
    """ent.f = pg, ent an entry of a carrier (a struct bio_vec): the
    page is stored in the entry, and in the array of entries it is one
    of.  Known by the declared type of ent's variable or of the field
    of the file's structs that holds it; a field that two structs
    declare with different types says nothing."""
    f = _file(p)
    func = p[0].current_element
    b = re.sub(r'(\[[^\[\]]*\])+$', '', norm(ent))
    b = b[1:] if b.startswith('&') else b
    if re.match(r'^\w+$', b):
        st = {f.vtypes.get((func, b))}
    else:
        m = re.match(r'^.*(?:->|\.)(\w+)$', b)
        st = set(f.cfields.get(m.group(1), ())) if m else set()
        if m and len(f.fields.get(m.group(1), ())) > len(st):
            return
    if len(st) != 1 or CAT['carrier'].get(st.pop(), ('',))[0] != 'entry':
        return
    k, c = _key(f, pg, func), _key(f, ent, func)
    if k and c:
        f.entries.append((k, c))

def _dma_entries(f):
    """Once per file, at its first decision: an entry that was given
    acquired pages holds them (its other fields, a length, do not)."""
    ents, f.entries = f.entries, []
    acq = {_find(f, a[0]) for a in f.acq}
    for k, c in ents:
        if _find(f, k) in acq:
            _union(f, k, c)

def gup_dma_keptvar(x, fn, e, p):
    """x = page_to_pfn(page): x holds the address of page's key."""
    f = _file(p)
    func = p[0].current_element
    k = _key(f, e, func)
    if k:
        f.kvars.setdefault((func, str(x)), []).append((k, str(fn)))

def gup_dma_keptstore(lhs, y, p):
    """*out = f(x), s->f = x, with x such a variable: the address is
    stored into memory, a sink at this line.  gd_kv has gone over the
    whole file before: every such variable of the function is known."""
    f = _file(p)
    if re.match(r'^\w+$', norm(lhs)):
        return
    # a comparison of the address (*same = (end == addr)) stores a truth
    # value, not the address
    ys = norm(y).replace('->', '.')
    if re.search(r'==|!=|&&|\|\||[<>]=?|!(?!=)', re.sub(r'<<|>>', '', ys)):
        return
    func = p[0].current_element
    for w in set(re.findall(r'\w+', norm(y))):
        for k, fn in f.kvars.get((func, w), ()):
            f.sinks.append((k, fn, where(p)))

def _address_sink(name):
    """The sink hands on the page's address (a pfn, a physical address),
    not the page."""
    r = CAT['dma'].get(name, ())
    return (len(r) > 2 and r[2] == 'address') or name in CAT['addr2pg']

def _longterm(ys):
    """The longterm flag (FOLL_LONGTERM) named in an expression."""
    return next((n for n in CAT['longterm']
                 if re.search(r'\b%s\b' % n, ys)), None)

def _longterm_sinks(f):
    """Once per file: a get call given a longterm flag, as a constant or
    in a local of its function, is its own sink (FOLL_PIN is that flag's
    prerequisite, pin_user_pages.rst), for its own pages only: other calls
    into the same array may get them for a moment."""
    calls, f.ltcalls = f.ltcalls, []
    for k, func, line, args in calls:
        for a in args:
            n = _longterm(a) or f.ltvars.get((func, norm(a)))
            if n:
                f.ltsinks[(func, line)] = n
                break

def _dma_linked(f, g):
    """The parameters of functions other files may call that the pages
    of group g are handed to, directly or on through more such calls:
    parameter key -> the function the pages of g are handed to."""
    if f.flow is None:
        f.flow = {}	# a cache for _reach(), as in _dma_wide()
    linked, todo, links = {}, [], sorted(f.dlinks)
    for ka, kp, fn in links:
        if _find(f, ka) == g and kp not in linked:
            linked[kp] = fn
            todo.append(kp)
    while todo:
        k = todo.pop()
        for ka, kp, fn in links:
            if kp not in linked and k in _reach(f, ka):
                linked[kp] = linked[k]
                todo.append(kp)
    return linked

def _far_sinks(f, g, linked):
    """The sinks that pages handed to those parameters reach, directed
    (what other callers of a shared helper hand it is not theirs): sink
    -> the function of the file the pages of g went to."""
    far = {}
    for s in f.sinks:
        if s[0] and _find(f, s[0]) != g:
            hit = sorted(kp for kp in linked if kp in _reach(f, s[0]))
            if hit:
                far[s] = linked[hit[0]]
    return far

def gup_dma_decide(fn, es, pages, p):
    """(message, replacement or None) for a get_user_pages*() whose pages
    reach DMA; the replacement is given only when every release of those
    pages is visible here and converted along with it."""
    f = _file(p)
    _link_fields(f)
    _dma_entries(f)
    _longterm_sinks(f)
    k = _key(f, pages, p[0].current_element)
    if not k or CAT['acquire'][fn][0] != 'get' or \
       follows_notifiers(p[0].file):
        return None
    if _classes(f, k) != {'get'}:
        return None
    g = _find(f, k)
    sinks = [s for s in f.sinks if s[0] and _find(f, s[0]) == g]
    lt = f.ltsinks.get((p[0].current_element, where(p)))
    if lt:
        sinks.append((k, lt, where(p)))
    linked = _dma_linked(f, g)
    far = _far_sinks(f, g, linked)
    if not sinks and not far:
        return None
    sink = min(sinks + sorted(far), key=lambda s: s[2])	# the first DMA in the file
    msg = say('gup-dma', acq=fn, sink=sink[1], line=sink[2])
    twin = CAT['twin'].get(fn, (None,))[0]
    if not msg:
        return None
    # A page whose address is handed on lives on as that address (a pfn
    # in a table): its release is out of sight, no patch.
    if not twin or not have(twin) or \
       any(_address_sink(s[1]) for s in sinks):
        return msg, None
    # Pages handed to a function other files call may be released there
    # or by its other callers: out of reach, no patch.
    if linked:
        _leave(f, p, 'callable',
               callee=far.get(sink) or sorted(linked.values())[0])
        f.nowide.add((p[0].current_element, where(p)))
        return msg, None
    # Held long-term, where other gets fill the same array for a moment:
    # their releases are those of this call's pages too.
    func = p[0].current_element
    if sink[1] == lt and \
       any(_find(f, a[0]) == g and (a[4], a[3]) != (func, where(p))
           for a in f.acq if a[0]):
        _leave(f, p, 'mixed')
        f.nowide.add((func, where(p)))
        return msg, None
    return msg, (twin if _dma_convertible(f, g, p, es) else None)

def _dma_convertible(f, g, p, es):
    func = p[0].current_element
    keys = {k for k in list(f.parent) + [a[0] for a in f.acq] +
            [r[0] for r in f.rel.values() if r[0]] if _find(f, k) == g}
    if any(not k.startswith('L:%s:' % func) for k in keys):
        return False
    if 'FOLL_GET' in es or any(k in f.taint and not any(a[0] == k for a in f.acq)
                               for k in keys):
        return False
    # Pages stored into a scatterlist may come back out of it through a
    # load: the scatterlist must stay in this function, handed only to
    # calls that never release its pages, and no load-release here.
    for s in f.stores:
        if not s[0] or _find(f, s[0]) != g:
            continue
        c = s[3]
        if not c or not c.startswith('L:%s:' % func) or \
           c in f.taint or any(_find(f, k) == _find(f, c) for k, _ in f.passes):
            return False
        if any(r[4] and r[3] == func for r in f.rel.values()):
            return False
    if any(_find(f, k) == g for k, _ in f.passes) or \
       any(_find(f, k) == g for k in f.escape):
        return False
    rels = [(pos, r) for pos, r in f.rel.items()
            if r[0] and _find(f, r[0]) == g]
    if not rels:
        return False
    return _convert_rels(f, p, keys, rels, quiet=True)

def _convert_rels(f, p, keys, rels, quiet):
    """Record the unpin for every release in rels, or none: False when a
    release may be of other pages or has no pin twin (said unless quiet)."""
    # A release through a field of a struct not known here, when the pages
    # are known to be in that field of a given struct: it may be another
    # struct with a field of that name, holding other pages.
    typed = {k.split('.')[1] for k in keys if k.startswith('F:') and '.' in k}
    if any(r[0] and r[0][2:] in typed for _, r in rels):
        return _leave(f, p, 'mixed')
    fixes = {}
    for pos, (k, fn, e, rfunc, _) in rels:
        fix = _rel_fix(fn, e, 'pin', f.relargs.get(pos))
        if not fix or CAT['release'][fn][0] != 'get':
            if quiet:
                return False
            return _leave(f, p, 'notwin', rel=fn, line=pos[1])
        fixes[(rfunc, fn, e)] = fix
    f.convert.update(fixes)
    return True

def gup_dma_release_fix(fn, e, p):
    # Runs after the acquire was rewritten, when positions and line numbers
    # are those of a temporary copy: know the release by what it is.
    return _file(p).convert.get((p[0].current_element, fn, norm(e)))

# --- gup-dma patch mode across the functions of a file ----------------------
# When the pages live on in a struct field or a scatterlist and are released
# in other functions of the same file, the acquire and all those releases
# convert together, or nothing does.  What might release the pages out of
# sight (a function of another file, a function other files may call) is
# looked at, as far as it can be: a callee is looked up in the .c files of
# the directory of the file and of its parent directories.

_DEFS = {}

def gup_fdef(fn, p, static):
    """A function the file defines, and whether it is static."""
    d = _DEFS.setdefault(canon_file(p), {})
    d[str(fn)] = d.get(str(fn), False) or static

_FPARAMS = {}

def gup_fparam(fn, x, p):
    """x is a parameter of function fn of the file."""
    _FPARAMS.setdefault(canon_file(p), set()).add('L:%s:%s' % (fn, x))

_LEFT = {}

def _leave(f, p, why, **slots):
    """Say on stderr why the acquire at p is left alone, once, for the
    driver to show beside the finding; always False."""
    key = (canon_file(p), where(p))
    if key not in _LEFT:
        _LEFT[key] = say('gup-dma-left', why=why, **slots) or why
        sys.stderr.write('pagelint: left %s:%d: %s [gup-dma]\n' %
                         (key[0], key[1], _LEFT[key]))
    return False

_RELCALL = None

def _relcall():
    global _RELCALL
    if _RELCALL is None:
        _RELCALL = re.compile(r'\b(%s)\s*\(' % '|'.join(
            sorted(CAT['release'], key=len, reverse=True)))
    return _RELCALL

_SRC = {}

def _text(path):
    if path not in _SRC:
        _SRC[path] = _uncomment(_read_text(path))
    return _SRC[path]

def _scope(path):
    """The .c files whose functions the file may call without a header of
    another subsystem: its directory and the directories above it."""
    out, d = [], os.path.dirname(path)
    for _ in range(4):
        try:
            names = sorted(os.listdir(d or '.'))
        except OSError:
            break
        out += [os.path.join(d, n) for n in names if n.endswith('.c')]
        if d in ('', '.', '/'):
            break
        d = os.path.dirname(d)
    return out

def _body(text, at):
    """The text of the braces that open at or after at."""
    i = text.find('{', at)
    if i < 0:
        return ''
    d = 0
    for j in range(i, len(text)):
        d += {'{': 1, '}': -1}.get(text[j], 0)
        if d == 0:
            return text[i:j + 1]
    return text[i:]

def _callee_keeps(path, callee):
    """(found, releases): where callee is defined in the scope of path, and
    whether its body calls a release of the catalogue."""
    rx = re.compile(r'^[\w \t*]*\b%s\s*\([^;{}]*\)\s*\{' % re.escape(callee),
                    re.M)
    for c in _scope(path):
        if os.path.abspath(c) == os.path.abspath(path):
            continue
        t = _text(c)
        if callee not in t:
            continue
        m = rx.search(t)
        if m:
            return c, bool(_relcall().search(_body(t, m.end() - 1)))
    return None, False

_API = None

def _is_api(name):
    """name is declared in the headers of the tree (include/): a kernel
    API, which drops no page reference unless the catalogue says it does."""
    global _API
    if _API is None:
        _API = set()
        top = os.path.join(ERA.get('.tree') or os.environ.get('srctree') or
                           '.', 'include')
        word = re.compile(r'\b([A-Za-z_]\w*)\s*\(')
        for d, _, files in os.walk(top):
            for n in files:
                if n.endswith('.h'):
                    _API.update(word.findall(_uncomment(
                        _read_text(os.path.join(d, n)))))
    return name in _API

def _sibling_release(path, fields):
    """A .c file beside path that names the struct of one of fields
    (struct, field) and releases something through that field."""
    d = os.path.dirname(path)
    try:
        names = sorted(os.listdir(d or '.'))
    except OSError:
        return None
    for n in names:
        c = os.path.join(d, n)
        if not n.endswith('.c') or os.path.abspath(c) == os.path.abspath(path):
            continue
        t = _text(c)
        for st, fld in fields:
            if st and not re.search(r'\bstruct\s+%s\b' % re.escape(st), t):
                continue
            for m in _relcall().finditer(t):
                if re.search(r'(->|\.)\s*%s\b' % re.escape(fld),
                             t[m.end():m.end() + 200].split(';')[0]):
                    return c
    return None

def _dma_wide(f, g, p, es):
    """The acquire at p and every release of its pages in the file convert
    together; True when they may (f.convert then holds the releases), else
    the reason goes to _leave()."""
    path = canon_file(p)
    defs = _DEFS.get(path, {})
    if f.flow is None:
        f.flow = {}	# a cache for _reach(); gup-dma settles no wrappers
    keys = {k for k in list(f.parent) + [a[0] for a in f.acq] +
            [r[0] for r in f.rel.values() if r[0]] if _find(f, k) == g}
    if 'FOLL_GET' in es:
        return _leave(f, p, 'foll_get')
    if any(_dmixed(f, k) for k in keys) or \
       any(k in f.taint and not any(a[0] == k for a in f.acq) for k in keys):
        return _leave(f, p, 'mixed')
    if any(k in f.escape for k in keys):
        return _leave(f, p, 'escape')
    carriers = {s[3] for s in f.stores if s[0] and _find(f, s[0]) == g}
    for k, callee in f.passes:
        if _find(f, k) != g and k not in carriers:
            continue
        if callee in defs:
            if not defs[callee]:
                return _leave(f, p, 'callable', callee=callee)
            continue
        found, rel = _callee_keeps(path, callee)
        if not found and _is_api(callee):
            continue
        if not found:
            return _leave(f, p, 'unseen', callee=callee)
        if rel:
            return _leave(f, p, 'releases', callee=callee, file=found)
    crel = [(pos, r) for pos, r in f.rel.items() if r[4]]
    if crel and (None in carriers or
                 any(not s[0] or _find(f, s[0]) != g for s in f.stores)):
        return _leave(f, p, 'sgmixed')
    fields = set()
    for k in keys | {c for c in carriers if c}:
        m = re.match(r'^F:(?:(\w+)\.)?(\w+)$', k)
        if m:
            fields.add(m.groups())
    other = _sibling_release(path, fields)
    if other:
        return _leave(f, p, 'sibling', file=other)
    rels = [(pos, r) for pos, r in f.rel.items()
            if (r[0] and _find(f, r[0]) == g) or r[4]]
    if not rels:
        return _leave(f, p, 'none')
    # A parameter of a function other files may call: its callers there
    # hand it pages of their own (or take these to release them).
    for k in sorted(keys & _FPARAMS.get(path, set())):
        func = k.split(':')[1]
        if not defs.get(func, True):
            return _leave(f, p, 'exported', func=func)
    return _convert_rels(f, p, keys, rels, quiet=False)

def gup_dma_patch(fn, es, pages, p):
    """gup_dma_decide(), and where it gives no replacement only because the
    releases are outside the function of the acquire, the wide one."""
    r = gup_dma_decide(fn, es, pages, p)
    f = _file(p)
    if not r or r[1] or (p[0].current_element, where(p)) in f.nowide:
        return r
    k = _key(f, pages, p[0].current_element)
    g = _find(f, k)
    sinks = [s for s in f.sinks if s[0] and _find(f, s[0]) == g]
    twin = CAT['twin'].get(fn, (None,))[0]
    if not twin or not have(twin):
        return r
    if any(_address_sink(s[1]) for s in sinks):
        _leave(f, p, 'address')
        return r
    return (r[0], twin) if _dma_wide(f, g, p, norm(es)) else r

def gup_dma_dirty_loop(i, n, pages, p):
    """The pin release that dirties and releases pages[0..n) at once, for
    a loop of set_page_dirty_lock() and put_page() over them whose
    put_page() is to convert; None otherwise.  The count must not change
    in the loop, nor the array be anything but a name or a field."""
    if not gup_dma_release_fix('put_page', '%s[%s]' % (norm(pages), i), p):
        return None
    if str(i) in re.findall(r'\w+', norm(n)) or \
       not re.match(r'^[\w>.-]+$', norm(pages)):
        return None
    for name, r in CAT['release'].items():
        if r[0] == 'pin' and r[1] == 'array' and len(r) > 4 and \
           r[4] == 'set_page_dirty_lock+put_page' and have(name):
            return name
    return None

// Facts for gup-put and gup-dma: every acquire, copy, store and release,
// and the static functions of the file with their parameters (a call hands
// its arguments to them, as to a release helper or a pin wrapper).

// First the struct fields of the file: a field name two structs declare
// is no key (see _key in gup.py), and carriers in two structs make the
// carrier facts, kept by file, say nothing.
@gup_fld@
identifier s, fld;
type T;
position p;
@@

struct s@p { ... T fld; ... };

@script:python@
s << gup_fld.s;
fld << gup_fld.fld;
t << gup_fld.T;
p << gup_fld.p;
@@

gup_field(s, fld, t, p)

// The struct each pointer variable and parameter points to: a field
// name that two structs declare is still known through its base.
@gup_vty@
identifier x, s;
position p;
@@

(
struct s *x@p;
|
struct s *x@p = ...;
|
struct s x@p;
|
struct s x@p = ...;
)

@script:python@
x << gup_vty.x;
s << gup_vty.s;
p << gup_vty.p;
@@

gup_vtype(x, s, p)

@gup_pty@
identifier fn, x, s;
type T0;
parameter list ps;
position p;
@@

T0 fn(ps, struct s *x@p, ...) { ... }

@script:python@
x << gup_pty.x;
s << gup_pty.s;
p << gup_pty.p;
@@

gup_vtype(x, s, p)

@gup_acq@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
expression list[n] es;
expression pages;
position p;
@@

fn@p(es, pages, ...)

@script:python@
fn << gup_acq.fn;
n << gup_acq.n;
es << gup_acq.es;
pages << gup_acq.pages;
p << gup_acq.p;
@@

gup_acquire(fn, int(n), es, pages, p)

@gup_mac@
identifier mac;
identifier list ps;
expression e;
position p;
@@

#define mac(ps) e@p

@script:python@
mac << gup_mac.mac;
ps << gup_mac.ps;
e << gup_mac.e;
p << gup_mac.p;
@@

gup_macro(mac, ps, e, p)

@gup_alias@
identifier fn : script:python () { gup_is_alias(fn) };
expression list[n] es;
expression pages;
position p;
@@

fn@p(es, pages, ...)

@script:python@
fn << gup_alias.fn;
n << gup_alias.n;
es << gup_alias.es;
pages << gup_alias.pages;
p << gup_alias.p;
@@

gup_alias_call(fn, int(n), es, pages, p)

// A function that declares gup_flags itself builds the flags from its
// own constants: they carry nothing through from a caller.
@gup_lflag@
identifier fl : script:python () { gup_is_flag_param(fl) };
type T;
expression E;
position p;
@@

(
T fl@p;
|
T fl@p = E;
)

@script:python@
fl << gup_lflag.fl;
p << gup_lflag.p;
@@

gup_local_flags(fl, p)

@gup_acqall@
identifier fn = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote, get_user_pages_locked, get_user_pages_fast_only, pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote, pin_user_pages_locked, pin_user_pages_fast_only, __get_user_pages_unlocked, get_user_pages_longterm, __get_user_pages_fast, get_user_page_fast_only, get_user_page_vma_remote, get_dump_page, iov_iter_get_pages, iov_iter_get_pages_alloc, iov_iter_get_pages2, iov_iter_get_pages_alloc2, iov_iter_extract_pages, extract_iter_to_sg, memfd_pin_folios};
expression list al;
position p;
@@

fn@p(al)

@script:python@
fn << gup_acqall.fn;
al << gup_acqall.al;
p << gup_acqall.p;
@@

gup_acquire_args(fn, al, p)

@gup_asg@
expression x, y;
position p;
@@

x@p = y

@script:python@
x << gup_asg.x;
y << gup_asg.y;
p << gup_asg.p;
@@

gup_assign(x, y, p)

@gup_decl@
type T;
identifier x;
expression y;
position p;
@@

T x@p = y;

@script:python@
x << gup_decl.x;
y << gup_decl.y;
p << gup_decl.p;
@@

gup_declare(x, y, p)

@gup_def@
identifier fn, prm;
type T0, T;
parameter list[n] ps;
position p;
@@

static T0 fn@p(ps, T prm, ...) { ... }

@script:python@
fn << gup_def.fn;
n << gup_def.n;
prm << gup_def.prm;
t << gup_def.T;
p << gup_def.p;
@@

gup_param(fn, int(n), prm, t, p)

// Page-array parameters of any function, static ones included (gup_def
// says which are static): a release helper of an acquire/release pair is
// one other files call.
@gup_xdef@
identifier fn, prm;
type T0;
parameter list ps;
position p;
@@

T0 fn@p(ps, struct page **prm, ...) { ... }

@script:python@
fn << gup_xdef.fn;
prm << gup_xdef.prm;
p << gup_xdef.p;
@@

gup_xparam(fn, prm, p)

// Page parameters of any function of the file, static ones included: a
// function other files may call still says, by what it does with its
// parameter, where the pages handed to it go (gup-dma).
@gup_odef@
identifier fn, prm;
type T0, T;
parameter list[n] ps;
position p;
@@

T0 fn@p(ps, T prm, ...) { ... }

@script:python@
fn << gup_odef.fn;
n << gup_odef.n;
prm << gup_odef.prm;
t << gup_odef.T;
p << gup_odef.p;
@@

gup_oparam(fn, int(n), prm, t, p)

@gup_arg@
identifier fn : script:python () { gup_is_param_of(fn) };
expression list[n] es;
expression e;
position p;
@@

fn@p(es, e, ...)

@script:python@
fn << gup_arg.fn;
n << gup_arg.n;
e << gup_arg.e;
p << gup_arg.p;
@@

gup_argument(fn, int(n), e, p)

@gup_keep@
identifier x, fn = {page_to_phys, page_to_pfn, page_to_xen_pfn, xen_page_to_gfn};
expression e;
position p;
@@

x = <+... fn@p(e) ...+>

@script:python@
p << gup_keep.p;
@@

gup_kept(p)

@gup_st@
identifier fn = {sg_set_page, sg_assign_page, sg_alloc_table_from_pages, __sg_alloc_table_from_pages, sg_alloc_table_from_pages_segment, sg_alloc_append_table_from_pages, bvec_set_page, dma_map_page, ib_dma_map_page, bio_add_page, __bio_add_page, bio_add_pc_page, bio_add_zone_append_page, page_to_phys, page_to_pfn, set_page_dirty, set_page_dirty_lock, copy_page_from_iter, copy_page_from_iter_atomic, drm_prime_pages_to_sg, dma_write_page, iov_iter_bvec, blk_rq_map_user, blk_rq_map_user_iov, page_to_xen_pfn, xen_page_to_gfn};
expression list[n] es;
expression e;
position p;
@@

fn@p(es, e, ...)

@script:python@
fn << gup_st.fn;
n << gup_st.n;
es << gup_st.es;
e << gup_st.e;
p << gup_st.p;
@@

gup_store(fn, int(n), es, e, p)

@gup_rel@
identifier fn = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock, unpin_user_page_range_dirty_lock, unpin_folio, unpin_folios, unpin_user_folio, put_page, release_pages, folio_put, folios_put, folio_put_refs, __free_page, __free_pages, put_user_page, put_user_pages, put_user_pages_dirty, put_user_pages_dirty_lock};
expression e;
position p;
@@

fn@p(e, ...)

@script:python@
fn << gup_rel.fn;
e << gup_rel.e;
p << gup_rel.p;
@@

gup_release(fn, e, p)

@gup_relall@
identifier fn = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock, unpin_user_page_range_dirty_lock, unpin_folio, unpin_folios, unpin_user_folio, put_page, release_pages, folio_put, folios_put, folio_put_refs, __free_page, __free_pages, put_user_page, put_user_pages, put_user_pages_dirty, put_user_pages_dirty_lock};
expression list al;
position p;
@@

fn@p(al)

@script:python@
al << gup_relall.al;
p << gup_relall.p;
@@

gup_release_args(al, p)

@gup_rets@
expression e;
position p;
@@

return@p e;

@script:python@
e << gup_rets.e;
p << gup_rets.p;
@@

gup_return(e, p)

// if (c) A(x); else B(x): the two branches let go of different pages of x.
@gup_ifelse@
expression c;
statement S1, S2;
position p1, p2;
@@

if (c) S1@p1 else S2@p2

@script:python@
p1 << gup_ifelse.p1;
p2 << gup_ifelse.p2;
@@

gup_ifelse(p1, p2)

@gup_brcall@
identifier g;
expression e2;
position q;
@@

g@q(e2, ...)

@script:python@
g << gup_brcall.g;
e2 << gup_brcall.e2;
q << gup_brcall.q;
@@

gup_brcall(g, e2, q)

// The file takes page references of its own (get_page()): the kernel
// pages it stores may then hold one.
@gup_ref@
identifier r = {get_page, try_get_page, folio_get, page_ref_inc, get_page_unless_zero};
expression e;
position p;
@@

r@p(e)

@script:python@
p << gup_ref.p;
@@

gup_ref(p)

// The physical address or pfn of a page reached through its kernel
// address: __pa(page_address(page)) is page_to_phys(page).
@gup_pa@
identifier a = {virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa, sg_set_buf, sg_init_one}, g = {page_address, lowmem_page_address, page_to_virt};
expression e;
position p;
@@

a(<+... g@p(e) ...+>)

@script:python@
a << gup_pa.a;
e << gup_pa.e;
p << gup_pa.p;
@@

gup_addr_pa(a, e, p)

// __pa(page_address(page)) is the page's physical address, as
// page_to_phys(page) is: the same sink where it is stored or handed on,
// not where a plain variable keeps it (spapr tce's *hpa = __pa(...)).
@gd_pakeep@
identifier x, a = {virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa}, g = {page_address, lowmem_page_address, page_to_virt};
expression e;
position p;
@@

x = <+... a(<+... g@p(e) ...+>) ...+>

@script:python@
p << gd_pakeep.p;
@@

gup_kept(p)

@gd_pa@
identifier a = {virt_to_page, virt_to_head_page, virt_to_phys, virt_to_pfn, __pa}, g = {page_address, lowmem_page_address, page_to_virt};
expression e;
position p;
@@

a(<+... g@p(e) ...+>)

@script:python@
a << gd_pa.a;
e << gd_pa.e;
p << gd_pa.p;
@@

gup_dma_phys(a, e, p)

// A page's address kept in a plain variable is the kernel's own use
// until the variable is stored into memory (*gfn = pfn_to_gfn(pfn)):
// then it is handed on, as page_to_pfn(page) stored there directly is.
@gd_kv@
identifier x, fn = {page_to_phys, page_to_pfn, page_to_xen_pfn, xen_page_to_gfn};
expression e;
position p;
@@

x@p = <+... fn(e) ...+>

@script:python@
x << gd_kv.x;
fn << gd_kv.fn;
e << gd_kv.e;
p << gd_kv.p;
@@

gup_dma_keptvar(x, fn, e, p)

@gd_kvd@
identifier x, fn = {page_to_phys, page_to_pfn, page_to_xen_pfn, xen_page_to_gfn};
expression e;
type T;
position p;
@@

T x@p = <+... fn(e) ...+>;

@script:python@
x << gd_kvd.x;
fn << gd_kvd.fn;
e << gd_kvd.e;
p << gd_kvd.p;
@@

gup_dma_keptvar(x, fn, e, p)

@gd_kvst@
expression E, Y;
position p;
@@

E@p = Y

@script:python@
E << gd_kvst.E;
Y << gd_kvst.Y;
p << gd_kvst.p;
@@

gup_dma_keptstore(E, Y, p)

// A page stored by hand in a carrier's entry (bv->bv_page = page).
@gd_ent@
expression E, P;
identifier fld;
position p;
@@

(
E.fld = P@p
|
E->fld = P@p
)

@script:python@
E << gd_ent.E;
P << gd_ent.P;
p << gd_ent.p;
@@

gup_dma_entry(E, P, p)

// A page array handed whole to a function pagelint does not know might be
// released there: the patch must then leave the site alone.
@gup_pass depends on patch@
identifier fn;
expression list[n] es;
expression e;
position p;
@@

fn@p(es, e, ...)

@script:python@
fn << gup_pass.fn;
e << gup_pass.e;
p << gup_pass.p;
@@

gup_pass(fn, e, p)

@gup_ret depends on patch@
expression e;
position p;
@@

return@p e;

@script:python@
e << gup_ret.e;
p << gup_ret.p;
@@

gup_escape(e, p)

// The functions of the file, and which of them other files may call: a
// release there may be handed pages from elsewhere.
@gd_fdef depends on patch@
identifier fn;
type T;
position p;
@@

T fn@p(...) { ... }

@script:python@
fn << gd_fdef.fn;
p << gd_fdef.p;
@@

gup_fdef(fn, p, False)

@gd_fstatic depends on patch@
identifier fn;
type T;
position p;
@@

static T fn@p(...) { ... }

@script:python@
fn << gd_fstatic.fn;
p << gd_fstatic.p;
@@

gup_fdef(fn, p, True)

@gd_fparam depends on patch@
identifier fn, x;
type T0, T;
parameter list ps;
position p;
@@

T0 fn@p(ps, T x, ...) { ... }

@script:python@
fn << gd_fparam.fn;
x << gd_fparam.x;
p << gd_fparam.p;
@@

gup_fparam(fn, x, p)

@script:python depends on report@
fn << gup_acq.fn;
n << gup_acq.n;
es << gup_acq.es;
pages << gup_acq.pages;
p << gup_acq.p;
@@

if int(n) + 1 == acq_pos(fn, 'pages'):
    r = gup_dma_decide(fn, es, pages, p)
    if r:
        emit('report', p, 'gup-dma', r[0])

@script:python depends on org@
fn << gup_acq.fn;
n << gup_acq.n;
es << gup_acq.es;
pages << gup_acq.pages;
p << gup_acq.p;
@@

if int(n) + 1 == acq_pos(fn, 'pages'):
    r = gup_dma_decide(fn, es, pages, p)
    if r:
        emit('org', p, 'gup-dma', r[0])

// The same for the calls of a compatibility macro over an acquire.
@script:python depends on report@
fn << gup_alias.fn;
n << gup_alias.n;
es << gup_alias.es;
pages << gup_alias.pages;
p << gup_alias.p;
@@

acq = gup_alias_of(fn, int(n), p)
r = acq and gup_dma_decide(acq, es, pages, p)
if r:
    emit('report', p, 'gup-dma', r[0])

@script:python depends on org@
fn << gup_alias.fn;
n << gup_alias.n;
es << gup_alias.es;
pages << gup_alias.pages;
p << gup_alias.p;
@@

acq = gup_alias_of(fn, int(n), p)
r = acq and gup_dma_decide(acq, es, pages, p)
if r:
    emit('org', p, 'gup-dma', r[0])

@script:python gd_ctx depends on context@
fn << gup_acq.fn;
n << gup_acq.n;
es << gup_acq.es;
pages << gup_acq.pages;
p << gup_acq.p;
@@

if int(n) + 1 != acq_pos(fn, 'pages') or \
   not gup_dma_decide(fn, es, pages, p):
    cocci.include_match(False)

@depends on context@
identifier gup_acq.fn;
position gup_acq.p;
@@

* fn@p(...)

// The acquire first: deciding it marks the releases to convert with it.
@script:python gd_fix depends on patch@
fn << gup_acq.fn;
n << gup_acq.n;
es << gup_acq.es;
pages << gup_acq.pages;
p << gup_acq.p;
nf;
@@

r = None
if int(n) + 1 == acq_pos(fn, 'pages'):
    r = gup_dma_patch(fn, es, pages, p)
if r and r[1]:
    coccinelle.nf = r[1]
else:
    cocci.include_match(False)

@depends on patch@
identifier gup_acq.fn;
identifier gd_fix.nf;
position gup_acq.p;
@@

- fn@p
+ nf
  (...)

// set_page_dirty_lock() and the release of each page of an array, in a
// loop over the whole array: the pin release that does both
// (unpin_user_pages_dirty_lock()), when the release is one to convert.
@gd_loop depends on patch@
identifier i;
expression N, P;
position p;
@@

for (i = 0; i < N; i++) { set_page_dirty_lock(P[i]); put_page@p(P[i]); }

@script:python gd_loopok depends on patch@
i << gd_loop.i;
N << gd_loop.N;
P << gd_loop.P;
p << gd_loop.p;
nf;
@@

fix = gup_dma_dirty_loop(i, N, P, p)
if fix:
    coccinelle.nf = fix
else:
    cocci.include_match(False)

@gd_loopfix depends on patch@
identifier gd_loop.i;
expression gd_loop.N, gd_loop.P;
position gd_loop.p;
identifier gd_loopok.nf;
@@

- for (i = 0; i < N; i++) { set_page_dirty_lock(P[i]); put_page@p(P[i]); }
+ nf(P, N, true);

// The loop counter, if nothing else uses it.
@depends on patch@
identifier gd_loop.i;
identifier f;
type T;
@@

f(...) {
... when != i
- T i;
... when != i
}

// Positions do not survive a modification: find the releases afresh.
@gd_rel depends on patch@
identifier fn = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock, unpin_user_page_range_dirty_lock, unpin_folio, unpin_folios, unpin_user_folio, put_page, release_pages, folio_put, folios_put, folio_put_refs, __free_page, __free_pages, put_user_page, put_user_pages, put_user_pages_dirty, put_user_pages_dirty_lock};
expression e;
position p;
@@

fn@p(e, ...)

@script:python gd_relfix depends on patch@
fn << gd_rel.fn;
e << gd_rel.e;
p << gd_rel.p;
nf;
@@

fix = gup_dma_release_fix(fn, e, p)
if fix:
    coccinelle.nf = fix
else:
    cocci.include_match(False)

@depends on patch@
identifier gd_rel.fn;
identifier gd_relfix.nf;
position gd_rel.p;
expression e;
expression list es;
@@

(
- folio_put@p(page_folio(e))
+ nf(e)
|
- fn@p(es)
+ nf(es)
)
