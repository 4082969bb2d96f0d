// SPDX-License-Identifier: GPL-2.0
/*
 * A checksum computed over a buffer that lives in a local of a struct or
 * union type written out in the declaration itself: the array member is
 * on the stack, which CONFIG_VMAP_STACK (v4.9) makes vmalloc memory, so
 * sg_init_one()'s virt_to_page() of it is wrong.  No struct of the file
 * declares the member.  Shape of rxkad_secure_packet() and
 * rxkad_verify_packet_1() (net/rxrpc/rxkad.c, v6.12).
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

int csum_run(struct scatterlist *sg, unsigned int len);

static int packet_csum(u32 id, u32 seq)
{
	struct scatterlist sg;
	union {
		u32 word[2];
		u64 both;
	} blk __aligned(8);
	struct {
		u8 tag;
		u8 bytes[7];
	} hdr;

	blk.word[0] = id;
	blk.word[1] = seq;
	sg_init_one(&sg, blk.word, 8);			/* WARN(kv-to-page) */
	if (csum_run(&sg, 8))
		return -EIO;
	hdr.tag = 1;
	sg_init_one(&sg, hdr.bytes, 7);			/* WARN(kv-to-page) */
	return csum_run(&sg, 7);
}

/* The member is a pointer: what it points to is not on the stack. */
static int packet_csum_ext(u8 *buf)
{
	struct scatterlist sg;
	struct {
		u8 *data;
		int len;
	} ref;

	ref.data = buf;
	ref.len = 8;
	sg_init_one(&sg, ref.data, ref.len);		/* QUIET(kv-to-page) */
	return csum_run(&sg, 8);
}
