/*
 * fuzz.h -- what the libFuzzer targets of tests/fuzz share: the input as
 * a C string, as a FILE, or in a temporary file; a check that aborts.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shegong.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int	LLVMFuzzerInitialize(int *, char ***);

/* A property that must hold: abort (a crash libFuzzer keeps) if not. */
#define FUZZ_CHECK(c) do {						\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,	\
		    __LINE__, #c);					\
		abort();						\
	}								\
} while (0)

/* The input as a NUL-terminated string (malloc'd; stops at a NUL). */
static inline char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	char	*s;

	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* The input as a read-only stream (a copy: fmemopen wants a buffer). */
static inline FILE *
fuzz_file(const uint8_t *data, size_t size, char **buf)
{
	FILE	*fp;

	*buf = fuzz_cstr(data, size);
	if (size == 0)
		fp = fopen("/dev/null", "r");
	else
		fp = fmemopen(*buf, size, "r");
	if (fp == NULL)
		abort();
	return fp;
}

/* Write the input to path (a temporary file made once per process). */
static inline void
fuzz_write(const char *path, const uint8_t *data, size_t size)
{
	FILE	*fp;

	if ((fp = fopen(path, "w")) == NULL ||
	    fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
		abort();
}

static char	*fuzz_tmp[4];

/* Remove the temporary files at exit. */
static inline void
fuzz_tmp_remove(void)
{
	char	 buf[4096];
	size_t	 i;

	for (i = 0; i < sizeof(fuzz_tmp) / sizeof(fuzz_tmp[0]); i++) {
		if (fuzz_tmp[i] == NULL)
			continue;
		unlink(fuzz_tmp[i]);
		/* a database's WAL and shared-memory files */
		snprintf(buf, sizeof(buf), "%s-wal", fuzz_tmp[i]);
		unlink(buf);
		snprintf(buf, sizeof(buf), "%s-shm", fuzz_tmp[i]);
		unlink(buf);
	}
}

/*
 * A new temporary file name ending in suffix (malloc'd, the file made):
 * removed at exit.
 */
static inline char *
fuzz_tmpname(const char *suffix)
{
	const char	*dir = getenv("TMPDIR");
	char		*path;
	size_t		 i;
	int		 fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	if (asprintf(&path, "%s/sgfuzz.XXXXXX%s", dir, suffix) == -1)
		abort();
	if ((fd = mkstemps(path, (int)strlen(suffix))) == -1)
		abort();
	close(fd);
	for (i = 0; i < sizeof(fuzz_tmp) / sizeof(fuzz_tmp[0]); i++)
		if (fuzz_tmp[i] == NULL) {
			if (i == 0)
				atexit(fuzz_tmp_remove);
			fuzz_tmp[i] = path;
			break;
		}
	return path;
}

/*
 * Set up a target that runs a whole command: a fixed day and user, no
 * config, standard output thrown away (the ids and lists it prints).
 */
static inline void
fuzz_command_env(void)
{
	setenv("SHEGONG_TODAY", "2026-11-28", 1);
	setenv("SHEGONG_USER", "fuzz", 1);
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	unsetenv("SHEGONG_CONFIG");
	if (freopen("/dev/null", "w", stdout) == NULL)
		abort();
}

/*
 * Read every record of the input in format fmt, touching every key and
 * value (so the sanitizers see any that is not a string).
 */
static inline void
fuzz_reader(const uint8_t *data, size_t size, enum sg_informat fmt)
{
	const struct sg_error	*err;
	struct sg_reader	*rd;
	struct sg_record	*r;
	FILE			*fp;
	char			*buf, **hdr;
	size_t			 sum = 0;
	long			 last = 0;
	int			 rc, i, n;

	fp = fuzz_file(data, size, &buf);
	err = sg_reader_open(&rd, fp, "fuzz", fmt);
	if (err == NULL) {
		while ((rc = sg_reader_next(rd, &r, &err)) != 0) {
			if (rc < 0) {
				FUZZ_CHECK(err != NULL);
				break;
			}
			if (r == NULL) {
				FUZZ_CHECK(err != NULL);
				sum += strlen(err->msg);
				continue;
			}
			FUZZ_CHECK(r->n >= 0 && r->line >= 1);
			FUZZ_CHECK(r->line >= last);
			last = r->line;
			for (i = 0; i < r->n; i++) {
				sum += strlen(r->keys[i]);
				if (r->vals[i] != NULL)
					sum += strlen(r->vals[i]);
				if (r->lines != NULL)
					FUZZ_CHECK(r->lines[i] >= r->line);
				if (r->islist != NULL)
					sum += r->islist[i];
			}
			if ((hdr = sg_reader_header(rd, &n)) != NULL)
				for (i = 0; i < n; i++)
					sum += strlen(hdr[i]);
		}
		sg_reader_close(rd);
	}
	fclose(fp);
	free(buf);
	(void)sum;
}

#endif
