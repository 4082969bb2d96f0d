/* SPDX-License-Identifier: GPL-2.0 */
/* The basic types of a 64-bit v6.1 kernel. */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler_types.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;
typedef u64 __u64;
typedef u32 __u32;
typedef _Bool bool;
enum { false = 0, true = 1 };
typedef unsigned long size_t;
typedef long ssize_t;
typedef long long loff_t;
typedef unsigned long uintptr_t;
typedef u64 phys_addr_t;
typedef u64 dma_addr_t;
typedef unsigned int __bitwise gfp_t;
typedef struct { int counter; } atomic_t;
typedef struct { unsigned long pgprot; } pgprot_t;
typedef struct { u64 val; } pfn_t;

#define NULL ((void *)0)
#define UINT_MAX (~0U)

#endif
