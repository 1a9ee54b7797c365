/*
 * test_assess.c -- ability assessments: the Barthel bands of WS/T
 * 431-2013 and the GB/T 42195-2022 levels at every edge, each adjustment
 * alone and combined, the cap at level 4, and item checking.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "shegong.h"

/* The Barthel items with their highest scores (total 100). */
static const struct {
	const char	*name;
	int		 max;
} barthel[] = {
	{ "feeding", 10 }, { "bathing", 5 }, { "grooming", 5 },
	{ "dressing", 10 }, { "bowels", 10 }, { "bladder", 10 },
	{ "toilet", 10 }, { "transfer", 15 }, { "mobility", 15 },
	{ "stairs", 10 }
};

/* The GB/T 42195 items with their highest scores (total 90). */
static const struct {
	const char	*name;
	int		 max;
} gbt[] = {
	{ "feeding", 4 }, { "grooming", 4 }, { "bathing", 4 },
	{ "dressing_upper", 4 }, { "dressing_lower", 4 }, { "bladder", 4 },
	{ "bowels", 4 }, { "toilet", 4 }, { "bed_mobility", 4 },
	{ "transfer", 4 }, { "walking", 4 }, { "stairs", 3 }, { "time", 4 },
	{ "place", 4 }, { "person", 4 }, { "memory", 4 },
	{ "comprehension", 4 }, { "expression", 4 }, { "aggression", 1 },
	{ "depression", 1 }, { "consciousness", 2 }, { "vision", 2 },
	{ "hearing", 2 }, { "daily_affairs", 4 }, { "transport", 3 },
	{ "social", 4 }
};

#define NBARTHEL	(sizeof(barthel) / sizeof(barthel[0]))
#define NGBT		(sizeof(gbt) / sizeof(gbt[0]))

/* Score a GB/T 42195 assessment whose items add up to total. */
static void
gbt_scored(struct sg_assessment *a, int total, int coma, int dementia,
    int risk)
{
	char	 buf[8];
	size_t	 i;
	int	 left = total, s;

	sg_assess_init(a, SG_GBT42195);
	a->coma = coma;
	a->dementia = dementia;
	a->risk_events = risk;
	for (i = 0; i < NGBT; i++) {
		s = left < gbt[i].max ? left : gbt[i].max;
		left -= s;
		snprintf(buf, sizeof(buf), "%d", s);
		assert_null(sg_assess_item(a, gbt[i].name, buf));
	}
	assert_int_equal(left, 0);
	assert_null(sg_assess_score(a));
	assert_int_equal(a->total, total);
}

/* The level of a GB/T 42195 total through items, and directly. */
static int
gbt_level(int total, int coma, int dementia, int risk)
{
	struct sg_assessment	 a;

	gbt_scored(&a, total, coma, dementia, risk);
	assert_int_equal(a.level, sg_gbt42195_level(total, coma, dementia,
	    risk));
	return a.level;
}

/* WS/T 431-2013: 100 independent, 61-99 mild, 41-60 moderate, 0-40. */
static void
test_barthel_bands(void **state)
{
	(void)state;
	assert_int_equal(sg_barthel_level(0), 3);
	assert_int_equal(sg_barthel_level(40), 3);
	assert_int_equal(sg_barthel_level(41), 2);
	assert_int_equal(sg_barthel_level(60), 2);
	assert_int_equal(sg_barthel_level(61), 1);
	assert_int_equal(sg_barthel_level(99), 1);
	assert_int_equal(sg_barthel_level(100), 0);
	assert_string_equal(sg_assess_grade(SG_BARTHEL, 0, 0), "independent");
	assert_string_equal(sg_assess_grade(SG_BARTHEL, 3, 0), "severe");
	assert_string_equal(sg_assess_grade(SG_BARTHEL, 2, 1), "中度依赖");
	assert_null(sg_assess_grade(SG_BARTHEL, 4, 0));
}

