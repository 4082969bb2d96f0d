// SPDX-License-Identifier: GPL-2.0
/*
 * A GEM userptr object (the shape of etnaviv in v5.4): user pages got into
 * a page vector kept in the object, turned into an sg table for the GPU by
 * drm_prime_pages_to_sg() in another function of the file, and released
 * at teardown.  The object's page field also holds shmem pages of other
 * objects (from gp_get_shmem_pages()), so the patch leaves it to a human.
 * A second object type only looks at its user pages (their count of
 * holes): it stays quiet.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct drm_device;
struct sg_table *drm_prime_pages_to_sg(struct drm_device *dev,
				       struct page **pages,
				       unsigned int nr_pages);
struct page **gp_get_shmem_pages(int n);

struct gp_obj {
	struct drm_device *dev;
	struct page **pages;
	struct sg_table *sgt;
	unsigned long uaddr;
	int npages;
};

static int gp_userptr_get(struct gp_obj *obj)
{
	struct page **pvec;
	int got;

	pvec = kvmalloc_array(obj->npages, sizeof(struct page *), GFP_KERNEL);
	if (!pvec)
		return -ENOMEM;
	got = get_user_pages_fast(obj->uaddr, obj->npages, FOLL_WRITE, pvec);	/* WARN(gup-dma) */
	if (got != obj->npages) {
		if (got > 0)
			release_pages(pvec, got);
		kvfree(pvec);
		return -EFAULT;
	}
	obj->pages = pvec;
	return 0;
}

static int gp_shmem_get(struct gp_obj *obj)
{
	obj->pages = gp_get_shmem_pages(obj->npages);
	return obj->pages ? 0 : -ENOMEM;
}

struct page **gp_obj_get_pages(struct gp_obj *obj, bool user)
{
	if (!obj->pages) {
		int r = user ? gp_userptr_get(obj) : gp_shmem_get(obj);

		if (r)
			return NULL;
	}
	if (!obj->sgt) {
		obj->sgt = drm_prime_pages_to_sg(obj->dev, obj->pages, obj->npages);
		if (!obj->sgt)
			return NULL;
	}
	return obj->pages;
}

void gp_userptr_release(struct gp_obj *obj)
{
	if (obj->sgt) {
		sg_free_table(obj->sgt);
		kfree(obj->sgt);
	}
	if (obj->pages) {
		release_pages(obj->pages, obj->npages);
		kvfree(obj->pages);
	}
}

struct gp_peek {
	struct page **plist;
	int n;
};

static int gp_peek_holes(struct gp_peek *pk, unsigned long uaddr)
{
	int got, i, holes = 0;

	got = get_user_pages_fast(uaddr, pk->n, 0, pk->plist);	/* QUIET(gup-dma) */
	for (i = 0; i < got; i++) {
		if (PageReserved(pk->plist[i]))
			holes++;
		put_page(pk->plist[i]);
	}
	return holes;
}

int gp_peek(struct gp_peek *pk, unsigned long uaddr)
{
	return gp_peek_holes(pk, uaddr);
}
