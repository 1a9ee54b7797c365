/*
 * error.c -- errors as values: a small ring of formatted messages, so a
 * caller never frees one.  Only sg_main prints them.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "shegong.h"

#define RING	16

const char	*sg_progname = "shegong";

static struct sg_error	ring[RING];
static unsigned		ringpos;

/* Take the next slot of the ring and format into it, translated. */
static struct sg_error *
next_error(int status, const char *fmt, va_list ap)
{
	struct sg_error	*e = &ring[ringpos++ % RING];

	e->status = status;
	e->fatal = 0;
	e->errnum = 0;
	vsnprintf(e->msg, sizeof(e->msg), _(fmt), ap);
	return e;
}

/* A runtime error (exit 1) from a format. */
const struct sg_error *
sg_error_fmt(const char *fmt, ...)
{
	struct sg_error	*e;
	va_list		 ap;

	va_start(ap, fmt);
	e = next_error(SG_EXIT_ERR, fmt, ap);
	va_end(ap);
	return e;
}

/* A usage error (exit 2) from a format. */
const struct sg_error *
sg_error_usage(const char *fmt, ...)
{
	struct sg_error	*e;
	va_list		 ap;

	va_start(ap, fmt);
	e = next_error(SG_EXIT_USAGE, fmt, ap);
	va_end(ap);
	return e;
}

/* Append ": why" to an error's message. */
static void
append(struct sg_error *e, const char *why)
{
	size_t	 n = strlen(e->msg);

	snprintf(e->msg + n, sizeof(e->msg) - n, ": %s", why);
}

/* A runtime error ending in the text of errno. */
const struct sg_error *
sg_error_errno(const char *fmt, ...)
{
	struct sg_error	*e;
	va_list		 ap;
	int		 saved = errno;

	va_start(ap, fmt);
	e = next_error(SG_EXIT_ERR, fmt, ap);
	va_end(ap);
	append(e, strerror(saved));
	e->errnum = saved;
	return e;
}

/* A runtime error ending in SQLite's message for db. */
const struct sg_error *
sg_error_sqlite(struct sqlite3 *db, const char *fmt, ...)
{
	struct sg_error	*e;
	va_list		 ap;

	va_start(ap, fmt);
	e = next_error(SG_EXIT_ERR, fmt, ap);
	va_end(ap);
	append(e, db ? sqlite3_errmsg(db) : _("out of memory"));
	switch (db ? sqlite3_errcode(db) & 0xff : SQLITE_NOMEM) {
	case SQLITE_IOERR:
	case SQLITE_FULL:
	case SQLITE_NOMEM:
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_INTERRUPT:
	case SQLITE_PROTOCOL:
		e->fatal = 1;
		break;
	}
	return e;
}

/* Print "progname: message" on stderr. */
void
sg_warn(const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s: ", sg_progname);
	va_start(ap, fmt);
	vfprintf(stderr, _(fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* A record type's name as messages print it: 老人 under zh_CN. */
const char *
sg_type_name(const char *name)
{
	static const char *const names[] = { N_("elder"), N_("volunteer"),
	    N_("event"), N_("visit"), N_("team"), N_("case"), N_("person") };
	size_t	 i;

	for (i = 0; name != NULL && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i], name) == 0)
			return _(names[i]);
	return name;
}
