/*
 * test_lunar.c -- the lunar calendar and the festivals: published dates
 * for 2024-2030, conversions both ways, festival names as dates, range
 * errors; and, when $LUNAR_CHECK names a file of "YYYY-MM-DD<TAB>
 * Y-M-D-LEAP" lines made with Debian's lunar(1), every line of it
 * (tests/cmd/t710-festivals.sh makes it for 1950-01-01 to 2049-12-31).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

/* The day of a literal YYYY-MM-DD. */
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

/* The festival called name, asserting it is known. */
static int
fest(const char *name)
{
	int	 i = sg_festival_find(name);

	if (i < 0)
		fail_msg("unknown festival '%s'", name);
	return i;
}

/*
 * Published dates, 2024 to 2030, one row a festival, one column a year.
 * Sources: the State Council's notices on the public holidays of 2024,
 * 2025 and 2026 (国务院办公厅关于2024年/2025年/2026年部分节假日安排的
 * 通知; e.g. 2026: 春节 holidays from 2月15日, 腊月二十八, so 正月初一 is
 * 2月17日; 端午节 6月19日; 中秋节 9月25日), and for every lunar date the
 * Hong Kong Observatory's Gregorian-Lunar Calendar Conversion Tables
 * (www.hko.gov.hk/en/gts/time/conversion.htm), which are also where
 * 腊八节 (12th month, 8th day) and 除夕 (the last day of the 12th month)
 * come from.  重阳节 2026 is 2026-10-18, as issue 11 says.  The weekday
 * rules (母亲节 the second Sunday of May, 父亲节 the third Sunday of
 * June, 感恩节 the fourth Thursday of November) read off any calendar.
 */
static const struct {
	const char	*name;
	const char	*dates[7];
} published[] = {
	{ "春节", { "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06",
	    "2028-01-26", "2029-02-13", "2030-02-03" } },
	{ "元宵节", { "2024-02-24", "2025-02-12", "2026-03-03", "2027-02-20",
	    "2028-02-09", "2029-02-27", "2030-02-17" } },
	{ "端午节", { "2024-06-10", "2025-05-31", "2026-06-19", "2027-06-09",
	    "2028-05-28", "2029-06-16", "2030-06-05" } },
	{ "七夕", { "2024-08-10", "2025-08-29", "2026-08-19", "2027-08-08",
	    "2028-08-26", "2029-08-16", "2030-08-05" } },
	{ "中秋节", { "2024-09-17", "2025-10-06", "2026-09-25", "2027-09-15",
	    "2028-10-03", "2029-09-22", "2030-09-12" } },
	{ "重阳节", { "2024-10-11", "2025-10-29", "2026-10-18", "2027-10-08",
	    "2028-10-26", "2029-10-16", "2030-10-05" } },
	{ "腊八节", { "2024-01-18", "2025-01-07", "2026-01-26", "2027-01-15",
	    "2028-01-04", "2029-01-22", "2030-01-11" } },
	{ "除夕", { "2024-02-09", "2025-01-28", "2026-02-16", "2027-02-05",
	    "2028-01-25", "2029-02-12", "2030-02-02" } },
	{ "元旦", { "2024-01-01", "2025-01-01", "2026-01-01", "2027-01-01",
	    "2028-01-01", "2029-01-01", "2030-01-01" } },
	{ "学雷锋日", { "2024-03-05", "2025-03-05", "2026-03-05",
	    "2027-03-05", "2028-03-05", "2029-03-05", "2030-03-05" } },
	{ "妇女节", { "2024-03-08", "2025-03-08", "2026-03-08", "2027-03-08",
	    "2028-03-08", "2029-03-08", "2030-03-08" } },
	{ "植树节", { "2024-03-12", "2025-03-12", "2026-03-12", "2027-03-12",
	    "2028-03-12", "2029-03-12", "2030-03-12" } },
	{ "劳动节", { "2024-05-01", "2025-05-01", "2026-05-01", "2027-05-01",
	    "2028-05-01", "2029-05-01", "2030-05-01" } },
	{ "建军节", { "2024-08-01", "2025-08-01", "2026-08-01", "2027-08-01",
	    "2028-08-01", "2029-08-01", "2030-08-01" } },
	{ "国庆节", { "2024-10-01", "2025-10-01", "2026-10-01", "2027-10-01",
	    "2028-10-01", "2029-10-01", "2030-10-01" } },
	{ "母亲节", { "2024-05-12", "2025-05-11", "2026-05-10", "2027-05-09",
	    "2028-05-14", "2029-05-13", "2030-05-12" } },
	{ "父亲节", { "2024-06-16", "2025-06-15", "2026-06-21", "2027-06-20",
	    "2028-06-18", "2029-06-17", "2030-06-16" } },
	{ "感恩节", { "2024-11-28", "2025-11-27", "2026-11-26", "2027-11-25",
	    "2028-11-23", "2029-11-22", "2030-11-28" } },
};

