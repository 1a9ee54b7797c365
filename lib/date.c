/*
 * date.c -- dates as day numbers (days since 1970-01-01), converted and
 * made by arithmetic and split with gmtime_r; ISO weeks from
 * strftime's %G and %V; the weeks, months and quarters holding a day.
 * Reading the dates a person writes is when.c's.  Every date made here
 * lies in the years 0000 to 9999.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "shegong.h"

#define DAY		86400
#define YEAR_MIN	0
#define YEAR_MAX	9999

/* Why a date is invalid. */
static const char no_day[] = N_("no such day");

/* The broken-down UTC time of a day. */
static struct tm
day_tm(int32_t day)
{
	struct tm	 tm;
	time_t		 t = (time_t)day * DAY;

	gmtime_r(&t, &tm);
	return tm;
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

/*
 * Split a day into year, month and day, by arithmetic (civil_day
 * backwards): gmtime_r and snprintf were 2,000 instructions a date, and
 * a report writes and splits dates by the thousand (bench/README.md).
 */
void
sg_date_split(int32_t day, int *y, int *m, int *d)
{
	int64_t	 z = (int64_t)day + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* YYYY-MM-DD into buf; "0000-00-00" for a day outside 0000..9999. */
char *
sg_date_str(char *buf, int32_t day)
{
	int	 y, m, d;

	sg_date_split(day, &y, &m, &d);
	if (y < YEAR_MIN || y > YEAR_MAX) {
		memcpy(buf, "0000-00-00", 11);
		return buf;
	}
	buf[0] = '0' + y / 1000;
	buf[1] = '0' + y / 100 % 10;
	buf[2] = '0' + y / 10 % 10;
	buf[3] = '0' + y % 10;
	buf[4] = buf[7] = '-';
	buf[5] = '0' + m / 10;
	buf[6] = '0' + m % 10;
	buf[8] = '0' + d / 10;
	buf[9] = '0' + d % 10;
	buf[10] = '\0';
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

/* Whole years from birth to day; a Feb 29 birthday counts on Mar 1. */
int
sg_age(int32_t birth, int32_t day)
{
	int	 by, bm, bd, y, m, d;

	sg_date_split(birth, &by, &bm, &bd);
	sg_date_split(day, &y, &m, &d);
	return y - by - (m < bm || (m == bm && d < bd));
}
