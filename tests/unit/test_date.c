/*
 * test_date.c -- dates, periods, ISO weeks, relative dates, ages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "shegong.h"

/* The day of a literal date, asserting it exists. */
static int32_t
day(const char *s)
{
	int32_t	 d = 0;

	assert_null(sg_date_parse(&d, s, 0));
	return d;
}

/* A day as text (static buffer per call site is enough here). */
static const char *
str(int32_t d)
{
	static char	 buf[4][16];
	static int	 i;

	return sg_date_str(buf[i++ % 4], d);
}

static void
test_leap_years(void **state)
{
	int32_t	 d;

	(void)state;
	assert_null(sg_date_parse(&d, "2024-02-29", 0));
	assert_string_equal(str(d), "2024-02-29");
	assert_null(sg_date_parse(&d, "2000-02-29", 0));
	assert_non_null(sg_date_parse(&d, "2100-02-29", 0));
	assert_non_null(sg_date_parse(&d, "2026-02-29", 0));
	assert_string_equal(sg_date_parse(&d, "2026-02-30", 0)->msg,
	    "invalid date '2026-02-30': no such day");
	assert_non_null(sg_date_parse(&d, "2026-13-01", 0));
	assert_non_null(sg_date_parse(&d, "2026-04-31", 0));
	assert_string_equal(sg_date_parse(&d, "26-1-1", 0)->msg,
	    "invalid date '26-1-1': expected YYYY-MM-DD, today, yesterday, "
	    "tomorrow or +Nd/-Nw/+Nm");
	assert_non_null(sg_date_parse(&d, " 2026-01-01", 0));
	assert_non_null(sg_date_parse(&d, "2026-01-01x", 0));
}

static void
test_epoch_and_weekdays(void **state)
{
	(void)state;
	assert_int_equal(day("1970-01-01"), 0);
	assert_int_equal(day("1969-12-31"), -1);
	assert_string_equal(str(day("1880-01-01")), "1880-01-01");
	assert_int_equal(sg_date_wday(day("2026-11-28")), 6);	/* Saturday */
	assert_int_equal(sg_date_wday(day("2026-11-30")), 1);	/* Monday */
	assert_int_equal(sg_date_wday(day("1949-10-01")), 6);
}

static void
test_relative(void **state)
{
	int32_t	 today = day("2026-11-28"), d;

	(void)state;
	assert_null(sg_date_parse(&d, "today", today));
	assert_string_equal(str(d), "2026-11-28");
	assert_null(sg_date_parse(&d, "yesterday", today));
	assert_string_equal(str(d), "2026-11-27");
	assert_null(sg_date_parse(&d, "tomorrow", today));
	assert_string_equal(str(d), "2026-11-29");
	assert_null(sg_date_parse(&d, "+3d", today));
	assert_string_equal(str(d), "2026-12-01");
	assert_null(sg_date_parse(&d, "-2w", today));
	assert_string_equal(str(d), "2026-11-14");
	assert_null(sg_date_parse(&d, "+1m", today));
	assert_string_equal(str(d), "2026-12-28");
	assert_null(sg_date_parse(&d, "-30d", today));
	assert_string_equal(str(d), "2026-10-29");
	assert_non_null(sg_date_parse(&d, "+3x", today));
	assert_non_null(sg_date_parse(&d, "+d", today));
	assert_non_null(sg_date_parse(&d, "3d", today));
}

static void
test_today_env(void **state)
{
	int32_t	 d;

	(void)state;
	setenv("SHEGONG_TODAY", "2026-11-28", 1);
	assert_null(sg_today(&d));
	assert_string_equal(str(d), "2026-11-28");
	setenv("SHEGONG_TODAY", "2026-02-30", 1);
	assert_string_equal(sg_today(&d)->msg,
	    "invalid SHEGONG_TODAY '2026-02-30': expected YYYY-MM-DD");
	unsetenv("SHEGONG_TODAY");
	assert_null(sg_today(&d));
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
	assert_string_equal(str(sg_date_add_months(day("2026-12-15"), 1)),
	    "2027-01-15");
	assert_string_equal(str(sg_date_add_months(day("2026-01-15"), -13)),
	    "2024-12-15");
}

