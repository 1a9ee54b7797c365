/*
 * date.c -- dates as day numbers (days since 1970-01-01), converted and
 * made by arithmetic and split with gmtime_r; ISO weeks from
 * strftime's %G and %V; the relative dates and periods of SPEC section 1.
 * Festival names (重阳节, double-ninth, 中秋节/2027) are read by lunar.c.
 * Every date a parser gives lies in the years 0000 to 9999.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "shegong.h"

#define DAY		86400
#define YEAR_MIN	0
#define YEAR_MAX	9999
#define REL_MAX		10000000L	/* |N| of +Nd past any valid date */

/* Why a date or period is invalid; form_* when it has no known form. */
static const char form_date[] = N_("expected YYYY-MM-DD, today, "
    "yesterday, tomorrow or +Nd/-Nw/+Nm");
static const char form_period[] = N_("expected YYYY-MM, YYYY-Www, YYYY-Qn, "
    "YYYY, a date, this-week, next-week, last-week, this-month, "
    "last-month, next-month, this-year or last-year");
static const char no_day[] = N_("no such day");
static const char out_of_range[] = N_("out of range (years 0000 to 9999)");

/* The broken-down UTC time of a day. */
static struct tm
day_tm(int32_t day)
{
	struct tm	 tm;
	time_t		 t = (time_t)day * DAY;

	gmtime_r(&t, &tm);
	return tm;
}

/* Nonzero when s has the shape of tmpl: 'd' is a digit, the rest as is. */
static int
shape(const char *s, const char *tmpl)
{
	for (; *tmpl != '\0'; s++, tmpl++)
		if (*tmpl == 'd' ? *s < '0' || *s > '9' : *s != *tmpl)
			return 0;
	return *s == '\0';
}

/* Days in month m (1..12) of year y (proleptic Gregorian). */
static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/*
 * Days since 1970-01-01 of a valid date, by arithmetic (what timegm
 * gives, without its time zone work: dates are parsed by the thousand).
 */
static int32_t
civil_day(int y, int m, int d)
{
	int	 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Nonzero when day r lies in the years 0000..9999; then *out = r. */
int
sg_date_in_range(int32_t *out, long long r)
{
	struct tm	 tm;

	if (r <= INT32_MIN || r > INT32_MAX)
		return 0;
	tm = day_tm((int32_t)r);
	if (tm.tm_year + 1900 < YEAR_MIN || tm.tm_year + 1900 > YEAR_MAX)
		return 0;
	*out = (int32_t)r;
	return 1;
}

/* The day of a valid calendar date. */
const struct sg_error *
sg_date_make(int32_t *out, int y, int m, int d)
{
	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1 ||
	    d > month_days(y, m))
		return sg_error_fmt("invalid date '%04d-%02d-%02d': %s", y,
		    m, d, no_day);
	*out = civil_day(y, m, d);
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

/* YYYY-MM-DD into buf; "0000-00-00" for a day outside 0000..9999. */
char *
sg_date_str(char *buf, int32_t day)
{
	int	 y, m, d;

	sg_date_split(day, &y, &m, &d);
	if (y < YEAR_MIN || y > YEAR_MAX)
		memcpy(buf, "0000-00-00", 11);
	else
		snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)y % 10000,
		    (unsigned)m % 100, (unsigned)d % 100);
	return buf;
}

/* 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
int
sg_date_wday(int32_t day)
{
	int	 w = (int)(((int64_t)day + 3) % 7);

	return (w < 0 ? w + 7 : w) + 1;
}

/* ISO 8601 week-numbering year and week, from strftime. */
void
sg_date_isoweek(int32_t day, int *year, int *week)
{
	struct tm	 tm = day_tm(day);
	char		 buf[32];

	*year = *week = 0;
	if (strftime(buf, sizeof(buf), "%G %V", &tm) > 0)
		sscanf(buf, "%d %d", year, week);
}

/*
 * Add n months to day, the day of the month clamped to the month's end;
 * 0 when the result falls outside 0000..9999 (*out is then clamped).
 */
int
sg_date_months(int32_t *out, int32_t day, long long n)
{
	struct tm	 tm = day_tm(day);
	long long	 mi, lo = YEAR_MIN * 12LL, hi = YEAR_MAX * 12LL + 11;
	int		 y, m, d, ok = 1;

	mi = (tm.tm_year + 1900LL) * 12 + tm.tm_mon + n;
	if (mi < lo || mi > hi) {
		mi = mi < lo ? lo : hi;
		ok = 0;
	}
	y = (int)(mi / 12);
	m = (int)(mi % 12) + 1;
	d = tm.tm_mday < month_days(y, m) ? tm.tm_mday : month_days(y, m);
	sg_date_make(out, y, m, d);
	return ok;
}

