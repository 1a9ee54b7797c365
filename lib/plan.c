/*
 * plan.c -- who must be visited (visit due), the weekly schedule that
 * places them on workdays and visitors (visit plan), the holiday round
 * before a festival (visit plan --holiday), the plans saved, and the
 * rules in force (visit rules).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

#define MAXDAYS		7
#define MAXVISITORS	256

/* The words of due, plan and rules shown in Chinese under zh. */
static const struct sg_enum every_vals[] = {
	{ "week", "每周" }, { "month", "每月" }, { "quarter", "每季度" },
	{ NULL, NULL }
};
static const struct sg_enum reason_vals[] = {
	{ "urgent", "紧急发现" }, { "change", "情况变化" },
	{ "follow-up", "回访到期" }, { "review", "个案复评" },
	{ "rule", "按规则" }, { NULL, NULL }
};
static const struct sg_enum assess_vals[] = {
	{ "due", "到期" }, { "never", "从未评估" }, { NULL, NULL }
};
static const struct sg_enum mode_vals[] = {
	{ "home", "上门" }, { "any", "不限" }, { NULL, NULL }
};

/* The columns of visit rules. */
static const struct sg_col rule_cols[] = {
	{ .key = "n", .zh = "序号", .en = "No.", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "规则", .en = "Rule" },
	{ .key = "tags", .zh = "标签", .en = "Tags" },
	{ .key = "age", .zh = "年龄", .en = "Age" },
	{ .key = "living", .zh = "居住情况", .en = "Living" },
	{ .key = "level", .zh = "能力等级", .en = "Level" },
	{ .key = "every", .zh = "频次", .en = "Every", .vals = every_vals },
	{ .key = "modes", .zh = "方式", .en = "Modes", .vals = mode_vals },
	{ .key = "line", .zh = "配置行", .en = "Line",
	    .kind = SG_COL_NUM },
};

/* The columns of visit rules --elder. */
static const struct sg_col elder_rule_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
	{ .key = "rule", .zh = "规则", .en = "Rule" },
	{ .key = "every", .zh = "频次", .en = "Every", .vals = every_vals },
	{ .key = "why", .zh = "依据", .en = "Why" },
};

/* One elder on the due list, and where the plan puts it. */
struct due {
	int64_t		 id;
	char		*name, *address, *building, *unit, *room, *paired;
	char		 rule[64], every[16];
	const char	*assess;	/* re-assessment: "due", "never", NULL */
	int32_t		 last, due;
	int		 overdue;
	int		 reason;	/* R_URGENT .. R_RULE */
	int		 tier;		/* the rule's tier: first of its name */
	int		 day;		/* plan: index into the week, -1 none */
	int		 visitor;	/* plan: index into the visitors */
	int		 pv[4];		/* plan: paired visitors' indexes */
	int		 npv;
	int		 chosen;	/* plan: within the week's slots */
	int32_t		 from;		/* plan: not before (the day after an
					   urgent finding, a change's day) */
};

/* Why an elder is due, in the order the due list and the plan take. */
enum { R_URGENT, R_CHANGE, R_FOLLOWUP, R_REVIEW, R_RULE, R_N };
static const char *const reasons[R_N] = { "urgent", "change", "follow-up",
    "review", "rule" };

/* The visitors a plan may use and their load. */
struct visitor {
	int64_t		 id;
	char		*name;
	unsigned	 avail;		/* bit (1 << wday) */
	int		 load[MAXDAYS];
	int		 total;
};

struct duelist {
	struct due	*v;
	size_t		 n, cap;
};

/* Free a due list. */
static void
duelist_free(struct duelist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].address);
		free(l->v[i].building);
		free(l->v[i].unit);
		free(l->v[i].room);
		free(l->v[i].paired);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* strdup that keeps NULL. */
static char *
dup0(const unsigned char *s)
{
	return s ? strdup((const char *)s) : NULL;
}

/* Parse availability "mon,wed" into weekday bits. */
static unsigned
avail_bits(const char *s)
{
	static const char *const names[] = { "mon", "tue", "wed", "thu",
	    "fri", "sat", "sun" };
	unsigned	 bits = 0;
	int		 i;

	for (i = 0; s != NULL && i < 7; i++)
		if (strstr(s, names[i]) != NULL)
			bits |= 1u << (i + 1);
	return bits;
}

/*
 * The active elders, by id, with their last visit by ?1.  What else makes
 * an elder due is rare (findings, cases, changes, assessments, pairings):
 * read by the statements of aux_sql, in elder order, beside this one, so
 * no elder pays a lookup for what it has not (bench/README.md).
 */
static const char due_sql[] =
    "SELECT e.id, e.name, e.tags, e.birth, e.living, e.visit_every, "
    "e.joined, (SELECT max(date) FROM visit v WHERE v.elder_id = e.id AND "
    "v.date <= ?1), e.building, e.unit, e.room "
    "FROM elder e WHERE e.status = 'active'";

/* The statements read beside due_sql: rows (elder_id, ...) by elder. */
enum { A_URGENT, A_FOLLOWUP, A_REVIEW, A_CHANGE, A_ASSESS, A_PAIRED,
    A_N };
static const char *const aux_sql[A_N] = {
	/* the first urgent finding no later home visit answered */
	"SELECT w.elder_id, w.date FROM visit w WHERE w.date <= ?1 AND "
	"'urgent' IN (w.living, w.safety, w.health, w.mental) AND NOT EXISTS "
	"(SELECT 1 FROM visit h WHERE h.elder_id = w.elder_id AND "
	"h.mode = 'home' AND h.date BETWEEN w.date AND ?1 AND "
	"(h.date > w.date OR (h.date = w.date AND h.id > w.id))) "
	"ORDER BY w.elder_id, w.date, w.id",
	/* the first follow-up asked for and not closed (report(1)) */
	"SELECT v.elder_id, min(v.follow_up) FROM visit v WHERE "
	"v.follow_up IS NOT NULL AND v.date <= ?1 AND NOT EXISTS (SELECT 1 "
	"FROM visit f WHERE f.elder_id = v.elder_id AND f.kind = 'follow-up' "
	"AND f.date BETWEEN v.date AND ?1 AND (f.date > v.date OR "
	"(f.date = v.date AND f.id > v.id))) GROUP BY v.elder_id "
	"ORDER BY v.elder_id",
	/* the first review date of an open case without a case visit */
	"SELECT c.elder_id, min(c.review) FROM elder_case c WHERE "
	"c.status = 'open' AND c.review IS NOT NULL AND NOT EXISTS (SELECT 1 "
	"FROM visit k WHERE k.elder_id = c.elder_id AND k.kind = 'case' AND "
	"k.date >= c.review AND k.date <= ?1) GROUP BY c.elder_id "
	"ORDER BY c.elder_id",
	/* the first change (elder set --event) before a home visit */
	"SELECT x.elder_id, min(x.date) FROM elder_event x WHERE "
	"x.date <= ?1 AND NOT EXISTS (SELECT 1 FROM visit h WHERE "
	"h.elder_id = x.elder_id AND h.mode = 'home' AND h.date >= x.date "
	"AND h.date <= ?1) GROUP BY x.elder_id ORDER BY x.elder_id",
	/* the last assessment: its day and level */
	"SELECT elder_id, date, level FROM assessment "
	"ORDER BY elder_id, date DESC, id DESC",
	/* the paired volunteers, in pairing order */
	"SELECT p.elder_id, vo.name FROM pairing p JOIN volunteer vo ON "
	"vo.id = p.volunteer_id WHERE p.end IS NULL AND "
	"vo.status = 'active' ORDER BY p.elder_id, p.id",
};

/* What the statements of aux_sql say of one elder. */
struct aux {
	int32_t		 urgent, followup, review, change, assessed;
	int		 level;		/* -1: never assessed */
	char		*paired;	/* names, comma-separated, or NULL */
};

