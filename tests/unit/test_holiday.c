/*
 * test_holiday.c -- the table of statutory holidays against the notices'
 * own counts (共N天) and weekdays, the config's days, workday arithmetic,
 * and the derived categories of text.c.
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

/* The day of a date. */
static int32_t
day(int y, int m, int d)
{
	int32_t	 v;

	assert_null(sg_date_make(&v, y, m, d));
	return v;
}

/* The days off of the block holding a date, as the notice counts them. */
static int
block_len(int y, int m, int d)
{
	struct sg_period	 p;

	assert_int_equal(sg_holiday_kind(day(y, m, d), &p, NULL), 1);
	return p.to - p.from + 1;
}

/* Each notice says how many days each holiday lasts (共N天). */
static void
test_counts(void **state)
{
	(void)state;
	/* 2026: 3, 9, 3, 5, 3, 3, 7 */
	assert_int_equal(block_len(2026, 1, 1), 3);
	assert_int_equal(block_len(2026, 2, 17), 9);
	assert_int_equal(block_len(2026, 4, 5), 3);
	assert_int_equal(block_len(2026, 5, 1), 5);
	assert_int_equal(block_len(2026, 6, 19), 3);
	assert_int_equal(block_len(2026, 9, 25), 3);
	assert_int_equal(block_len(2026, 10, 1), 7);
	/* 2025: 1, 8, 3, 5, 3, 8 */
	assert_int_equal(block_len(2025, 1, 1), 1);
	assert_int_equal(block_len(2025, 1, 29), 8);
	assert_int_equal(block_len(2025, 4, 4), 3);
	assert_int_equal(block_len(2025, 5, 1), 5);
	assert_int_equal(block_len(2025, 5, 31), 3);
	assert_int_equal(block_len(2025, 10, 1), 8);
	/* 2024 春节 8, 2023 中秋·国庆 8, 2022 春节 7, 2021 国庆 7 */
	assert_int_equal(block_len(2024, 2, 10), 8);
	assert_int_equal(block_len(2023, 10, 1), 8);
	assert_int_equal(block_len(2023, 1, 1), 3);
	assert_int_equal(block_len(2022, 2, 1), 7);
	assert_int_equal(block_len(2021, 10, 1), 7);
	/* 2020 春节, extended to 02-02: 10 days */
	assert_int_equal(block_len(2020, 1, 25), 10);
}

/* Every make-up workday of 2020-2026 falls on a Saturday or Sunday. */
static void
test_makeup_weekends(void **state)
{
	int32_t	 d;
	int	 n = 0;

	(void)state;
	for (d = day(2019, 12, 1); d <= day(2026, 12, 31); d++)
		if (sg_holiday_kind(d, NULL, NULL) == 2) {
			assert_true(sg_date_wday(d) >= 6);
			n++;
		}
	/* 2020: 6, 2021: 7, 2022: 7, 2023: 7, 2024: 8, 2025: 5, 2026: 6 */
	assert_int_equal(n, 46);
}

/* Workdays: weekdays, less days off, plus make-up days and extras. */
static void
test_workdays(void **state)
{
	struct sg_config	*c;

	(void)state;
	assert_null(sg_config_load(&c, NULL, 0));
	assert_false(sg_workday(c, day(2025, 10, 8)));
	assert_true(sg_workday(c, day(2025, 9, 28)));
	assert_true(sg_workday(c, day(2025, 10, 11)));
	assert_false(sg_workday(c, day(2025, 10, 12)));
	/* 2025-09-30 + 1 workday: 10-09, past the eight days off */
	assert_int_equal(sg_workday_add(c, day(2025, 9, 30), 1),
	    day(2025, 10, 9));
	assert_int_equal(sg_workday_add(c, day(2025, 10, 3), 0),
	    day(2025, 10, 9));
	/* the config's own days */
	c->holidays[0].from = c->holidays[0].to = day(2025, 10, 9);
	c->nholidays = 1;
	c->workdays_extra[0] = day(2025, 10, 12);
	c->nextra = 1;
	assert_false(sg_workday(c, day(2025, 10, 9)));
	assert_true(sg_workday(c, day(2025, 10, 12)));
	assert_true(sg_holiday_year_known(c, 2025));
	assert_false(sg_holiday_year_known(c, 2027));
	sg_config_free(c);
}

/* 独居 from living alone, 高龄 from 80+, merged in sorted order. */
static void
test_derived(void **state)
{
	char	 buf[128];

	(void)state;
	assert_string_equal(sg_tags_effective(buf, sizeof(buf), "低保",
	    "alone", 88, 0), "低保,独居,高龄");
	assert_string_equal(sg_tags_effective(buf, sizeof(buf), "独居",
	    "alone", 88, 1), "高龄");
	assert_string_equal(sg_tags_effective(buf, sizeof(buf), "",
	    "couple", 79, 0), "");
	assert_string_equal(sg_tags_effective(buf, sizeof(buf), NULL,
	    NULL, 80, 0), "高龄");
	assert_true(sg_tags_has("a,高龄,z", "高龄"));
	assert_false(sg_tags_has("a,高龄x", "高龄"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_makeup_weekends),
		cmocka_unit_test(test_workdays),
		cmocka_unit_test(test_derived),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
