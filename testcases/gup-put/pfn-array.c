// SPDX-License-Identifier: GPL-2.0
/*
 * A descriptor shared with a hypervisor lists its buffers as page frame
 * numbers.  The kernel's own buffer goes in by its address (no reference
 * taken), a user's buffer by pinning its pages, and a page the driver
 * allocates is handed over by pfn too, apart from the arrays.  Letting go
 * of the pfn arrays releases the pinned pages: an unpin.
 */
#include <linux/mm.h>
#include <linux/gfp.h>

#define NSLOTS 4
#define NO_PFN (~0ULL)

struct hv_desc {
	u64 data_pfns[NSLOTS];
	u64 note_pfns[NSLOTS];
};

void hv_register(u64 pfn);

static void desc_reset(u64 *pfns)
{
	int i;

	for (i = 0; i < NSLOTS; i++)
		pfns[i] = NO_PFN;
}

static void desc_kernel(struct hv_desc *d, void *data, void *note)
{
	desc_reset(d->data_pfns);
	desc_reset(d->note_pfns);
	d->data_pfns[0] = page_to_pfn(virt_to_page(data));
	d->note_pfns[0] = page_to_pfn(virt_to_page(note));
}

static int desc_user(struct hv_desc *d, unsigned long udata, int n)
{
	struct page *pages[NSLOTS];
	struct page *page;
	int i, got;

	if (n > NSLOTS)
		return -EINVAL;
	desc_reset(d->data_pfns);
	got = pin_user_pages_fast(udata, n, FOLL_LONGTERM, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		return -EFAULT;
	}
	for (i = 0; i < n; i++)
		d->data_pfns[i] = page_to_pfn(pages[i]);
	page = alloc_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	hv_register((u64)page_to_pfn(page));
	return 0;
}

static void desc_release(struct hv_desc *d)
{
	int i;

	for (i = 0; i < NSLOTS && d->data_pfns[i] != NO_PFN; i++)
		put_page(pfn_to_page(d->data_pfns[i]));	/* WARN(gup-put) */
}

static void desc_release_right(struct hv_desc *d)
{
	int i;

	for (i = 0; i < NSLOTS && d->data_pfns[i] != NO_PFN; i++)
		unpin_user_page(pfn_to_page(d->data_pfns[i]));	/* QUIET(gup-put) */
}

/* Only kernel pages' pfns: no reference to drop, not a pin either. */
static void desc_release_notes(struct hv_desc *d)
{
	int i;

	for (i = 0; i < NSLOTS && d->note_pfns[i] != NO_PFN; i++)
		put_page(pfn_to_page(d->note_pfns[i]));		/* QUIET(gup-put) */
}
