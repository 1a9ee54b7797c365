/*
 * test_date.c -- dates, periods, ISO weeks, relative dates, ages, times.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "shegong.h"

#define FORM_DATE	"expected YYYY-MM-DD, today, yesterday, tomorrow " \
			"or +Nd/-Nw/+Nm"
#define FORM_PERIOD	"expected YYYY-MM, YYYY-Www, YYYY-Qn, YYYY, a date, " \
			"this-week, next-week, last-week, this-month, " \
			"last-month, next-month, this-year or last-year"
#define RANGE		"out of range (years 0000 to 9999)"

/* The day of a literal YYYY-MM-DD, asserting it exists. */
static int32_t
day(const char *s)
{
	int32_t	 d = SG_DATE_NONE;

	assert_null(sg_date_parse(&d, s, 0));
	return d;
}

/* A day as text, from a small ring of buffers. */
static const char *
str(int32_t d)
{
	static char	 buf[8][16];
	static int	 i;

	return sg_date_str(buf[i++ % 8], d);
}

/* Assert that s parses (relative to today) to the date want. */
static void
date_is(const char *s, const char *today, const char *want)
{
	int32_t	 d = SG_DATE_NONE;

	assert_null(sg_date_parse(&d, s, day(today)));
	assert_string_equal(str(d), want);
}

/* Assert that s is rejected as a date with the message want; d unchanged. */
static void
date_bad(const char *s, const char *want)
{
	const struct sg_error	*err;
	int32_t			 d = 12345;

	err = sg_date_parse(&d, s, day("2026-11-28"));
	assert_non_null(err);
	assert_string_equal(err->msg, want);
	assert_int_equal(err->status, SG_EXIT_ERR);
	assert_int_equal(d, 12345);
}

/* Assert that period s (today given) runs from..to. */
static void
period_is(const char *s, const char *today, const char *from,
    const char *to)
{
	struct sg_period	 p = { 0, 0 };

	assert_null(sg_period_parse(&p, s, day(today)));
	assert_string_equal(str(p.from), from);
	assert_string_equal(str(p.to), to);
}

/* Assert that s is rejected as a period with the message want. */
static void
period_bad(const char *s, const char *want)
{
	const struct sg_error	*err;
	struct sg_period	 p = { 7, 8 };

	err = sg_period_parse(&p, s, day("2026-11-28"));
	assert_non_null(err);
	assert_string_equal(err->msg, want);
	assert_int_equal(p.from, 7);
	assert_int_equal(p.to, 8);
}

static void
test_leap_years(void **state)
{
	(void)state;
	date_is("2024-02-29", "2026-11-28", "2024-02-29");
	date_is("2000-02-29", "2026-11-28", "2000-02-29");
	date_bad("2100-02-29", "invalid date '2100-02-29': no such day");
	date_bad("1900-02-29", "invalid date '1900-02-29': no such day");
	date_bad("2026-02-29", "invalid date '2026-02-29': no such day");
	date_bad("2026-02-30", "invalid date '2026-02-30': no such day");
	date_bad("2026-04-31", "invalid date '2026-04-31': no such day");
	date_bad("2026-13-01", "invalid date '2026-13-01': no such day");
	date_bad("2026-00-10", "invalid date '2026-00-10': no such day");
	date_bad("2026-01-00", "invalid date '2026-01-00': no such day");
	date_bad("2026-01-32", "invalid date '2026-01-32': no such day");
	date_is("2026-12-31", "2026-11-28", "2026-12-31");
}

