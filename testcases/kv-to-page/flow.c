// SPDX-License-Identifier: GPL-2.0
/*
 * Memory outside the linear map reached through data flow: an array
 * inside a stack struct, and a struct allocated with kvzalloc() whose
 * array member is mapped.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

struct spi_msg {
	u8 hdr[4];
	u8 payload[28];
};

struct port_priv {
	struct scatterlist sg;
	u8 rx[64];
};

static int msg_send(struct scatterlist *sg)
{
	struct spi_msg msg;

	sg_init_one(sg, msg.payload, sizeof(msg.payload));	/* WARN(kv-to-page) */
	return 0;
}

static struct port_priv *port_alloc(void)
{
	return kvzalloc(sizeof(struct port_priv), GFP_KERNEL);
}

static void port_rx(struct port_priv *priv)
{
	sg_init_one(&priv->sg, priv->rx, sizeof(priv->rx));	/* QUIET(kv-to-page) */
}

static int port_open(void)
{
	struct port_priv *priv = kvzalloc(sizeof(*priv), GFP_KERNEL);

	if (!priv)
		return -ENOMEM;
	sg_init_one(&priv->sg, priv->rx, sizeof(priv->rx));	/* WARN(kv-to-page) */
	return 0;
}
