// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's private area keeps a statistics buffer from kvzalloc(); the
 * function that hands it to the device takes a local copy of the pointer
 * and converts that.  kvzalloc() falls back to vmalloc() for large sizes,
 * where virt_to_page() gives a wrong page.  A copy of a pointer that may
 * also come from the caller says nothing.
 */
#include <linux/mm.h>
#include <linux/slab.h>

struct stats_priv {
	void *stats_buf;
	size_t stats_len;
	void *cmd_buf;
};

static int stats_alloc(struct stats_priv *priv)
{
	priv->stats_buf = kvzalloc(priv->stats_len, GFP_KERNEL);
	return priv->stats_buf ? 0 : -ENOMEM;
}

static struct page *stats_first_page(struct stats_priv *priv)
{
	void *buf = priv->stats_buf;

	return virt_to_page(buf);				/* WARN(kv-to-page: cocci,sparse) */
}

static struct page *cmd_page(struct stats_priv *priv, void *caller_buf)
{
	void *buf = priv->cmd_buf;

	if (caller_buf)
		buf = caller_buf;
	return virt_to_page(buf);				/* QUIET(kv-to-page) */
}

static int cmd_alloc(struct stats_priv *priv)
{
	priv->cmd_buf = kvmalloc(PAGE_SIZE, GFP_KERNEL);
	return priv->cmd_buf ? 0 : -ENOMEM;
}
