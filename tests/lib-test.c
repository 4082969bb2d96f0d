// SPDX-License-Identifier: GPL-2.0
/*
 * lib-test - the shared C library against the catalogue and tools/era:
 * era-qualified argument positions, tree discovery from compiler options,
 * and the era of the sample and stub trees (which tests/era-test also
 * checks through tools/era itself).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/catalog.h"
#include "../lib/era.h"

static int pass, fail;

static void expect(int cond, const char *what)
{
	if (cond) {
		pass++;
	} else {
		fail++;
		printf("FAIL lib: %s\n", what);
	}
}

int main(int argc, char **argv)
{
	const char *top = argc > 1 ? argv[1] : ".";
	const struct pl_rec *gup, *r;
	char inc[4096], *tree, *args[4];
	int n = 0;

	expect(pl_catalog_load(NULL) == 0, "the catalogue loads");
	gup = pl_find("acquire", "get_user_pages");
	expect(gup != NULL, "acquire get_user_pages is found");
	expect(pl_era_pos(gup->acquire.pages, "6.1") == 4, "get_user_pages pages is arg 4 in v6.1");
	expect(pl_era_pos(gup->acquire.pages, "4.8") == 5, "... arg 5 in v4.8");
	expect(pl_era_pos(gup->acquire.pages, "4.5") == 7, "... arg 7 in v4.5");
	expect(pl_era_pos(gup->acquire.addr, "4.5") == 3, "... addr arg 3 in v4.5");
	expect(pl_era_pos(gup->acquire.pages, NULL) == 4, "unknown era: current signature");
	expect(pl_vercmp("4.12", "4.9") > 0, "4.12 > 4.9");
	expect(pl_vercmp("5.10", "5.10") == 0, "5.10 == 5.10");
	expect(pl_find("release", "no_such_call") == NULL, "unknown names are absent");
	expect(pl_call("put_page") && pl_call("put_page")->k == PL_release,
	       "a call is found whatever its kind");
	expect(pl_call("vmf_insert_page") == NULL,
	       "a second name is no record's NAME");
	for (r = pl_next("slot", NULL); r; r = pl_next("slot", r))
		n++;
	expect(n == 4, "four fault slots");
	expect(pl_find("feature", "vmalloc_implies_highmem") &&
	       strchr(pl_find("feature", "vmalloc_implies_highmem")->feature.regex, '|'),
	       "a feature keeps its whole regex");

	snprintf(inc, sizeof(inc), "-I%s/testcases/trees/v4.11/include", top);
	args[0] = "cc";
	args[1] = "-Iarch/none/include";
	args[2] = inc;
	args[3] = NULL;
	tree = pl_tree_from_args(3, args);
	expect(tree && strstr(tree, "testcases/trees/v4.11"),
	       "the tree is found from -I options");
	expect(pl_era_load(tree) == 0, "the era of v4.11 loads");
	expect(pl_have("get_user_pages") == 1, "v4.11 has get_user_pages");
	expect(pl_have("pin_user_pages") == 0, "v4.11 lacks pin_user_pages");
	expect(pl_have("vmf_insert_page") == 0, "v4.11 lacks vmf_insert_page");
	expect(pl_have("no_such_call") == -1, "names outside the era are unknown");
	free(tree);

	printf("%d passed, %d failed\n", pass, fail);
	return fail != 0;
}