/* Barthel through its items: all highest is 100, all lowest is 0. */
static void
test_barthel_items(void **state)
{
	struct sg_assessment	 a;
	char			 buf[8];
	size_t			 i;

	(void)state;
	sg_assess_init(&a, SG_BARTHEL);
	for (i = 0; i < NBARTHEL; i++) {
		snprintf(buf, sizeof(buf), "%d", barthel[i].max);
		assert_null(sg_assess_item(&a, barthel[i].name, buf));
	}
	assert_null(sg_assess_score(&a));
	assert_int_equal(a.total, 100);
	assert_int_equal(a.level, 0);
	sg_assess_init(&a, SG_BARTHEL);
	for (i = 0; i < NBARTHEL; i++)
		assert_null(sg_assess_item(&a, barthel[i].name, "0"));
	assert_null(sg_assess_score(&a));
	assert_int_equal(a.total, 0);
	assert_int_equal(a.level, 3);
	/* 60: moderate; one item 5 higher is 65: mild */
	sg_assess_init(&a, SG_BARTHEL);
	assert_null(sg_assess_item(&a, "进食", "10"));
	assert_null(sg_assess_item(&a, "洗澡", "0"));
	assert_null(sg_assess_item(&a, "修饰", "5"));
	assert_null(sg_assess_item(&a, "穿衣", "5"));
	assert_null(sg_assess_item(&a, "大便控制", "10"));
	assert_null(sg_assess_item(&a, "小便控制", "5"));
	assert_null(sg_assess_item(&a, "如厕", "5"));
	assert_null(sg_assess_item(&a, "床椅转移", "10"));
	assert_null(sg_assess_item(&a, "平地行走", "10"));
	assert_null(sg_assess_item(&a, "上下楼梯", "0"));
	assert_null(sg_assess_score(&a));
	assert_int_equal(a.total, 60);
	assert_int_equal(a.level, 2);
}

/* GB/T 42195 edges: 0, 29/30, 45/46, 65/66, 89/90. */
static void
test_gbt_bands(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(0, 0, 0, 0), 4);
	assert_int_equal(gbt_level(29, 0, 0, 0), 4);
	assert_int_equal(gbt_level(30, 0, 0, 0), 3);
	assert_int_equal(gbt_level(45, 0, 0, 0), 3);
	assert_int_equal(gbt_level(46, 0, 0, 0), 2);
	assert_int_equal(gbt_level(65, 0, 0, 0), 2);
	assert_int_equal(gbt_level(66, 0, 0, 0), 1);
	assert_int_equal(gbt_level(89, 0, 0, 0), 1);
	assert_int_equal(gbt_level(90, 0, 0, 0), 0);
	assert_string_equal(sg_assess_grade(SG_GBT42195, 0, 0), "intact");
	assert_string_equal(sg_assess_grade(SG_GBT42195, 4, 0), "complete");
	assert_string_equal(sg_assess_grade(SG_GBT42195, 4, 1), "完全失能");
}

/* Coma alone: level 4 from any total. */
static void
test_coma(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(90, 1, 0, 0), 4);
	assert_int_equal(gbt_level(66, 1, 0, 0), 4);
	assert_int_equal(gbt_level(0, 1, 0, 0), 4);
}

/* Dementia alone: one level worse. */
static void
test_dementia(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(90, 0, 1, 0), 1);
	assert_int_equal(gbt_level(89, 0, 1, 0), 2);
	assert_int_equal(gbt_level(65, 0, 1, 0), 3);
	assert_int_equal(gbt_level(45, 0, 1, 0), 4);
}

/* Risk events: two or more in 30 days, one level worse; one is not. */
static void
test_risk_events(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(90, 0, 0, 1), 0);
	assert_int_equal(gbt_level(90, 0, 0, 2), 1);
	assert_int_equal(gbt_level(66, 0, 0, 5), 2);
	assert_int_equal(gbt_level(46, 0, 0, 2), 3);
}

/* Dementia and risk events together: two levels; coma wins over both. */
static void
test_combined(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(90, 0, 1, 2), 2);
	assert_int_equal(gbt_level(66, 0, 1, 3), 3);
	assert_int_equal(gbt_level(46, 0, 1, 2), 4);
	assert_int_equal(gbt_level(90, 1, 1, 2), 4);
}

/* Never past level 4. */
static void
test_cap(void **state)
{
	(void)state;
	assert_int_equal(gbt_level(30, 0, 1, 2), 4);
	assert_int_equal(gbt_level(29, 0, 1, 0), 4);
	assert_int_equal(gbt_level(29, 0, 0, 2), 4);
	assert_int_equal(gbt_level(0, 1, 1, 9), 4);
	assert_int_equal(sg_gbt42195_level(10, 0, 1, 100), 4);
}

/* Assert that item=score fails with want. */
static void
bad_item(int instrument, const char *item, const char *score,
    const char *want)
{
	struct sg_assessment	 a;
	const struct sg_error	*err;

	sg_assess_init(&a, instrument);
	err = sg_assess_item(&a, item, score);
	assert_non_null(err);
	assert_string_equal(err->msg, want);
}

