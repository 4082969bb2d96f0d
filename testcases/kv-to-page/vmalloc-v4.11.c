// SPDX-License-Identifier: GPL-2.0
// pagelint-tree: v4.11
/* v4.11: no kvmalloc() yet; vmalloc() memory is just as wrong here. */
#include <linux/mm.h>
#include <linux/vmalloc.h>

struct fw_image {
	void *data;
	size_t size;
};

static int fw_load(struct fw_image *fw)
{
	fw->data = __vmalloc(fw->size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);
	return fw->data ? 0 : -ENOMEM;
}

static struct page *fw_page(struct fw_image *fw, unsigned long i)
{
	return virt_to_page(fw->data + i * PAGE_SIZE);		/* WARN(kv-to-page) */
}

static unsigned long fw_pfn(struct fw_image *fw)
{
	return page_to_pfn(virt_to_page(fw->data));		/* WARN(kv-to-page) */
}
