/* SPDX-License-Identifier: GPL-2.0 */
/* Linux v6.12: extracting pages from an iterator (v6.3). */
#ifndef _LINUX_UIO_H
#define _LINUX_UIO_H

#include <linux/types.h>

struct page;
struct iov_iter;
typedef unsigned int iov_iter_extraction_t;

bool user_backed_iter(const struct iov_iter *i);

/* Pinned for a user-backed iterator; no reference on any other's pages. */
static inline bool iov_iter_extract_will_pin(const struct iov_iter *iter)
{
	return user_backed_iter(iter);
}

ssize_t iov_iter_extract_pages(struct iov_iter *i, struct page ***pages,
			       size_t maxsize, unsigned int maxpages,
			       iov_iter_extraction_t extraction_flags,
			       size_t *offset0);

#endif
