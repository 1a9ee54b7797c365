/*
 * coverage.c -- how well the visiting rules were kept in a period: for
 * every active elder, the rule that applies (rules.c), the rule periods
 * the report period judges (SPEC 4: an ISO week in the period holding
 * its Thursday, a month or quarter in the one holding its last day), and
 * whether each held a visit; and the monthly visit rate (月探访率): of
 * the elders a rule wants visited monthly or more often, those visited
 * at least once in the period.
 */
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/* The elders of the period: active at its end, joined by then. */
static const char elders_sql[] =
    "SELECT e.id, e.tags, e.birth, e.living, e.visit_every, e.joined, "
    "(SELECT a.level FROM assessment a WHERE a.elder_id = e.id AND "
    "a.date <= ?1 ORDER BY a.date DESC, a.id DESC LIMIT 1) "
    "FROM elder e WHERE e.joined <= ?1 AND (e.status = 'active' OR "
    "e.archive_date > ?1) ORDER BY e.id";

/*
 * An elder's visits up to the period's end, oldest first: those from ?4
 * on (no rule period judged in the report period starts before it) and
 * the last one before it (the base of a rolling rule), so the cost
 * follows the period, not the history.
 */
static const char visits_sql[] =
    "SELECT date FROM visit WHERE elder_id = ?1 AND date <= ?2 AND "
    "(?3 = 0 OR mode = 'home') AND date >= coalesce((SELECT max(date) "
    "FROM visit WHERE elder_id = ?1 AND date < ?4 AND (?3 = 0 OR "
    "mode = 'home')), ?4) ORDER BY date";

/* A growing list of visit days. */
struct days {
	int32_t		*v;
	size_t		 n, cap;
};

/* Load the visit days of one elder that the period needs. */
static const struct sg_error *
load_days(struct sg_ctx *ctx, sqlite3_stmt *st, int64_t id,
    struct sg_period p, int home, struct days *d)
{
	const struct sg_error	*err = NULL;
	char			 buf[16];

	d->n = 0;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, sg_date_str(buf, p.to), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 3, home);
	/* a quarter judged in p starts at most 92 days before it */
	sqlite3_bind_text(st, 4, sg_date_str(buf, p.from - 100), -1,
	    SQLITE_TRANSIENT);
	while (sg_db_row(st, &err)) {
		int32_t day = sg_col_day(st, 0);

		if (day == SG_DATE_NONE)
			continue;
		if (d->n == d->cap) {
			size_t cap = d->cap ? d->cap * 2 : 64;
			int32_t *v = realloc(d->v, cap * sizeof(*v));

			if (v == NULL)
				return sg_error_errno("coverage");
			d->v = v;
			d->cap = cap;
		}
		d->v[d->n++] = day;
	}
	(void)ctx;
	return err;
}

/* Is there a visit in [from, to]? */
static int
any_in(const struct days *d, int32_t from, int32_t to)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		if (d->v[i] >= from && d->v[i] <= to)
			return 1;
	return 0;
}

#define C_NONE		0	/* no rule period judged in the period */
#define C_MET		1
#define C_PENDING	2
#define C_MISSED	3

/* A calendar rule: judge each rule period whose key day is in p. */
static int
judge_calendar(const struct sg_every *e, const struct days *d,
    int32_t joined, struct sg_period p, int32_t today)
{
	struct sg_period	 x;
	int32_t			 key;
	int			 res = C_NONE, r;

	for (x = sg_every_period(e, p.from); x.from <= p.to;
	    x = sg_every_period(e, x.to + 1)) {
		key = e->kind == SG_EVERY_WEEK ? x.from + 3 : x.to;
		if (key < p.from || key > p.to || x.to < joined)
			continue;
		if (any_in(d, x.from, x.to))
			r = C_MET;
		else
			r = x.to < today ? C_MISSED : C_PENDING;
		if (r > res)
			res = r;
	}
	return res;
}

/*
 * A rolling rule of n days: missed when the elder was overdue (a day past
 * last visit + n, or joined + n) on a day of p up to today; pending when
 * the period is still running and a visit falls due in it; else met.
 */
static int
judge_rolling(int days, const struct days *d, int32_t joined,
    struct sg_period p, int32_t today)
{
	int32_t	 base = joined, lim = p.to < today ? p.to : today, from, to;
	size_t	 i = 0;

	for (; i < d->n && d->v[i] < p.from; i++)
		base = d->v[i];
	for (;; i++) {
		from = base + days + 1;
		to = i < d->n ? d->v[i] - 1 : INT32_MAX;
		if (from < p.from)
			from = p.from;
		if (from <= to && from <= lim)
			return C_MISSED;
		if (i >= d->n)
			break;
		base = d->v[i];
	}
	if (p.to >= today && base + days <= p.to)
		return C_PENDING;
	return C_MET;
}

/* Does a rule want visits monthly or more often? */
static int
monthly(const struct sg_every *e)
{
	return e->kind == SG_EVERY_WEEK || e->kind == SG_EVERY_MONTH ||
	    (e->kind == SG_EVERY_DAYS && e->days <= 31);
}

