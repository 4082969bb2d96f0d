/* SPDX-License-Identifier: GPL-2.0 */
/* A model of include/media/frame_vector.h: the pages of a user range. */
#ifndef _MEDIA_FRAME_VECTOR_H
#define _MEDIA_FRAME_VECTOR_H

#include <linux/mm.h>
#include <linux/kernel.h>

struct frame_vector {
	unsigned int nr_allocated;	/* entries ptrs[] has room for */
	unsigned int nr_frames;		/* entries in use */
	bool got_ref;
	bool is_pfns;			/* ptrs[] holds pfns, not pages */
	void *ptrs[];
};

int frame_vector_to_pages(struct frame_vector *vec);

static inline struct page **frame_vector_pages(struct frame_vector *vec)
{
	if (vec->is_pfns) {
		int err = frame_vector_to_pages(vec);

		if (err)
			return ERR_PTR(err);
	}
	return (struct page **)(vec->ptrs);
}

#endif
