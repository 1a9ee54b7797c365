/*
 * when.c -- reading the dates, periods and times a person writes (SPEC
 * section 1): 2026-03-01, today, +3d, -2w, a festival (重阳节, read by
 * lunar.c), 2026-05, 2026-W09, 2026-Q1, this-month, 14:30; and today.
 * The day arithmetic is date.c's.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sg.h"

#define REL_MAX		10000000L	/* |N| of +Nd past any valid date */

/* Why a date or period is invalid; form_* when it has no known form. */
static const char form_date[] = N_("expected YYYY-MM-DD, today, "
    "yesterday, tomorrow or +Nd/-Nw/+Nm");
static const char form_period[] = N_("expected YYYY-MM, YYYY-Www, YYYY-Qn, "
    "YYYY, a date, this-week, next-week, last-week, this-month, "
    "last-month, next-month, this-year or last-year");
static const char no_day[] = N_("no such day");
static const char out_of_range[] = N_("out of range (years 0000 to 9999)");

/* Nonzero when s has the shape of tmpl: 'd' is a digit, the rest as is. */
static int
shape(const char *s, const char *tmpl)
{
	for (; *tmpl != '\0'; s++, tmpl++)
		if (*tmpl == 'd' ? *s < '0' || *s > '9' : *s != *tmpl)
			return 0;
	return *s == '\0';
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

/* Read 1 to max digits at *s into *v, moving *s; 0 if none. */
static int
digits(const char **s, int max, int *v)
{
	int	 n = 0;

	*v = 0;
	while (n < max && **s >= '0' && **s <= '9') {
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

/*
 * A date as people write it: 2026/3/7, 2026.03.07, 2026-3-7 (one
 * separator twice) or 2026年3月7日 (日 or 号, or neither); 0 if not one.
 */
static int
written_date(const char *s, int *y, int *m, int *d)
{
	static const char	*const words[] = { "年", "月", "日", "号" };
	char			 sep;

	if (digits(&s, 4, y) != 4)
		return 0;
	if (strncmp(s, words[0], strlen(words[0])) == 0) {
		s += strlen(words[0]);
		if (digits(&s, 2, m) == 0 ||
		    strncmp(s, words[1], strlen(words[1])) != 0)
			return 0;
		s += strlen(words[1]);
		if (digits(&s, 2, d) == 0)
			return 0;
		if (strcmp(s, words[2]) == 0 || strcmp(s, words[3]) == 0)
			return 1;
		return *s == '\0';
	}
	if (*s != '/' && *s != '.' && *s != '-')
		return 0;
	sep = *s++;
	if (digits(&s, 2, m) == 0 || *s++ != sep || digits(&s, 2, d) == 0)
		return 0;
	return *s == '\0';
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
	if (written_date(s, &y, &m, &d))
		return sg_date_make(out, y, m, d) != NULL ? no_day : NULL;
	/* 2026年3月 is a date wrongly written, not a festival */
	if (strlen(s) > 4 && strspn(s, "0123456789") == 4 &&
	    strncmp(s + 4, "年", strlen("年")) == 0)
		return form_date;
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

/* Resolve a period from --period or --from/--to into dates. */
const struct sg_error *
sg_period_opts(struct sg_ctx *ctx, const char *period, const char *from,
    const char *to, struct sg_period *p, int *set)
{
	const struct sg_error	*err;

	*set = 0;
	p->from = INT32_MIN + 1;
	p->to = INT32_MAX;
	if (period != NULL && (from != NULL || to != NULL))
		return sg_error_usage("give --period or --from/--to, not both");
	if (period != NULL) {
		if ((err = sg_period_parse(p, period, ctx->today)) != NULL)
			return sg_error_fmt("period: %s", err->msg);
		*set = 1;
	}
	if (from != NULL) {
		if ((err = sg_date_parse(&p->from, from, ctx->today)) != NULL)
			return sg_error_fmt("from: %s", err->msg);
		*set = 1;
	}
	if (to != NULL) {
		if ((err = sg_date_parse(&p->to, to, ctx->today)) != NULL)
			return sg_error_fmt("to: %s", err->msg);
		*set = 1;
	}
	if (p->from > p->to)
		return sg_error_fmt("from: %s is after --to",
		    from ? from : _("the start"));
	return NULL;
}

/*
 * A year and month alone as forms write a birth: 1938.05, 1938-5,
 * 1938/05, 1938年5月 (full-width digits already folded).  1 and *y, *m
 * when s is one; 0 if not.
 */
int
sg_yearmonth_parse(const char *s, int *y, int *m)
{
	char	*end;
	long	 yy, mm;

	if (strlen(s) < 6 || !isdigit((unsigned char)s[0]))
		return 0;
	yy = strtol(s, &end, 10);
	if (end - s != 4)
		return 0;
	if (*end == '.' || *end == '-' || *end == '/')
		end++;
	else if (strncmp(end, "年", strlen("年")) == 0)
		end += strlen("年");
	else
		return 0;
	if (!isdigit((unsigned char)*end))
		return 0;
	mm = strtol(end, &end, 10);
	if (strcmp(end, "月") == 0)
		end += strlen("月");
	if (*end != '\0' || mm < 1 || mm > 12 || yy < 1800)
		return 0;
	*y = (int)yy;
	*m = (int)mm;
	return 1;
}
