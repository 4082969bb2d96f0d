// SPDX-License-Identifier: GPL-2.0
/*
 * vmalloc-highmem: the gfp argument of __vmalloc() and friends, as sparse
 * evaluated it, so GFP_HIGHUSER or a driver's own #define are seen through.
 * The flag bits come from the file's own macros (the tree's gfp.h), the
 * era from tools/era: before v4.12 a gfp without __GFP_HIGHMEM wastes
 * lowmem, since then passing it is redundant.  DMA zones are left alone.
 */
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

static void run(struct pl_file *f, const struct pl_report *rep)
{
	const struct pl_rec *r = NULL;
	const struct pl_call *c;
	long long high = 0, dma = 0, v;
	char msg[1024];

	while ((r = pl_next("gfp", r))) {
		if (!strcmp(r->gfp.zone, "highmem") && !r->gfp.plain &&
		    pl_macro_value(r->name, &v)) {
			high |= v;
		} else if (!strcmp(r->gfp.zone, "dma") &&
			   pl_macro_value(r->name, &v)) {
			dma |= v;
		}
	}
	if (!high)
		return;
	/* an era unknown says nothing: both cases would be guesses */
	if (pl_have("vmalloc_implies_highmem") < 0)
		return;
	for (c = f->calls; c; c = c->next) {
		struct expression *g;

		r = pl_find("valloc", c->name);
		if (!r || !strcmp(r->valloc.gfparg, "-"))
			continue;
		g = pl_arg(c, atoi(r->valloc.gfparg));
		if (!pl_const(g, &v) || (v & dma))
			continue;
		rep->warn(c->pos, "vmalloc-highmem",
			pl_say(msg, sizeof(msg), "vmalloc-highmem", "fn", c->name,
			       "flags", v & high ? "highmem" : "lowmem", NULL));
	}
}

const struct pl_check check_vmalloc = { "vmalloc-highmem", run };
