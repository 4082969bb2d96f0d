// SPDX-License-Identifier: GPL-2.0
/*
 * A message carries its operations in an anonymous struct, each one a
 * named struct of its own.  The pages of an operation are pinned through
 * a pointer to it and released through the message, or the other way
 * round: both name the same scatterlist, that of the operation's type.
 * Shape of net/rds (v6.1): rds_rdma_free_op(&rm->rdma).
 */
#include <linux/mm.h>
#include <linux/scatterlist.h>

struct xmsg {
	int refs;
	struct {
		struct xmsg_rd_op {
			unsigned int nents;
			struct scatterlist *sg;
		} rd;
		struct xmsg_wr_op {
			unsigned int nents;
			struct scatterlist *wsg;
		} wr;
		struct xmsg_data_op {
			unsigned int nents;
			struct scatterlist *sg;
		} data;
	};
};

static int xmsg_rd_fill(struct xmsg *m, unsigned long uaddr, int n,
			struct page **pages)
{
	struct xmsg_rd_op *op = &m->rd;
	int got, i;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		sg_set_page(&op->sg[i], pages[i], PAGE_SIZE, 0);
	op->nents = got;
	return 0;
}

static int xmsg_wr_fill(struct xmsg *m, unsigned long uaddr, int n,
			struct page **pages)
{
	int got, i;

	got = pin_user_pages_fast(uaddr, n, 0, pages);
	if (got <= 0)
		return got;
	for (i = 0; i < got; i++)
		sg_set_page(&m->wr.wsg[i], pages[i], PAGE_SIZE, 0);
	m->wr.nents = got;
	return 0;
}

static void xmsg_wr_free(struct xmsg_wr_op *op)
{
	unsigned int i;

	for (i = 0; i < op->nents; i++)
		put_page(sg_page(&op->wsg[i]));			/* WARN(gup-put: gcc) */
}

static int xmsg_data_fill(struct xmsg *m)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return -ENOMEM;
	sg_set_page(&m->data.sg[0], page, PAGE_SIZE, 0);
	m->data.nents = 1;
	return 0;
}

static void xmsg_purge(struct xmsg *m)
{
	unsigned int i;

	for (i = 0; i < m->rd.nents; i++)
		put_page(sg_page(&m->rd.sg[i]));		/* WARN(gup-put: gcc) */
	for (i = 0; i < m->data.nents; i++)
		__free_page(sg_page(&m->data.sg[i]));		/* QUIET(gup-put) */
	xmsg_wr_free(&m->wr);
}
