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

/*
 * The elders of the periods (sg_coverage_periods judges one or two in one
 * pass): active at the end of one of them (?1, ?2), joined by then;
 * whether each period has the elder (columns 6 and 7); and the last visit
 * before the windows (?3), which most elders need at a national pace of
 * visits (bench/README.md): a probe of visit_elder in this statement
 * costs less than a statement asked for it, and the last row less than
 * max(), which copies each value it keeps.
 */
#define ACTIVE_AT(to) \
	"(e.joined <= " to " AND (e.status = 'active' OR " \
	"e.archive_date > " to "))"
static const char elders_sql[] =
    "SELECT e.id, e.tags, e.birth, e.living, e.visit_every, e.joined, "
    ACTIVE_AT("?1") ", " ACTIVE_AT("?2") ", (SELECT date FROM visit "
    "WHERE elder_id = e.id AND date < ?3 ORDER BY date DESC LIMIT 1) "
    "FROM elder e WHERE "
    ACTIVE_AT("?1") " OR " ACTIVE_AT("?2") " ORDER BY e.id";

/*
 * The level of each elder's last assessment by ?1, read beside the
 * elders (the first row of each elder): few elders have one.  One
 * statement a period.
 */
static const char levels_sql[] =
    "SELECT elder_id, level FROM assessment WHERE date <= ?1 "
    "ORDER BY elder_id, date DESC, id DESC";

/*
 * The visits of the same elders in [?1, ?2] (?1: no rule period judged in
 * a report period starts before it; the windows of both periods in one),
 * by elder and day: one statement for all of them, read beside the
 * elders (bench/README.md).  Column 2: a home visit, read only when a
 * rule counts home visits alone (?3).
 */
static const char visits_sql[] =
    "SELECT v.elder_id, v.date, CASE WHEN ?3 THEN v.mode = 'home' "
    "ELSE 1 END FROM elder e CROSS JOIN visit v ON v.elder_id = e.id "
    "AND v.date BETWEEN ?1 AND ?2 ORDER BY e.id, v.date";

/*
 * An elder's last visit before ?2 (the base of a rolling rule, and the
 * last visit when none is in the window): asked only when the window
 * does not have it.
 */
static const char base_sql[] =
    "SELECT max(date) FROM visit WHERE elder_id = ?1 AND date < ?2 AND "
    "(?3 = 0 OR mode = 'home')";

#define NPER	2	/* periods a pass judges at most */

/* A growing list of visit days. */
struct days {
	int32_t		*v;
	size_t		 n, cap;
};

/* Add a day to d. */
static const struct sg_error *
days_add(struct days *d, int32_t day)
{
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		int32_t *v = realloc(d->v, cap * sizeof(*v));

		if (v == NULL)
			return sg_error_errno("coverage");
		d->v = v;
		d->cap = cap;
	}
	d->v[d->n++] = day;
	return NULL;
}

/*
 * A visit of the elder being judged, read once for the periods: its day
 * (SG_DATE_NONE when its text is not a date), a home visit, and where its
 * text falls for each period: before its window (0), in it (1), after.
 */
struct vrow {
	int32_t		 day;
	unsigned char	 home, at[NPER];
};

/* One period of a pass. */
struct per {
	struct sg_covper *cp;
	char		 from[16], to[16];	/* the window, as text */
	int32_t		 lim;	/* no visit up to it: the base is needed */
	sqlite3_stmt	*ls;	/* levels_sql */
	int		 lrow;	/* ls is on a row */
};

/* An elder row's facts, read once for the periods. */
struct erow {
	int64_t		 id;
	const char	*tags, *living, *own;
	int32_t		 birth, tbirth, joined;	/* tbirth: as sg_tags reads */
	int32_t		 base;		/* the last visit before the windows */
	int		 age, tage, level;	/* of the period judged last */
	int		 ri;		/* its rule, or -1 */
	struct sg_every	 every;
	char		 buf[2048];	/* its categories */
};

