/* SPDX-License-Identifier: GPL-2.0 */
/* The frags of an skb: bio_vecs, filled and read by inline helpers. */
#ifndef _LINUX_SKBUFF_H
#define _LINUX_SKBUFF_H

#include <linux/mm.h>

struct bio_vec {
	struct page *bv_page;
	unsigned int bv_len;
	unsigned int bv_offset;
};

typedef struct bio_vec skb_frag_t;

struct skb_shared_info {
	unsigned char nr_frags;
	skb_frag_t frags[17];
};

struct sk_buff {
	unsigned int len, data_len;
	struct skb_shared_info *shinfo;
};

static inline struct skb_shared_info *skb_shinfo(const struct sk_buff *skb)
{
	return skb->shinfo;
}

static inline struct page *skb_frag_page(const skb_frag_t *frag)
{
	return frag->bv_page;
}

static inline void skb_fill_page_desc(struct sk_buff *skb, int i,
				      struct page *page, int off, int size)
{
	skb_frag_t *frag = &skb_shinfo(skb)->frags[i];

	frag->bv_page = page;
	frag->bv_offset = off;
	frag->bv_len = size;
	skb_shinfo(skb)->nr_frags = i + 1;
}

#endif
