// SPDX-License-Identifier: GPL-2.0
/*
 * The other half of sg-userptr.c: the table that keeps the page pointers
 * of a bound object, for the CPU to read them back.  It releases nothing,
 * so handing it the page array does not stop the patch there.
 */
#include <linux/mm.h>

struct ut_gart {
	struct page *pages[64];
	int used;
};

int ut_gart_bind(struct ut_gart *gart, int n, struct page **list)
{
	int i;

	if (n > 64)
		return -EINVAL;
	for (i = 0; i < n; i++)
		gart->pages[i] = list[i];
	gart->used = n;
	return 0;
}

void ut_gart_unbind(struct ut_gart *gart)
{
	int i;

	for (i = 0; i < gart->used; i++)
		gart->pages[i] = NULL;
	gart->used = 0;
}