/* Move aux statement st past the elders before id; 1 if on id's rows. */
static int
aux_at(sqlite3_stmt *st, int *row, int64_t id, const struct sg_error **err)
{
	while (*row && sqlite3_column_int64(st, 0) < id)
		if (!(*row = sg_db_row(st, err)) && *err != NULL)
			return 0;
	return *row && sqlite3_column_int64(st, 0) == id;
}

/* Read what the aux statements (on rows) say of elder id into x. */
static const struct sg_error *
aux_read(sqlite3_stmt **st, int *row, int64_t id, struct aux *x)
{
	const struct sg_error	*err = NULL;
	const char		*name;
	size_t			 len = 0, n;
	char			*p;

	memset(x, 0, sizeof(*x));
	x->urgent = x->followup = x->review = x->change = x->assessed =
	    SG_DATE_NONE;
	x->level = -1;
	if (aux_at(st[A_URGENT], &row[A_URGENT], id, &err))
		x->urgent = sg_col_day(st[A_URGENT], 1);
	if (err == NULL && aux_at(st[A_FOLLOWUP], &row[A_FOLLOWUP], id, &err))
		x->followup = sg_col_day(st[A_FOLLOWUP], 1);
	if (err == NULL && aux_at(st[A_REVIEW], &row[A_REVIEW], id, &err))
		x->review = sg_col_day(st[A_REVIEW], 1);
	if (err == NULL && aux_at(st[A_CHANGE], &row[A_CHANGE], id, &err))
		x->change = sg_col_day(st[A_CHANGE], 1);
	if (err == NULL && aux_at(st[A_ASSESS], &row[A_ASSESS], id, &err)) {
		x->assessed = sg_col_day(st[A_ASSESS], 1);
		x->level = sqlite3_column_int(st[A_ASSESS], 2);
	}
	/* group_concat(name, ','): NULL names left out, NULL if none */
	while (err == NULL && aux_at(st[A_PAIRED], &row[A_PAIRED], id,
	    &err)) {
		if ((name = (const char *)sqlite3_column_text(st[A_PAIRED],
		    1)) != NULL) {
			n = strlen(name);
			if ((p = realloc(x->paired, len + n + 2)) == NULL)
				return sg_error_errno("due list");
			x->paired = p;
			if (len > 0)
				p[len++] = ',';
			memcpy(p + len, name, n + 1);
			len += n;
		}
		if (!(row[A_PAIRED] = sg_db_row(st[A_PAIRED], &err)))
			break;
	}
	return err;
}

/*
 * The address as "building-unit-room" of those set, leading dashes
 * dropped (SQL's ltrim(coalesce('-' || building, '') || ..., '-')).
 */
static char *
due_address(sqlite3_stmt *st, int col)
{
	const char	*s[3];
	char		*a, *p;
	size_t		 len = 1;
	int		 i;

	for (i = 0; i < 3; i++)
		if ((s[i] = (const char *)sqlite3_column_text(st,
		    col + i)) != NULL)
			len += strlen(s[i]) + 1;
	if ((a = malloc(len)) == NULL)
		return NULL;
	a[0] = '\0';
	for (i = 0, p = a; i < 3; i++)
		if (s[i] != NULL)
			p += sprintf(p, "-%s", s[i]);
	for (p = a; *p == '-'; p++)
		continue;
	memmove(a, p, strlen(p) + 1);
	return a;
}

/* The last home visit of an elder by a day (for rules of modes: [home]). */
static const struct sg_error *
last_home(struct sg_ctx *ctx, sqlite3_stmt **hs, int64_t id, int32_t on,
    int32_t *d)
{
	static const char sql[] =
	    "SELECT max(date) FROM visit WHERE elder_id = ? AND date <= ? AND "
	    "mode = 'home'";
	const struct sg_error	*err = NULL;
	char			 day[16];

	*d = SG_DATE_NONE;
	if (*hs == NULL && (err = sg_db_prepare(ctx, hs, sql)) != NULL)
		return err;
	sqlite3_reset(*hs);
	sqlite3_bind_int64(*hs, 1, id);
	sqlite3_bind_text(*hs, 2, sg_date_str(day, on), -1, SQLITE_TRANSIENT);
	if (sg_db_row(*hs, &err))
		*d = sg_col_day(*hs, 0);
	return err;
}

/* A rule of a week, a month or at most 31 days: the holiday round's. */
static int
round_rule(const struct sg_every *e)
{
	return e->kind == SG_EVERY_WEEK || e->kind == SG_EVERY_MONTH ||
	    (e->kind == SG_EVERY_DAYS && e->days <= 31);
}

/*
 * Why an elder row of due_sql (x: its aux) is due by upto, the first
 * reason of R_URGENT .. R_RULE that is (*due its due date), or R_N: an
 * urgent finding within urgent_within workdays, a change within
 * change_within, a follow-up or a case review on its date, the rule
 * (every, NULL none: sg_rule_due, whose due date is the end of a period
 * without a visit).
 */
static int
due_reason(const struct sg_config *cfg, sqlite3_stmt *st,
    const struct aux *x, const struct sg_every *every, int32_t last,
    int32_t upto, int32_t *due, int32_t *from)
{
	int32_t	 d[R_N];
	int	 i;

	for (i = 0; i < R_N; i++)
		d[i] = SG_DATE_NONE;
	if ((d[R_URGENT] = x->urgent) != SG_DATE_NONE)
		d[R_URGENT] = sg_workday_add(cfg, d[R_URGENT],
		    cfg->urgent_within);
	if ((d[R_CHANGE] = x->change) != SG_DATE_NONE)
		d[R_CHANGE] = sg_workday_add(cfg, d[R_CHANGE],
		    cfg->change_within);
	d[R_FOLLOWUP] = x->followup;
	d[R_REVIEW] = x->review;
	if (every != NULL && !sg_rule_due(every, last, sg_col_day(st, 6),
	    upto, &d[R_RULE]))
		d[R_RULE] = SG_DATE_NONE;
	for (i = 0; i < R_N; i++)
		if (d[i] != SG_DATE_NONE && (d[i] <= upto || i == R_RULE)) {
			*due = d[i];
			if (i == R_URGENT)
				*from = x->urgent + 1;
			else if (i == R_CHANGE)
				*from = x->change;
			return i;
		}
	return R_N;
}

/* An interval in days, roughly, to rank own intervals among the rules. */
static int
every_days(const struct sg_every *e)
{
	switch (e->kind) {
	case SG_EVERY_WEEK:
		return 7;
	case SG_EVERY_MONTH:
		return 31;
	case SG_EVERY_QUARTER:
		return 92;
	default:
		return e->days;
	}
}

/*
 * The tier of a rule: the position of the first rule of its name.  An
 * own interval ranks with the first rule whose interval is as long or
 * longer; no rule, after them all.
 */
static int
rule_tier(const struct sg_config *cfg, int r, const struct sg_every *every)
{
	int	 i;

	if (r == SG_RULE_OWN) {
		for (i = 0; i < cfg->nrules; i++)
			if (every_days(&cfg->rules[i].every) >=
			    every_days(every))
				return rule_tier(cfg, i, every);
		return cfg->nrules;
	}
	if (r < 0)
		return cfg->nrules;
	for (i = 0; i < r; i++)
		if (strcmp(cfg->rules[i].name, cfg->rules[r].name) == 0)
			return i;
	return r;
}

/*
 * Decide whether one elder row is due; append it to the list if so.  For
 * a holiday round (holiday a day) the elder is due on that day when tags
 * chose it (ntags) or its rule is one of round_rule.
 */
