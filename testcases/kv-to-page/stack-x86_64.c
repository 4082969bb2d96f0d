// SPDX-License-Identifier: GPL-2.0
/* The same code built for every architecture: the stack may be vmalloc'd. */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
int firmware_call(phys_addr_t arg);

static int smi_ownership(void)
{
	unsigned char magic_data[] = "Copyright (c) 1999 Intel Corporation";

	return firmware_call(virt_to_phys(magic_data));	/* WARN(kv-to-page) */
}