/* Add n months, clamping the day (01-31 + 1 month = 02-28 or 02-29). */
int32_t
sg_date_add_months(int32_t day, int n)
{
	int32_t	 out;

	sg_date_months(&out, day, n);
	return out;
}

/* Read +Nd, -Nw, +Nm into a signed count and its unit; 0 if not one. */
static int
read_offset(const char *s, long *n, char *unit)
{
	char	*end;

	if ((s[0] != '+' && s[0] != '-') || s[1] < '0' || s[1] > '9')
		return 0;
	*n = strtol(s + 1, &end, 10);	/* LONG_MAX on overflow */
	if (end[0] == '\0' || end[1] != '\0' || strchr("dwm", end[0]) == NULL)
		return 0;
	if (*n > REL_MAX)
		*n = REL_MAX + 1;
	if (s[0] == '-')
		*n = -*n;
	*unit = end[0];
	return 1;
}

/* A festival name as a date; NULL, or why not (form_date: not one). */
static const char *
festival_day(int32_t *out, const char *s, int32_t today)
{
	const char	*why = form_date;

	switch (sg_festival_parse(out, s, today, &why)) {
	case 1:
		return NULL;
	case 0:
		return form_date;
	default:
		return why;
	}
}

/* Parse a date into *out; NULL, or why it is not one. */
static const char *
parse_day(int32_t *out, const char *s, int32_t today)
{
	long long	 r;
	long		 n;
	int		 y, m, d;
	char		 unit;

	if (shape(s, "dddd-dd-dd")) {
		/* digits by hand: sscanf cost more than the rest of a plan */
		y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0');
		m = (s[5] - '0') * 10 + (s[6] - '0');
		d = (s[8] - '0') * 10 + (s[9] - '0');
		return sg_date_make(out, y, m, d) != NULL ? no_day : NULL;
	}
	if (strcmp(s, "today") == 0)
		r = today;
	else if (strcmp(s, "yesterday") == 0)
		r = today - 1LL;
	else if (strcmp(s, "tomorrow") == 0)
		r = today + 1LL;
	else if (!read_offset(s, &n, &unit))
		return festival_day(out, s, today);
	else if (n > REL_MAX || n < -REL_MAX)
		return out_of_range;
	else if (unit == 'm')
		return sg_date_months(out, today, n) ? NULL : out_of_range;
	else
		r = today + (unit == 'w' ? 7LL : 1LL) * n;
	return sg_date_in_range(out, r) ? NULL : out_of_range;
}

