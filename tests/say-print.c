// SPDX-License-Identifier: GPL-2.0
/*
 * say-print TREE - answer finding-text queries through lib/say.c, as the
 * C engines would in TREE.  A query a line on stdin, tab-separated:
 *	ID	SLOT=VALUE	SLOT=VALUE...
 * prints the text, or "-" where the texts say it is no finding.
 * tests/say-test asks the Python interpreter the same (say-print.cocci.in).
 */
#include <stdio.h>
#include <string.h>

#include "../lib/catalog.h"
#include "../lib/era.h"
#include "../lib/say.h"

#define MAXQ 16

int main(int argc, char **argv)
{
	char line[4096], text[1024];

	if (argc != 2) {
		fprintf(stderr, "usage: say-print TREE < queries\n");
		return 2;
	}
	if (pl_catalog_load(NULL) < 0 || pl_era_load(argv[1]) < 0)
		return 2;
	while (fgets(line, sizeof(line), stdin)) {
		const char *v[2 * MAXQ + 2] = { NULL };
		char *id = strtok(line, "\t\n"), *f;
		int n = 0;

		if (!id)
			continue;
		while (n < 2 * MAXQ && (f = strtok(NULL, "\t\n"))) {
			char *eq = strchr(f, '=');

			if (!eq)
				continue;
			*eq = '\0';
			v[n++] = f;
			v[n++] = eq + 1;
		}
		/* pl_say() takes its slots as arguments: pass all 16 pairs */
		puts(pl_say(text, sizeof(text), id,
			    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7],
			    v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15],
			    v[16], v[17], v[18], v[19], v[20], v[21], v[22],
			    v[23], v[24], v[25], v[26], v[27], v[28], v[29],
			    v[30], v[31], NULL) ?: "-");
	}
	return 0;
}