static void
test_malformed_dates(void **state)
{
	(void)state;
	date_bad("26-1-1", "invalid date '26-1-1': " FORM_DATE);
	date_bad("2026-1/01", "invalid date '2026-1/01': " FORM_DATE);
	date_bad("2026-001-1", "invalid date '2026-001-1': " FORM_DATE);
	date_bad("2026年1月", "invalid date '2026年1月': " FORM_DATE);
	date_bad("2026年1月1日x", "invalid date '2026年1月1日x': " FORM_DATE);
	date_bad(" 2026-01-01", "invalid date ' 2026-01-01': " FORM_DATE);
	date_bad("2026-01-01 ", "invalid date '2026-01-01 ': " FORM_DATE);
	date_bad("2026-01-01x", "invalid date '2026-01-01x': " FORM_DATE);
	date_bad("2026/01/01/", "invalid date '2026/01/01/': " FORM_DATE);
	date_bad("20260101", "invalid date '20260101': " FORM_DATE);
	date_bad("+2026-01-01", "invalid date '+2026-01-01': " FORM_DATE);
	date_bad("-026-01-01", "invalid date '-026-01-01': " FORM_DATE);
	date_bad("", "invalid date '': " FORM_DATE);
	date_bad("Today", "invalid date 'Today': " FORM_DATE);
	date_bad(" today", "invalid date ' today': " FORM_DATE);
	date_bad("2026-W01", "invalid date '2026-W01': " FORM_DATE);
}

static void
test_day_numbers(void **state)
{
	int	 y, m, d;

	(void)state;
	assert_int_equal(day("1970-01-01"), 0);
	/* as people write them */
	assert_int_equal(day("1970/1/1"), 0);
	assert_int_equal(day("1970.01.01"), 0);
	assert_int_equal(day("1970-1-1"), 0);
	assert_int_equal(day("1970年1月1日"), 0);
	assert_int_equal(day("1970年01月01号"), 0);
	assert_int_equal(day("2026/11/28"), 20785);
	assert_int_equal(day("1969-12-31"), -1);
	assert_int_equal(day("2000-01-01"), 10957);
	assert_int_equal(day("2026-11-28"), 20785);
	assert_int_equal(day("1800-01-01"), -62091);
	assert_int_equal(day("2200-12-31"), 84370);
	assert_int_equal(day("0001-01-01"), -719162);
	assert_int_equal(day("9999-12-31"), 2932896);
	assert_string_equal(str(day("0000-01-01")), "0000-01-01");
	assert_string_equal(str(-62091), "1800-01-01");
	assert_string_equal(str(SG_DATE_NONE), "0000-00-00");
	assert_string_equal(str(2932897), "0000-00-00");
	sg_date_split(-7397, &y, &m, &d);
	assert_int_equal(y, 1949);
	assert_int_equal(m, 10);
	assert_int_equal(d, 1);
}

static void
test_make(void **state)
{
	int32_t	 d = 99;

	(void)state;
	assert_null(sg_date_make(&d, 2024, 2, 29));
	assert_int_equal(d, 19782);
	assert_string_equal(sg_date_make(&d, 2026, 2, 30)->msg,
	    "invalid date '2026-02-30': no such day");
	assert_string_equal(sg_date_make(&d, 2026, 0, 1)->msg,
	    "invalid date '2026-00-01': no such day");
	assert_non_null(sg_date_make(&d, 10000, 1, 1));
	assert_non_null(sg_date_make(&d, -1, 12, 31));
	assert_int_equal(d, 19782);
}

/* Every day from 1800 to 2200 round-trips and follows the one before. */
static void
test_every_day(void **state)
{
	int32_t	 d, back;
	int	 y, m, dd, py, pm, pd, wy, ww, pwy, pww;

	(void)state;
	sg_date_split(-62092, &py, &pm, &pd);
	sg_date_isoweek(-62092, &pwy, &pww);
	for (d = -62091; d <= 84370; d++) {
		sg_date_split(d, &y, &m, &dd);
		assert_null(sg_date_make(&back, y, m, dd));
		assert_int_equal(back, d);
		if (dd == 1)
			assert_true(m == pm % 12 + 1 && pd >= 28 &&
			    y == py + (m == 1));
		else
			assert_true(y == py && m == pm && dd == pd + 1);
		sg_date_isoweek(d, &wy, &ww);
		if (sg_date_wday(d) == 1)
			assert_true((wy == pwy && ww == pww + 1) ||
			    (wy == pwy + 1 && ww == 1));
		else
			assert_true(wy == pwy && ww == pww);
		py = y, pm = m, pd = dd, pwy = wy, pww = ww;
	}
}

