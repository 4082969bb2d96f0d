// SPDX-License-Identifier: GPL-2.0
/*
 * flag-frag.c under the headers of v6.10 and later: alloc_page() is a
 * statement expression (memory allocation profiling's alloc_hooks())
 * whose value is a local set from alloc_pages_noprof().  The page it
 * gives is still the driver's own, not a user page: the helper that takes
 * both kinds by a flag releases each its own way.  Shape of
 * drivers/infiniband/hw/qib/qib_user_sdma.c (v6.12).
 */
#include <linux/mm.h>
#include <linux/gfp.h>

/* what v6.12's <linux/alloc_tag.h> and <linux/gfp.h> make of alloc_page() */
struct page *alloc_pages_noprof(gfp_t gfp, unsigned int order);
#define tag_hooks(_alloc)					\
({								\
	int __maybe_unused _saved = 0;				\
	typeof(_alloc) _res = _alloc;				\
	_res;							\
})
#define prof_hooks(_alloc)					\
({								\
	tag_hooks(_alloc);					\
})
#undef alloc_page
#define alloc_page(gfp)	prof_hooks(alloc_pages_noprof(gfp, 0))

struct frag_pkt {
	int nfrags;
	struct page *frag[8];
};

static int frag_add(struct frag_pkt *pkt, struct page *page, int put)
{
	void *va = page_address(page);

	if (!va || pkt->nfrags >= 8) {
		if (put)
			unpin_user_page(page);			/* QUIET(gup-put) */
		else
			__free_page(page);			/* QUIET(gup-put) */
		return -ENOMEM;
	}
	pkt->frag[pkt->nfrags++] = page;
	return 0;
}

static int frag_coalesce(struct frag_pkt *pkt)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	return frag_add(pkt, page, 0);
}

static int frag_pin(struct frag_pkt *pkt, unsigned long uaddr, int n)
{
	struct page *pages[8];
	int i, ret;

	ret = pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages);
	for (i = 0; i < ret; i++)
		frag_add(pkt, pages[i], 1);
	return frag_coalesce(pkt);
}
