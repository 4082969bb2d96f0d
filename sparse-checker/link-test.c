// SPDX-License-Identifier: GPL-2.0
/*
 * link-test: the checks, the walk and the helpers linked without the
 * driver (pagelint-sparse.o) and sparse's own sparse.o.  That it links at
 * all says nothing of theirs calls back into the driver; running it says
 * each check's registered rules are those check_list.h gives it.
 */
#include <stdio.h>
#include <string.h>
#include "pagelint.h"

static const struct {
	const char *name, *rules;
	const struct pl_check *check;
} list[] = {
#define CHECK(name, rules) { #name, rules, &check_##name },
#include "check_list.h"
#undef CHECK
};

/* The walk's entry points, kept so that walk.c's references are resolved. */
static void *const walk[] = {
	pl_walk_init, pl_scan_tokens, pl_walk_file, pl_free_file,
	pl_read_macro_values,
};

int main(void)
{
	unsigned int i;
	int fail = 0;

	for (i = 0; i < sizeof(list) / sizeof(list[0]); i++)
		if (!list[i].check->run || strcmp(list[i].check->rules,
						  list[i].rules)) {
			fprintf(stderr, "link-test: check_%s says \"%s\", check_list.h \"%s\"\n",
				list[i].name, list[i].check->rules,
				list[i].rules);
			fail = 1;
		}
	return fail || !walk[0];
}
