// SPDX-License-Identifier: GPL-2.0
/*
 * Without a configuration (no kbuild around us), enough of kbuild to tell
 * that a file is only ever built under a Kconfig symbol that rules a
 * feature out (catalogue "nofeature", e.g. X86_32 has no VMAP_STACK): the
 * obj-$(CONFIG_FOO) lines naming the file and its directories, and the
 * "depends on" of those symbols, three levels down.  Under kbuild the
 * configuration itself answers and none of this runs.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pagelint.h"

#define MAXSYM 64

struct symset {
	int n;
	char *s[MAXSYM];
};

static void add(struct symset *set, const char *s, int len)
{
	int i;

	for (i = 0; i < set->n; i++)
		if ((int)strlen(set->s[i]) == len && !strncmp(set->s[i], s, len))
			return;
	if (set->n < MAXSYM)
		set->s[set->n++] = strndup(s, len);
}

/* Does this whitespace-separated list name @obj? */
static int names(const char *list, const char *obj)
{
	size_t l = strlen(obj);
	const char *p = list;

	while ((p = strstr(p, obj))) {
		if ((p == list || isspace((unsigned char)p[-1])) &&
		    (!p[l] || isspace((unsigned char)p[l])))
			return 1;
		p += l;
	}
	return 0;
}

/* CONFIG symbols every Makefile line building @obj in @dir needs. */
static void obj_guard(const char *dir, const char *obj, struct symset *out,
		      int depth)
{
	char path[4096], *text, *line, *save;

	snprintf(path, sizeof(path), "%s/Makefile", dir);
	text = pl_read_file(path);
	if (!text || depth > 3) {
		free(text);
		return;
	}
	for (char *p = text; (p = strstr(p, "\\\n")); )
		p[0] = p[1] = ' ';
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char target[256], *eq, *c;

		while (isspace((unsigned char)*line))
			line++;
		eq = strchr(line, '=');
		if (!eq || !names(eq + 1, obj))
			continue;
		c = strstr(line, "-$(CONFIG_");
		if (c && c < eq) {
			char *e = strchr(c, ')');

			snprintf(target, sizeof(target), "%.*s", (int)(c - line), line);
			if (e && !strcmp(target, "obj"))
				add(out, c + 10, e - (c + 10));
			else if (e) {
				char comp[300];

				snprintf(comp, sizeof(comp), "%s.o", target);
				add(out, c + 10, e - (c + 10));
				obj_guard(dir, comp, out, depth + 1);
			}
		} else if ((c = strstr(line, "-y")) && c < eq) {
			char comp[300];

			snprintf(target, sizeof(target), "%.*s", (int)(c - line), line);
			if (strcmp(target, "obj")) {
				snprintf(comp, sizeof(comp), "%s.o", target);
				obj_guard(dir, comp, out, depth + 1);
			}
		}
	}
	free(text);
}

/* "depends on" conjuncts of @sym in Kconfig text. */
static void depends(const char *text, const char *sym, struct symset *out)
{
	const char *p = text;
	size_t l = strlen(sym);

	while ((p = strstr(p, "config "))) {
		const char *n = p + 7, *end;

		p = n;
		while (*n == ' ' || *n == '\t')
			n++;
		if (strncmp(n, sym, l) || isalnum((unsigned char)n[l]) || n[l] == '_')
			continue;
		/* to the next config entry */
		end = strstr(n, "\nconfig ");
		if (!end)
			end = n + strlen(n);
		for (const char *d = n; (d = strstr(d, "depends on")) && d < end; d += 10) {
			const char *e = strchr(d, '\n');
			char expr[256], *tok, *sv;

			if (!e)
				e = d + strlen(d);
			snprintf(expr, sizeof(expr), "%.*s", (int)(e - d - 10), d + 10);
			if (strchr(expr, '|') || strchr(expr, '!'))
				continue;
			for (tok = strtok_r(expr, "&() \t", &sv); tok;
			     tok = strtok_r(NULL, "&() \t", &sv))
				if (isupper((unsigned char)*tok))
					add(out, tok, strlen(tok));
		}
	}
}

static void kconfigs(const char *dir, int recurse, char **all, size_t *len)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (!d)
		return;
	while ((de = readdir(d))) {
		char path[4096];

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (!strncmp(de->d_name, "Kconfig", 7)) {
			char *t = pl_read_file(path);

			if (t) {
				size_t tl = strlen(t);

				*all = realloc(*all, *len + tl + 2);
				memcpy(*all + *len, t, tl);
				(*all)[*len + tl] = '\n';
				*len += tl + 1;
				(*all)[*len] = 0;
				free(t);
			}
		} else if (recurse && de->d_type == DT_DIR) {
			kconfigs(path, recurse, all, len);
		}
	}
	closedir(d);
}

int pl_kguard_excludes(const char *tree, const char *file,
		       const char *feature)
{
	const struct pl_rec *r = NULL;
	struct symset set = { 0 };
	char dir[4096], obj[512], *slash, *all = NULL;
	size_t len = 0;
	int i, lvl, found = 0, any = 0;

	while ((r = pl_next("nofeature", r)))
		if (!strcmp(r->nofeature.feature, feature))
			any = 1;
	if (!any)
		return 0;
	snprintf(dir, sizeof(dir), "%s", file);
	slash = strrchr(dir, '/');
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		*slash = 0;
	snprintf(obj, sizeof(obj), "%s", slash ? slash + 1 : file);
	if (strlen(obj) > 2 && !strcmp(obj + strlen(obj) - 2, ".c"))
		strcpy(obj + strlen(obj) - 2, ".o");
	/* the file, then each directory above it */
	for (lvl = 0; lvl < 8; lvl++) {
		obj_guard(dir, obj, &set, 0);
		kconfigs(dir, 0, &all, &len);
		slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			break;
		snprintf(obj, sizeof(obj), "%s/", slash + 1);
		*slash = 0;
	}
	if (tree) {
		char arch[4096];

		snprintf(arch, sizeof(arch), "%s/arch", tree);
		kconfigs(arch, 1, &all, &len);
	}
	for (lvl = 0; lvl < 3 && all; lvl++) {
		int n = set.n;

		for (i = 0; i < n; i++)
			depends(all, set.s[i], &set);
	}
	r = NULL;
	while ((r = pl_next("nofeature", r)))
		for (i = 0; i < set.n; i++)
			if (!strcmp(r->nofeature.feature, feature) &&
			    !strcmp(set.s[i], r->name))
				found = 1;
	for (i = 0; i < set.n; i++)
		free(set.s[i]);
	free(all);
	return found;
}