/* The reading of the visits beside the elders. */
struct vread {
	sqlite3_stmt	*vs, *bs;	/* visits_sql, base_sql */
	int		 row;		/* vs is on a row */
	struct vrow	*v;		/* the elder's visits */
	size_t		 n, cap;
	struct per	 per[NPER];
	int		 np;
};

/* The level of elder id's last assessment (pr->ls), or -1. */
static const struct sg_error *
load_level(struct per *pr, int64_t id, int *level)
{
	const struct sg_error	*err = NULL;

	*level = -1;
	while (pr->lrow && sqlite3_column_int64(pr->ls, 0) < id)
		pr->lrow = sg_db_row(pr->ls, &err);
	if (err == NULL && pr->lrow && sqlite3_column_int64(pr->ls, 0) == id)
		*level = sqlite3_column_int(pr->ls, 1);
	return err;
}

/* Read the visits of elder id from the statement of all (vr->v). */
static const struct sg_error *
load_visits(struct vread *vr, int64_t id)
{
	const struct sg_error	*err = NULL;
	const char		*s;
	struct vrow		*x;
	int64_t			 vid;
	int			 k;

	vr->n = 0;
	while (vr->row) {
		vid = sqlite3_column_int64(vr->vs, 0);
		if (vid > id)
			break;
		if (vid == id) {
			if (vr->n == vr->cap) {
				size_t cap = vr->cap ? vr->cap * 2 : 64;

				if ((x = realloc(vr->v, cap * sizeof(*x))) ==
				    NULL)
					return sg_error_errno("coverage");
				vr->v = x;
				vr->cap = cap;
			}
			x = &vr->v[vr->n++];
			x->day = sg_col_day(vr->vs, 1);
			x->home = sqlite3_column_int(vr->vs, 2) != 0;
			s = (const char *)sqlite3_column_text(vr->vs, 1);
			/* BETWEEN compares the text: so do the windows */
			for (k = 0; k < vr->np; k++)
				x->at[k] = s == NULL ||
				    strcmp(s, vr->per[k].from) < 0 ? 0 :
				    strcmp(s, vr->per[k].to) <= 0 ? 1 : 2;
		}
		vr->row = sg_db_row(vr->vs, &err);
		if (err != NULL)
			return err;
	}
	return NULL;
}

/*
 * The visit days of the elder (vr->v) that period k needs: those of its
 * window (home ones only when home), and before them the last one before
 * the window when the window has none up to the period's lim (the day
 * before the period, or the as-of day if earlier): only then can it
 * count.  The days are in w (a view into d).
 */
static const struct sg_error *
load_days(struct vread *vr, int k, int64_t id, int home, int32_t base,
    struct days *d, struct days *w)
{
	const struct sg_error	*err = NULL;
	const struct per	*pr = &vr->per[k];
	size_t			 i, b;