#define NPUB	(sizeof(published) / sizeof(published[0]))

static void
test_published_dates(void **state)
{
	int32_t	 d;
	size_t	 i;
	int	 y;

	(void)state;
	assert_int_equal(NPUB, sg_festival_count());
	for (i = 0; i < NPUB; i++)
		for (y = 2024; y <= 2030; y++) {
			assert_null(sg_festival_date(&d,
			    fest(published[i].name), y));
			if (strcmp(str(d), published[i].dates[y - 2024]) != 0)
				fail_msg("%s %d: %s, published %s",
				    published[i].name, y, str(d),
				    published[i].dates[y - 2024]);
		}
}

/* The weekday rules fall on the weekday they name. */
static void
test_weekday_rules(void **state)
{
	int32_t	 d;
	int	 y;

	(void)state;
	for (y = SG_FESTIVAL_FIRST; y <= SG_FESTIVAL_LAST; y++) {
		assert_null(sg_festival_date(&d, fest("mothers-day"), y));
		assert_int_equal(sg_date_wday(d), 7);
		assert_null(sg_festival_date(&d, fest("thanksgiving"), y));
		assert_int_equal(sg_date_wday(d), 4);
	}
}

/* Names, keys and aliases find the same festival. */
static void
test_names(void **state)
{
	(void)state;
	assert_int_equal(fest("重阳"), fest("double-ninth"));
	assert_int_equal(fest("老年节"), fest("重阳节"));
	assert_int_equal(fest("mid-autumn"), fest("中秋节"));
	assert_string_equal(sg_festival_name(fest("laba")), "腊八节");
	assert_string_equal(sg_festival_key(fest("除夕")), "new-years-eve");
	assert_int_equal(sg_festival_find("中元节"), -1);
	assert_int_equal(sg_festival_find("Mid-Autumn"), -1);
	assert_int_equal(sg_festival_find(""), -1);
	assert_null(sg_festival_name(-1));
	assert_null(sg_festival_key(sg_festival_count()));
}

/* Assert that s (today given) reads as the date want. */
static void
date_is(const char *s, const char *today, const char *want)
{
	int32_t	 d = SG_DATE_NONE;

	assert_null(sg_date_parse(&d, s, day(today)));
	assert_string_equal(str(d), want);
}

/* Assert that s is refused as a date with message want. */
static void
date_bad(const char *s, const char *today, const char *want)
{
	const struct sg_error	*err;
	int32_t			 d = 12345;

	err = sg_date_parse(&d, s, day(today));
	assert_non_null(err);
	assert_string_equal(err->msg, want);
	assert_int_equal(err->status, SG_EXIT_ERR);
	assert_int_equal(d, 12345);
}

/* A bare name is this year's until it has passed, then next year's. */
static void
test_festival_as_date(void **state)
{
	struct sg_period	 p;

	(void)state;
	date_is("重阳节", "2026-01-01", "2026-10-18");
	date_is("重阳节", "2026-10-18", "2026-10-18");	/* today */
	date_is("重阳节", "2026-10-19", "2027-10-08");
	date_is("double-ninth", "2026-11-28", "2027-10-08");
	date_is("中秋节/2027", "2026-11-28", "2027-09-15");
	date_is("mid-autumn/2027", "2026-11-28", "2027-09-15");
	date_is("中秋/1950", "2026-11-28", "1950-09-26");
	date_is("春节/2100", "2026-11-28", "2100-02-09");
	date_is("腊八节/1901", "2026-11-28", "1901-01-27");
	date_is("除夕", "2026-11-28", "2027-02-05");
	date_is("thanksgiving", "2026-11-26", "2026-11-26");
	assert_null(sg_period_parse(&p, "端午节/2026", day("2026-11-28")));
	assert_string_equal(str(p.from), "2026-06-19");
	assert_string_equal(str(p.to), "2026-06-19");
}

#define KNOWN	"unknown festival; known: 春节 (spring-festival), 元宵节 " \
		"(lantern), 端午节 (dragon-boat), 七夕 (qixi), 中秋节 " \
		"(mid-autumn), 重阳节 (double-ninth), 腊八节 (laba), 除夕 " \
		"(new-years-eve), 元旦 (new-year), 学雷锋日 (lei-feng-day), " \
		"妇女节 (womens-day), 植树节 (tree-planting-day), 劳动节 " \
		"(labour-day), 建军节 (army-day), 国庆节 (national-day), " \
		"母亲节 (mothers-day), 父亲节 (fathers-day), 感恩节 " \
		"(thanksgiving)"