static const struct sg_error *
due_row(struct sg_ctx *ctx, sqlite3_stmt *st, struct aux *x,
    sqlite3_stmt **hs, int32_t on, int32_t upto, int32_t holiday, int ntags,
    struct duelist *l)
{
	struct sg_facts		 f;
	struct sg_every		 every;
	struct due		*d;
	int32_t			 birth, last, due, assessed, from = INT32_MIN;
	int			 r, reason;

	f.tags = (const char *)sqlite3_column_text(st, 2);
	birth = sg_col_day(st, 3);
	f.age = birth == SG_DATE_NONE ? -1 : sg_age(birth, on);
	f.living = (const char *)sqlite3_column_text(st, 4);
	f.level = x->level;
	f.own = (const char *)sqlite3_column_text(st, 5);
	r = sg_rule_find(ctx->cfg, &f, &every, NULL, 0);
	reason = R_RULE;
	if (holiday != SG_DATE_NONE) {
		if (ntags == 0 && (r == SG_RULE_NONE || !round_rule(&every)))
			return NULL;
		last = sg_col_day(st, 7);
		due = holiday;
	} else {
		if (r >= 0 && ctx->cfg->rules[r].home_only) {
			const struct sg_error *err = last_home(ctx, hs,
			    sqlite3_column_int64(st, 0), on, &last);

			if (err != NULL)
				return err;
		} else
			last = sg_col_day(st, 7);
		reason = due_reason(ctx->cfg, st, x, r == SG_RULE_NONE ? NULL :
		    &every, last, upto, &due, &from);
		if (reason == R_N)
			return NULL;
	}
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct due *v = realloc(l->v, cap * sizeof(*v));

		if (v == NULL)
			return sg_error_errno("due list");
		l->v = v;
		l->cap = cap;
	}
	d = &l->v[l->n++];
	memset(d, 0, sizeof(*d));
	d->id = sqlite3_column_int64(st, 0);
	d->name = dup0(sqlite3_column_text(st, 1));
	d->address = due_address(st, 8);
	d->paired = x->paired;
	x->paired = NULL;
	d->building = dup0(sqlite3_column_text(st, 8));
	d->unit = dup0(sqlite3_column_text(st, 9));
	d->room = dup0(sqlite3_column_text(st, 10));
	snprintf(d->rule, sizeof(d->rule), "%s", r >= 0 ?
	    ctx->cfg->rules[r].name : r == SG_RULE_OWN ? "own" : "");
	if (r != SG_RULE_NONE)
		sg_every_str(d->every, &every);
	d->last = last;
	d->due = due;
	d->overdue = on > due ? on - due : 0;
	d->reason = reason;
	d->from = from;
	d->tier = rule_tier(ctx->cfg, r, &every);
	d->day = d->visitor = -1;
	if ((assessed = x->assessed) == SG_DATE_NONE)
		d->assess = "never";
	else if (sg_assess_due(assessed, ctx->cfg->assessment_months) <= upto)
		d->assess = "due";
	return NULL;
}

/* By reason, then most overdue, then the earliest due, then the id. */
static int
cmp_overdue(const void *a, const void *b)
{
	const struct due	*x = a, *y = b;

	if (x->reason != y->reason)
		return x->reason - y->reason;
	if (x->overdue != y->overdue)
		return x->overdue > y->overdue ? -1 : 1;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Compute the due list as of day on, looking ahead to upto (see due_row). */
static const struct sg_error *
due_list(struct sg_ctx *ctx, const struct sg_due_opts *o, int32_t on,
    int32_t upto, int32_t holiday, struct duelist *l)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st, *hs = NULL, *as[A_N];
	struct aux		 x;
	char			 sql[sizeof(due_sql) + 64 * SG_MAX_TAGS + 32];
	char			 day[16];
	int			 i, arow[A_N];

	snprintf(sql, sizeof(sql), "%s", due_sql);
	for (i = 0; i < o->ntags; i++)
		strcat(sql, " AND instr(',' || sg_tags(e.tags, e.living, "
		    "e.birth) || ',', ',' || ? || ',')");
	strcat(sql, " ORDER BY e.id");
	memset(as, 0, sizeof(as));
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, sg_date_str(day, on), -1, SQLITE_TRANSIENT);
	for (i = 0; i < o->ntags; i++)
		sqlite3_bind_text(st, i + 2, o->tags[i], -1, SQLITE_STATIC);
	for (i = 0; i < A_N && err == NULL; i++)
		if ((err = sg_db_prepare(ctx, &as[i], aux_sql[i])) == NULL) {
			sqlite3_bind_text(as[i], 1, day, -1, SQLITE_TRANSIENT);
			arow[i] = sg_db_row(as[i], &err);
		}
	while (err == NULL && sg_db_row(st, &err)) {
		if ((err = aux_read(as, arow, sqlite3_column_int64(st, 0),
		    &x)) == NULL)
			err = due_row(ctx, st, &x, &hs, on, upto, holiday,
			    o->ntags, l);
		free(x.paired);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(hs);
	for (i = 0; i < A_N; i++)
		sqlite3_finalize(as[i]);
	if (err == NULL && l->n > 1)
		qsort(l->v, l->n, sizeof(l->v[0]), cmp_overdue);
	return err;
}

/* Parse --within Nd (or Nw) into days. */
static const struct sg_error *
parse_within(const char *s, int *days)
{
	struct sg_every	 e;

	*days = 0;
	if (s == NULL)
		return NULL;
	if (sg_every_parse(&e, s) != NULL || e.kind != SG_EVERY_DAYS)
		return sg_error_fmt("within: invalid interval '%s': expected "
		    "Nd or Nw", s);
	*days = e.days;
	return NULL;
}

/* The columns of due and plan; assess (last) is in both. */
static const struct sg_col due_all[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
	{ .key = "address", .zh = "地址", .en = "Address" },
	{ .key = "rule", .zh = "规则", .en = "Rule" },
	{ .key = "every", .zh = "频次", .en = "Every", .vals = every_vals },
	{ .key = "last_visit", .zh = "最近探访", .en = "Last visit" },
	{ .key = "due", .zh = "应访日期", .en = "Due" },
	{ .key = "overdue_days", .zh = "逾期天数", .en = "Days overdue",
	    .kind = SG_COL_NUM },
	{ .key = "paired", .zh = "结对志愿者", .en = "Paired with" },
	{ .key = "day", .zh = "日期", .en = "Day" },
	{ .key = "visitor_id", .zh = "探访人编号", .en = "Visitor ID",
	    .kind = SG_COL_NUM },
	{ .key = "visitor", .zh = "探访人", .en = "Visitor" },
	{ .key = "assess", .zh = "待评估", .en = "Assessment due",
	    .vals = assess_vals },
	{ .key = "reason", .zh = "原因", .en = "Reason", .vals = reason_vals },
};
#define NDUE	10
#define NPLAN	13
#define ASSESS	12
#define REASON	13

/* The columns of due (plan 0) or plan (1), in their order. */
static const int due_cols[2][NPLAN + 1] = {
	{ 0, 1, 2, REASON, 3, 4, 5, 6, 7, 8, ASSESS },
	{ 0, 1, 2, REASON, 3, 4, 5, 6, 7, 8, 9, 10, 11, ASSESS }
};

