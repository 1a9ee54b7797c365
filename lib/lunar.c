/*
 * lunar.c -- the Chinese lunisolar calendar (农历) from 1900 to 2100 and
 * the festival calendar of a station's year: traditional festivals on
 * lunar dates, fixed days, and days set by a weekday rule.
 *
 * Why a table and not a library: Debian's liblunar-date would bring in
 * GLib for what is, in the end, data.  The lunar calendar is fixed by
 * observation (the Purple Mountain Observatory computes it; the Hong Kong
 * Observatory publishes the same conversion tables for 1901-2100), so a
 * program keeps the lengths of the months it needs.  The table below is
 * the widely published one: one word a lunar year, 1900 to 2100.
 *
 *   bits 0-3    the leap month (闰月) of the year, 0 when it has none
 *   bits 4-15   months 12 down to 1: 1 = 30 days (大月), 0 = 29 (小月)
 *   bit 16      the leap month has 30 days
 *
 * The leap month follows the month of the same number.  Lunar year 1900
 * begins on 1900-01-31.  Copies of the table in circulation differ in
 * 1933, 1954, 1956, 1978 and 1996; the words were those lunar(1) agrees
 * with, and are now checked against the sky: every month start of 1912 to
 * 2100 is the day holding the new moon PyEphem computes, at UTC+8 from
 * 1929 (GB/T 33661-2017) and Beijing mean time (UTC+7:45:40) before
 * (tests/long/t715-sky.sh).  That check moved five months:
 *
 *   1954 month 11  11-26 -> 11-25  new moon 20:30, far from midnight
 *   1956 month 11  12-03 -> 12-02  new moon 16:12, far from midnight
 *   1933 month 6   07-22 -> 07-23  new moon 00:03:01 }  within ten minutes
 *   1978 month 8   09-02 -> 09-03  new moon 00:08:52 }  of midnight: no
 *   2097 month 7   08-08 -> 08-07  new moon 23:59:17 }  published calendar
 *                                                     at hand, astronomy
 *
 * (the month before each is a day longer or shorter: words 1933, 1954,
 * 1956, 1978, 2097).  Checked day by day against lunar(1), which differs
 * on the 1954, 1956 and 1978 months (tests/long/t710-lunar.sh carries
 * them as exceptions), and against published festival dates
 * (tests/unit/test_lunar.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shegong.h"

#define EPOCH		(-25537)	/* 1900-01-31, lunar 1900-01-01 */
#define NYEARS		(SG_LUNAR_LAST - SG_LUNAR_FIRST + 1)

static const uint32_t lunar_years[NYEARS] = {
	0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950,	/* 1900- */
	0x16554, 0x056a0, 0x09ad0, 0x055d2, 0x04ae0, 0x0a5b6,	/* 1906- */
	0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2,	/* 1912- */
	0x095b0, 0x14977, 0x04970, 0x0a4b0, 0x0b4b5, 0x06a50,	/* 1918- */
	0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970,	/* 1924- */
	0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60,	/* 1930- */
	0x186e3, 0x092e0, 0x1c8d7, 0x0c950, 0x0d4a0, 0x1d8a6,	/* 1936- */
	0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2,	/* 1942- */
	0x0a950, 0x0b557, 0x06ca0, 0x0b550, 0x15355, 0x04da0,	/* 1948- */
	0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0,	/* 1954- */
	0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260,	/* 1960- */
	0x0f263, 0x0d950, 0x05b57, 0x056a0, 0x096d0, 0x04dd5,	/* 1966- */
	0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540,	/* 1972- */
	0x0b6a0, 0x195a6, 0x095b0, 0x049b0, 0x0a974, 0x0a4b0,	/* 1978- */
	0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570,	/* 1984- */
	0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58,	/* 1990- */
	0x05ac0, 0x0ab60, 0x096d5, 0x092e0, 0x0c960, 0x0d954,	/* 1996- */
	0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0,	/* 2002- */
	0x092d0, 0x0cab5, 0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50,	/* 2008- */
	0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930,	/* 2014- */
	0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6,	/* 2020- */
	0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, 0x05aa0, 0x076a3,	/* 2026- */
	0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250,	/* 2032- */
	0x0d520, 0x0dd45, 0x0b5a0, 0x056d0, 0x055b2, 0x049b0,	/* 2038- */
	0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0,	/* 2044- */
	0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6,	/* 2050- */
	0x0ea50, 0x06aa0, 0x1a6c4, 0x0aae0, 0x092e0, 0x0d2e3,	/* 2056- */
	0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0,	/* 2062- */
	0x0a6d0, 0x055d4, 0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0,	/* 2068- */
	0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0,	/* 2074- */
	0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55,	/* 2080- */
	0x04b60, 0x0a570, 0x054e4, 0x0d160, 0x0e968, 0x0d520,	/* 2086- */
	0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0,	/* 2092- */
	0x0d150, 0x0f252, 0x0d520,			/* 2098-2100 */
};

