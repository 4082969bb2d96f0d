// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned into a vector's storage, read back through an inline
 * accessor that returns the storage as a page array (or an error when the
 * vector holds pfns).  The accessor's array is the storage the pin
 * filled.  Shape of drivers/media/common/videobuf2/frame_vector.c and
 * frame_vector_pages() (v6.1).
 */
#include <linux/mm.h>

struct fvec {
	unsigned int nr_allocated;
	unsigned int nr_frames;
	bool got_ref;
	bool is_pfns;
	void *ptrs[];
};

int fvec_to_pages(struct fvec *vec);

static inline struct page **fvec_pages(struct fvec *vec)
{
	if (vec->is_pfns) {
		int err = fvec_to_pages(vec);

		if (err)
			return ERR_PTR(err);
	}
	return (struct page **)(vec->ptrs);
}

int fvec_get(unsigned long start, unsigned int nr, struct fvec *vec)
{
	int ret;

	if (nr > vec->nr_allocated)
		nr = vec->nr_allocated;
	ret = pin_user_pages_fast(start, nr,
				  FOLL_FORCE | FOLL_WRITE | FOLL_LONGTERM,
				  (struct page **)(vec->ptrs));
	vec->got_ref = true;
	vec->is_pfns = false;
	vec->nr_frames = ret > 0 ? ret : 0;
	return ret;
}

void fvec_put(struct fvec *vec)
{
	struct page **pages;

	if (!vec->got_ref)
		goto out;
	pages = fvec_pages(vec);
	if (IS_ERR(pages))
		goto out;
	release_pages(pages, vec->nr_frames);			/* WARN(gup-put) */
	vec->got_ref = false;
out:
	vec->nr_frames = 0;
}