/* Print due rows (and their placement when ncols is NPLAN). */
static const struct sg_error *
print_due(struct sg_ctx *ctx, struct due *const *rows, size_t n,
    int ncols, const int32_t *days, const struct visitor *vis)
{
	const struct sg_error	*err;
	struct sg_out		 out;
	const char		*vals[32], *all[NPLAN + 1];
	struct sg_col		 cols[32];
	int			 idx[32], nidx, i;
	char			 last[16], due[16], od[16], day[16], vid[24];
	size_t			 r;

	if ((err = sg_pick_columns(ctx->columns, due_all,
	    due_cols[ncols == NPLAN], ncols + 1, 32, ncols == NPLAN ? "plan" :
	    "due", idx, &nidx)) != NULL)
		return err;
	for (i = 0; i < nidx; i++)
		cols[i] = due_all[idx[i]];
	sg_ctx_out(ctx, &out);
	out.ncols = nidx;
	out.cols = cols;
	if ((err = sg_out_begin(&out)) != NULL)
		return err;
	for (r = 0; r < n && err == NULL; r++) {
		const struct due *d = rows[r];
		char id[24];

		snprintf(id, sizeof(id), "%lld", (long long)d->id);
		snprintf(od, sizeof(od), "%d", d->overdue);
		all[0] = id;
		all[1] = d->name;
		all[2] = d->address;
		all[3] = d->rule;
		all[4] = d->every;
		all[5] = d->last == SG_DATE_NONE ? NULL : sg_date_str(last,
		    d->last);
		all[6] = sg_date_str(due, d->due);
		all[7] = od;
		all[8] = d->paired;
		all[ASSESS] = d->assess;
		all[REASON] = reasons[d->reason];
		if (ncols == NPLAN) {
			all[9] = sg_date_str(day, days[d->day]);
			snprintf(vid, sizeof(vid), "%lld",
			    (long long)vis[d->visitor].id);
			all[10] = vid;
			all[11] = vis[d->visitor].name;
		}
		for (i = 0; i < nidx; i++)
			vals[i] = all[idx[i]];
		err = sg_out_row(&out, vals);
	}
	if (err == NULL)
		return sg_out_end(&out);
	sg_out_end(&out);
	return err;
}

/* visit due: elders whose required visit is due, most overdue first. */
const struct sg_error *
sg_visit_due(struct sg_ctx *ctx, const struct sg_due_opts *o)
{
	const struct sg_error	*err;
	struct duelist		 l;
	struct due		**rows = NULL;
	int32_t			 on;
	int			 within;
	size_t			 i;

	memset(&l, 0, sizeof(l));
	if ((err = sg_date_parse(&on, o->on ? o->on : "today",
	    ctx->today)) != NULL)
		return sg_error_fmt("on: %s", err->msg);
	if ((err = parse_within(o->within, &within)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = due_list(ctx, o, on, on + within, SG_DATE_NONE, &l)) != NULL)
		goto done;
	if (l.n > 0 && (rows = calloc(l.n, sizeof(*rows))) == NULL) {
		err = sg_error_errno("due list");
		goto done;
	}
	for (i = 0; i < l.n; i++)
		rows[i] = &l.v[i];
	err = print_due(ctx, rows, l.n, NDUE, NULL, NULL);
done:
	free(rows);
	duelist_free(&l);
	return err;
}

/* Compare codes: numerically when both are numbers; NULL last. */
static int
cmp_code(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
		long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);

		if (x != y)
			return x < y ? -1 : 1;
	}
	return strcmp(a, b);
}

/* Building, unit, room, id: the order a visitor walks in. */
static int
cmp_address(const void *a, const void *b)
{
	const struct due	*x = *(struct due *const *)a;
	const struct due	*y = *(struct due *const *)b;
	int			 c;

	if ((c = cmp_code(x->building, y->building)) != 0 ||
	    (c = cmp_code(x->unit, y->unit)) != 0 ||
	    (c = cmp_code(x->room, y->room)) != 0)
		return c;
	return x->id < y->id ? -1 : x->id > y->id;
}

static const struct visitor	*sort_vis;

/* Day, visitor, then the walking order. */
static int
cmp_placed(const void *a, const void *b)
{
	const struct due	*x = *(struct due *const *)a;
	const struct due	*y = *(struct due *const *)b;

	if (x->day != y->day)
		return x->day - y->day;
	if (x->visitor != y->visitor)
		return sort_vis[x->visitor].id < sort_vis[y->visitor].id ? -1 :
		    1;
	return cmp_address(a, b);
}

/* The week of --week: an ISO week, this-week, next-week, or a date's. */
static const struct sg_error *
parse_week(struct sg_ctx *ctx, const char *s, struct sg_period *w)
{
	const struct sg_error	*err;
	struct sg_period	 p;

	if (s == NULL) {
		*w = sg_period_week(ctx->today);
		return NULL;
	}
	if ((err = sg_period_parse(&p, s, ctx->today)) != NULL)
		return sg_error_fmt("week: %s", err->msg);
	*w = sg_period_week(p.from);
	if (p.to > w->to)
		return sg_error_fmt("week: '%s' is longer than a week", s);
	return NULL;
}

/* Load the pool: --visitor ids or names, else the social workers. */
static const struct sg_error *
load_pool(struct sg_ctx *ctx, const struct sg_due_opts *o,
    struct visitor *vis, int *n)
{
	static const char by_role[] =
	    "SELECT id, name, available FROM volunteer WHERE status = "
	    "'active' AND role = 'social-worker' ORDER BY id";
	static const char by_id[] =
	    "SELECT id, name, available, status FROM volunteer WHERE id = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	int			 i;
	int64_t			 id;

	*n = 0;
	if ((err = sg_db_prepare(ctx, &st, o->nvisitors ? by_id : by_role)))
		return err;
	for (i = 0; err == NULL && (o->nvisitors == 0 ? i == 0 :
	    i < o->nvisitors); i++) {
		if (o->nvisitors > 0) {
			if ((err = sg_volunteer_resolve(ctx, o->visitors[i],
			    &id)) != NULL) {
				err = sg_error_fmt("visitor: %s", err->msg);
				break;
			}
			sqlite3_reset(st);
			sqlite3_bind_int64(st, 1, id);
		}
		while (err == NULL && sg_db_row(st, &err)) {
			if (*n == MAXVISITORS) {
				err = sg_error_fmt("visitor: more than %d "
				    "visitors", MAXVISITORS);
				break;
			}
			if (o->nvisitors > 0 && strcmp((const char *)
			    sqlite3_column_text(st, 3), "active") != 0) {
				err = sg_error_fmt("visitor: volunteer %lld is "
				    "archived", (long long)id);
				break;
			}
			memset(&vis[*n], 0, sizeof(vis[*n]));
			vis[*n].id = sqlite3_column_int64(st, 0);
			vis[*n].name = dup0(sqlite3_column_text(st, 1));
			vis[*n].avail = avail_bits((const char *)
			    sqlite3_column_text(st, 2));
			(*n)++;
		}
	}
	sqlite3_finalize(st);
	/* refused: the caller frees no pool */
	while (err != NULL && *n > 0)
		free(vis[--*n].name);
	return err;
}

/* The paired volunteers of an elder, in pairing order. */
static const struct sg_error *
paired_ids(struct sg_ctx *ctx, sqlite3_stmt *st, int64_t elder,
    int64_t *ids, unsigned *avail, char **names, int *n)
{
	const struct sg_error	*err = NULL;

	*n = 0;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, elder);
	while (*n < 8 && sg_db_row(st, &err)) {
		ids[*n] = sqlite3_column_int64(st, 0);
		names[*n] = dup0(sqlite3_column_text(st, 1));
		avail[*n] = avail_bits((const char *)sqlite3_column_text(st,
		    2));
		(*n)++;
	}
	(void)ctx;
	return err;
}

/* Index of a visitor in the list, adding it when new. */
static int
visitor_index(struct visitor *vis, int *nvis, int64_t id, char *name,
    unsigned avail)
{
	int	 i;

	for (i = 0; i < *nvis; i++)
		if (vis[i].id == id) {
			free(name);
			return i;
		}
	if (*nvis == MAXVISITORS) {
		free(name);
		return -1;
	}
	memset(&vis[*nvis], 0, sizeof(vis[*nvis]));
	vis[*nvis].id = id;
	vis[*nvis].name = name;
	vis[*nvis].avail = avail;
	return (*nvis)++;
}

/* The config's weekdays of work, for plan_need. */
static unsigned	 plan_workdays;

