// SPDX-License-Identifier: GPL-2.0
/*
 * A frame vector holds the pages of a user range in ptrs[]; the pin
 * writes them there and frame_vector_pages() hands the same array back.
 * Released through that array, they still need unpinning.
 */
#include <linux/mm.h>
#include <media/frame_vector.h>

static int fv_get(unsigned long start, unsigned int n,
		  struct frame_vector *vec)
{
	int ret;

	ret = pin_user_pages_fast(start, n, FOLL_WRITE | FOLL_LONGTERM,
				  (struct page **)(vec->ptrs));
	if (ret > 0) {
		vec->got_ref = true;
		vec->is_pfns = false;
		vec->nr_frames = ret;
	}
	return ret;
}

static void fv_put(struct frame_vector *vec)
{
	struct page **pages;

	if (!vec->got_ref)
		return;
	pages = frame_vector_pages(vec);
	if (IS_ERR(pages))
		return;
	release_pages(pages, vec->nr_frames);	/* WARN(gup-put) */
	vec->got_ref = false;
	vec->nr_frames = 0;
}