#define FORM	"expected YYYY-MM-DD, today, yesterday, tomorrow or " \
		"+Nd/-Nw/+Nm"

/* Unknown names list the known ones; years out of range; other forms. */
static void
test_bad_names(void **state)
{
	(void)state;
	date_bad("中元节", "2026-11-28", "invalid date '中元节': " KNOWN);
	date_bad("2027-中秋节", "2026-11-28",
	    "invalid date '2027-中秋节': " KNOWN);
	date_bad("moon/2027", "2026-11-28", "invalid date 'moon/2027': "
	    KNOWN);
	date_bad("中秋节/2101", "2026-11-28", "invalid date '中秋节/2101': "
	    "festival years are 1901 to 2100");
	date_bad("元旦/1900", "2026-11-28", "invalid date '元旦/1900': "
	    "festival years are 1901 to 2100");
	date_bad("中秋节", "2100-12-01", "invalid date '中秋节': festival "
	    "years are 1901 to 2100");
	/* ASCII that is no festival keeps the message of date.c */
	date_bad("mid-autum", "2026-11-28", "invalid date 'mid-autum': "
	    FORM);
	date_bad("2026/01-01", "2026-11-28", "invalid date '2026/01-01': "
	    FORM);
	date_bad("中秋节/27", "2026-11-28", "invalid date '中秋节/27': "
	    KNOWN);
	date_bad("/2027", "2026-11-28", "invalid date '/2027': " FORM);
}

/* Known lunar dates, both ways. */
static void
test_conversion(void **state)
{
	static const struct {
		const char	*solar;
		int		 y, m, d, leap;
	} known[] = {
		{ "1900-01-31", 1900, 1, 1, 0 },	/* the table's start */
		{ "2023-03-22", 2023, 2, 1, 1 },	/* 闰二月初一 */
		{ "2023-04-19", 2023, 2, 29, 1 },
		{ "2023-04-20", 2023, 3, 1, 0 },
		{ "2025-07-25", 2025, 6, 1, 1 },	/* 闰六月初一 */
		{ "2033-12-22", 2033, 11, 1, 1 },	/* 闰十一月 */
		{ "2101-01-28", 2100, 12, 29, 0 },	/* the last day */
	};
	struct sg_lunar	 l, k;
	int32_t		 d;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		assert_null(sg_lunar_from_day(&l, day(known[i].solar)));
		if (l.year != known[i].y || l.month != known[i].m ||
		    l.day != known[i].d || l.leap != known[i].leap)
			fail_msg("%s: %d-%d-%d-%d", known[i].solar, l.year,
			    l.month, l.day, l.leap);
		memset(&k, 0, sizeof(k));
		k.year = known[i].y;
		k.month = known[i].m;
		k.day = known[i].d;
		k.leap = known[i].leap;
		assert_null(sg_lunar_to_day(&d, &k));
		assert_string_equal(str(d), known[i].solar);
	}
}

/* Every day of the range converts there and back, in step. */
static void
test_round_trip(void **state)
{
	struct sg_lunar	 l, prev;
	int32_t		 d, back;

	(void)state;
	memset(&prev, 0, sizeof(prev));
	for (d = day("1900-01-31"); d <= day("2101-01-28"); d++) {
		assert_null(sg_lunar_from_day(&l, d));
		assert_null(sg_lunar_to_day(&back, &l));
		assert_int_equal(back, d);
		if (l.day == 1)
			assert_true(prev.day == 29 || prev.day == 30 ||
			    prev.year == 0);
		else
			assert_int_equal(l.day, prev.day + 1);
		prev = l;
	}
}

/* Outside the table, and lunar dates that do not exist. */
static void
test_range(void **state)
{
	const struct sg_error	*err;
	struct sg_lunar		 l = { 2026, 1, 1, 1 };
	int32_t			 d = 7;

	(void)state;
	err = sg_lunar_from_day(&l, day("1900-01-30"));
	assert_non_null(err);
	assert_string_equal(err->msg, "lunar date of '1900-01-30': out of "
	    "range (lunar years 1900 to 2100)");
	err = sg_lunar_from_day(&l, day("2101-01-29"));
	assert_non_null(err);
	assert_string_equal(err->msg, "lunar date of '2101-01-29': out of "
	    "range (lunar years 1900 to 2100)");
	l.year = 2026;	/* 2026 has no leap month */
	err = sg_lunar_to_day(&d, &l);
	assert_non_null(err);
	assert_string_equal(err->msg, "lunar date 2026-leap 1-1: no such day");
	assert_non_null(err);
	l.year = 2025;	/* 腊月 of 2025 has 29 days: 除夕 is 腊月二十九 */
	l.month = 12;
	l.leap = 0;
	l.day = 30;
	err = sg_lunar_to_day(&d, &l);
	assert_non_null(err);
	assert_string_equal(err->msg, "lunar date 2025-12-30: no such day");
	l.year = 2101;
	l.day = 1;
	err = sg_lunar_to_day(&d, &l);
	assert_non_null(err);
	assert_string_equal(err->msg, "lunar year 2101: out of range "
	    "(1900 to 2100)");
	assert_int_equal(d, 7);
	err = sg_festival_date(&d, fest("中秋节"), 1900);
	assert_non_null(err);
	assert_string_equal(err->msg, "中秋节/1900: festival years are "
	    "1901 to 2100");
	err = sg_festival_date(&d, fest("除夕"), 2101);
	assert_non_null(err);
	assert_string_equal(err->msg, "除夕/2101: festival years are "
	    "1901 to 2100");
	assert_int_equal(d, 7);
}