	d->n = 0;
	/* the first slot is kept for the base */
	if ((err = days_add(d, SG_DATE_NONE)) != NULL)
		return err;
	for (i = 0, b = SIZE_MAX; i < vr->n; i++) {
		if (home && !vr->v[i].home)
			continue;
		if (vr->v[i].at[k] == 0)
			b = i;
		else if (vr->v[i].at[k] == 1 && vr->v[i].day != SG_DATE_NONE &&
		    (err = days_add(d, vr->v[i].day)) != NULL)
			return err;
	}
	/* the last visit before the window: read with the others when the
	   windows of the pass reach before this one, else the one before
	   them all (not a home one only: asked) */
	if ((d->n == 1 || d->v[1] > pr->lim) && b != SIZE_MAX)
		d->v[0] = vr->v[b].day;
	else if ((d->n == 1 || d->v[1] > pr->lim) && !home)
		d->v[0] = base;
	else if (d->n == 1 || d->v[1] > pr->lim) {
		sqlite3_reset(vr->bs);
		sqlite3_bind_int64(vr->bs, 1, id);
		sqlite3_bind_text(vr->bs, 2, pr->from, -1, SQLITE_STATIC);
		sqlite3_bind_int(vr->bs, 3, home);
		if (sg_db_row(vr->bs, &err))
			d->v[0] = sg_col_day(vr->bs, 0);
		if (err != NULL)
			return err;
	}
	/* w: the days, the base first when there is one */
	i = d->v[0] == SG_DATE_NONE;
	w->v = d->v + i;
	w->n = d->n - i;
	w->cap = 0;
	return NULL;
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

/* A birth day as the SQL function sg_tags reads it (db.c value_day). */
static int32_t
tag_day(sqlite3_stmt *st, int i)
{
	const char	*s = (const char *)sqlite3_column_text(st, i);
	int32_t		 d;
	int		 y, m, dd;
	char		 c;

	if (s == NULL)
		return SG_DATE_NONE;
	/* YYYY-MM-DD read by hand (what sscanf makes of it, cheaper) */
	if (strlen(s) == 10 && s[4] == '-' && s[7] == '-' &&
	    strspn(s, "0123456789") == 4 && strspn(s + 5, "0123456789") == 2 &&
	    strspn(s + 8, "0123456789") == 2) {
		y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0');
		m = (s[5] - '0') * 10 + (s[6] - '0');
		dd = (s[8] - '0') * 10 + (s[9] - '0');
	} else if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &c) != 3)
		return SG_DATE_NONE;
	return sg_date_make(&d, y, m, dd) != NULL ? SG_DATE_NONE : d;
}

/* Count one of each tag in the comma-separated s. */
static const struct sg_error *
tally_tags(struct sg_tally *t, const char *s)
{
	const char	*e;
	size_t		 len, i;

	for (; *s != '\0'; s = *e == ',' ? e + 1 : e) {
		if ((e = strchr(s, ',')) == NULL)
			e = s + strlen(s);
		if ((len = (size_t)(e - s)) == 0)
			continue;
		for (i = 0; i < t->n; i++)
			if (strncmp(t->v[i].tag, s, len) == 0 &&
			    t->v[i].tag[len] == '\0')
				break;
		if (i == t->n && t->n == t->cap) {
			size_t cap = t->cap ? t->cap * 2 : 16;
			struct sg_tagcount *v = realloc(t->v,
			    cap * sizeof(*v));

			if (v == NULL)
				return sg_error_errno("coverage");
			t->v = v;
			t->cap = cap;
		}
		if (i == t->n) {
			if ((t->v[i].tag = strndup(s, len)) == NULL)
				return sg_error_errno("coverage");
			t->v[i].n = 0;
			t->n++;
		}
		t->v[i].n++;
	}
	return NULL;
}

/*
 * The categories of an elder (x, k the period): its tags with those its
 * facts give (sg_tags), counted in t as report's category figures count
 * them; made again only when the age they read changed.
 */
static const struct sg_error *
elder_tags(struct sg_tally *t, struct erow *x, struct sg_period p, int again)
{
	int	 age = x->tbirth == SG_DATE_NONE ? -1 : sg_age(x->tbirth, p.to);

	if (!again || age != x->tage)
		sg_tags_effective(x->buf, sizeof(x->buf), x->tags, x->living,
		    age, 0);
	x->tage = age;
	return tally_tags(t, x->buf);
}

/* Read an elder row's facts into x. */
static void
elder_read(sqlite3_stmt *es, struct erow *x)
{
	x->id = sqlite3_column_int64(es, 0);
	x->tags = (const char *)sqlite3_column_text(es, 1);
	x->birth = sg_col_day(es, 2);
	x->tbirth = tag_day(es, 2);
	x->living = (const char *)sqlite3_column_text(es, 3);
	x->own = (const char *)sqlite3_column_text(es, 4);
	x->joined = sg_col_day(es, 5);
	x->base = sg_col_day(es, 8);
}

/*
 * Judge elder x for period k of the pass; count it there.  Its rule is
 * found again only when its age or level is not that of the period
 * judged before (again: one was).
 */