/*
 * The weekdays a visitor must be available on to work a day of the plan:
 * the day's own, or on a make-up workday (调休, workdays_extra) every
 * workday of the config's week, so a full-week worker works it.
 */
static unsigned
plan_need(int32_t day)
{
	unsigned	 bit = 1u << sg_date_wday(day);

	return (plan_workdays & bit) != 0 || plan_workdays == 0 ? bit :
	    plan_workdays;
}

/* The least-loaded day from a day on a visitor can still take one more. */
static int
best_day(const struct visitor *v, const int32_t *days, int ndays, int cap,
    int32_t from)
{
	int	 d, best = -1;

	for (d = 0; d < ndays; d++) {
		if ((v->avail & plan_need(days[d])) != plan_need(days[d]) ||
		    v->load[d] >= cap || days[d] < from)
			continue;
		if (best < 0 || v->load[d] < v->load[best])
			best = d;
	}
	return best;
}

static int	 best_slot(struct visitor *, int, const int32_t *, int, int,
		    size_t, int32_t, int *);

/* Find each paired elder's volunteers, adding them to the visitors. */
static const struct sg_error *
resolve_paired(struct sg_ctx *ctx, struct due **rows, size_t n,
    struct visitor *vis, int *nvis)
{
	static const char sql[] =
	    "SELECT vo.id, vo.name, vo.available FROM pairing p JOIN "
	    "volunteer vo ON vo.id = p.volunteer_id WHERE p.elder_id = ? AND "
	    "p.end IS NULL AND vo.status = 'active' ORDER BY p.start, p.id";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	int64_t			 ids[8];
	unsigned		 avail[8];
	char			*names[8];
	size_t			 r;
	int			 k, np, vi;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (r = 0; r < n; r++) {
		if (rows[r]->paired == NULL)
			continue;
		if ((err = paired_ids(ctx, st, rows[r]->id, ids, avail, names,
		    &np)) != NULL)
			break;
		for (k = 0; k < np; k++) {
			vi = visitor_index(vis, nvis, ids[k], names[k],
			    avail[k]);
			if (vi >= 0 && rows[r]->npv < 4)
				rows[r]->pv[rows[r]->npv++] = vi;
		}
	}
	sqlite3_finalize(st);
	return err;
}

/* Place paired elders with their volunteers where days allow. */
static void
place_paired(struct due **rows, size_t n, struct visitor *vis,
    const int32_t *days, int ndays, int cap)
{
	size_t	 r;
	int	 k, vi, d;

	for (r = 0; r < n; r++) {
		for (k = 0; k < rows[r]->npv && rows[r]->day < 0; k++) {
			vi = rows[r]->pv[k];
			if ((d = best_day(&vis[vi], days, ndays, cap,
			    rows[r]->from)) < 0)
				continue;
			rows[r]->day = d;
			rows[r]->visitor = vi;
			vis[vi].load[d]++;
			vis[vi].total++;
		}
	}
}

/* The visits a visitor can still take in the plan's days. */
static int
visitor_slots(const struct visitor *v, const int32_t *days, int ndays,
    int cap)
{
	int	 d, n = 0;

	for (d = 0; d < ndays; d++)
		if ((v->avail & plan_need(days[d])) == plan_need(days[d]) &&
		    v->load[d] < cap)
			n += cap - v->load[d];
	return n;
}

/*
 * Urgent, changes, follow-ups, reviews, then the rule's tier, then the
 * most overdue: the order the week's slots are given in.
 */
static int
cmp_priority(const void *a, const void *b)
{
	const struct due	*x = *(struct due *const *)a;
	const struct due	*y = *(struct due *const *)b;

	if (x->reason != y->reason)
		return x->reason - y->reason;
	if (x->tier != y->tier)
		return x->tier - y->tier;
	return cmp_overdue(x, y);
}

/*
 * Choose, in priority order, the elders the week's slots can take: a
 * paired volunteer's own slots first, else the pool's.  Pairings and
 * buildings then only decide who goes on which day.
 */
static void
choose(struct due **rows, size_t n, const struct visitor *vis, int nvis,
    int npool, const int32_t *days, int ndays, int cap)
{
	int	 free[MAXVISITORS], v, k;
	long	 pool = 0;
	size_t	 r;

	for (v = 0; v < nvis; v++) {
		free[v] = visitor_slots(&vis[v], days, ndays, cap);
		if (v < npool)
			pool += free[v];
	}
	for (r = 0; r < n; r++) {
		struct due *d = rows[r];

		for (k = 0; k < d->npv && !d->chosen; k++)
			if ((v = d->pv[k]) >= npool && free[v] > 0) {
				free[v]--;
				d->chosen = 1;
			}
		for (k = 0; k < d->npv && !d->chosen; k++)
			if ((v = d->pv[k]) < npool && free[v] > 0 &&
			    pool > 0) {
				free[v]--;
				pool--;
				d->chosen = 1;
			}
		if (!d->chosen && pool > 0) {
			pool--;
			d->chosen = 1;
		}
	}
}

/*
 * Place one elder where any slot is left: its volunteers, else the pool
 * (pool: it has a slot left).
 */
static void
place_one(struct due *row, struct visitor *vis, int npool, int pool,
    const int32_t *days, int ndays, int cap)
{
	struct due	*one[1] = { row };
	int		 v, d;

	place_paired(one, 1, vis, days, ndays, cap);
	if (row->day >= 0 || !pool || (v = best_slot(vis, npool, days, ndays,
	    cap, 1, row->from, &d)) < 0)
		return;
	row->day = d;
	row->visitor = v;
	vis[v].load[d]++;
	vis[v].total++;
}

/* The slot for a building's next elders: whole group first, balanced. */
static int
best_slot(struct visitor *vis, int npool, const int32_t *days, int ndays,
    int cap, size_t want, int32_t from, int *day)
{
	int	 v, d, best = -1, bestd = -1, fits = 0;

	for (v = 0; v < npool; v++) {
		if ((d = best_day(&vis[v], days, ndays, cap, from)) < 0)
			continue;
		int room = cap - vis[v].load[d];
		int f = (size_t)room >= want;

		if (best < 0 || f > fits || (f == fits &&
		    (vis[v].total < vis[best].total ||
		    (vis[v].total == vis[best].total &&
		    vis[v].load[d] < vis[best].load[bestd])))) {
			best = v;
			bestd = d;
			fits = f;
		}
	}
	*day = bestd;
	return best;
}

/* Place the rest building by building on the pool's visitors. */
static void
place_pool(struct due **rows, size_t n, struct visitor *vis, int npool,
    const int32_t *days, int ndays, int cap)
{
	size_t	 r = 0, end, k;
	int	 v, d, room;

	while (r < n) {
		if (rows[r]->day >= 0 || rows[r]->from > days[0]) {
			r++;
			continue;
		}
		for (end = r, k = 0; end < n &&
		    cmp_code(rows[end]->building, rows[r]->building) == 0;
		    end++)
			if (rows[end]->day < 0 && rows[end]->from <= days[0])
				k++;
		while (k > 0 && (v = best_slot(vis, npool, days, ndays, cap,
		    k, INT32_MIN, &d)) >= 0) {
			room = cap - vis[v].load[d];
			for (; r < end && room > 0; r++) {
				if (rows[r]->day >= 0 ||
				    rows[r]->from > days[0])
					continue;
				rows[r]->day = d;
				rows[r]->visitor = v;
				vis[v].load[d]++;
				vis[v].total++;
				room--;
				k--;
			}
		}
		r = end;
	}
}

static char	*week_name(char *, size_t, int32_t);

/*
 * Store a placed plan of a kind; saving a week twice keeps one set.  The
 * rule stored is the elder's, or rule when given (the holiday round's).
 */
