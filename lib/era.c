// SPDX-License-Identifier: GPL-2.0
/*
 * Era of a kernel tree for the C engines.  tools/era is the one place that
 * decides; this runs it and remembers the answer in a cache file keyed by
 * the tree and the files tools/era reads, written atomically so parallel
 * compilations under make -j share it safely.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "catalog.h"
#include "era.h"

#ifndef PAGELINT_TOP
#define PAGELINT_TOP "."
#endif

#define ERA_SLOTS 512

static char *era_text;
static const char *era_ver;
static const char *slot_name[ERA_SLOTS];
static signed char slot_val[ERA_SLOTS];
static int era_state;		/* 0 unloaded, 1 loaded, -1 failed */

char *pl_tree_from_incdir(const char *dir)
{
	char buf[PATH_MAX + 32], *tree;
	struct stat st;

	if (!dir || !*dir || strlen(dir) > PATH_MAX)
		return NULL;
	snprintf(buf, sizeof(buf), "%s/linux/mm.h", dir);
	if (stat(buf, &st) || !S_ISREG(st.st_mode))
		return NULL;
	snprintf(buf, sizeof(buf), "%s/..", dir);
	tree = realpath(buf, NULL);
	return tree;
}

char *pl_tree_from_args(int argc, char **argv)
{
	static const char *const opts[] = {
		"-I", "-isystem", "-iquote", "-idirafter", NULL
	};
	int i, j;

	for (i = 1; i < argc; i++) {
		for (j = 0; opts[j]; j++) {
			size_t n = strlen(opts[j]);
			const char *dir = NULL;
			char *tree;

			if (strncmp(argv[i], opts[j], n))
				continue;
			if (argv[i][n])
				dir = argv[i] + n;
			else if (i + 1 < argc)
				dir = argv[i + 1];
			tree = pl_tree_from_incdir(dir);
			if (tree)
				return tree;
		}
	}
	return NULL;
}

static uint64_t hash_str(uint64_t h, const char *s)
{
	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ULL;
	return h;
}

/* The files tools/era reads: a change to any of them makes a new key. */
static uint64_t era_key(const char *tree)
{
	static const char *const files[] = {
		"Makefile", "include/linux/mm.h", "include/linux/vmalloc.h",
		"include/linux/slab.h", "mm/vmalloc.c", "include/linux", NULL
	};
	char buf[PATH_MAX + 64];
	uint64_t h = hash_str(0xcbf29ce484222325ULL, tree);
	struct stat st;
	int i;

	for (i = 0; files[i]; i++) {
		snprintf(buf, sizeof(buf), "%s/%s", tree, files[i]);
		if (stat(buf, &st))
			continue;
		snprintf(buf, sizeof(buf), "%s %lld %lld %lld", files[i],
			 (long long)st.st_mtime, (long long)st.st_mtim.tv_nsec,
			 (long long)st.st_size);
		h = hash_str(h, buf);
	}
	/* And what decides: the catalogue and tools/era itself. */
	if (!stat(pl_catalog_path(), &st)) {
		snprintf(buf, sizeof(buf), "cat %lld %lld",
			 (long long)st.st_mtime, (long long)st.st_size);
		h = hash_str(h, buf);
	}
	if (!stat(PAGELINT_TOP "/tools/era", &st)) {
		snprintf(buf, sizeof(buf), "era %lld %lld",
			 (long long)st.st_mtime, (long long)st.st_size);
		h = hash_str(h, buf);
	}
	return h;
}

static int cache_dir(char *buf, size_t len)
{
	const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");

	if (x && *x)
		snprintf(buf, len, "%s/pagelint", x);
	else if (home && *home)
		snprintf(buf, len, "%s/.cache/pagelint", home);
	else
		snprintf(buf, len, "/tmp/pagelint-%ld", (long)getuid());
	/* Two levels at most: $HOME/.cache may not exist yet. */
	if (mkdir(buf, 0755) && errno == ENOENT) {
		char *s = strrchr(buf, '/');

		*s = '\0';
		mkdir(buf, 0755);
		*s = '/';
		mkdir(buf, 0755);
	}
	return access(buf, W_OK) ? -1 : 0;
}

