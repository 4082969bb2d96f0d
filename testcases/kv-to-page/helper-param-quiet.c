// SPDX-License-Identifier: GPL-2.0
/*
 * Stack buffers handed to helpers of the file that convert something, but
 * not the buffer itself: a helper that converts the pointers an on-stack
 * array holds (free_pmds() in arch/x86/mm/pgtable.c, sg_init_aead() in
 * crypto/tcrypt.c), and a helper that copies its argument into a buffer
 * of its own and converts that (um_pci_send_cmd() in
 * arch/um/drivers/virt-pci.c).
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

static void drop_tables(void *tbl[], int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (tbl[i]) {
			get_page(virt_to_page(tbl[i]));
			free_page((unsigned long)tbl[i]);
		}
}

static int make_tables(void)
{
	void *tbl[4];
	int i;

	for (i = 0; i < 4; i++)
		tbl[i] = (void *)__get_free_page(GFP_KERNEL);
	drop_tables(tbl, 4);					/* QUIET(kv-to-page) */
	return 0;
}

static u8 msg_buf[64];

static int send_msg(struct scatterlist *sg, const void *msg, size_t len)
{
	u8 *buf = msg_buf;

	if (len > sizeof(msg_buf))
		return -EINVAL;
	memcpy(buf, msg, len);
	msg = buf;
	sg_init_one(sg, msg, len);
	return 0;
}

int send_hello(struct scatterlist *sg)
{
	u32 hello = 0x48454c4f;

	return send_msg(sg, &hello, sizeof(hello));		/* QUIET(kv-to-page) */
}
