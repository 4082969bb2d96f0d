// SPDX-License-Identifier: GPL-2.0
/*
 * A capture buffer allocated with vmalloc: the lowmem/highmem and
 * addr-to-page hazards from the kvmalloc discussions of 2017 and 2018.
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct vbuf {
	void *data;
	void *meta;
	size_t size;
};

int vbuf_alloc(struct vbuf *vb, size_t size)
{
	/* __GFP_HIGHMEM is what __vmalloc() does by itself since v4.12. */
	vb->data = __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO);
	if (!vb->data)
		return -ENOMEM;
	/* Two pages: kvmalloc() may fall back to vmalloc under pressure. */
	vb->meta = kvmalloc(2 * PAGE_SIZE, GFP_KERNEL);
	if (!vb->meta) {
		vfree(vb->data);
		return -ENOMEM;
	}
	vb->size = size;
	return 0;
}

/* virt_to_page() is only right on the linear map, not on vmalloc space. */
struct page *vbuf_page(struct vbuf *vb, unsigned long off)
{
	return virt_to_page(vb->data + off);
}

void vbuf_meta_sg(struct vbuf *vb, struct scatterlist *sg)
{
	sg_init_one(sg, vb->meta, 2 * PAGE_SIZE);
}

/* A stack buffer is vmalloc'd too, with CONFIG_VMAP_STACK. */
int vbuf_probe_cmd(struct scatterlist *sg)
{
	u8 cmd[16] = { 0x12 };

	sg_init_one(sg, cmd, sizeof(cmd));
	return 0;
}