static char *run_era(const char *tree)
{
	char cmd[3 * PATH_MAX];
	char *out;
	FILE *fp;
	int rc;

	if (strchr(tree, '\'') || strchr(pl_catalog_path(), '\''))
		return NULL;
	snprintf(cmd, sizeof(cmd), "'%s/tools/era' '%s' '%s'", PAGELINT_TOP,
		 tree, pl_catalog_path());
	fp = popen(cmd, "r");
	if (!fp)
		return NULL;
	out = pl_read_stream(fp);
	rc = pclose(fp);
	if (rc) {
		free(out);
		return NULL;
	}
	return out;
}

/* The slot of @name, or of the free slot for it; ERA_SLOTS when full. */
static unsigned int slot_of(const char *name)
{
	unsigned int i = (unsigned int)hash_str(0xcbf29ce484222325ULL, name);
	unsigned int n;

	for (i %= ERA_SLOTS, n = 0; n < ERA_SLOTS; i = (i + 1) % ERA_SLOTS, n++)
		if (!slot_name[i] || !strcmp(slot_name[i], name))
			return i;
	return ERA_SLOTS;
}

static void parse_era(char *s)
{
	char *line, *next;

	for (line = s; line && *line; line = next) {
		int val = -1;
		unsigned int i;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (!strncmp(line, "version ", 8)) {
			era_ver = strcmp(line + 8, "unknown") ? line + 8 : NULL;
			continue;
		}
		if (!strncmp(line, "have ", 5))
			val = 1;
		else if (!strncmp(line, "lack ", 5))
			val = 0;
		if (val < 0)
			continue;
		i = slot_of(line + 5);
		if (i == ERA_SLOTS || slot_name[i])
			continue;	/* full (never with this catalogue), or seen */
		slot_name[i] = line + 5;
		slot_val[i] = val;
	}
}

int pl_era_load(const char *tree)
{
	char dir[PATH_MAX], path[PATH_MAX + 64], tmp[PATH_MAX + 96];
	FILE *fp;

	if (era_state)
		return era_state > 0 ? 0 : -1;
	era_state = -1;
	if (!tree)
		return -1;
	if (pl_catalog_load(NULL))
		return -1;
	path[0] = '\0';
	if (!cache_dir(dir, sizeof(dir))) {
		snprintf(path, sizeof(path), "%s/era-%016llx", dir,
			 (unsigned long long)era_key(tree));
		fp = fopen(path, "r");
		if (fp) {
			era_text = pl_read_stream(fp);
			fclose(fp);
		}
	}
	if (!era_text) {
		era_text = run_era(tree);
		if (!era_text) {
			fprintf(stderr, "pagelint: %s: tools/era failed; the era is unknown\n",
				tree);
			return -1;
		}
		if (path[0]) {
			int ok;

			snprintf(tmp, sizeof(tmp), "%s.%ld", path, (long)getpid());
			fp = fopen(tmp, "w");
			ok = fp && fputs(era_text, fp) >= 0;
			if (fp && fclose(fp))
				ok = 0;
			if (!ok || rename(tmp, path))
				unlink(tmp);
		}
	}
	parse_era(era_text);
	era_state = 1;
	return 0;
}

int pl_have(const char *name)
{
	unsigned int i;

	if (era_state <= 0)
		return -1;
	i = slot_of(name);
	return i < ERA_SLOTS && slot_name[i] ? slot_val[i] : -1;
}

int pl_arch_have(const char *feature, const char *arch)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s:%s", feature, arch);
	return pl_have(buf);
}

const char *pl_era_version(void)
{
	return era_state > 0 ? era_ver : NULL;
}
