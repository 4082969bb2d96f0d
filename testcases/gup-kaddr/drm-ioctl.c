// SPDX-License-Identifier: GPL-2.0
/*
 * A DRM ioctl: the core (drm_ioctl(), another file) copied the uapi struct
 * in and hands the handler a kernel copy, so the struct's pointer fields
 * hold user addresses although uapi headers never say __user.  Shape of
 * drivers/gpu/drm/via/via_dri1.c (v6.1): via_dma_blit() ->
 * via_lock_all_dma_pages().  A pointer field of a uapi struct is a user
 * address: pagelint-sparse saw only its kernel type here (false alarm).
 */
#include <linux/mm.h>
#include "uapi/drm_dmablit.h"

static int lock_all_dma_pages(struct page **pages, drm_dmablit_t *xfer,
			      int n)
{
	return pin_user_pages_fast((unsigned long)xfer->mem_addr, n,	/* QUIET(gup-kaddr) */
				   FOLL_WRITE, pages);
}

int dma_blit_ioctl(void *data, struct page **pages)
{
	drm_dmablit_t *xfer = data;

	return lock_all_dma_pages(pages, xfer, xfer->num_lines);
}