/* The first day of each lunar year, and the day after the last. */
static int32_t	 year_start[NYEARS + 1];

/* The word of lunar year y (in range). */
static uint32_t
info(int y)
{
	return lunar_years[y - SG_LUNAR_FIRST];
}

/* The leap month of lunar year y, 0 when none. */
static int
leap_month(int y)
{
	return (int)(info(y) & 0xf);
}

/* Days of month m of lunar year y; leap: of the leap month after m. */
static int
month_days(int y, int m, int leap)
{
	if (leap)
		return (info(y) & 0x10000) ? 30 : 29;
	return (info(y) & (0x10000u >> m)) ? 30 : 29;
}

/* Days of lunar year y. */
static int
year_days(int y)
{
	int	 m, n = 0;

	for (m = 1; m <= 12; m++)
		n += month_days(y, m, 0);
	if (leap_month(y) != 0)
		n += month_days(y, leap_month(y), 1);
	return n;
}

/* Fill year_start on first use. */
static void
init_years(void)
{
	int	 i;

	if (year_start[0] == EPOCH)
		return;
	year_start[0] = EPOCH;
	for (i = 0; i < NYEARS; i++)
		year_start[i + 1] = year_start[i] + year_days(SG_LUNAR_FIRST +
		    i);
}

/* The lunar date of a day. */
const struct sg_error *
sg_lunar_from_day(struct sg_lunar *out, int32_t day)
{
	char	 buf[16];
	int	 i, m, leap, n;

	init_years();
	if (day < year_start[0] || day >= year_start[NYEARS])
		return sg_error_fmt("lunar date of '%s': out of range "
		    "(lunar years %d to %d)", sg_date_str(buf, day),
		    SG_LUNAR_FIRST, SG_LUNAR_LAST);
	for (i = 0; day >= year_start[i + 1]; i++)
		;
	out->year = SG_LUNAR_FIRST + i;
	day -= year_start[i];
	leap = leap_month(out->year);
	for (m = 1; m <= 12; m++) {
		if (day < (n = month_days(out->year, m, 0))) {
			out->leap = 0;
			break;
		}
		day -= n;
		if (m == leap) {
			if (day < (n = month_days(out->year, m, 1))) {
				out->leap = 1;
				break;
			}
			day -= n;
		}
	}
	out->month = m;
	out->day = (int)day + 1;
	return NULL;
}

/* The day of a lunar date. */
const struct sg_error *
sg_lunar_to_day(int32_t *out, const struct sg_lunar *l)
{
	int32_t	 day;
	int	 m;

	init_years();
	if (l->year < SG_LUNAR_FIRST || l->year > SG_LUNAR_LAST)
		return sg_error_fmt("lunar year %d: out of range (%d to %d)",
		    l->year, SG_LUNAR_FIRST, SG_LUNAR_LAST);
	if (l->month < 1 || l->month > 12 || (l->leap &&
	    leap_month(l->year) != l->month) || l->day < 1 ||
	    l->day > month_days(l->year, l->month, l->leap))
		return sg_error_fmt("lunar date %d-%s%d-%d: no such day",
		    l->year, l->leap ? _("leap ") : "", l->month, l->day);
	day = year_start[l->year - SG_LUNAR_FIRST];
	for (m = 1; m < l->month; m++) {
		day += month_days(l->year, m, 0);
		if (m == leap_month(l->year))
			day += month_days(l->year, m, 1);
	}
	if (l->leap)
		day += month_days(l->year, l->month, 0);
	*out = day + l->day - 1;
	return NULL;
}

