// SPDX-License-Identifier: GPL-2.0
/*
 * A helper of the file puts the buffer it is given into a scatterlist.
 * The helper is right; a caller that hands it a stack buffer, or vmalloc
 * memory, is not, and is where the fix goes.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/scatterlist.h>

struct xfer {
	struct scatterlist sg;
	size_t len;
};

static void xfer_prep(struct xfer *x, void *buf, size_t len)
{
	sg_init_one(&x->sg, buf, len);
	x->len = len;
}

static int xfer_status(struct xfer *x)
{
	u8 status[16];

	xfer_prep(x, status, sizeof(status));		/* WARN(kv-to-page: cocci) */
	return 0;
}

static int xfer_heap(struct xfer *x)
{
	u8 *buf = kmalloc(64, GFP_KERNEL);

	if (!buf)
		return -ENOMEM;
	xfer_prep(x, buf, 64);				/* QUIET(kv-to-page) */
	return 0;
}

static int xfer_big(struct xfer *x)
{
	void *big = vmalloc(1 << 20);

	if (!big)
		return -ENOMEM;
	xfer_prep(x, big, 1 << 20);			/* WARN(kv-to-page: cocci) */
	return 0;
}
