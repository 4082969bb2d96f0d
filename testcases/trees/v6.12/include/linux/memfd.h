/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux v6.12: memfd_pin_folios() (v6.11) pins the folios of a memfd
 * range; its offset is a pgoff_t, an unsigned long.
 */
#ifndef _LINUX_MEMFD_H
#define _LINUX_MEMFD_H

#include <linux/mm.h>

long memfd_pin_folios(struct file *memfd, loff_t start, loff_t end,
		      struct folio **folios, unsigned int max_folios,
		      unsigned long *offset);

#endif
