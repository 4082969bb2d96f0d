/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/kernel.h>

unsigned long _copy_from_user(void *to, const void __user *from,
			      unsigned long n);
unsigned long _copy_to_user(void __user *to, const void *from,
			    unsigned long n);

static inline __must_check unsigned long
copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return _copy_from_user(to, from, n);
}

static inline __must_check unsigned long
copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return _copy_to_user(to, from, n);
}

extern void *memdup_user(const void __user *src, size_t len);
extern void *vmemdup_user(const void __user *src, size_t len);

#endif
