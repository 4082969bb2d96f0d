/* SPDX-License-Identifier: GPL-2.0 */
/* Annotations as v6.1 spells them: sparse sees them, compilers do not. */
#ifndef _LINUX_COMPILER_TYPES_H
#define _LINUX_COMPILER_TYPES_H

#ifdef __CHECKER__
# define __user		__attribute__((noderef, address_space(__user)))
# define __iomem	__attribute__((noderef, address_space(__iomem)))
# define __kernel	__attribute__((address_space(0)))
# define __force	__attribute__((force))
# define __bitwise	__attribute__((bitwise))
#else
# define __user
# define __iomem
# define __kernel
# define __force
# define __bitwise
#endif

#define __must_check	__attribute__((__warn_unused_result__))
#define __always_inline	inline __attribute__((__always_inline__))
#define __maybe_unused	__attribute__((__unused__))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#endif
