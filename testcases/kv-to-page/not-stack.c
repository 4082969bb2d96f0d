// SPDX-License-Identifier: GPL-2.0
/*
 * False alarms found on v6.1, which must stay quiet:
 * - a block-scope extern is a global symbol, not a stack object
 *   (arch/x86/platform/efi/efi_64.c, arch/parisc/kernel/traps.c);
 * - a local pointer to an anonymous struct holding an array is a pointer,
 *   not a stack array (drivers/tee/optee/smc_abi.c).
 */
#include <linux/mm.h>

static unsigned long efi_tramp_pa(void)
{
	extern const u8 __efi64_thunk_ret_tramp[];

	return __pa(__efi64_thunk_ret_tramp);			/* QUIET(kv-to-page) */
}

static void hpmc_setup(u32 *ivap)
{
	extern const u32 os_hpmc[];

	ivap[6] = (u32)__pa(os_hpmc);				/* QUIET(kv-to-page) */
}

static void pages_to_list(u64 *dst, phys_addr_t page)
{
	struct {
		u64 pages_list[511];
		u64 next_page_data;
	} *pages_data;

	pages_data = (void *)dst;
	pages_data->pages_list[0] = page;
	pages_data->next_page_data = virt_to_phys(pages_data + 1);	/* QUIET(kv-to-page) */
}