/*
 * The months lib/lunar.c changed where the new moon (PyEphem, tests/long/
 * t715-sky.sh) decides against lunar(1): the days from the earlier of the
 * two first days to the end of the month differ by one day of the month.
 */
static const struct {
	const char	*from, *to;
} lunar1_differs[] = {
	{ "1954-11-25", "1954-12-24" },	/* 11th month: new moon 20:30 */
	{ "1956-12-02", "1956-12-31" },	/* 11th month: new moon 16:12 */
	{ "1978-09-02", "1978-10-01" },	/* 8th month: new moon 00:08:52 */
};

/* Is the day one lunar(1) is known to disagree on? */
static int
lunar1_excepted(const char *solar)
{
	size_t	 i;

	for (i = 0; i < sizeof(lunar1_differs) / sizeof(lunar1_differs[0]);
	    i++)
		if (strcmp(solar, lunar1_differs[i].from) >= 0 &&
		    strcmp(solar, lunar1_differs[i].to) <= 0)
			return 1;
	return 0;
}

/* Every line of $LUNAR_CHECK: "YYYY-MM-DD<TAB>Y-M-D-LEAP" from lunar(1). */
static void
test_lunar_check(void **state)
{
	struct sg_lunar	 l;
	char		 line[128], solar[16];
	FILE		*fp;
	const char	*path = getenv("LUNAR_CHECK");
	long		 n = 0, bad = 0, lineno = 0, excepted = 0;
	int		 y, m, d, leap;

	(void)state;
	if (path == NULL || *path == '\0')
		skip();
	if ((fp = fopen(path, "r")) == NULL)
		fail_msg("LUNAR_CHECK: cannot open '%s'", path);
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		if (sscanf(line, "%15s %d-%d-%d-%d", solar, &y, &m, &d,
		    &leap) != 5) {
			fclose(fp);
			fail_msg("%s:%ld: malformed line", path, lineno);
		}
		assert_null(sg_lunar_from_day(&l, day(solar)));
		if (lunar1_excepted(solar))
			excepted++;
		else if (l.year != y || l.month != m || l.day != d ||
		    l.leap != leap) {
			if (bad++ < 20)
				print_error("%s: lunar(1) %d-%d-%d-%d, "
				    "shegong %d-%d-%d-%d\n", solar, y, m, d,
				    leap, l.year, l.month, l.day, l.leap);
		}
		n++;
	}
	fclose(fp);
	print_message("lunar check: %ld days compared, %ld differ, %ld "
	    "excepted\n", n, bad, excepted);
	assert_int_equal(bad, 0);
	assert_true(n > 0);
}

/*
 * When $LUNAR_MONTHS names a file, write every lunar month start of 1912
 * to 2100 to it ("YYYY-MM-DD<TAB>Y-M-LEAP"): tests/long/t715-sky.sh checks
 * them against the new moons an astronomical library computes.
 */
static void
test_lunar_months(void **state)
{
	struct sg_lunar	 l;
	int32_t		 d;
	FILE		*fp;
	const char	*path = getenv("LUNAR_MONTHS");
	long		 n = 0;

	(void)state;
	if (path == NULL || *path == '\0')
		skip();
	if ((fp = fopen(path, "w")) == NULL)
		fail_msg("LUNAR_MONTHS: cannot open '%s'", path);
	for (d = day("1912-01-01"); d <= day("2100-12-31"); d++) {
		assert_null(sg_lunar_from_day(&l, d));
		if (l.day != 1)
			continue;
		fprintf(fp, "%s\t%d-%d-%d\n", str(d), l.year, l.month, l.leap);
		n++;
	}
	assert_int_equal(fclose(fp), 0);
	assert_true(n > 2000);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_published_dates),
		cmocka_unit_test(test_weekday_rules),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_festival_as_date),
		cmocka_unit_test(test_bad_names),
		cmocka_unit_test(test_conversion),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_range),
		cmocka_unit_test(test_lunar_check),
		cmocka_unit_test(test_lunar_months),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