static void
test_iso_weeks(void **state)
{
	struct sg_period	 p;
	int			 y, w;

	(void)state;
	assert_null(sg_period_parse(&p, "2020-W53", 0));
	assert_string_equal(str(p.from), "2020-12-28");
	assert_string_equal(str(p.to), "2021-01-03");
	assert_null(sg_period_parse(&p, "2026-W01", 0));
	assert_string_equal(str(p.from), "2025-12-29");
	assert_string_equal(str(p.to), "2026-01-04");
	assert_string_equal(sg_period_parse(&p, "2021-W53", 0)->msg,
	    "invalid period '2021-W53': no such week");
	assert_non_null(sg_period_parse(&p, "2026-W00", 0));
	sg_date_isoweek(day("2021-01-01"), &y, &w);
	assert_int_equal(y, 2020);
	assert_int_equal(w, 53);
	sg_date_isoweek(day("2025-12-29"), &y, &w);
	assert_int_equal(y, 2026);
	assert_int_equal(w, 1);
	p = sg_period_week(day("2026-11-28"));
	assert_string_equal(str(p.from), "2026-11-23");
	assert_string_equal(str(p.to), "2026-11-29");
}

static void
test_periods(void **state)
{
	struct sg_period	 p;
	int32_t			 today = day("2026-11-28");

	(void)state;
	assert_null(sg_period_parse(&p, "2026-02", today));
	assert_string_equal(str(p.from), "2026-02-01");
	assert_string_equal(str(p.to), "2026-02-28");
	assert_null(sg_period_parse(&p, "2024-Q1", today));
	assert_string_equal(str(p.from), "2024-01-01");
	assert_string_equal(str(p.to), "2024-03-31");
	assert_null(sg_period_parse(&p, "2026-Q4", today));
	assert_string_equal(str(p.to), "2026-12-31");
	assert_non_null(sg_period_parse(&p, "2026-Q5", today));
	assert_null(sg_period_parse(&p, "2026", today));
	assert_string_equal(str(p.from), "2026-01-01");
	assert_string_equal(str(p.to), "2026-12-31");
	assert_null(sg_period_parse(&p, "this-week", today));
	assert_string_equal(str(p.from), "2026-11-23");
	assert_null(sg_period_parse(&p, "next-week", today));
	assert_string_equal(str(p.from), "2026-11-30");
	assert_string_equal(str(p.to), "2026-12-06");
	assert_null(sg_period_parse(&p, "last-month", today));
	assert_string_equal(str(p.from), "2026-10-01");
	assert_string_equal(str(p.to), "2026-10-31");
	assert_null(sg_period_parse(&p, "this-month", today));
	assert_string_equal(str(p.to), "2026-11-30");
	assert_null(sg_period_parse(&p, "2026-11-05", today));
	assert_int_equal(p.from, p.to);
	assert_string_equal(sg_period_parse(&p, "2026-13", today)->msg,
	    "invalid period '2026-13': no such month");
	assert_non_null(sg_period_parse(&p, "someday", today));
	p = sg_period_quarter(day("2026-11-28"));
	assert_string_equal(str(p.from), "2026-10-01");
	p = sg_period_month(day("2024-02-10"));
	assert_string_equal(str(p.to), "2024-02-29");
}

static void
test_age_and_time(void **state)
{
	int	 m;

	(void)state;
	assert_int_equal(sg_age(day("1940-03-02"), day("2026-11-28")), 86);
	assert_int_equal(sg_age(day("1938-11-28"), day("2026-11-28")), 88);
	assert_int_equal(sg_age(day("1938-11-29"), day("2026-11-28")), 87);
	assert_int_equal(sg_age(day("2000-02-29"), day("2001-02-28")), 0);
	assert_int_equal(sg_age(day("2000-02-29"), day("2001-03-01")), 1);
	assert_null(sg_time_parse(&m, "09:30"));
	assert_int_equal(m, 570);
	assert_null(sg_time_parse(&m, "23:59"));
	assert_non_null(sg_time_parse(&m, "24:00"));
	assert_non_null(sg_time_parse(&m, "9:30"));
	assert_non_null(sg_time_parse(&m, "09:60"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_epoch_and_weekdays),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_today_env),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_iso_weeks),
		cmocka_unit_test(test_periods),
		cmocka_unit_test(test_age_and_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