static const struct sg_error *
judge_elder(struct sg_ctx *ctx, struct erow *x, struct vread *vr, int k,
    int again, struct days *d, struct sg_report *r, int st)
{
	const struct sg_error	*err;
	struct sg_covper	*cp = vr->per[k].cp;
	struct sg_period	 p = cp->p;
	struct sg_cover		*c = cp->c;
	struct sg_facts		 f;
	struct sg_every		 every;
	struct days		 w;
	int32_t			 joined = x->joined, asof, due, last;
	int64_t			 id = x->id;
	int			 ri, j, res, home;

	f.tags = x->tags != NULL ? x->tags : "";
	f.age = x->birth == SG_DATE_NONE ? -1 : sg_age(x->birth, p.to);
	f.living = x->living;
	f.own = x->own;
	if ((err = load_level(&vr->per[k], id, &f.level)) != NULL)
		return err;
	if (again && f.age == x->age && f.level == x->level) {
		ri = x->ri;
		every = x->every;
	} else
		ri = sg_rule_find(ctx->cfg, &f, &every, NULL, 0);
	x->age = f.age;
	x->level = f.level;
	x->ri = ri;
	x->every = every;
	if (ri == SG_RULE_NONE)
		return NULL;
	j = cover_slot(c, &cp->n, ri >= 0 ? ctx->cfg->rules[ri].name : "own");
	c[j].elders++;
	home = ri >= 0 && ctx->cfg->rules[ri].home_only;
	asof = p.to < ctx->today ? p.to : ctx->today;
	if ((err = load_days(vr, k, id, home, x->base, d, &w)) != NULL)
		return err;
	if (every.kind == SG_EVERY_DAYS)
		res = judge_rolling(every.days, &w, joined, p, ctx->today);
	else
		res = judge_calendar(&every, &w, joined, p, ctx->today);
	if (res != C_NONE)
		c[j].required++;
	if (res == C_MET)
		c[j].met++;
	else if (res == C_PENDING)
		c[j].pending++;
	else if (res == C_MISSED) {
		c[j].missed++;
		if (r != NULL && cp->slot == 0 &&
		    (err = sg_miss_add(r, st, id, c[j].rule, 1)) != NULL)
			return err;
	}
	if (monthly(&every)) {
		c[j].monthly++;
		if (any_in(&w, p.from, p.to))
			c[j].visited++;
		else if (r != NULL && cp->slot == 0 &&
		    (err = sg_miss_add(r, st, id, c[j].rule, 0)) != NULL)
			return err;
	}
	last = SG_DATE_NONE;
	for (j = 0; j < (int)w.n && w.v[j] <= asof; j++)
		last = w.v[j];
	if (sg_rule_due(&every, last, joined, asof, &due) && due < asof)
		cp->overdue++;
	return NULL;
}

/* Order tags by name (byte by byte, as SQLite's BINARY). */
static int
tag_cmp(const void *a, const void *b)
{
	return strcmp(((const struct sg_tagcount *)a)->tag,
	    ((const struct sg_tagcount *)b)->tag);
}

void
sg_tally_free(struct sg_tally *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].tag);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