static void
test_weekdays(void **state)
{
	(void)state;
	assert_int_equal(sg_date_wday(day("1970-01-01")), 4);	/* Thu */
	assert_int_equal(sg_date_wday(day("1969-12-29")), 1);	/* Mon */
	assert_int_equal(sg_date_wday(day("2026-11-28")), 6);	/* Sat */
	assert_int_equal(sg_date_wday(day("2026-11-29")), 7);	/* Sun */
	assert_int_equal(sg_date_wday(day("2026-11-30")), 1);
	assert_int_equal(sg_date_wday(day("1949-10-01")), 6);
	assert_int_equal(sg_date_wday(day("1800-01-01")), 3);	/* Wed */
	assert_int_equal(sg_date_wday(SG_DATE_NONE), 2);	/* Tue */
}

static void
test_relative(void **state)
{
	const char	*t = "2026-11-28";

	(void)state;
	date_is("today", t, "2026-11-28");
	date_is("yesterday", t, "2026-11-27");
	date_is("tomorrow", t, "2026-11-29");
	date_is("+3d", t, "2026-12-01");
	date_is("-3d", t, "2026-11-25");
	date_is("+0d", t, "2026-11-28");
	date_is("-30d", t, "2026-10-29");
	date_is("+2w", t, "2026-12-12");
	date_is("-2w", t, "2026-11-14");
	date_is("+1m", t, "2026-12-28");
	date_is("-1m", t, "2026-10-28");
	date_is("-3m", t, "2026-08-28");
	date_is("+12m", t, "2027-11-28");
	date_is("+1m", "2026-01-31", "2026-02-28");
	date_is("-1m", "2024-03-31", "2024-02-29");
	date_is("+1d", "2024-02-28", "2024-02-29");
	date_is("+1d", "2026-12-31", "2027-01-01");
	date_is("+365d", "2026-01-01", "2027-01-01");
	date_is("+007d", t, "2026-12-05");
}

static void
test_relative_bad(void **state)
{
	(void)state;
	date_bad("+3x", "invalid date '+3x': " FORM_DATE);
	date_bad("+d", "invalid date '+d': " FORM_DATE);
	date_bad("3d", "invalid date '3d': " FORM_DATE);
	date_bad("+3", "invalid date '+3': " FORM_DATE);
	date_bad("+3dd", "invalid date '+3dd': " FORM_DATE);
	date_bad("+-3d", "invalid date '+-3d': " FORM_DATE);
	date_bad("+ 3d", "invalid date '+ 3d': " FORM_DATE);
	date_bad("+3D", "invalid date '+3D': " FORM_DATE);
	date_bad("+3y", "invalid date '+3y': " FORM_DATE);
	date_bad("+3d ", "invalid date '+3d ': " FORM_DATE);
	date_bad("+3000000d", "invalid date '+3000000d': " RANGE);
	date_bad("-9000000w", "invalid date '-9000000w': " RANGE);
	date_bad("+99999999999999999999999d",
	    "invalid date '+99999999999999999999999d': " RANGE);
	date_bad("+120000m", "invalid date '+120000m': " RANGE);
	assert_non_null(sg_date_parse(&(int32_t){ 0 }, "+1d",
	    day("9999-12-31")));
	assert_non_null(sg_date_parse(&(int32_t){ 0 }, "-1m",
	    day("0000-01-15")));
}

static void
test_today_env(void **state)
{
	struct tm	 tm;
	time_t		 t;
	int32_t		 d = 0, want;

	(void)state;
	setenv("SHEGONG_TODAY", "2026-11-28", 1);
	assert_null(sg_today(&d));
	assert_string_equal(str(d), "2026-11-28");
	/* the relative dates of a command that read today this way */
	date_is("+3d", str(d), "2026-12-01");
	date_is("-2w", str(d), "2026-11-14");
	date_is("+1m", str(d), "2026-12-28");
	date_is("yesterday", str(d), "2026-11-27");
	setenv("SHEGONG_TODAY", "2024-02-29", 1);
	assert_null(sg_today(&d));
	assert_string_equal(str(d), "2024-02-29");
	setenv("SHEGONG_TODAY", "2026-02-30", 1);
	assert_string_equal(sg_today(&d)->msg,
	    "invalid SHEGONG_TODAY '2026-02-30': no such day");
	setenv("SHEGONG_TODAY", "2026-1-1", 1);
	assert_string_equal(sg_today(&d)->msg,
	    "invalid SHEGONG_TODAY '2026-1-1': expected YYYY-MM-DD");
	setenv("SHEGONG_TODAY", "today", 1);
	assert_string_equal(sg_today(&d)->msg,
	    "invalid SHEGONG_TODAY 'today': expected YYYY-MM-DD");
	setenv("SHEGONG_TODAY", "2026-11-28 ", 1);
	assert_non_null(sg_today(&d));
	assert_string_equal(str(d), "2024-02-29");	/* unchanged */
	unsetenv("SHEGONG_TODAY");
	t = time(NULL);
	localtime_r(&t, &tm);
	assert_null(sg_date_make(&want, tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday));
	assert_null(sg_today(&d));
	assert_true(d == want || d == want + 1);	/* midnight passing */
	setenv("SHEGONG_TODAY", "", 1);
	assert_null(sg_today(&d));
	assert_true(d == want || d == want + 1);
	unsetenv("SHEGONG_TODAY");
}