static const struct sg_error *
save_plan(struct sg_ctx *ctx, struct due **rows, size_t n,
    const int32_t *days, const struct visitor *vis, const char *kind,
    const char *rule)
{
	static const char sql[] =
	    "INSERT INTO plan (elder_id, week, day, volunteer_id, kind, rule) "
	    "VALUES (?1, ?2, ?3, ?4, ?6, ?5) "
	    "ON CONFLICT (week, elder_id, kind) DO UPDATE SET "
	    "day = excluded.day, volunteer_id = excluded.volunteer_id, "
	    "rule = excluded.rule WHERE status = 'planned' AND "
	    "(day, volunteer_id, rule) IS NOT (excluded.day, "
	    "excluded.volunteer_id, excluded.rule)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 day[16], wk[16];
	size_t			 r;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (r = 0; r < n && err == NULL; r++) {
		if (rows[r]->day < 0)
			continue;
		sqlite3_bind_int64(st, 1, rows[r]->id);
		sqlite3_bind_text(st, 2, week_name(wk, sizeof(wk),
		    days[rows[r]->day]), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, sg_date_str(day, days[rows[r]->day]),
		    -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 4, vis[rows[r]->visitor].id);
		sqlite3_bind_text(st, 5, rule != NULL ? rule : rows[r]->rule,
		    -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, kind, -1, SQLITE_STATIC);
		err = sg_db_step_done(ctx, st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* The label an unplaced elder is counted under: its reason or rule. */
static const char *
unplaced_label(const struct due *d)
{
	if (d->reason != R_RULE)
		return reasons[d->reason];
	return d->rule[0] != '\0' ? d->rule : "-";
}

/*
 * Say in one stderr line how many elders the limits left out, by reason
 * or rule in priority order (rows sorted by cmp_priority); returns them.
 */
static size_t
report_unplaced(struct due **rows, size_t n, int nvis)
{
	const char	*label[R_N + SG_MAX_RULES + 2];
	size_t		 count[R_N + SG_MAX_RULES + 2], total = 0, r;
	char		 parts[1024], num[32];
	int		 nl = 0, i;

	for (r = 0; r < n; r++) {
		const char *l = unplaced_label(rows[r]);

		if (rows[r]->day >= 0)
			continue;
		total++;
		for (i = 0; i < nl && strcmp(label[i], l) != 0; i++)
			;
		if (i == nl) {
			if (nl == (int)(sizeof(label) / sizeof(label[0])))
				continue;
			label[nl] = l;
			count[nl++] = 0;
		}
		count[i]++;
	}
	if (total == 0)
		return 0;
	parts[0] = '\0';
	for (i = 0; i < nl; i++) {
		snprintf(num, sizeof(num), "%zu", count[i]);
		snprintf(parts + strlen(parts), sizeof(parts) - strlen(parts),
		    "%s%s %s", i > 0 ? _(", ") : "", label[i], num);
	}
	sg_warn(_("not placed %zu: %s; --unplaced lists them"), total, parts);
	if (nvis == 0)
		sg_warn("%s", _("plan: no visitors: add a social worker or "
		    "give --visitor"));
	return total;
}

/* visit plan --unplaced: the ids left out, one a line, in priority order. */
static const struct sg_error *
print_unplaced(struct sg_ctx *ctx, struct due **rows, size_t n)
{
	size_t	 r;

	for (r = 0; r < n; r++)
		if (rows[r]->day < 0 && fprintf(ctx->out, "%lld\n",
		    (long long)rows[r]->id) < 0)
			return sg_error_errno("output");
	return NULL;
}

/* The ISO week name of a day ("2026-W49"). */
static char *
week_name(char *buf, size_t size, int32_t day)
{
	int	 y, w;

	sg_date_isoweek(day, &y, &w);
	snprintf(buf, size, "%04d-W%02d", y, w);
	return buf;
}

/*
 * The days a plan may use: the week of --week, or for --holiday the seven
 * days before the festival (*holiday its day, rule "NAME YYYY-MM-DD").
 */
static const struct sg_error *
plan_range(struct sg_ctx *ctx, const struct sg_due_opts *o,
    struct sg_period *w, int32_t *holiday, char *rule, size_t size)
{
	const struct sg_error	*err;
	const char		*slash;
	char			 name[64], day[16];
	int			 i;

	*holiday = SG_DATE_NONE;
	rule[0] = '\0';
	if (o->holiday == NULL)
		return parse_week(ctx, o->week, w);
	if (o->week != NULL)
		return sg_error_usage("plan: --holiday and --week exclude "
		    "each other");
	if ((err = sg_date_parse(holiday, o->holiday, ctx->today)) != NULL)
		return sg_error_fmt("holiday: %s", err->msg);
	snprintf(name, sizeof(name), "%s", o->holiday);
	if ((slash = strrchr(o->holiday, '/')) != NULL &&
	    (size_t)(slash - o->holiday) < sizeof(name))
		name[slash - o->holiday] = '\0';
	i = sg_festival_find(name);
	snprintf(rule, size, "%s%s%s", i >= 0 ? sg_festival_name(i) : "",
	    i >= 0 ? " " : "", sg_date_str(day, *holiday));
	w->from = *holiday - 7;
	w->to = *holiday - 1;
	return NULL;
}

/*
 * Place the chosen elders (rows in priority order): with their paired
 * volunteers, then building by building; then fill what slots are left
 * with the others, in priority order.
 */
static const struct sg_error *
place_chosen(struct due **rows, size_t n, struct visitor *vis, int npool,
    const int32_t *days, int ndays, int cap)
{
	struct due	**sel;
	size_t		 r, k = 0;
	long		 left = 0;
	int		 v;

	if (n == 0)
		return NULL;
	if ((sel = calloc(n, sizeof(*sel))) == NULL)
		return sg_error_errno("plan");
	for (r = 0; r < n; r++)
		if (rows[r]->chosen)
			sel[k++] = rows[r];
	if (k > 1)
		qsort(sel, k, sizeof(*sel), cmp_address);
	place_paired(sel, k, vis, days, ndays, cap);
	place_pool(sel, k, vis, npool, days, ndays, cap);
	free(sel);
	/* the pool's slots left: none, and no elder need look for one */
	for (v = 0; v < npool; v++)
		left += visitor_slots(&vis[v], days, ndays, cap);
	for (r = 0; r < n; r++) {
		if (rows[r]->day >= 0)
			continue;
		place_one(rows[r], vis, npool, left > 0, days, ndays, cap);
		if (rows[r]->day >= 0 && rows[r]->visitor < npool)
			left--;
	}
	return NULL;
}

/* Say on stderr that the days of a plan hold no workday, and why. */
static void
no_workday(struct sg_ctx *ctx, const struct sg_period *w, int32_t holiday)
{
	const char	*name = NULL;
	char		 wk[16], a[16], b[16];
	int32_t		 d;

	for (d = w->from; d <= w->to && name == NULL; d++)
		(void)sg_day_off(ctx->cfg, d, NULL, &name);
	if (holiday != SG_DATE_NONE)
		sg_warn(_("plan: no workday from %s to %s, the week before the "
		    "holiday: nothing to plan"), sg_date_str(a, w->from),
		    sg_date_str(b, w->to));
	else
		sg_warn(_("plan: %s has no workday (%s): nothing to plan"),
		    week_name(wk, sizeof(wk), w->from), name != NULL ? name :
		    _("days off"));
}

/* Warn when the days off of a year the plan touches are not known. */
static void
warn_unknown_year(struct sg_ctx *ctx, const struct sg_period *w)
{
	int	 y, y2, m, d;

	sg_date_split(w->from, &y, &m, &d);
	sg_date_split(w->to, &y2, &m, &d);
	if (y > SG_HOLIDAY_LAST && !sg_holiday_year_known(ctx->cfg, y))
		sg_warn(_("plan: the public holidays of %d are not known yet: "
		    "add them under visit.holidays and visit.workdays_extra "
		    "(see shegong.yaml(5))"), y);
	else if (y2 != y && y2 > SG_HOLIDAY_LAST &&
	    !sg_holiday_year_known(ctx->cfg, y2))
		sg_warn(_("plan: the public holidays of %d are not known yet: "
		    "add them under visit.holidays and visit.workdays_extra "
		    "(see shegong.yaml(5))"), y2);
}

/* The placed rows as the printed sheets (visit plan --sheets). */
static const struct sg_error *
print_sheets(struct sg_ctx *ctx, struct due **rows, size_t n,
    const int32_t *days, const struct visitor *vis, const char *kind)
{
	const struct sg_error	*err;
	struct sg_sheet_row	*s;
	size_t			 r;

	if (n > 0 && (s = calloc(n, sizeof(*s))) == NULL)
		return sg_error_errno("plan");
	for (r = 0; r < n; r++) {
		s[r].elder = rows[r]->id;
		s[r].visitor = vis[rows[r]->visitor].id;
		s[r].visitor_name = vis[rows[r]->visitor].name;
		s[r].day = days[rows[r]->day];
		s[r].rule = rows[r]->rule;
		s[r].every = rows[r]->every;
		s[r].reason = reasons[rows[r]->reason];
		s[r].kind = kind;
		s[r].overdue = rows[r]->overdue;
	}
	err = sg_sheet_print(ctx, n > 0 ? s : NULL, n, 0);
	if (n > 0)
		free(s);
	return err;
}

/* visit plan: the weekly schedule, or the holiday round before a festival. */
const struct sg_error *
sg_visit_plan(struct sg_ctx *ctx, const struct sg_due_opts *o)
{
	const struct sg_error	*err;
	struct duelist		 l;
	struct due		**rows = NULL;
	struct visitor		*vis;
	struct sg_period	 w;
	int32_t			 days[MAXDAYS];
	int			 ndays = 0, nvis = 0, npool = 0, cap, i;
	int32_t			 holiday;
	unsigned		 workdays;
	char			 rule[96];
	size_t			 r, placed = 0, unplaced;

	memset(&l, 0, sizeof(l));
	if (o->blank) {
		if ((err = sg_ctx_open(ctx)) != NULL)
			return err;
		return sg_sheet_print(ctx, NULL, o->per_day > 0 ?
		    (size_t)o->per_day : 4, 1);
	}
	if ((vis = calloc(MAXVISITORS, sizeof(*vis))) == NULL)
		return sg_error_errno("plan");
	if ((err = plan_range(ctx, o, &w, &holiday, rule, sizeof(rule))) ||
	    (o->save && (err = sg_ctx_want_write(ctx)) != NULL) ||
	    (err = sg_ctx_open(ctx)) != NULL)
		goto done;
	workdays = ctx->cfg->workdays;
	for (i = 0; i < 7; i++)
		if (sg_workday(ctx->cfg, w.from + i))
			days[ndays++] = w.from + i;
	plan_workdays = workdays;
	warn_unknown_year(ctx, &w);
	if (ndays == 0 && workdays == 0 && ctx->cfg->nextra == 0) {
		err = sg_error_fmt("plan: %s", _("the config has no workdays"));
		goto done;
	}
	if (ndays == 0) {
		no_workday(ctx, &w, holiday);
		goto done;
	}
	cap = o->per_day > 0 ? o->per_day : ctx->cfg->per_visitor_per_day;
	if ((err = load_pool(ctx, o, vis, &npool)) != NULL ||
	    (err = due_list(ctx, o, days[ndays - 1], days[ndays - 1],
	    holiday, &l)))
		goto done;
	nvis = npool;
	if (l.n > 0 && (rows = calloc(l.n, sizeof(*rows))) == NULL) {
		err = sg_error_errno("plan");
		goto done;
	}
	for (r = 0; r < l.n; r++)
		rows[r] = &l.v[r];
	if ((err = resolve_paired(ctx, rows, l.n, vis, &nvis)) != NULL)
		goto done;
	if (l.n > 1)
		qsort(rows, l.n, sizeof(*rows), cmp_priority);
	choose(rows, l.n, vis, nvis, npool, days, ndays, cap);
	if ((err = place_chosen(rows, l.n, vis, npool, days, ndays, cap)))
		goto done;
	unplaced = report_unplaced(rows, l.n, nvis);
	if (o->unplaced && (err = print_unplaced(ctx, rows, l.n)) != NULL)
		goto done;
	for (r = 0; r < l.n; r++)
		if (rows[r]->day >= 0)
			rows[placed++] = rows[r];
	sort_vis = vis;
	if (placed > 1)
		qsort(rows, placed, sizeof(*rows), cmp_placed);
	if (!o->unplaced && !o->sheets && (err = print_due(ctx, rows, placed,
	    NPLAN, days, vis)) != NULL)
		goto done;
	if (o->save && (err = save_plan(ctx, rows, placed, days, vis,
	    holiday == SG_DATE_NONE ? "routine" : "holiday",
	    holiday == SG_DATE_NONE ? NULL : rule)) != NULL)
		goto done;
	if (o->sheets && !o->unplaced && (err = print_sheets(ctx, rows, placed,
	    days, vis, holiday == SG_DATE_NONE ? "routine" : "holiday")))
		goto done;
	if (unplaced > 0 && o->strict)
		err = sg_error_fmt("plan: %zu elder%s not placed", unplaced,
		    unplaced == 1 ? "" : "s");
done:
	for (i = 0; i < nvis; i++)
		free(vis[i].name);
	free(vis);
	free(rows);
	duelist_free(&l);
	return err;
}

#define L	SG_F_LIST
#define N	SG_F_NUM

static const struct sg_enum plan_kinds[] = {
	{ "routine", "走访" }, { "holiday", "节日慰问" }, { NULL, NULL }
};
static const struct sg_enum plan_statuses[] = {
	{ "planned", "已计划" }, { "done", "已完成" }, { "skipped", "未探访" },
	{ NULL, NULL }
};

/* The columns of a saved plan. */
static const struct sg_field plan_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "p.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the plan's number (for visit log --plan, visit skip)" },
	{ .name = "elder_id", .zh = "老人编号", .en = "Elder ID", .col = "elder_id",
	    .expr = "p.elder_id", .kind = SG_K_INT, .flags = L | N,
	    .maxlen = 20, .doc = "the elder to visit" },
	{ .name = "name", .zh = "姓名", .en = "Name", .expr = "e.name",
	    .kind = SG_K_TEXT, .flags = L, .doc = "the elder's name" },
	{ .name = "address", .zh = "地址", .en = "Address",
	    .expr = "ltrim(coalesce('-' || e.building, '') || "
	    "coalesce('-' || e.unit, '') || coalesce('-' || e.room, ''), '-')",
	    .kind = SG_K_TEXT, .flags = L, .doc = "the elder's address" },
	{ .name = "day", .zh = "日期", .en = "Day", .col = "day", .expr = "p.day",
	    .kind = SG_K_DATE, .flags = L, .doc = "the day planned" },
	{ .name = "visitor_id", .zh = "探访人编号", .en = "Visitor ID",
	    .col = "volunteer_id", .expr = "p.volunteer_id", .kind = SG_K_INT,
	    .flags = L | N, .maxlen = 20, .doc = "the visitor" },
	{ .name = "visitor", .zh = "探访人", .en = "Visitor",
	    .expr = "(SELECT name FROM volunteer WHERE id = "
	    "p.volunteer_id)", .kind = SG_K_TEXT, .flags = L,
	    .doc = "the visitor's name" },
	{ .name = "kind", .zh = "类型", .en = "Kind", .col = "kind",
	    .expr = "p.kind", .kind = SG_K_TEXT, .flags = L, .vals = plan_kinds,
	    .doc = "kind of visit planned" },
	{ .name = "rule", .zh = "规则", .en = "Rule", .col = "rule",
	    .expr = "p.rule", .kind = SG_K_TEXT, .flags = L,
	    .doc = "the rule that made it due" },
	{ .name = "status", .zh = "状态", .en = "Status", .col = "status",
	    .expr = "p.status", .kind = SG_K_TEXT, .flags = L,
	    .vals = plan_statuses, .doc = "planned, done or skipped" },
	{ .name = "reason", .zh = "原因", .en = "Reason", .col = "reason",
	    .expr = "p.reason", .kind = SG_K_TEXT, .flags = L,
	    .doc = "why it was skipped" },
	{ .name = "visit_id", .zh = "探访编号", .en = "Visit ID", .col = "visit_id",
	    .expr = "p.visit_id", .kind = SG_K_INT, .flags = L | N,
	    .maxlen = 20, .doc = "the visit that did it" },
	{ .name = "week", .zh = "周次", .en = "Week", .col = "week",
	    .expr = "p.week", .kind = SG_K_TEXT, .doc = "the ISO week" },
};

#undef L
#undef N

const struct sg_table sg_plan_table = {
	.name = "plan", .table = "plan",
	.from = "plan p JOIN elder e ON e.id = p.elder_id",
	.fields = plan_fields,
	.nfields = sizeof(plan_fields) / sizeof(plan_fields[0]),
	.order = "p.id"
};

/* visit planned: the saved plans of a week. */
const struct sg_error *
sg_visit_planned(struct sg_ctx *ctx, const char *week)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	struct sg_period	 p;
	char			 wk[16];
	int			 idx[SG_MAX_FIELDS], n;

	memset(&w, 0, sizeof(w));
	if ((err = parse_week(ctx, week, &p)) != NULL ||
	    (err = sg_columns(&sg_plan_table, ctx->columns, SG_F_LIST, 0, idx,
	    &n)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	sg_where_text(&w, "p.week = ?", week_name(wk, sizeof(wk), p.from));
	return sg_select(ctx, &sg_plan_table, idx, n, &w,
	    "p.day, p.volunteer_id, p.id", 0);
}

/* Print the conditions of a rule into buf. */
static void
rule_text(const struct sg_rule *r, char *tags, size_t ts, char *age,
    size_t as, char *living)
{
	static const char *const lv[] = { "alone", "couple", "with-children",
	    "other" };
	int	 i;

	tags[0] = age[0] = living[0] = '\0';
	for (i = 0; i < r->ntags; i++)
		snprintf(tags + strlen(tags), ts - strlen(tags), "%s%s",
		    i ? "," : "", r->tags[i]);
	if (r->age_min >= 0 || r->age_max >= 0)
		sg_range_str(age, as, r->age_min, r->age_max);
	for (i = 0; i < 4; i++)
		if (r->living & (1u << i))
			snprintf(living + strlen(living), 64 - strlen(living),
			    "%s%s", living[0] ? "," : "", lv[i]);
}

/* visit rules: the rules in force, in order. */
static const struct sg_error *
print_rules(struct sg_ctx *ctx)
{
	const struct sg_error	*err;
	struct sg_list		 out;
	const char		*vals[9];
	char			 n[16], tags[512], age[32], living[64], lvl[32];
	char			 every[16], line[16];
	int			 i;

	if ((err = sg_list_begin(ctx, &out, rule_cols, SG_NCOLS(rule_cols),
	    "rules")) != NULL)
		return err;
	for (i = 0; i < ctx->cfg->nrules && err == NULL; i++) {
		const struct sg_rule *r = &ctx->cfg->rules[i];

		snprintf(n, sizeof(n), "%d", i + 1);
		rule_text(r, tags, sizeof(tags), age, sizeof(age), living);
		lvl[0] = '\0';
		if (r->level_min >= 0 || r->level_max >= 0)
			sg_range_str(lvl, sizeof(lvl), r->level_min,
			    r->level_max);
		snprintf(line, sizeof(line), "%d", r->line);
		vals[0] = n;
		vals[1] = r->name;
		vals[2] = tags;
		vals[3] = age;
		vals[4] = living;
		vals[5] = lvl;
		vals[6] = sg_every_str(every, &r->every);
		vals[7] = r->home_only ? "home" : "any";
		vals[8] = line;
		err = sg_list_row(&out, vals);
	}
	return sg_list_end(&out, err);
}

/* visit rules --elder: the rule that applies to one elder, and why. */
static const struct sg_error *
print_elder_rule(struct sg_ctx *ctx, int64_t id)
{
	static const char sql[] =
	    "SELECT e.name, e.tags, e.birth, e.living, e.visit_every, "
	    "(SELECT a.level FROM assessment a WHERE a.elder_id = e.id "
	    "ORDER BY a.date DESC, a.id DESC LIMIT 1), e.status "
	    "FROM elder e WHERE e.id = ?";
	const struct sg_error	*err;
	struct sg_list		 out;
	struct sg_facts		 f;
	struct sg_every		 every;
	sqlite3_stmt		*st;
	const char		*vals[5];
	char			 idb[24], why[256], ev[16];
	int32_t			 birth;
	int			 r;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err)) {
		sqlite3_finalize(st);
		return err != NULL ? err : sg_error_fmt("unknown elder id %lld",
		    (long long)id);
	}
	f.tags = (const char *)sqlite3_column_text(st, 1);
	birth = sg_col_day(st, 2);
	f.age = birth == SG_DATE_NONE ? -1 : sg_age(birth, ctx->today);
	f.living = (const char *)sqlite3_column_text(st, 3);
	f.own = (const char *)sqlite3_column_text(st, 4);
	f.level = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(st, 5);
	r = sg_rule_find(ctx->cfg, &f, &every, why, sizeof(why));
	snprintf(idb, sizeof(idb), "%lld", (long long)id);
	vals[0] = idb;
	vals[1] = (const char *)sqlite3_column_text(st, 0);
	vals[2] = r >= 0 ? ctx->cfg->rules[r].name : r == SG_RULE_OWN ?
	    "own" : NULL;
	vals[3] = r == SG_RULE_NONE ? NULL : sg_every_str(ev, &every);
	vals[4] = why;
	if ((err = sg_list_begin(ctx, &out, elder_rule_cols,
	    SG_NCOLS(elder_rule_cols), "rules")) == NULL)
		err = sg_list_end(&out, sg_list_row(&out, vals));
	sqlite3_finalize(st);
	return err;
}

