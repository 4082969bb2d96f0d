/* SPDX-License-Identifier: GPL-2.0 */
/* A header's inline helper that moves a page between scatterlists. */
#ifndef TESTCASE_MSG_H
#define TESTCASE_MSG_H

#include <linux/scatterlist.h>

static inline void msg_page_add(struct scatterlist *sg, struct page *page,
				unsigned int len, unsigned int offset)
{
	sg_set_page(sg, page, len, offset);
}

#endif
