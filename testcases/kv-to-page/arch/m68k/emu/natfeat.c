// SPDX-License-Identifier: GPL-2.0
/*
 * Arch code of an architecture without CONFIG_VMAP_STACK (see the Kconfig
 * stub beside it): its stacks are linear-map memory, nothing to say.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
long nf_get_id_phys(unsigned long feature_name);

static long nf_get_id(const char *feature_name)
{
	char name_copy[32];

	strscpy(name_copy, feature_name, sizeof(name_copy));
	return nf_get_id_phys(virt_to_phys(name_copy));		/* QUIET(kv-to-page) */
}