/* Today: $SHEGONG_TODAY (exactly YYYY-MM-DD) or the local date. */
const struct sg_error *
sg_today(int32_t *out)
{
	const char	*s = getenv("SHEGONG_TODAY");
	struct tm	 tm;
	time_t		 t;
	int		 y, m, d;

	if (s != NULL && *s != '\0') {
		if (!shape(s, "dddd-dd-dd"))
			return sg_error_fmt("invalid SHEGONG_TODAY '%s': "
			    "expected YYYY-MM-DD", s);
		sscanf(s, "%4d-%2d-%2d", &y, &m, &d);
		if (sg_date_make(out, y, m, d) != NULL)
			return sg_error_fmt("invalid SHEGONG_TODAY '%s': %s",
			    s, _(no_day));
		return NULL;
	}
	if ((t = time(NULL)) == (time_t)-1 || localtime_r(&t, &tm) == NULL)
		return sg_error_fmt("today: the local date is unknown");
	return sg_date_make(out, tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
}

/* Parse a date of SPEC section 1. */
const struct sg_error *
sg_date_parse(int32_t *out, const char *s, int32_t today)
{
	const char	*why;
	int32_t		 d;

	if ((why = parse_day(&d, s, today)) != NULL)
		return sg_error_fmt("invalid date '%s': %s", s, _(why));
	*out = d;
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
	p.from = day - (d - 1);
	p.to = p.from + month_days(y, m) - 1;
	return p;
}

/* The quarter holding a day. */
struct sg_period
sg_period_quarter(int32_t day)
{
	struct sg_period	 p;
	int			 y, m, d, first, i;

	sg_date_split(day, &y, &m, &d);
	first = (m - 1) / 3 * 3 + 1;
	p.from = day - (d - 1);
	for (i = first; i < m; i++)
		p.from -= month_days(y, i);
	p.to = p.from - 1;
	for (i = first; i < first + 3; i++)
		p.to += month_days(y, i);
	return p;
}

/* ISO week w of year y, Monday to Sunday; NULL or why there is none. */
static const char *
iso_week(struct sg_period *p, int y, int w)
{
	int32_t	 jan4 = 0;
	int	 yy, ww;

	if (w < 1 || w > 53 || sg_date_make(&jan4, y, 1, 4) != NULL)
		return N_("no such week");
	p->from = sg_period_week(jan4).from + (w - 1) * 7;
	p->to = p->from + 6;
	sg_date_isoweek(p->from, &yy, &ww);
	if (yy != y || ww != w)
		return N_("no such week");
	if (!sg_date_in_range(&p->from, p->from) ||
	    !sg_date_in_range(&p->to, p->to))
		return out_of_range;
	return NULL;
}

/* Year y, January 1 to December 31; NULL or why there is none. */
static const char *
year_period(struct sg_period *p, int y)
{
	if (sg_date_make(&p->from, y, 1, 1) != NULL ||
	    sg_date_make(&p->to, y, 12, 31) != NULL)
		return out_of_range;
	return NULL;
}

/* YYYY-Www, YYYY-Qn, YYYY-MM or YYYY; form_period when none of them. */
static const char *
period_numeric(struct sg_period *p, const char *s)
{
	int32_t	 d;
	int	 y, n;

	if (shape(s, "dddd-Wdd")) {
		sscanf(s, "%4d-W%2d", &y, &n);
		return iso_week(p, y, n);
	}
	if (shape(s, "dddd-Qd")) {
		sscanf(s, "%4d-Q%1d", &y, &n);
		if (n < 1 || n > 4 ||
		    sg_date_make(&d, y, n * 3 - 2, 1) != NULL)
			return N_("no such quarter");
		*p = sg_period_quarter(d);
		return NULL;
	}
	if (shape(s, "dddd-dd")) {
		sscanf(s, "%4d-%2d", &y, &n);
		if (sg_date_make(&d, y, n, 1) != NULL)
			return N_("no such month");
		*p = sg_period_month(d);
		return NULL;
	}
	if (shape(s, "dddd")) {
		sscanf(s, "%4d", &y);
		return year_period(p, y);
	}
	return form_period;
}

/* this-week, last-month and the like; form_period when none of them. */
static const char *
period_named(struct sg_period *p, const char *s, int32_t today)
{
	struct sg_period	 m = sg_period_month(today);
	int			 y, mo, d;

	sg_date_split(today, &y, &mo, &d);
	if (strcmp(s, "this-week") == 0)
		*p = sg_period_week(today);
	else if (strcmp(s, "next-week") == 0)
		*p = sg_period_week(today + 7);
	else if (strcmp(s, "last-week") == 0)
		*p = sg_period_week(today - 7);
	else if (strcmp(s, "this-month") == 0)
		*p = m;
	else if (strcmp(s, "last-month") == 0)
		*p = sg_period_month(m.from - 1);
	else if (strcmp(s, "next-month") == 0)
		*p = sg_period_month(m.to + 1);
	else if (strcmp(s, "this-year") == 0)
		return year_period(p, y);
	else if (strcmp(s, "last-year") == 0)
		return year_period(p, y - 1);
	else
		return form_period;
	return NULL;
}

/* Parse a period of SPEC section 1; a single date is a one-day period. */
const struct sg_error *
sg_period_parse(struct sg_period *out, const char *s, int32_t today)
{
	struct sg_period	 p;
	const char		*why;

	if ((why = period_numeric(&p, s)) == form_period &&
	    (why = period_named(&p, s, today)) == form_period) {
		if ((why = parse_day(&p.from, s, today)) == form_date)
			why = form_period;
		else if (why == NULL)
			p.to = p.from;
	}
	if (why != NULL)
		return sg_error_fmt("invalid period '%s': %s", s, _(why));
	*out = p;
	return NULL;
}

/* Whole years from birth to day; a Feb 29 birthday counts on Mar 1. */
int
sg_age(int32_t birth, int32_t day)
{
	int	 by, bm, bd, y, m, d;

	sg_date_split(birth, &by, &bm, &bd);
	sg_date_split(day, &y, &m, &d);
	return y - by - (m < bm || (m == bm && d < bd));
}

/* "HH:MM" (two digits each, 00:00 to 23:59) into minutes since midnight. */
const struct sg_error *
sg_time_parse(int *out, const char *s)
{
	int	 h, m;

	if (!shape(s, "dd:dd") || sscanf(s, "%2d:%2d", &h, &m) != 2 ||
	    h > 23 || m > 59)
		return sg_error_fmt("invalid time '%s': expected HH:MM", s);
	*out = h * 60 + m;
	return NULL;
}
