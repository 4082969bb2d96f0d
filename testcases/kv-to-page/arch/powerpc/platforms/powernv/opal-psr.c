// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * False alarm found on v6.1 (arch/powerpc/platforms/powernv/opal-psr.c):
 * powerpc can have CONFIG_VMAP_STACK, but only on 32-bit; powernv is
 * built only under PPC_POWERNV, which depends on PPC64 (Makefile and
 * Kconfig above this file say so).  OPAL calls take the physical address
 * of a stack variable there, and that is fine.  It must stay quiet.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
struct kobject;
int opal_async_get_token_interruptible(void);
int opal_get_power_shift_ratio(u32 handle, int token, u32 *ratio);

static ssize_t psr_show(struct kobject *kobj, u32 handle)
{
	u64 psr;
	int ret, token;

	token = opal_async_get_token_interruptible();
	ret = opal_get_power_shift_ratio(handle, token, (u32 *)__pa(&psr));	/* QUIET(kv-to-page) */
	return ret;
}
