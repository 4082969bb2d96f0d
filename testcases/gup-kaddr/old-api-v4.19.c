// SPDX-License-Identifier: GPL-2.0
// pagelint-tree: v4.19
/* v4.19: get_user_pages_fast() still took a write flag; same address. */
#include <linux/mm.h>

static int dump_pages(void *kbuf, char __user *ubuf, int n, struct page **pages)
{
	int ret;

	ret = get_user_pages_fast((unsigned long)kbuf, n, 1, pages);	/* WARN(gup-kaddr) */
	if (ret < 0)
		return ret;
	ret = get_user_pages_fast((unsigned long)ubuf, n, 1, pages);	/* QUIET(gup-kaddr) */
	if (ret < 0)
		return ret;
	return get_user_pages_unlocked((unsigned long)kbuf, n, pages,	/* WARN(gup-kaddr) */
				       FOLL_WRITE);
}

/* Before v5.9 the remote calls take the task first: the address moves. */
static long dump_remote(struct task_struct *tsk, struct mm_struct *mm,
			void *kbuf, struct page **pages)
{
	return get_user_pages_remote(tsk, mm, (unsigned long)kbuf, 1,	/* WARN(gup-kaddr) */
				     FOLL_WRITE, pages, NULL, NULL);
}