/* visit rules [--elder ID] */
const struct sg_error *
sg_visit_rules(struct sg_ctx *ctx, int64_t elder)
{
	const struct sg_error	*err;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	return elder > 0 ? print_elder_rule(ctx, elder) : print_rules(ctx);
}

static const int due_pick[] = { 0, 1, 2, REASON, 3, 4, 5, 6, 7, 8, ASSESS };
static const int plan_pick[] = { 0, 1, 2, REASON, 3, 4, 5, 6, 7, 8, 9, 10,
    11, ASSESS };

/* The lists of visit(1) planning declared here (see columns.c). */
const struct sg_listdecl sg_plan_lists[] = {
	{ .cmd = "visit", .verb = "due", .cols = due_all,
	    .ncols = SG_NCOLS(due_all), .pick = due_pick,
	    .npick = SG_NCOLS(due_pick) },
	{ .cmd = "visit", .verb = "plan", .cols = due_all,
	    .ncols = SG_NCOLS(due_all), .pick = plan_pick,
	    .npick = SG_NCOLS(plan_pick) },
	{ .cmd = "visit", .verb = "planned", .table = &sg_plan_table,
	    .mask = SG_F_LIST },
	{ .cmd = "visit", .verb = "rules", .cols = rule_cols,
	    .ncols = SG_NCOLS(rule_cols) },
	{ .cmd = NULL }
};
