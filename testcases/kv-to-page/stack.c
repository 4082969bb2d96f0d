// SPDX-License-Identifier: GPL-2.0
/* Stack objects: vmalloc memory too once CONFIG_VMAP_STACK is set. */
#include <linux/mm.h>
#include <linux/scatterlist.h>

/* Declared for the compilers (the C engines build this file). */
struct device;

struct cmd {
	u8 op;
	u8 data[15];
	u8 *ext;
};

static u8 global_buf[64];

static int send_cmd(struct device *dev, struct cmd *heap_cmd, u8 param[16])
{
	struct scatterlist sg;
	struct cmd cmd;
	char buf[64];
	static char sbuf[64];
	char *p = heap_cmd->ext;
	int i;

	sg_init_one(&sg, buf, sizeof(buf));			/* WARN(kv-to-page) */
	sg_init_one(&sg, buf + 16, 16);				/* WARN(kv-to-page) */
	sg_set_buf(&sg, &buf[8], 8);				/* WARN(kv-to-page) */
	sg_set_buf(&sg, &cmd, sizeof(cmd));			/* WARN(kv-to-page) */
	sg_set_buf(&sg, &cmd.op, 1);				/* WARN(kv-to-page) */
	return virt_to_phys(&i) != 0;				/* WARN(kv-to-page) */
}

static void send_quiet(struct device *dev, struct cmd *heap_cmd, u8 param[16])
{
	struct scatterlist sg;
	struct cmd cmd;
	static char sbuf[64];
	char *p = heap_cmd->ext;

	/* static locals and globals live in the kernel image. */
	sg_init_one(&sg, sbuf, sizeof(sbuf));			/* QUIET(kv-to-page) */
	sg_init_one(&sg, global_buf, sizeof(global_buf));	/* QUIET(kv-to-page) */
	/* Pointers on the stack, not into it. */
	sg_init_one(&sg, p, 16);				/* QUIET(kv-to-page) */
	sg_init_one(&sg, heap_cmd, sizeof(*heap_cmd));		/* QUIET(kv-to-page) */
	sg_init_one(&sg, &heap_cmd->op, 1);			/* QUIET(kv-to-page) */
	/* An array parameter is a pointer. */
	sg_init_one(&sg, param, 16);				/* QUIET(kv-to-page) */
	/* A field that may be an array or a pointer: cannot tell. */
	sg_init_one(&sg, cmd.ext, 16);				/* QUIET(kv-to-page) */
	/* sg itself is on the stack, but it is not the buffer. */
	sg_init_one(&sg, heap_cmd->data, 15);			/* QUIET(kv-to-page) */
}
