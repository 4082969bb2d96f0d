/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* A user ABI struct, as in include/uapi/drm/via_drm.h: no __user in uapi. */
#ifndef _UAPI_DRM_DMABLIT_H
#define _UAPI_DRM_DMABLIT_H

typedef struct drm_dmablit {
	__u32 num_lines;
	__u32 line_length;
	unsigned char *mem_addr;	/* a user address */
	__u32 mem_stride;
	int to_fb;
} drm_dmablit_t;

#endif