/* How a festival's day is found. */
enum rule {
	LUNAR,		/* lunar month m, day d of the festival's year */
	LUNAR_BEFORE,	/* lunar month m, day d of the year before */
	EVE,		/* the day before 春节 */
	FIXED,		/* month m, day d */
	NTH		/* the d-th weekday n (1 = Monday) of month m */
};

/* One festival: names, English key, aliases ("|" separated) and rule. */
struct festival {
	const char	*name;
	const char	*key;
	const char	*aliases;
	enum rule	 rule;
	int		 m, d, n;
};

/*
 * The festivals of issue 11, in its order.  腊八节 and 除夕 of a year are
 * the ones before that year's 春节 (腊八节 in January, rarely in the
 * December before; 除夕 in January or February).  重阳节 is also 老年节,
 * the Seniors' Day of the Law on the Protection of the Rights and
 * Interests of the Elderly (article 12).
 */
static const struct festival festivals[] = {
	{ "春节",	"spring-festival", "过年|新春|农历新年", LUNAR,
	    1, 1, 0 },
	{ "元宵节",	"lantern", "元宵", LUNAR, 1, 15, 0 },
	{ "端午节",	"dragon-boat", "端午", LUNAR, 5, 5, 0 },
	{ "七夕",	"qixi", "七夕节", LUNAR, 7, 7, 0 },
	{ "中秋节",	"mid-autumn", "中秋", LUNAR, 8, 15, 0 },
	{ "重阳节",	"double-ninth", "重阳|老年节", LUNAR, 9, 9, 0 },
	{ "腊八节",	"laba", "腊八", LUNAR_BEFORE, 12, 8, 0 },
	{ "除夕",	"new-years-eve", "除夕夜|大年三十", EVE, 0, 0, 0 },
	{ "元旦",	"new-year", "元旦节", FIXED, 1, 1, 0 },
	{ "学雷锋日",	"lei-feng-day", "学雷锋纪念日", FIXED, 3, 5, 0 },
	{ "妇女节",	"womens-day", "三八妇女节|三八节", FIXED, 3, 8, 0 },
	{ "植树节",	"tree-planting-day", "", FIXED, 3, 12, 0 },
	{ "劳动节",	"labour-day", "五一|五一劳动节|labor-day",
	    FIXED, 5, 1, 0 },
	{ "建军节",	"army-day", "八一建军节", FIXED, 8, 1, 0 },
	{ "国庆节",	"national-day", "国庆", FIXED, 10, 1, 0 },
	{ "母亲节",	"mothers-day", "", NTH, 5, 2, 7 },
	{ "父亲节",	"fathers-day", "", NTH, 6, 3, 7 },
	{ "感恩节",	"thanksgiving", "", NTH, 11, 4, 4 },
};

#define NFEST	((int)(sizeof(festivals) / sizeof(festivals[0])))

/* How many festivals there are. */
int
sg_festival_count(void)
{
	return NFEST;
}

/* The Chinese name of festival i. */
const char *
sg_festival_name(int i)
{
	return i >= 0 && i < NFEST ? festivals[i].name : NULL;
}

/* The English key of festival i. */
const char *
sg_festival_key(int i)
{
	return i >= 0 && i < NFEST ? festivals[i].key : NULL;
}

/* Nonzero when s is one of the "|" separated words of list. */
static int
in_list(const char *list, const char *s, size_t n)
{
	const char	*p, *e;

	for (p = list; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, '|')) == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) == n && strncmp(p, s, n) == 0)
			return 1;
	}
	return 0;
}