static void
test_add_months(void **state)
{
	(void)state;
	assert_string_equal(str(sg_date_add_months(day("2026-01-31"), 1)),
	    "2026-02-28");
	assert_string_equal(str(sg_date_add_months(day("2024-01-31"), 1)),
	    "2024-02-29");
	assert_string_equal(str(sg_date_add_months(day("2026-03-31"), -1)),
	    "2026-02-28");
	assert_string_equal(str(sg_date_add_months(day("2026-05-31"), -1)),
	    "2026-04-30");
	assert_string_equal(str(sg_date_add_months(day("2026-12-15"), 1)),
	    "2027-01-15");
	assert_string_equal(str(sg_date_add_months(day("2026-12-31"), 2)),
	    "2027-02-28");
	assert_string_equal(str(sg_date_add_months(day("2026-01-15"), -13)),
	    "2024-12-15");
	assert_string_equal(str(sg_date_add_months(day("2024-02-29"), 12)),
	    "2025-02-28");
	assert_string_equal(str(sg_date_add_months(day("2024-02-29"), 48)),
	    "2028-02-29");
	assert_string_equal(str(sg_date_add_months(day("2026-08-31"), 0)),
	    "2026-08-31");
	assert_string_equal(str(sg_date_add_months(day("1970-01-01"), -1)),
	    "1969-12-01");
	assert_string_equal(str(sg_date_add_months(day("2026-01-01"),
	    1000000)), "9999-12-01");
}