/* Unknown items, scores not allowed, not numbers, repeated items. */
static void
test_bad_items(void **state)
{
	struct sg_assessment	 a;
	const struct sg_error	*err;

	(void)state;
	bad_item(SG_BARTHEL, "flying", "10", "flying: unknown item of "
	    "barthel (elder assess --form lists them)");
	bad_item(SG_BARTHEL, "transfer", "7", "transfer: score 7 not "
	    "allowed: expected 15, 10, 5 or 0");
	bad_item(SG_BARTHEL, "bathing", "10", "bathing: score 10 not "
	    "allowed: expected 5 or 0");
	bad_item(SG_BARTHEL, "feeding", "-5", "feeding: score -5 not "
	    "allowed: expected 10, 5 or 0");
	bad_item(SG_BARTHEL, "feeding", "ten", "feeding: 'ten' is not a "
	    "score: expected 10, 5 or 0");
	bad_item(SG_BARTHEL, "feeding", "", "feeding: no score: expected "
	    "10, 5 or 0");
	bad_item(SG_BARTHEL, "bed_mobility", "4", "bed_mobility: unknown "
	    "item of barthel (elder assess --form lists them)");
	bad_item(SG_GBT42195, "进食", "5", "feeding: score 5 not allowed: "
	    "expected 0 to 4");
	bad_item(SG_GBT42195, "stairs", "4", "stairs: score 4 not allowed: "
	    "expected 0 to 3");
	bad_item(SG_GBT42195, "aggression", "2", "aggression: score 2 not "
	    "allowed: expected 0 or 1");
	bad_item(SG_GBT42195, "consciousness", "3", "consciousness: score 3 "
	    "not allowed: expected 0 to 2");
	sg_assess_init(&a, SG_GBT42195);
	assert_null(sg_assess_item(&a, "穿/脱上衣", "4"));
	err = sg_assess_item(&a, "dressing_upper", "3");
	assert_non_null(err);
	assert_string_equal(err->msg, "dressing_upper: given twice");
}

/* Missing items are named; adjustments belong to gbt42195 only. */
static void
test_missing(void **state)
{
	struct sg_assessment	 a;
	const struct sg_error	*err;
	size_t			 i;

	(void)state;
	sg_assess_init(&a, SG_BARTHEL);
	for (i = 0; i < NBARTHEL; i++)
		if (i != 1 && i != 9)
			assert_null(sg_assess_item(&a, barthel[i].name, "0"));
	err = sg_assess_score(&a);
	assert_non_null(err);
	assert_string_equal(err->msg, "missing items of barthel: bathing, "
	    "stairs");
	assert_null(sg_assess_item(&a, "bathing", "5"));
	err = sg_assess_score(&a);
	assert_non_null(err);
	assert_string_equal(err->msg, "missing item of barthel: stairs");
	assert_null(sg_assess_item(&a, "stairs", "5"));
	a.dementia = 1;
	err = sg_assess_score(&a);
	assert_non_null(err);
	assert_string_equal(err->msg, "dementia: only gbt42195 takes coma, "
	    "dementia and risk events");
	a.dementia = 0;
	assert_null(sg_assess_score(&a));
	assert_int_equal(a.total, 10);
}

/* Instrument names. */
static void
test_instrument(void **state)
{
	const struct sg_error	*err;
	int			 i = -1;

	(void)state;
	assert_null(sg_instrument_parse(&i, "barthel"));
	assert_int_equal(i, SG_BARTHEL);
	assert_null(sg_instrument_parse(&i, "gbt42195"));
	assert_int_equal(i, SG_GBT42195);
	assert_string_equal(sg_instrument_name(SG_GBT42195), "gbt42195");
	err = sg_instrument_parse(&i, "mmse");
	assert_non_null(err);
	assert_string_equal(err->msg, "instrument: unknown instrument "
	    "'mmse': expected barthel or gbt42195");
}

/* Re-assessment is due six months on, the day clamped to the month. */
static void
test_due(void **state)
{
	char	 buf[16];
	int32_t	 d;

	(void)state;
	assert_null(sg_date_parse(&d, "2026-05-28", 0));
	assert_string_equal(sg_date_str(buf, sg_assess_due(d, 6)),
	    "2026-11-28");
	assert_null(sg_date_parse(&d, "2026-08-31", 0));
	assert_string_equal(sg_date_str(buf, sg_assess_due(d, 6)),
	    "2027-02-28");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_barthel_bands),
		cmocka_unit_test(test_barthel_items),
		cmocka_unit_test(test_gbt_bands),
		cmocka_unit_test(test_coma),
		cmocka_unit_test(test_dementia),
		cmocka_unit_test(test_risk_events),
		cmocka_unit_test(test_combined),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_bad_items),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_instrument),
		cmocka_unit_test(test_due),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
