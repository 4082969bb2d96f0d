// SPDX-License-Identifier: GPL-2.0
/*
 * False alarm found on v6.1 (drivers/cpufreq/speedstep-smi.c): the stack
 * is vmalloc memory only with CONFIG_VMAP_STACK, which x86 has on 64-bit
 * only, and this file is built only for X86_32 (Makefile and Kconfig
 * beside it say so).  It must stay quiet.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
#define GET_SPEEDSTEP_OWNER	0
extern int smi_sig, smi_cmd;
int speedstep_call(u32 command, u32 function, u32 magic, u32 *result, u32 *dummy);

static int speedstep_smi_ownership(void)
{
	u32 command, result, magic, dummy;
	u32 function = GET_SPEEDSTEP_OWNER;
	unsigned char magic_data[] = "Copyright (c) 1999 Intel Corporation";

	command = (smi_sig & 0xffffff00) | (smi_cmd & 0xff);
	magic = virt_to_phys(magic_data);	/* QUIET(kv-to-page) */
	return speedstep_call(command, function, magic, &result, &dummy);
}
