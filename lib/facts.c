// SPDX-License-Identifier: GPL-2.0
/* The cross-unit fact file: its lines, and reading and appending it whole. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "facts.h"

int pl_fact_parse(const char *line, struct pl_fact *f)
{
	char extra[2];

	while (*line == ' ' || *line == '\t')
		line++;
	if (!*line || *line == '#')
		return 0;
	memset(f, 0, sizeof(*f));
	if (sscanf(line, "return %255s %15s %511s %127s %1s", f->name, f->cls,
		   f->where, f->call, extra) == 4) {
		f->kind = 'r';
		return 1;
	}
	if (sscanf(line, "field %255s %255s %15s %511s %127s %1s", f->name,
		   f->path, f->cls, f->where, f->call, extra) == 5) {
		f->kind = 'f';
		return 1;
	}
	return -1;
}

void pl_fact_line(const struct pl_fact *f, char *buf, size_t n)
{
	if (f->kind == 'r')
		snprintf(buf, n, "return %s %s %s %s", f->name, f->cls, f->where,
			 f->call);
	else
		snprintf(buf, n, "field %s %s %s %s %s", f->name, f->path, f->cls,
			 f->where, f->call);
}

static void corrupt(char *err, size_t n, const char *path, int line)
{
	snprintf(err, n, "%s:%d: corrupted fact file (a malformed line)", path,
		 line);
}

/* The whole file into *@text; 0, -1 or -2 as pl_facts_read(). */
static int load(const char *path, char **text, char *err, size_t n)
{
	size_t len = 0, cap = 65536;
	char *t, *nul;
	ssize_t k = 0;
	int fd, line;

	*text = NULL;
	fd = open(path, O_RDONLY);
	if (fd < 0 && errno == ENOENT) {
		*text = strdup("");
		return 0;
	}
	if (fd < 0) {
		snprintf(err, n, "%s: %s", path, strerror(errno));
		return -1;
	}
	t = malloc(cap + 1);
	flock(fd, LOCK_SH);
	while (t && (k = read(fd, t + len, cap - len)) > 0) {
		len += k;
		if (len == cap) {
			char *g = realloc(t, 2 * cap + 1);

			if (!g)
				free(t);
			t = g;
			cap *= 2;
		}
	}
	flock(fd, LOCK_UN);
	close(fd);
	if (!t || k < 0) {
		snprintf(err, n, "%s: %s", path, t ? strerror(errno) : "out of memory");
		free(t);
		return -1;
	}
	t[len] = 0;
	/* a file with no header line is of this format if every line reads */
	if (!strncmp(t, PL_FACTS_PREFIX, strlen(PL_FACTS_PREFIX)) &&
	    strncmp(t, PL_FACTS_HEADER "\n", strlen(PL_FACTS_HEADER "\n"))) {
		snprintf(err, n, "%s: a fact file of another pagelint version: "
			 "its first line is not '%s'", path, PL_FACTS_HEADER);
		free(t);
		return -2;
	}
	if ((nul = memchr(t, 0, len))) {
		for (line = 1, k = 0; t + k < nul; k++)
			line += t[k] == '\n';
		corrupt(err, n, path, line);
		free(t);
		return -2;
	}
	*text = t;
	return 0;
}

int pl_facts_read(const char *path,
		  void (*fn)(const struct pl_fact *f, const char *line, void *data),
		  void *data, char *err, size_t n)
{
	char *text, *line, *next;
	struct pl_fact f;
	int k, lineno = 0;

	k = load(path, &text, err, n);
	if (k)
		return k;
	for (line = text; *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		else
			next = line + strlen(line);
		lineno++;
		k = pl_fact_parse(line, &f);
		if (k < 0) {
			corrupt(err, n, path, lineno);
			free(text);
			return -2;
		}
		if (k)
			fn(&f, line, data);
	}
	free(text);
	return 0;
}

static int write_all(int fd, const char *s, size_t len)
{
	while (len) {
		ssize_t k = write(fd, s, len);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		s += k;
		len -= k;
	}
	return 0;
}

int pl_facts_append(const char *path, const char *text, char *err, size_t n)
{
	struct stat sb;
	int fd, rc = 0;

	fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
	if (fd < 0) {
		snprintf(err, n, "%s: %s", path, strerror(errno));
		return -1;
	}
	flock(fd, LOCK_EX);
	if (!fstat(fd, &sb) && sb.st_size == 0)
		rc = write_all(fd, PL_FACTS_HEADER "\n",
			       strlen(PL_FACTS_HEADER "\n"));
	if (!rc)
		rc = write_all(fd, text, strlen(text));
	if (rc)
		snprintf(err, n, "%s: short write: %s", path, strerror(errno));
	flock(fd, LOCK_UN);
	close(fd);
	return rc;
}
