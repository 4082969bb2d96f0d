// SPDX-License-Identifier: GPL-2.0
/*
 * Arch code of an architecture that can have CONFIG_VMAP_STACK: a stack
 * buffer handed to firmware by physical address is a bug there.  A
 * block-scope extern is not a stack object.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
void fw_set_tramp(unsigned long pa);
int fw_invoke(phys_addr_t args);

static int fw_call(void)
{
	extern const u8 fw_tramp[];
	u32 args[4] = { 1, 2, 3, 4 };

	fw_set_tramp(__pa(fw_tramp));				/* QUIET(kv-to-page) */
	return fw_invoke(virt_to_phys(args));			/* WARN(kv-to-page) */
}

/* A pointer to a struct with an array in it is not an array. */
static void fw_chain(void *dst)
{
	struct {
		u64 list[8];
		u64 next;
	} *chain = dst;

	chain->next = virt_to_phys(chain + 1);			/* QUIET(kv-to-page) */
}
