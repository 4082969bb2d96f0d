// SPDX-License-Identifier: GPL-2.0
/*
 * User addresses under kernel types: uapi structs have no __user on their
 * pointer fields, so a copy of one carries user addresses in kernel-typed
 * fields.  Only where the file shows where the value comes from.
 */
#include <linux/mm.h>
#include <linux/uaccess.h>

struct dma_req {		/* as in include/uapi */
	__u32 *table;
	void *out;
	__u32 len;
};

struct ctx {
	struct dma_req *reqs;
	struct page *pages[8];
	char *scratch;
};

static int lock_one(void *va, struct page **p)
{
	return pin_user_pages_fast((unsigned long)va, 1, FOLL_WRITE, p);	/* QUIET(gup-kaddr) */
}

static int table_write(u32 *src, int n, struct page **pages)
{
	return pin_user_pages_fast((unsigned long)src, n, 0, pages);	/* QUIET(gup-kaddr) */
}

static long do_req(struct ctx *c, void __user *arg)
{
	struct dma_req *req;
	struct dma_req *r;
	struct dma_req local;
	int ret;

	req = memdup_user(arg, sizeof(*req));
	if (IS_ERR(req))
		return PTR_ERR(req);
	ret = table_write(req->table, 1, c->pages);
	ret = pin_user_pages_fast((unsigned long)req->out, 1, 0, c->pages);	/* QUIET(gup-kaddr) */
	kfree(req);

	if (copy_from_user(c->reqs, arg, 4 * sizeof(*c->reqs)))
		return -EFAULT;
	r = &c->reqs[2];
	ret = lock_one(r->out, c->pages);
	ret = lock_one(c->reqs[1].out, c->pages);

	if (copy_from_user(&local, arg, sizeof(local)))
		return -EFAULT;
	ret = table_write(local.table, 1, c->pages);
	return ret;
}

/* One caller hands a kernel buffer over: the parameter is not user-only. */
static int map_any(char *buf, struct page **pages)
{
	return get_user_pages_fast((unsigned long)buf, 1, 0, pages);	/* WARN(gup-kaddr) */
}

static int map_callers(struct ctx *c, unsigned long uaddr)
{
	int ret = map_any((char *)uaddr, c->pages);

	if (ret < 0)
		return ret;
	return map_any(c->scratch, c->pages);
}

/* No caller in sight: the type is all there is to go on. */
int export_map(void *kaddr, struct page **pages)
{
	return get_user_pages_fast((unsigned long)kaddr, 1, 0, pages);	/* WARN(gup-kaddr) */
}

/* An offset into a user buffer, still a user address. */
static int lock_at(u8 *ubase, int i, struct page **pages)
{
	return pin_user_pages_fast((unsigned long)&ubase[i], 1, 0, pages);	/* QUIET(gup-kaddr) */
}

static int lock_req(struct dma_req __user *ureq, struct page **pages)
{
	struct dma_req req;

	if (copy_from_user(&req, ureq, sizeof(req)))
		return -EFAULT;
	return lock_at(req.out, 4, pages);
}
