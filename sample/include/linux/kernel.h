/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/errno.h>

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define offsetof(T, m)	__builtin_offsetof(T, m)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define min(a, b)	((a) < (b) ? (a) : (b))
#define max(a, b)	((a) > (b) ? (a) : (b))
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))

/* A u64 from user space (an ioctl argument) as a user pointer. */
#define u64_to_user_ptr(x)	((void __user *)(uintptr_t)(x))

#define cpu_to_be64(x)	__builtin_bswap64(x)
#define cpu_to_be32(x)	__builtin_bswap32(x)

#define NUMA_NO_NODE	(-1)

#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x)	unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline bool IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }

extern ssize_t strscpy(char *dest, const char *src, size_t count);
extern int printk(const char *fmt, ...);
#define pr_err(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define WARN_ON(x)		({ int __w = !!(x); __w; })
#define BUG_ON(x)		do { if (x) __builtin_trap(); } while (0)

#endif
