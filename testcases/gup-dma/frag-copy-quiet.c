// SPDX-License-Identifier: GPL-2.0
/*
 * Zerocopy send: user pages got and laid into an skb's frags by the
 * header's inline helper; another function of the file copies data into
 * the frag pages of an skb it builds by copying (the shape of v6.1's
 * net/core/datagram.c: __zerocopy_sg_from_iter() and
 * skb_copy_datagram_from_iter()).  Every frag's page is one field of one
 * struct type, but the pages copied into are the kernel's own, never the
 * zerocopy ones: the copy is no sink of the got pages.  Quiet.
 */
#include <linux/mm.h>
#include <linux/skbuff.h>

struct iov_iter;
size_t copy_page_from_iter(struct page *page, size_t offset, size_t bytes,
			   struct iov_iter *i);
ssize_t iov_iter_get_pages2(struct iov_iter *i, struct page **pages,
			    size_t maxsize, unsigned int maxpages,
			    size_t *start);

int xskb_copy_from_iter(struct sk_buff *skb, struct iov_iter *from,
			int len)
{
	int i;

	for (i = 0; i < skb_shinfo(skb)->nr_frags && len > 0; i++) {
		const skb_frag_t *frag = &skb_shinfo(skb)->frags[i];
		int n = len < (int)PAGE_SIZE ? len : (int)PAGE_SIZE;

		if (copy_page_from_iter(skb_frag_page(frag), 0, n, from) != n)
			return -EFAULT;
		len -= n;
	}
	return 0;
}

int xskb_zerocopy_from_iter(struct sk_buff *skb, struct iov_iter *from,
			    size_t length)
{
	struct page *pages[16];
	int frag = skb_shinfo(skb)->nr_frags, n = 0;
	size_t start;
	ssize_t copied;

	copied = iov_iter_get_pages2(from, pages, length, 16 - frag, &start);	/* QUIET(gup-dma) */
	if (copied < 0)
		return -EFAULT;
	skb->data_len += copied;
	skb->len += copied;
	while (copied > 0) {
		int size = copied < (ssize_t)(PAGE_SIZE - start) ?
			   copied : PAGE_SIZE - start;

		skb_fill_page_desc(skb, frag++, pages[n++], start, size);
		copied -= size;
		start = 0;
	}
	return 0;
}
