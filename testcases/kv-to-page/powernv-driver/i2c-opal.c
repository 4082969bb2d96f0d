// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * False alarm found on v6.1 (drivers/i2c/busses/i2c-opal.c): built only
 * under I2C_OPAL, which depends on PPC_POWERNV, defined elsewhere in the
 * tree (the sample's arch/powerpc/Kconfig) as depending on PPC64, where
 * powerpc has no VMAP_STACK.  It must stay quiet.
 */
#include <linux/mm.h>

/* Declared for the compilers (the C engines build this file). */
struct opal_i2c_request { u8 type; u8 flags; u8 subaddr_sz; u8 reserved; u16 addr; u16 reserved2; u32 subaddr; u32 size; u64 buffer_ra; };
int opal_async_get_token_interruptible(void);
int opal_i2c_request(u64 async_token, u32 bus_id, struct opal_i2c_request *oreq);

static int i2c_opal_send_request(u32 bus_id, struct opal_i2c_request *req)
{
	int token = opal_async_get_token_interruptible();

	return opal_i2c_request(token, bus_id, req);
}

static int i2c_opal_smbus_xfer(u32 bus_id, u8 command)
{
	struct opal_i2c_request req;
	u8 local[2];

	req.buffer_ra = cpu_to_be64(__pa(local));		/* QUIET(kv-to-page) */
	req.subaddr = cpu_to_be32(command);
	return i2c_opal_send_request(bus_id, &req);
}
