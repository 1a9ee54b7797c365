/*
 * holiday.c -- China's statutory public holidays and make-up workdays
 * (放假调休), as the State Council General Office publishes them each year
 * (国务院办公厅关于某年部分节假日安排的通知), and the workdays of a station:
 * its config's weekdays, less those days off and the config's holidays,
 * plus the make-up workdays and the config's workdays_extra.
 *
 * Years after the last notice are not guessed: a station adds them with
 * the config's visit.holidays and visit.workdays_extra.  The source of
 * each year is named in shegong.yaml(5).
 */
#include <stdio.h>
#include <string.h>

#include "shegong.h"

/* One holiday of a notice: the days off (weekend days inside included). */
static const struct {
	const char	*name;
	const char	*from, *to;
	const char	*work;		/* make-up workdays, ',' between */
} table[] = {
	/* 2020: 国办发明电〔2019〕16号; 春节 extended by 〔2020〕1号 */
	{ "元旦", "2020-01-01", "2020-01-01", "" },
	{ "春节", "2020-01-24", "2020-02-02", "2020-01-19" },
	{ "清明节", "2020-04-04", "2020-04-06", "" },
	{ "劳动节", "2020-05-01", "2020-05-05", "2020-04-26,2020-05-09" },
	{ "端午节", "2020-06-25", "2020-06-27", "2020-06-28" },
	{ "国庆节·中秋节", "2020-10-01", "2020-10-08",
	    "2020-09-27,2020-10-10" },
	/* 2021 */
	{ "元旦", "2021-01-01", "2021-01-03", "" },
	{ "春节", "2021-02-11", "2021-02-17", "2021-02-07,2021-02-20" },
	{ "清明节", "2021-04-03", "2021-04-05", "" },
	{ "劳动节", "2021-05-01", "2021-05-05", "2021-04-25,2021-05-08" },
	{ "端午节", "2021-06-12", "2021-06-14", "" },
	{ "中秋节", "2021-09-19", "2021-09-21", "2021-09-18" },
	{ "国庆节", "2021-10-01", "2021-10-07", "2021-09-26,2021-10-09" },
	/* 2022 */
	{ "元旦", "2022-01-01", "2022-01-03", "" },
	{ "春节", "2022-01-31", "2022-02-06", "2022-01-29,2022-01-30" },
	{ "清明节", "2022-04-03", "2022-04-05", "2022-04-02" },
	{ "劳动节", "2022-04-30", "2022-05-04", "2022-04-24,2022-05-07" },
	{ "端午节", "2022-06-03", "2022-06-05", "" },
	{ "中秋节", "2022-09-10", "2022-09-12", "" },
	{ "国庆节", "2022-10-01", "2022-10-07", "2022-10-08,2022-10-09" },
	/* 2023 (元旦 begins on 2022-12-31) */
	{ "元旦", "2022-12-31", "2023-01-02", "" },
	{ "春节", "2023-01-21", "2023-01-27", "2023-01-28,2023-01-29" },
	{ "清明节", "2023-04-05", "2023-04-05", "" },
	{ "劳动节", "2023-04-29", "2023-05-03", "2023-04-23,2023-05-06" },
	{ "端午节", "2023-06-22", "2023-06-24", "2023-06-25" },
	{ "中秋节·国庆节", "2023-09-29", "2023-10-06",
	    "2023-10-07,2023-10-08" },
	/* 2024 */
	{ "元旦", "2024-01-01", "2024-01-01", "" },
	{ "春节", "2024-02-10", "2024-02-17", "2024-02-04,2024-02-18" },
	{ "清明节", "2024-04-04", "2024-04-06", "2024-04-07" },
	{ "劳动节", "2024-05-01", "2024-05-05", "2024-04-28,2024-05-11" },
	{ "端午节", "2024-06-10", "2024-06-10", "" },
	{ "中秋节", "2024-09-15", "2024-09-17", "2024-09-14" },
	{ "国庆节", "2024-10-01", "2024-10-07", "2024-09-29,2024-10-12" },
	/* 2025 */
	{ "元旦", "2025-01-01", "2025-01-01", "" },
	{ "春节", "2025-01-28", "2025-02-04", "2025-01-26,2025-02-08" },
	{ "清明节", "2025-04-04", "2025-04-06", "" },
	{ "劳动节", "2025-05-01", "2025-05-05", "2025-04-27" },
	{ "端午节", "2025-05-31", "2025-06-02", "" },
	{ "国庆节·中秋节", "2025-10-01", "2025-10-08",
	    "2025-09-28,2025-10-11" },
	/* 2026 */
	{ "元旦", "2026-01-01", "2026-01-03", "2026-01-04" },
	{ "春节", "2026-02-15", "2026-02-23", "2026-02-14,2026-02-28" },
	{ "清明节", "2026-04-04", "2026-04-06", "" },
	{ "劳动节", "2026-05-01", "2026-05-05", "2026-05-09" },
	{ "端午节", "2026-06-19", "2026-06-21", "" },
	{ "中秋节", "2026-09-25", "2026-09-27", "" },
	{ "国庆节", "2026-10-01", "2026-10-07", "2026-09-20,2026-10-10" },
};

