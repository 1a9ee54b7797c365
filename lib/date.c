/*
 * date.c -- dates as day numbers (days since 1970-01-01), converted and
 * checked with the C library's timegm and gmtime_r; ISO weeks from
 * strftime; the relative dates and periods of SPEC section 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "shegong.h"

#define DAY	86400

/* The broken-down UTC time of a day. */
static struct tm
day_tm(int32_t day)
{
	struct tm	 tm;
	time_t		 t = (time_t)day * DAY;

	gmtime_r(&t, &tm);
	return tm;
}

/* The day of a valid calendar date. */
const struct sg_error *
sg_date_make(int32_t *out, int y, int m, int d)
{
	struct tm	 tm;
	time_t		 t;

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return sg_error_fmt("no such day");
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	t = timegm(&tm);
	if (tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d)
		return sg_error_fmt("no such day");
	*out = (int32_t)(t / DAY);
	return NULL;
}

/* Split a day into year, month and day. */
void
sg_date_split(int32_t day, int *y, int *m, int *d)
{
	struct tm	 tm = day_tm(day);

	*y = tm.tm_year + 1900;
	*m = tm.tm_mon + 1;
	*d = tm.tm_mday;
}

/* YYYY-MM-DD into buf. */
char *
sg_date_str(char *buf, int32_t day)
{
	int		 y, m, d;
	unsigned	 uy, um, ud;

	sg_date_split(day, &y, &m, &d);
	uy = (unsigned)y % 10000;
	um = (unsigned)m % 13;
	ud = (unsigned)d % 32;
	snprintf(buf, 11, "%04u-%02u-%02u", uy, um, ud);
	return buf;
}

/* 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
int
sg_date_wday(int32_t day)
{
	int	 w = (int)(((int64_t)day + 3) % 7);

	return (w < 0 ? w + 7 : w) + 1;
}

/* ISO 8601 week-numbering year and week. */
void
sg_date_isoweek(int32_t day, int *year, int *week)
{
	struct tm	 tm = day_tm(day);
	char		 buf[16];

	strftime(buf, sizeof(buf), "%G %V", &tm);
	sscanf(buf, "%d %d", year, week);
}

/* Add n months; the day is clamped to the month's end. */
int32_t
sg_date_add_months(int32_t day, int n)
{
	int	 y, m, d, mi;
	int32_t	 out;

	sg_date_split(day, &y, &m, &d);
	mi = (y * 12 + (m - 1)) + n;
	y = mi / 12;
	m = mi % 12 + 1;
	while (d > 28 && sg_date_make(&out, y, m, d) != NULL)
		d--;
	sg_date_make(&out, y, m, d);
	return out;
}

/* Read YYYY-MM-DD exactly (four, two and two digits). */
static int
read_ymd(const char *s, int *y, int *m, int *d)
{
	int	 i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	return sscanf(s, "%4d-%2d-%2d", y, m, d) == 3;
}

/* +Nd, -Nw, +Nm relative to today. */
static int
read_relative(const char *s, int32_t today, int32_t *out)
{
	char	*end;
	long	 n;

	if (s[0] != '+' && s[0] != '-')
		return 0;
	if (s[1] < '0' || s[1] > '9')
		return 0;
	n = strtol(s + 1, &end, 10);
	if (end[0] == '\0' || end[1] != '\0' || n > 100000)
		return 0;
	if (s[0] == '-')
		n = -n;
	switch (end[0]) {
	case 'd':
		*out = today + (int32_t)n;
		return 1;
	case 'w':
		*out = today + (int32_t)n * 7;
		return 1;
	case 'm':
		*out = sg_date_add_months(today, (int)n);
		return 1;
	}
	return 0;
}

