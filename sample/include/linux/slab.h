/* SPDX-License-Identifier: GPL-2.0 */
/* The kvmalloc API of Linux v6.1 (declarations only). */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

extern void *kvmalloc_node(size_t size, gfp_t flags, int node);
static inline void *kvmalloc(size_t size, gfp_t flags);
static inline void *kvzalloc_node(size_t size, gfp_t flags, int node);
static inline void *kvzalloc(size_t size, gfp_t flags);
static inline void *kvmalloc_array(size_t n, size_t size, gfp_t flags);
static inline void *kvcalloc(size_t n, size_t size, gfp_t flags);

#endif
