// SPDX-License-Identifier: GPL-2.0
/*
 * Where the memory may well be linear: a pointer with more than one origin,
 * one tested with is_vmalloc_addr(), one whose origin is not in sight.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

/* Declared for the compilers (the C engines build this file). */
void fill_bufs(void **bufs, int n);

struct blob {
	void *data;
	void *meta;
};

/* kmalloc() first, vmalloc() as a fallback: two origins. */
static int blob_alloc(struct blob *b, size_t len)
{
	b->data = kmalloc(len, GFP_KERNEL | __GFP_NOWARN);
	if (!b->data)
		b->data = vmalloc(len);
	return b->data ? 0 : -ENOMEM;
}

static struct page *blob_page(struct blob *b)
{
	return virt_to_page(b->data);				/* QUIET(kv-to-page) */
}

/* The field is vmalloc memory here, a caller's buffer there. */
static void blob_set_meta(struct blob *b, void *buf)
{
	b->meta = buf;
}

static int blob_meta(struct blob *b, size_t len)
{
	b->meta = vzalloc(len);
	return b->meta ? 0 : -ENOMEM;
}

static struct page *blob_meta_page(struct blob *b)
{
	return virt_to_page(b->meta);				/* QUIET(kv-to-page) */
}

/* Tested, and converted the right way for each case. */
static struct page *any_to_page(size_t len)
{
	void *p = vmalloc(len);

	if (is_vmalloc_addr(p))
		return vmalloc_to_page(p);
	return virt_to_page(p);					/* QUIET(kv-to-page) */
}

/* Same name, other function: this p is a caller's pointer. */
static struct page *param_to_page(void *p)
{
	return virt_to_page(p);					/* QUIET(kv-to-page) */
}

static struct page *reassigned(size_t len, void *other)
{
	void *p;

	p = vmalloc(len);
	if (!p)
		p = other;
	return virt_to_page(p);					/* QUIET(kv-to-page) */
}

/* An element loaded from a kvmalloc()ed array of pointers is not an address
 * inside that array. */
static phys_addr_t first_buf(int n)
{
	void **bufs = kvmalloc_array(n, sizeof(*bufs), GFP_KERNEL);

	fill_bufs(bufs, n);
	return virt_to_phys(bufs[0]);				/* QUIET(kv-to-page) */
}
