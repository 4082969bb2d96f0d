/* SPDX-License-Identifier: GPL-2.0 */
/* The release the sample tree stands for, as out-of-tree code tests it. */
#ifndef _LINUX_VERSION_H
#define _LINUX_VERSION_H

#define LINUX_VERSION_CODE 393472
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))

#endif