/* Today: $SHEGONG_TODAY or the local date. */
const struct sg_error *
sg_today(int32_t *out)
{
	const char	*s = getenv("SHEGONG_TODAY");
	struct tm	 tm;
	time_t		 t;
	int		 y, m, d;

	if (s != NULL && *s != '\0') {
		if (!read_ymd(s, &y, &m, &d) || sg_date_make(out, y, m, d))
			return sg_error_fmt("invalid SHEGONG_TODAY '%s': "
			    "expected YYYY-MM-DD", s);
		return NULL;
	}
	t = time(NULL);
	localtime_r(&t, &tm);
	return sg_date_make(out, tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
}

/* Parse a date of SPEC section 1. */
const struct sg_error *
sg_date_parse(int32_t *out, const char *s, int32_t today)
{
	int	 y, m, d;

	if (read_ymd(s, &y, &m, &d)) {
		if (sg_date_make(out, y, m, d) != NULL)
			return sg_error_fmt("invalid date '%s': no such day",
			    s);
		return NULL;
	}
	if (strcmp(s, "today") == 0)
		*out = today;
	else if (strcmp(s, "yesterday") == 0)
		*out = today - 1;
	else if (strcmp(s, "tomorrow") == 0)
		*out = today + 1;
	else if (!read_relative(s, today, out))
		return sg_error_fmt("invalid date '%s': expected YYYY-MM-DD, "
		    "today, yesterday, tomorrow or +Nd/-Nw/+Nm", s);
	return NULL;
}

/* The ISO week (Monday to Sunday) holding a day. */
struct sg_period
sg_period_week(int32_t day)
{
	struct sg_period	 p;

	p.from = day - (sg_date_wday(day) - 1);
	p.to = p.from + 6;
	return p;
}

/* The month holding a day. */
struct sg_period
sg_period_month(int32_t day)
{
	struct sg_period	 p;
	int			 y, m, d;

	sg_date_split(day, &y, &m, &d);
	sg_date_make(&p.from, y, m, 1);
	p.to = sg_date_add_months(p.from, 1) - 1;
	return p;
}

/* The quarter holding a day. */
struct sg_period
sg_period_quarter(int32_t day)
{
	struct sg_period	 p;
	int			 y, m, d;

	sg_date_split(day, &y, &m, &d);
	sg_date_make(&p.from, y, (m - 1) / 3 * 3 + 1, 1);
	p.to = sg_date_add_months(p.from, 3) - 1;
	return p;
}

/* The Monday of ISO week w of year y; error when there is none. */
static const struct sg_error *
iso_week(int32_t *monday, int y, int w)
{
	int32_t	 jan4;
	int	 yy, ww;

	if (sg_date_make(&jan4, y, 1, 4) != NULL || w < 1 || w > 53)
		return sg_error_fmt("no such week");
	*monday = sg_period_week(jan4).from + (w - 1) * 7;
	sg_date_isoweek(*monday, &yy, &ww);
	if (yy != y || ww != w)
		return sg_error_fmt("no such week");
	return NULL;
}

/* Read a period of exactly one of the numeric forms. */
static int
read_period(const char *s, struct sg_period *p, const struct sg_error **err)
{
	int	 y, n, len = 0;
	char	 c;

	*err = NULL;
	if (sscanf(s, "%4d-W%2d%n", &y, &n, &len) == 2 && len == 8 &&
	    s[len] == '\0') {
		if ((*err = iso_week(&p->from, y, n)) == NULL)
			p->to = p->from + 6;
		return 1;
	}
	if (sscanf(s, "%4d-Q%1d%n", &y, &n, &len) == 2 && len == 7 &&
	    s[len] == '\0') {
		if (n < 1 || n > 4 || (*err = sg_date_make(&p->from, y,
		    (n - 1) * 3 + 1, 1)) != NULL)
			*err = sg_error_fmt("no such quarter");
		else
			p->to = sg_date_add_months(p->from, 3) - 1;
		return 1;
	}
	if (sscanf(s, "%4d-%2d%n", &y, &n, &len) == 2 && len == 7 &&
	    s[len] == '\0' && s[5] >= '0' && s[5] <= '9') {
		if ((*err = sg_date_make(&p->from, y, n, 1)) != NULL)
			*err = sg_error_fmt("no such month");
		else
			p->to = sg_date_add_months(p->from, 1) - 1;
		return 1;
	}
	if (sscanf(s, "%4d%c", &y, &c) == 1 && strlen(s) == 4 &&
	    strspn(s, "0123456789") == 4) {
		if ((*err = sg_date_make(&p->from, y, 1, 1)) == NULL)
			sg_date_make(&p->to, y, 12, 31);
		return 1;
	}
	return 0;
}

/* Parse a period of SPEC section 1. */
const struct sg_error *
sg_period_parse(struct sg_period *p, const char *s, int32_t today)
{
	const struct sg_error	*err;
	struct sg_period	 m;
	int			 y, mo, d;

	if (read_period(s, p, &err)) {
		if (err != NULL)
			return sg_error_fmt("invalid period '%s': %s", s,
			    err->msg);
		return NULL;
	}
	if (strcmp(s, "this-week") == 0)
		*p = sg_period_week(today);
	else if (strcmp(s, "next-week") == 0)
		*p = sg_period_week(today + 7);
	else if (strcmp(s, "last-week") == 0)
		*p = sg_period_week(today - 7);
	else if (strcmp(s, "this-month") == 0)
		*p = sg_period_month(today);
	else if (strcmp(s, "last-month") == 0) {
		m = sg_period_month(today);
		*p = sg_period_month(m.from - 1);
	} else if (strcmp(s, "next-month") == 0) {
		m = sg_period_month(today);
		*p = sg_period_month(m.to + 1);
	} else if (strcmp(s, "this-year") == 0 || strcmp(s, "last-year") == 0) {
		sg_date_split(today, &y, &mo, &d);
		y -= s[1] == 'a';
		sg_date_make(&p->from, y, 1, 1);
		sg_date_make(&p->to, y, 12, 31);
	} else if (sg_date_parse(&p->from, s, today) == NULL)
		p->to = p->from;
	else if (strncmp(s, "20", 2) == 0 || strncmp(s, "19", 2) == 0 ||
	    (s[0] >= '0' && s[0] <= '9' && strchr(s, '-') != NULL))
		return sg_date_parse(&p->from, s, today);
	else
		return sg_error_fmt("invalid period '%s': expected YYYY-MM, "
		    "YYYY-Www, YYYY-Qn, YYYY, a date, this-week, next-week, "
		    "last-week, this-month, last-month, next-month, this-year "
		    "or last-year", s);
	return NULL;
}

/* Whole years from birth to day. */
int
sg_age(int32_t birth, int32_t day)
{
	int	 by, bm, bd, y, m, d, age;

	sg_date_split(birth, &by, &bm, &bd);
	sg_date_split(day, &y, &m, &d);
	age = y - by;
	if (m < bm || (m == bm && d < bd))
		age--;
	return age;
}

/* "HH:MM" into minutes since midnight. */
const struct sg_error *
sg_time_parse(int *out, const char *s)
{
	int	 h, m;

	if (strlen(s) != 5 || s[2] != ':' || strspn(s, "0123456789") != 2 ||
	    strspn(s + 3, "0123456789") != 2 ||
	    sscanf(s, "%2d:%2d", &h, &m) != 2 || h > 23 || m > 59)
		return sg_error_fmt("invalid time '%s': expected HH:MM", s);
	*out = h * 60 + m;
	return NULL;
}