/* The festival named by the n bytes at s (name, key or alias), or -1. */
static int
find(const char *s, size_t n)
{
	int	 i;

	for (i = 0; i < NFEST; i++)
		if ((strlen(festivals[i].name) == n &&
		    strncmp(festivals[i].name, s, n) == 0) ||
		    (strlen(festivals[i].key) == n &&
		    strncmp(festivals[i].key, s, n) == 0) ||
		    in_list(festivals[i].aliases, s, n))
			return i;
	return -1;
}

/* The festival called s (name, English key or alias), or -1. */
int
sg_festival_find(const char *s)
{
	return find(s, strlen(s));
}

/* The day of festival i in year y (SG_FESTIVAL_FIRST..SG_FESTIVAL_LAST). */
const struct sg_error *
sg_festival_date(int32_t *out, int i, int y)
{
	const struct festival	*f;
	struct sg_lunar		 l;
	int32_t			 first;
	const struct sg_error	*err;

	if (i < 0 || i >= NFEST)
		return sg_error_fmt("festival %d: no such festival", i);
	if (y < SG_FESTIVAL_FIRST || y > SG_FESTIVAL_LAST)
		return sg_error_fmt("%s/%d: festival years are %d to %d",
		    festivals[i].name, y, SG_FESTIVAL_FIRST,
		    SG_FESTIVAL_LAST);
	f = &festivals[i];
	memset(&l, 0, sizeof(l));
	switch (f->rule) {
	case LUNAR:
	case LUNAR_BEFORE:
		l.year = f->rule == LUNAR ? y : y - 1;
		l.month = f->m;
		l.day = f->d;
		return sg_lunar_to_day(out, &l);
	case EVE:
		l.year = y;
		l.month = l.day = 1;
		if ((err = sg_lunar_to_day(out, &l)) != NULL)
			return err;
		(*out)--;
		return NULL;
	case FIXED:
		return sg_date_make(out, y, f->m, f->d);
	case NTH:
		if ((err = sg_date_make(&first, y, f->m, 1)) != NULL)
			return err;
		*out = first + (f->n - sg_date_wday(first) + 7) % 7 +
		    7 * (f->d - 1);
		return NULL;
	}
	return sg_error_fmt("festival %d: no rule", i);
}

/* "unknown festival; known: 春节 (spring-festival), ..." once. */
static const char *
unknown_why(void)
{
	static char	 buf[768];
	size_t		 k;
	int		 i;

	if (buf[0] != '\0')
		return buf;
	k = (size_t)snprintf(buf, sizeof(buf), "%s",
	    _("unknown festival; known:"));
	for (i = 0; i < NFEST && k < sizeof(buf); i++)
		k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s %s (%s)",
		    i ? "," : "", festivals[i].name, festivals[i].key);
	return buf;
}

/* Nonzero when s has a byte outside ASCII (a Chinese name). */
static int
has_wide(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* Read a festival name as a date: NAME or NAME/YYYY. */
int
sg_festival_parse(int32_t *out, const char *s, int32_t today,
    const char **why)
{
	static char		 msg[128];
	const struct sg_error	*err;
	const char		*slash = strrchr(s, '/');
	size_t			 n = strlen(s);
	int			 i, y, m, d, given = 0;
	int32_t			 day;

	if (slash != NULL && slash > s && strlen(slash + 1) == 4 &&
	    strspn(slash + 1, "0123456789") == 4) {
		given = 1;
		n = (size_t)(slash - s);
		y = atoi(slash + 1);
	}
	if ((i = find(s, n)) < 0) {
		if (!given && !has_wide(s))
			return 0;
		*why = unknown_why();
		return -1;
	}
	if (!given) {
		sg_date_split(today, &y, &m, &d);
		if (y >= SG_FESTIVAL_FIRST && y <= SG_FESTIVAL_LAST &&
		    sg_festival_date(&day, i, y) == NULL && day < today)
			y++;
	}
	if ((err = sg_festival_date(&day, i, y)) != NULL) {
		snprintf(msg, sizeof(msg), _("festival years are %d to %d"),
		    SG_FESTIVAL_FIRST, SG_FESTIVAL_LAST);
		*why = msg;
		return -1;
	}
	*out = day;
	return 1;
}
