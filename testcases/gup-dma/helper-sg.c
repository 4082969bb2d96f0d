// SPDX-License-Identifier: GPL-2.0
/*
 * A same-file helper builds the sg table from the page array it is
 * handed (the shape of i915's __i915_gem_userptr_alloc_pages() in v5.4,
 * in a file without an MMU notifier): the finding is at the get call of
 * the caller, and the patch pins them and unpins them on both paths
 * (through the table at release).  A second caller of another helper only counts the pages
 * the helper is handed: quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct up_obj {
	struct sg_table *st;
	unsigned long uaddr;
	int npages;
};

static int up_alloc_sg(struct up_obj *obj, struct page **pvec, int n)
{
	obj->st = kmalloc(sizeof(*obj->st), GFP_KERNEL);
	if (!obj->st)
		return -ENOMEM;
	return sg_alloc_table_from_pages(obj->st, pvec, n, 0,
					 (unsigned long)n << PAGE_SHIFT,
					 GFP_KERNEL);
}

int up_get_pages(struct up_obj *obj)
{
	struct page **pvec;
	int got, r;

	pvec = kvmalloc_array(obj->npages, sizeof(struct page *), GFP_KERNEL);
	if (!pvec)
		return -ENOMEM;
	got = get_user_pages_fast(obj->uaddr, obj->npages, FOLL_WRITE, pvec);	/* WARN(gup-dma) */
	r = got == obj->npages ? up_alloc_sg(obj, pvec, got) : -EFAULT;
	if (r && got > 0)
		release_pages(pvec, got);
	kvfree(pvec);
	return r;
}

void up_put_pages(struct up_obj *obj)
{
	struct sg_page_iter it;

	for_each_sgtable_page(obj->st, &it, 0)
		put_page(sg_page_iter_page(&it));
	sg_free_table(obj->st);
	kfree(obj->st);
}

static int up_count_dirty(struct page **pv, int n)
{
	int i, d = 0;

	for (i = 0; i < n; i++)
		d += PageDirty(pv[i]);
	return d;
}

int up_peek(unsigned long uaddr, int n, struct page **pv)
{
	int got = get_user_pages_fast(uaddr, n, 0, pv);	/* QUIET(gup-dma) */
	int d = got > 0 ? up_count_dirty(pv, got) : 0;

	if (got > 0)
		release_pages(pv, got);
	return d;
}