/* The index of a rule name in the results, added when new. */
static int
cover_slot(struct sg_cover *c, int *n, const char *name)
{
	int	 i;

	for (i = 0; i < *n; i++)
		if (strcmp(c[i].rule, name) == 0)
			return i;
	memset(&c[*n], 0, sizeof(c[*n]));
	snprintf(c[*n].rule, sizeof(c[*n].rule), "%s", name);
	return (*n)++;
}

/* Judge one elder row; count it in c. */
static const struct sg_error *
judge_elder(struct sg_ctx *ctx, sqlite3_stmt *es, sqlite3_stmt *vs,
    struct sg_period p, struct days *d, struct sg_cover *c, int *nc,
    long *overdue, struct sg_report *r, int st, int slot)
{
	const struct sg_error	*err;
	struct sg_facts		 f;
	struct sg_every		 every;
	char			 why[256];
	int32_t			 birth, joined, asof, due, last;
	int64_t			 id = sqlite3_column_int64(es, 0);
	int			 ri, k, res, home;

	f.tags = (const char *)sqlite3_column_text(es, 1);
	if (f.tags == NULL)
		f.tags = "";
	birth = sg_col_day(es, 2);
	f.age = birth == SG_DATE_NONE ? -1 : sg_age(birth, p.to);
	f.living = (const char *)sqlite3_column_text(es, 3);
	f.own = (const char *)sqlite3_column_text(es, 4);
	joined = sg_col_day(es, 5);
	f.level = sqlite3_column_type(es, 6) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(es, 6);
	ri = sg_rule_find(ctx->cfg, &f, &every, why, sizeof(why));
	if (ri == SG_RULE_NONE)
		return NULL;
	k = cover_slot(c, nc, ri >= 0 ? ctx->cfg->rules[ri].name : "own");
	c[k].elders++;
	home = ri >= 0 && ctx->cfg->rules[ri].home_only;
	if ((err = load_days(ctx, vs, id, p, home, d)) != NULL)
		return err;
	if (every.kind == SG_EVERY_DAYS)
		res = judge_rolling(every.days, d, joined, p, ctx->today);
	else
		res = judge_calendar(&every, d, joined, p, ctx->today);
	if (res != C_NONE)
		c[k].required++;
	if (res == C_MET)
		c[k].met++;
	else if (res == C_PENDING)
		c[k].pending++;
	else if (res == C_MISSED) {
		c[k].missed++;
		if (r != NULL && slot == 0 &&
		    (err = sg_miss_add(r, st, id, c[k].rule, 1)) != NULL)
			return err;
	}
	if (monthly(&every)) {
		c[k].monthly++;
		if (any_in(d, p.from, p.to))
			c[k].visited++;
		else if (r != NULL && slot == 0 &&
		    (err = sg_miss_add(r, st, id, c[k].rule, 0)) != NULL)
			return err;
	}
	asof = p.to < ctx->today ? p.to : ctx->today;
	last = SG_DATE_NONE;
	for (k = 0; k < (int)d->n && d->v[k] <= asof; k++)
		last = d->v[k];
	if (sg_rule_due(&every, last, joined, asof, &due) && due < asof)
		(*overdue)++;
	return NULL;
}

const struct sg_error *
sg_coverage(struct sg_ctx *ctx, struct sg_period p, struct sg_cover **out,
    int *n, long *overdue, struct sg_report *r, int st, int slot)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*es = NULL, *vs = NULL;
	struct sg_cover		*c;
	struct days		 d;
	char			 buf[16];
	int			 i;

	*out = NULL;
	*n = 0;
	*overdue = 0;
	memset(&d, 0, sizeof(d));
	if ((c = calloc(ctx->cfg->nrules + 1, sizeof(*c))) == NULL)
		return sg_error_errno("coverage");
	for (i = 0; i < ctx->cfg->nrules; i++)
		cover_slot(c, n, ctx->cfg->rules[i].name);
	if ((err = sg_db_prepare(ctx, &es, elders_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &vs, visits_sql)) != NULL)
		goto done;
	sqlite3_bind_text(es, 1, sg_date_str(buf, p.to), -1,
	    SQLITE_TRANSIENT);
	while (sg_db_row(es, &err))
		if ((err = judge_elder(ctx, es, vs, p, &d, c, n, overdue, r,
		    st, slot)) != NULL)
			goto done;
done:
	sqlite3_finalize(es);
	sqlite3_finalize(vs);
	free(d.v);
	if (err != NULL) {
		free(c);
		*n = 0;
		return err;
	}
	*out = c;
	return NULL;
}

const struct sg_error *
sg_miss_add(struct sg_report *r, int st, int64_t id, const char *rule,
    int kind)
{
	struct sg_miss	*m;

	if (r->nmiss == r->misscap) {
		size_t cap = r->misscap ? r->misscap * 2 : 64;

		if ((m = realloc(r->miss, cap * sizeof(*m))) == NULL)
			return sg_error_errno("report");
		r->miss = m;
		r->misscap = cap;
	}
	m = &r->miss[r->nmiss++];
	m->st = st;
	m->id = id;
	m->kind = kind;
	snprintf(m->rule, sizeof(m->rule), "%s", rule);
	return NULL;
}