#define NHOL	(sizeof(table) / sizeof(table[0]))
#define MAXWORK	4

/* The table as day numbers, read once. */
static struct {
	int32_t		 from, to;
	int32_t		 work[MAXWORK];
	int		 nwork;
} days[NHOL];
static int	 loaded;

/* Read "YYYY-MM-DD" at s (10 bytes). */
static int32_t
day_at(const char *s)
{
	int32_t	 d = SG_DATE_NONE;
	int	 y, m, dd;

	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) == 3)
		(void)sg_date_make(&d, y, m, dd);
	return d;
}

/* Turn the table into day numbers. */
static void
load(void)
{
	const char	*p;
	size_t		 i;

	for (i = 0; i < NHOL; i++) {
		days[i].from = day_at(table[i].from);
		days[i].to = day_at(table[i].to);
		for (p = table[i].work; *p != '\0' && days[i].nwork < MAXWORK;
		    p += strcspn(p, ",") + (p[strcspn(p, ",")] == ','))
			days[i].work[days[i].nwork++] = day_at(p);
	}
	loaded = 1;
}

/*
 * Is day a statutory day off (1, *p its block, *name the holiday), a
 * make-up workday (2, *name the holiday it makes up for) or neither (0)?
 */
int
sg_holiday_kind(int32_t day, struct sg_period *p, const char **name)
{
	size_t	 i;
	int	 k;

	if (!loaded)
		load();
	for (i = 0; i < NHOL; i++) {
		if (day >= days[i].from && day <= days[i].to) {
			if (p != NULL) {
				p->from = days[i].from;
				p->to = days[i].to;
			}
			if (name != NULL)
				*name = table[i].name;
			return 1;
		}
		for (k = 0; k < days[i].nwork; k++)
			if (days[i].work[k] == day) {
				if (name != NULL)
					*name = table[i].name;
				return 2;
			}
	}
	return 0;
}

/* A config holiday holding day: its index, or -1. */
static int
config_off(const struct sg_config *c, int32_t day)
{
	int	 i;

	for (i = 0; i < c->nholidays; i++)
		if (day >= c->holidays[i].from && day <= c->holidays[i].to)
			return i;
	return -1;
}

/*
 * Is day a day off under the config (1, *p the days off holding it, *name
 * the holiday or NULL for one of the config), a workday that is not (0)?
 * A day that is no workday of the week and no holiday is 0 as well.
 */
int
sg_day_off(const struct sg_config *c, int32_t day, struct sg_period *p,
    const char **name)
{
	int	 i;

	if (name != NULL)
		*name = NULL;
	for (i = 0; i < c->nextra; i++)
		if (c->workdays_extra[i] == day)
			return 0;
	if ((i = config_off(c, day)) >= 0) {
		if (p != NULL)
			*p = c->holidays[i];
		return 1;
	}
	return sg_holiday_kind(day, p, name) == 1;
}

/* Is day a workday of the config (weekdays, holidays, 调休, extras)? */
int
sg_workday(const struct sg_config *c, int32_t day)
{
	int	 i;

	for (i = 0; i < c->nextra; i++)
		if (c->workdays_extra[i] == day)
			return 1;
	if (config_off(c, day) >= 0)
		return 0;
	switch (sg_holiday_kind(day, NULL, NULL)) {
	case 1:
		return 0;
	case 2:
		return 1;
	default:
		return (c->workdays & (1u << sg_date_wday(day))) != 0;
	}
}

/*
 * The day n workdays after day (n 0: day itself when a workday, else the
 * next workday); day itself when the config has no workday in a year.
 */
int32_t
sg_workday_add(const struct sg_config *c, int32_t day, int n)
{
	int32_t	 d = day;
	int	 left = 366;

	if (n == 0) {
		while (!sg_workday(c, d) && left-- > 0)
			d++;
		return left > 0 ? d : day;
	}
	while (n > 0 && left > 0) {
		d++;
		if (sg_workday(c, d))
			n--;
		else
			left--;
	}
	return left > 0 ? d : day;
}

/* Does the built-in table or the config know the year's days off? */
int
sg_holiday_year_known(const struct sg_config *c, int year)
{
	int	 i, y, m, d;

	if (year >= SG_HOLIDAY_FIRST && year <= SG_HOLIDAY_LAST)
		return 1;
	for (i = 0; i < c->nholidays; i++) {
		sg_date_split(c->holidays[i].from, &y, &m, &d);
		if (y == year)
			return 1;
	}
	return 0;
}
