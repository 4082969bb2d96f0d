// SPDX-License-Identifier: GPL-2.0
/* kvmalloc() memory: right while it comes from the slab, wrong after. */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct table {
	u32 *ent;
	struct scatterlist sg;
};

static int table_alloc(struct table *t, size_t n)
{
	t->ent = kvmalloc_array(n, sizeof(*t->ent), GFP_KERNEL);
	return t->ent ? 0 : -ENOMEM;
}

static void table_map(struct table *t, size_t n)
{
	sg_set_buf(&t->sg, t->ent, n * sizeof(*t->ent));	/* WARN(kv-to-page) */
}

static phys_addr_t hdr_phys(size_t len)
{
	void *hdr = kvzalloc(len, GFP_KERNEL);

	if (!hdr)
		return 0;
	return virt_to_phys(hdr);				/* WARN(kv-to-page) */
}

static struct page *hdr_page(size_t len)
{
	u8 *hdr;

	hdr = kvmalloc(len, GFP_KERNEL);
	if (!hdr)
		return NULL;
	if (is_vmalloc_addr(hdr))
		return vmalloc_to_page(hdr);
	return virt_to_page(hdr);				/* QUIET(kv-to-page) */
}

static struct page *hdr_page_unchecked(size_t len)
{
	u8 *hdr;

	hdr = kvmalloc(len, GFP_KERNEL);
	if (!hdr)
		return NULL;
	/* Report only: the kmalloc() case would be broken by vmalloc_to_page(). */
	return virt_to_page(hdr);				/* WARN(kv-to-page) */
}