static void
test_iso_weeks(void **state)
{
	int	 y, w;

	(void)state;
	period_is("2020-W53", "2026-11-28", "2020-12-28", "2021-01-03");
	period_is("2026-W01", "2026-11-28", "2025-12-29", "2026-01-04");
	period_is("2026-W48", "2026-11-28", "2026-11-23", "2026-11-29");
	period_is("2026-W53", "2026-11-28", "2026-12-28", "2027-01-03");
	period_is("2021-W01", "2026-11-28", "2021-01-04", "2021-01-10");
	period_bad("2021-W53", "invalid period '2021-W53': no such week");
	period_bad("2025-W53", "invalid period '2025-W53': no such week");
	period_bad("2026-W00", "invalid period '2026-W00': no such week");
	period_bad("2026-W54", "invalid period '2026-W54': no such week");
	period_bad("2026-W1", "invalid period '2026-W1': " FORM_PERIOD);
	period_bad("2026-w01", "invalid period '2026-w01': " FORM_PERIOD);
	period_bad("2026W01", "invalid period '2026W01': " FORM_PERIOD);
	period_bad("9999-W52", "invalid period '9999-W52': " RANGE);
	sg_date_isoweek(day("2021-01-01"), &y, &w);
	assert_int_equal(y, 2020);
	assert_int_equal(w, 53);
	sg_date_isoweek(day("2021-01-04"), &y, &w);
	assert_int_equal(y, 2021);
	assert_int_equal(w, 1);
	sg_date_isoweek(day("2025-12-29"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 1);
	sg_date_isoweek(day("2026-11-28"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 48);
	sg_date_isoweek(day("2200-12-31"), &y, &w);
	assert_int_equal(y, 2201);
	assert_int_equal(w, 1);
	sg_date_isoweek(day("1800-01-01"), &y, &w);
	assert_int_equal(y, 1800);
	assert_int_equal(w, 1);
}

static void
test_quarters_months_years(void **state)
{
	const char	*t = "2026-11-28";

	(void)state;
	period_is("2024-Q1", t, "2024-01-01", "2024-03-31");
	period_is("2024-Q2", t, "2024-04-01", "2024-06-30");
	period_is("2024-Q3", t, "2024-07-01", "2024-09-30");
	period_is("2024-Q4", t, "2024-10-01", "2024-12-31");
	period_is("9999-Q4", t, "9999-10-01", "9999-12-31");
	period_bad("2026-Q0", "invalid period '2026-Q0': no such quarter");
	period_bad("2026-Q5", "invalid period '2026-Q5': no such quarter");
	period_bad("2026-Q", "invalid period '2026-Q': " FORM_PERIOD);
	period_bad("2026-Q10", "invalid period '2026-Q10': " FORM_PERIOD);
	period_bad("2026-q1", "invalid period '2026-q1': " FORM_PERIOD);
	period_is("2026-02", t, "2026-02-01", "2026-02-28");
	period_is("2024-02", t, "2024-02-01", "2024-02-29");
	period_is("2026-12", t, "2026-12-01", "2026-12-31");
	period_is("2026-04", t, "2026-04-01", "2026-04-30");
	period_bad("2026-13", "invalid period '2026-13': no such month");
	period_bad("2026-00", "invalid period '2026-00': no such month");
	period_bad("2026-1", "invalid period '2026-1': " FORM_PERIOD);
	period_is("2026", t, "2026-01-01", "2026-12-31");
	period_is("2024", t, "2024-01-01", "2024-12-31");
	period_bad("202", "invalid period '202': " FORM_PERIOD);
	period_bad("20266", "invalid period '20266': " FORM_PERIOD);
}

static void
test_named_periods(void **state)
{
	const char	*t = "2026-11-28";

	(void)state;
	period_is("this-week", t, "2026-11-23", "2026-11-29");
	period_is("next-week", t, "2026-11-30", "2026-12-06");
	period_is("last-week", t, "2026-11-16", "2026-11-22");
	period_is("this-month", t, "2026-11-01", "2026-11-30");
	period_is("last-month", t, "2026-10-01", "2026-10-31");
	period_is("next-month", t, "2026-12-01", "2026-12-31");
	period_is("this-year", t, "2026-01-01", "2026-12-31");
	period_is("last-year", t, "2025-01-01", "2025-12-31");
	period_is("last-month", "2026-01-15", "2025-12-01", "2025-12-31");
	period_is("next-month", "2026-12-31", "2027-01-01", "2027-01-31");
	period_is("next-month", "2024-01-31", "2024-02-01", "2024-02-29");
	period_is("last-week", "2026-01-01", "2025-12-22", "2025-12-28");
	period_is("this-week", "2026-11-30", "2026-11-30", "2026-12-06");
	period_is("last-week", "2026-11-30", "2026-11-23", "2026-11-29");
	period_is("next-week", "2026-11-30", "2026-12-07", "2026-12-13");
	period_is("this-week", "2026-11-29", "2026-11-23", "2026-11-29");
	period_is("last-week", "2026-11-29", "2026-11-16", "2026-11-22");
	period_is("next-week", "2026-11-29", "2026-11-30", "2026-12-06");
	period_bad("next-year", "invalid period 'next-year': " FORM_PERIOD);
	period_bad("this_week", "invalid period 'this_week': " FORM_PERIOD);
}

static void
test_date_periods(void **state)
{
	const char	*t = "2026-11-28";

	(void)state;
	period_is("2026-11-05", t, "2026-11-05", "2026-11-05");
	period_is("yesterday", t, "2026-11-27", "2026-11-27");
	period_is("today", t, "2026-11-28", "2026-11-28");
	period_is("+3d", t, "2026-12-01", "2026-12-01");
	period_is("-1m", t, "2026-10-28", "2026-10-28");
	period_bad("2026-02-30", "invalid period '2026-02-30': no such day");
	period_bad("+3000000d", "invalid period '+3000000d': " RANGE);
	period_bad("someday", "invalid period 'someday': " FORM_PERIOD);
	period_bad("", "invalid period '': " FORM_PERIOD);
	period_bad(" 2026", "invalid period ' 2026': " FORM_PERIOD);
}

static void
test_period_of_day(void **state)
{
	struct sg_period	 p;

	(void)state;
	p = sg_period_week(day("2026-11-28"));
	assert_string_equal(str(p.from), "2026-11-23");
	assert_string_equal(str(p.to), "2026-11-29");
	p = sg_period_week(day("2026-11-23"));
	assert_string_equal(str(p.from), "2026-11-23");
	p = sg_period_month(day("2024-02-10"));
	assert_string_equal(str(p.from), "2024-02-01");
	assert_string_equal(str(p.to), "2024-02-29");
	p = sg_period_month(day("2026-12-31"));
	assert_string_equal(str(p.from), "2026-12-01");
	assert_string_equal(str(p.to), "2026-12-31");
	p = sg_period_quarter(day("2026-11-28"));
	assert_string_equal(str(p.from), "2026-10-01");
	assert_string_equal(str(p.to), "2026-12-31");
	p = sg_period_quarter(day("2024-03-31"));
	assert_string_equal(str(p.from), "2024-01-01");
	assert_string_equal(str(p.to), "2024-03-31");
	p = sg_period_quarter(day("2026-05-01"));
	assert_string_equal(str(p.from), "2026-04-01");
	assert_string_equal(str(p.to), "2026-06-30");
	p = sg_period_quarter(day("1969-08-15"));
	assert_string_equal(str(p.from), "1969-07-01");
	assert_string_equal(str(p.to), "1969-09-30");
}

static void
test_age(void **state)
{
	int32_t	 t = day("2026-11-28");

	(void)state;
	assert_int_equal(sg_age(day("1940-03-02"), t), 86);
	assert_int_equal(sg_age(day("1949-12-31"), t), 76);
	assert_int_equal(sg_age(day("1938-11-28"), t), 88);	/* birthday */
	assert_int_equal(sg_age(day("1938-11-29"), t), 87);
	assert_int_equal(sg_age(day("1880-01-01"), t), 146);
	assert_int_equal(sg_age(t, t), 0);
	assert_int_equal(sg_age(day("2000-02-29"), day("2001-02-28")), 0);
	assert_int_equal(sg_age(day("2000-02-29"), day("2001-03-01")), 1);
	assert_int_equal(sg_age(day("2000-02-29"), day("2004-02-28")), 3);
	assert_int_equal(sg_age(day("2000-02-29"), day("2004-02-29")), 4);
	assert_int_equal(sg_age(day("2000-02-29"), day("2026-02-28")), 25);
	assert_int_equal(sg_age(day("2000-02-29"), day("2026-03-01")), 26);
	assert_int_equal(sg_age(day("2000-03-01"), day("2004-02-29")), 3);
}

static void
test_time(void **state)
{
	const char	*bad[] = { "24:00", "09:60", "9:30", "09:5", "0930",
			    "09:30 ", " 09:30", "", "+9:30", "09:-1", "09.30",
			    "099:30", "ab:cd" };
	char		 want[64];
	size_t		 i;
	int		 m = -1;

	(void)state;
	assert_null(sg_time_parse(&m, "00:00"));
	assert_int_equal(m, 0);
	assert_null(sg_time_parse(&m, "09:30"));
	assert_int_equal(m, 570);
	assert_null(sg_time_parse(&m, "23:59"));
	assert_int_equal(m, 1439);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(want, sizeof(want),
		    "invalid time '%s': expected HH:MM", bad[i]);
		assert_string_equal(sg_time_parse(&m, bad[i])->msg, want);
		assert_int_equal(m, 1439);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_malformed_dates),
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_make),
		cmocka_unit_test(test_every_day),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_relative_bad),
		cmocka_unit_test(test_today_env),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_iso_weeks),
		cmocka_unit_test(test_quarters_months_years),
		cmocka_unit_test(test_named_periods),
		cmocka_unit_test(test_date_periods),
		cmocka_unit_test(test_period_of_day),
		cmocka_unit_test(test_age),
		cmocka_unit_test(test_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
