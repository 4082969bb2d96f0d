// SPDX-License-Identifier: GPL-2.0
/*
 * vmalloc() memory handed to linear-map conversions: a local pointer, a
 * declaration with its initializer, and a struct field filled in one
 * function and converted in another.
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/scatterlist.h>

struct ring {
	void *buf;
	u8 *desc;
	size_t size;
	struct scatterlist sg;
};

static int ring_init(struct ring *r)
{
	r->buf = vmalloc(r->size);
	if (!r->buf)
		return -ENOMEM;
	r->desc = (u8 *)vzalloc(PAGE_SIZE);
	if (!r->desc)
		return -ENOMEM;
	return 0;
}

static void ring_exit(struct ring *r)
{
	vfree(r->buf);
	r->buf = NULL;		/* clearing it does not make it ambiguous */
	vfree(r->desc);
}

static struct page *ring_page(struct ring *r, size_t off)
{
	return virt_to_page(r->buf + off);			/* WARN(kv-to-page) */
}

static phys_addr_t ring_desc_phys(struct ring *r)
{
	return virt_to_phys(r->desc);				/* WARN(kv-to-page) */
}

static void ring_sg(struct ring *r)
{
	sg_init_one(&r->sg, r->desc, PAGE_SIZE);		/* WARN(kv-to-page) */
}

static int scratch(size_t len, struct page **pp, unsigned long *pfn)
{
	char *tmp;
	void *big = vmalloc_user(len);

	tmp = vmalloc(len);
	if (!tmp || !big)
		return -ENOMEM;
	pp[0] = virt_to_page(tmp);				/* WARN(kv-to-page) */
	pp[1] = virt_to_page(&tmp[PAGE_SIZE]);			/* WARN(kv-to-page) */
	pp[2] = virt_to_head_page(big);				/* WARN(kv-to-page) */
	*pfn = virt_to_pfn(big);				/* WARN(kv-to-page) */
	*pfn = __pa(tmp) >> PAGE_SHIFT;				/* WARN(kv-to-page) */
	/* Not the vmalloc memory, but the pointer itself: on the stack. */
	*pfn = virt_to_pfn(&tmp);				/* WARN(kv-to-page) */
	vfree(tmp);
	vfree(big);
	return 0;
}

/* Already right. */
static struct page *scratch_ok(size_t len)
{
	void *v = vmalloc(len);

	return v ? vmalloc_to_page(v) : NULL;			/* QUIET(kv-to-page) */
}

/* An address held as an integer: reported, but vmalloc_to_page() would not
 * take it, so patch mode leaves it alone. */
static struct page *int_addr(size_t len)
{
	unsigned long addr = (unsigned long)vmalloc(len);

	return virt_to_page(addr);				/* WARN(kv-to-page) */
}
