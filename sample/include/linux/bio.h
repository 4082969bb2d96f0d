/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_BIO_H
#define _LINUX_BIO_H

#include <linux/mm_types.h>

struct bio;
int bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		 unsigned int off);
void __bio_add_page(struct bio *bio, struct page *page, unsigned int len,
		    unsigned int off);

#endif