const struct sg_error *
sg_coverage_periods(struct sg_ctx *ctx, struct sg_covper *cp, int np,
    struct sg_report *r, int st)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*es = NULL;
	struct vread		 vr;
	struct erow		 x;
	struct days		 d;
	char			 buf[16];
	int32_t			 from, to, asof;
	int			 i, j, k, home = 0;

	memset(&d, 0, sizeof(d));
	memset(&vr, 0, sizeof(vr));
	if (np > NPER)		/* one or two */
		np = NPER;
	vr.np = np;
	for (k = 0; k < np; k++) {
		cp[k].c = NULL;
		cp[k].n = 0;
		cp[k].overdue = 0;
	}
	for (k = 0; k < np; k++)
		if ((cp[k].c = calloc(ctx->cfg->nrules + 1,
		    sizeof(*cp[k].c))) == NULL) {
			err = sg_error_errno("coverage");
			goto done;
		}
	for (i = 0; i < ctx->cfg->nrules; i++) {
		for (k = 0; k < np; k++)
			cover_slot(cp[k].c, &cp[k].n, ctx->cfg->rules[i].name);
		home |= ctx->cfg->rules[i].home_only;
	}
	if ((err = sg_db_prepare(ctx, &es, elders_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &vr.vs, visits_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &vr.bs, base_sql)) != NULL)
		goto done;
	from = to = 0;
	for (k = 0; k < np; k++) {
		struct per *pr = &vr.per[k];

		pr->cp = &cp[k];
		/* a quarter judged in p starts at most 92 days before it */
		sg_date_str(pr->from, cp[k].p.from - 100);
		sg_date_str(pr->to, cp[k].p.to);
		asof = cp[k].p.to < ctx->today ? cp[k].p.to : ctx->today;
		pr->lim = asof < cp[k].p.from - 1 ? asof : cp[k].p.from - 1;
		if (k == 0 || cp[k].p.from - 100 < from)
			from = cp[k].p.from - 100;
		if (k == 0 || cp[k].p.to > to)
			to = cp[k].p.to;
		if ((err = sg_db_prepare(ctx, &pr->ls, levels_sql)) != NULL)
			goto done;
		sqlite3_bind_text(pr->ls, 1, pr->to, -1, SQLITE_STATIC);
		if ((pr->lrow = sg_db_row(pr->ls, &err)) == 0 && err != NULL)
			goto done;
		/* the elders and visits of the period (the last again for
		   one period) */
		sqlite3_bind_text(es, 1 + k, pr->to, -1, SQLITE_STATIC);
		if (np == 1) {
			sqlite3_bind_text(es, 2, pr->to, -1, SQLITE_STATIC);
		}
	}
	sqlite3_bind_text(vr.vs, 1, sg_date_str(buf, from), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_text(es, 3, buf, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(vr.vs, 2, sg_date_str(buf, to), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_int(vr.vs, 3, home);
	if ((vr.row = sg_db_row(vr.vs, &err)) == 0 && err != NULL)
		goto done;
	while (sg_db_row(es, &err)) {
		elder_read(es, &x);
		if ((err = load_visits(&vr, x.id)) != NULL)
			goto done;
		for (k = 0, j = 0; k < np; k++) {
			if (!sqlite3_column_int(es, 6 + k))
				continue;
			/* j: the facts read are of a period before */
			if (cp[k].want_tags && (err = elder_tags(&cp[k].tags,
			    &x, cp[k].p, j)) != NULL)
				goto done;
			if ((err = judge_elder(ctx, &x, &vr, k, j, &d, r,
			    st)) != NULL)
				goto done;
			j++;
		}
	}
	for (k = 0; err == NULL && k < np; k++)
		if (cp[k].want_tags && cp[k].tags.n > 1)
			qsort(cp[k].tags.v, cp[k].tags.n,
			    sizeof(*cp[k].tags.v), tag_cmp);
done:
	sqlite3_finalize(es);
	sqlite3_finalize(vr.vs);
	sqlite3_finalize(vr.bs);
	for (k = 0; k < np; k++)
		sqlite3_finalize(vr.per[k].ls);
	free(d.v);
	free(vr.v);
	if (err != NULL)
		for (k = 0; k < np; k++) {
			free(cp[k].c);
			cp[k].c = NULL;
			cp[k].n = 0;
		}
	return err;
}

const struct sg_error *
sg_coverage(struct sg_ctx *ctx, struct sg_period p, struct sg_cover **out,
    int *n, long *overdue, struct sg_report *r, int st, int slot,
    struct sg_tally *tags)
{
	const struct sg_error	*err;
	struct sg_covper	 cp;

	memset(&cp, 0, sizeof(cp));
	cp.p = p;
	cp.slot = slot;
	cp.want_tags = tags != NULL;
	if (tags != NULL)
		cp.tags = *tags;
	err = sg_coverage_periods(ctx, &cp, 1, r, st);
	if (tags != NULL)
		*tags = cp.tags;
	*out = cp.c;
	*n = cp.n;
	*overdue = err == NULL ? cp.overdue : 0;
	return err;
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
