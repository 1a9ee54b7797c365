/*
 * report.c -- the statistics a station sends every month (report monthly,
 * report period), policy coverage and volunteers' hours, over one or
 * several databases.  Each figure is counted by one SQL statement over a
 * period and kept beside the same count for the period before; page.c
 * prints them.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sg.h"

static const char *const visit_kinds[] = { "routine", "follow-up",
    "holiday", "case", "supervision", NULL };
static const char *const visit_modes[] = { "home", "phone", "video",
    "event", NULL };
static const char *const event_kinds[] = { "festival", "culture",
    "health", "clinic", "group", "training", "interest", "other", NULL };
static const char *const archive_reasons[] = { "moved", "deceased",
    "other", NULL };
static const char *const hour_sources[] = { "visit", "event", "manual",
    NULL };
static const char *const person_kinds[] = { "caregiver", "resident",
    "student", "family", "other", NULL };
static const char *const case_outcomes[] = { "resolved", "referred",
    "moved", "deceased", "other", NULL };
static const char *const case_needs[] = { "daily-care", "rehab",
    "emotional", "home-adaptation", "medical", "financial", "legal",
    "other", NULL };
static const char *const referral_statuses[] = { "sent", "accepted",
    "done", "declined", NULL };

/* ----------------------------------------------------------- figures */

const struct sg_error *
sg_fig_add(struct sg_report *r, int st, int slot, const char *section,
    const char *metric, int kind, double n, double d)
{
	struct sg_fig	*f;
	size_t		 i, at;

	for (i = 0; i < r->nfig; i++)
		if (strcmp(r->fig[i].section, section) == 0 &&
		    strcmp(r->fig[i].metric, metric) == 0)
			break;
	if (i == r->nfig) {
		if (r->nfig == r->figcap) {
			size_t cap = r->figcap ? r->figcap * 2 : 64;

			f = realloc(r->fig, cap * sizeof(*f));
			if (f == NULL)
				return sg_error_errno("report");
			r->fig = f;
			r->figcap = cap;
		}
		/* a category seen only in the previous period: in its place */
		for (at = i, i = 0; i < r->nfig &&
		    strncmp(metric, "category.", 9) == 0; i++) {
			if (strcmp(r->fig[i].section, section) != 0 ||
			    strncmp(r->fig[i].metric, "category.", 9) != 0)
				continue;
			if (strcmp(r->fig[i].metric, metric) > 0) {
				at = i;
				break;
			}
			at = i + 1;
		}
		i = at;
		memmove(&r->fig[i + 1], &r->fig[i], (r->nfig - i) *
		    sizeof(*f));
		r->nfig++;
		f = &r->fig[i];
		memset(f, 0, sizeof(*f));
		snprintf(f->section, sizeof(f->section), "%s", section);
		snprintf(f->metric, sizeof(f->metric), "%s", metric);
		f->kind = kind;
	}
	f = &r->fig[i];
	f->num[st][slot] += n;
	f->den[st][slot] += d;
	return NULL;
}

/*
 * One query over a period: ?1 from, ?2 to, ?3 as-of; rows (key, n).  A
 * query followed by queries without SQL is one statement for all of
 * them: rows (i, key, n), by i, the figures of the i-th from it.  The
 * categories are BY_RULES: sg_coverage counts them (rule_figures).
 */
struct query {
	const char	*section;
	const char	*metric;	/* NULL: the metric is column 0 */
	int		 kind;
	const char	*sql;
	const char *const *keys;	/* metrics always shown (as 0) */
};
static const char BY_RULES[] = "";

/* Elders: active at the end, new, archived. */
#define ACTIVE_AT \
	"joined <= ?2 AND (status = 'active' OR archive_date > ?2)"
/* Archived in the period. */
#define ARCHIVED \
	"status = 'archived' AND archive_date BETWEEN ?1 AND ?2"
/* Staff (social-worker, supervisor): their time is work, not service. */
#define STAFF	"role IN ('social-worker', 'supervisor')"
/*
 * The period's rows of the views service_hours (role NOT IN) and
 * staff_work (role IN) as the hour figures read them: the views' arms
 * without their join of the elder, which gives only the place and cost a
 * random read of the elder's row for each visit of the period (a visit
 * always has its elder: foreign keys; bench/README.md).  Columns
 * volunteer_id, source, hours; the rows in the views' order.
 */
#define VISIT_HOURS(role) \
	"SELECT vv.volunteer_id AS volunteer_id, 'visit' AS source, " \
	"round(v.minutes / 60.0, 2) AS hours FROM visit_visitor vv JOIN " \
	"visit v ON v.id = vv.visit_id JOIN volunteer w ON " \
	"w.id = vv.volunteer_id WHERE v.minutes IS NOT NULL AND w.role " \
	role " ('social-worker', 'supervisor') AND v.date BETWEEN ?1 AND ?2"
#define EVENT_HOURS(role, cond) \
	"SELECT s.volunteer_id, 'event', s.hours FROM staffing s JOIN " \
	"event ev ON ev.id = s.event_id JOIN volunteer w ON " \
	"w.id = s.volunteer_id WHERE ev.status <> 'cancelled' " cond \
	"AND w.role " role " ('social-worker', 'supervisor') AND " \
	"ev.date BETWEEN ?1 AND ?2"
#define MANUAL_HOURS(role) \
	"SELECT l.volunteer_id, 'manual', l.hours FROM hours_log l JOIN " \
	"volunteer w ON w.id = l.volunteer_id WHERE w.role " role \
	" ('social-worker', 'supervisor') AND l.date BETWEEN ?1 AND ?2"
#define SERVICE_HOURS \
	"(" VISIT_HOURS("NOT IN") " UNION ALL " EVENT_HOURS("NOT IN", \
	"AND ev.kind <> 'training' ") " UNION ALL " MANUAL_HOURS("NOT IN") ")"
#define STAFF_WORK \
	"(" VISIT_HOURS("IN") " UNION ALL " EVENT_HOURS("IN", "") \
	" UNION ALL " MANUAL_HOURS("IN") ")"
/* Cases open at the end: opened by then, not closed by then. */
#define CASE_OPEN \
	"opened <= ?3 AND (status = 'open' OR closed > ?3)"

static const struct query queries[] = {
	/* active, new, archived and archived. by one scan of the elders
	   (four scans, or an index and a read of each archived elder's
	   row: bench/README.md); the reasons are the three the table's
	   CHECK allows */
	{ "elders", "active", SG_FIG_COUNT,
	    "WITH a AS MATERIALIZED (SELECT count(*) FILTER (WHERE "
	    ACTIVE_AT ") AS act, count(*) FILTER (WHERE joined BETWEEN ?1 "
	    "AND ?2) AS new, count(*) FILTER (WHERE " ARCHIVED ") AS arc, "
	    "count(*) FILTER (WHERE " ARCHIVED " AND archive_reason = "
	    "'moved') AS moved, count(*) FILTER (WHERE " ARCHIVED " AND "
	    "archive_reason = 'deceased') AS deceased, count(*) FILTER "
	    "(WHERE " ARCHIVED " AND archive_reason = 'other') AS other "
	    "FROM elder) "
	    "SELECT 0, NULL, act FROM a UNION ALL SELECT 1, NULL, new FROM a "
	    "UNION ALL SELECT 2, NULL, arc FROM a "
	    "UNION ALL SELECT 3, 'moved', moved FROM a "
	    "UNION ALL SELECT 3, 'deceased', deceased FROM a "
	    "UNION ALL SELECT 3, 'other', other FROM a", NULL },
	{ "elders", "new", SG_FIG_COUNT, NULL, NULL },
	{ "elders", "archived", SG_FIG_COUNT, NULL, NULL },
	{ "elders", "archived.", SG_FIG_COUNT, NULL, archive_reasons },
	/* the categories: sg_tags of each active elder, counted in C by
	   sg_coverage as it reads the same elders (rule_figures) */
	{ "elders", "category.", SG_FIG_COUNT, BY_RULES, NULL },
	{ "visits", "total", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2",
	    NULL },
	{ "visits", "kind.", SG_FIG_COUNT,
	    "SELECT kind, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2 "
	    "GROUP BY 1", visit_kinds },
	{ "visits", "mode.", SG_FIG_COUNT,
	    "SELECT mode, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2 "
	    "GROUP BY 1", visit_modes },
	{ "visits", "elders_reached", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT elder_id) FROM visit WHERE "
	    "date BETWEEN ?1 AND ?2", NULL },
	{ "visits", "concern", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2 "
	    "AND 'concern' IN (living, safety, health, mental)", NULL },
	{ "visits", "urgent", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2 "
	    "AND 'urgent' IN (living, safety, health, mental)", NULL },
	{ "visits", "followups_opened", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit WHERE date BETWEEN ?1 AND ?2 "
	    "AND follow_up IS NOT NULL", NULL },
	/* f.date >= v.date, implied by the rest, starts f's index there */
	{ "visits", "followups_open", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit v WHERE v.follow_up IS NOT NULL "
	    "AND +v.date <= ?3 AND NOT EXISTS (SELECT 1 FROM visit f WHERE "
	    "f.elder_id = v.elder_id AND f.kind = 'follow-up' AND "
	    "f.date BETWEEN v.date AND ?3 AND (f.date > v.date OR "
	    "(f.date = v.date AND f.id > v.id))) AND (SELECT status = "
	    "'active' OR archive_date > ?3 FROM elder WHERE id = v.elder_id)",
	    NULL },
	{ "events", "events", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT coalesce(series, 'event:' || id)) "
	    "FROM event WHERE status = 'scheduled' AND date BETWEEN ?1 AND ?2",
	    NULL },
	{ "events", "sessions", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM event WHERE status = 'scheduled' AND "
	    "date BETWEEN ?1 AND ?2", NULL },
	{ "events", "kind.", SG_FIG_COUNT,
	    "SELECT kind, count(*) FROM event WHERE status = 'scheduled' AND "
	    "date BETWEEN ?1 AND ?2 GROUP BY 1", event_kinds },
	{ "events", "cancelled", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM event WHERE status = 'cancelled' AND "
	    "date BETWEEN ?1 AND ?2", NULL },
	{ "events", "attendances", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM attendance a JOIN event e ON "
	    "e.id = a.event_id WHERE e.status = 'scheduled' AND "
	    "e.date BETWEEN ?1 AND ?2", NULL },
	{ "events", "elders", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT a.elder_id) FROM attendance a JOIN "
	    "event e ON e.id = a.event_id WHERE e.status = 'scheduled' AND "
	    "e.date BETWEEN ?1 AND ?2", NULL },
	{ "events", "first_time", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT a.elder_id) FROM attendance a JOIN "
	    "event e ON e.id = a.event_id WHERE e.status = 'scheduled' AND "
	    "e.date BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM "
	    "attendance b JOIN event x ON x.id = b.event_id WHERE "
	    "b.elder_id = a.elder_id AND x.status = 'scheduled' AND "
	    "x.date < ?1)", NULL },
	{ "events", "walk_ins", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM attendance a JOIN event e ON "
	    "e.id = a.event_id WHERE e.status = 'scheduled' AND a.walk_in AND "
	    "e.date BETWEEN ?1 AND ?2", NULL },
	{ "events", "persons", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT a.person_id) FROM attendance a JOIN "
	    "event e ON e.id = a.event_id WHERE e.status = 'scheduled' AND "
	    "e.date BETWEEN ?1 AND ?2", NULL },
	{ "events", "persons.", SG_FIG_COUNT,
	    "SELECT p.kind, count(DISTINCT a.person_id) FROM attendance a "
	    "JOIN event e ON e.id = a.event_id JOIN person p ON "
	    "p.id = a.person_id WHERE e.status = 'scheduled' AND "
	    "e.date BETWEEN ?1 AND ?2 GROUP BY 1", person_kinds },
	{ "volunteers", "active", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM volunteer WHERE NOT " STAFF " AND "
	    ACTIVE_AT, NULL },
	{ "volunteers", "new", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM volunteer WHERE NOT " STAFF " AND "
	    "joined BETWEEN ?1 AND ?2", NULL },
	{ "volunteers", "elders_volunteering", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM volunteer WHERE elder_id IS NOT NULL "
	    "AND NOT " STAFF " AND " ACTIVE_AT, NULL },
	/* the period's hours by volunteer and source once (service_hours
	   read once, not once a figure), then summed */
	{ "volunteers", "elder_hours", SG_FIG_HOURS,
	    "WITH h AS MATERIALIZED (SELECT volunteer_id, source, sum(hours) "
	    "AS hours FROM " SERVICE_HOURS " GROUP BY 1, 2) "
	    "SELECT 0, NULL, coalesce((SELECT sum(h.hours) FROM h JOIN "
	    "volunteer v ON v.id = h.volunteer_id WHERE v.elder_id IS NOT "
	    "NULL), 0) "
	    "UNION ALL SELECT 1, NULL, coalesce((SELECT sum(hours) FROM "
	    "training WHERE date BETWEEN ?1 AND ?2), 0) "
	    "UNION ALL SELECT 2, NULL, coalesce((SELECT sum(hours) FROM h), 0) "
	    "UNION ALL SELECT 3, source, sum(hours) FROM h GROUP BY 2 "
	    "UNION ALL SELECT 4, t.name, (SELECT coalesce(sum(h.hours), 0) "
	    "FROM h JOIN team_member m ON m.volunteer_id = h.volunteer_id "
	    "WHERE m.team_id = t.id) FROM team t "
	    "ORDER BY 1, 2", NULL },
	{ "volunteers", "training_hours", SG_FIG_HOURS, NULL, NULL },
	{ "volunteers", "hours", SG_FIG_HOURS, NULL, NULL },
	{ "volunteers", "hours.", SG_FIG_HOURS, NULL, hour_sources },
	{ "volunteers", "team.", SG_FIG_HOURS, NULL, NULL },
	{ "volunteers", "pairings", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM pairing WHERE start <= ?2 AND "
	    "(end IS NULL OR end > ?2)", NULL },
	{ "volunteers", "pairings_new", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM pairing WHERE start BETWEEN ?1 AND ?2",
	    NULL },
	{ "staff", "active", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM volunteer WHERE " STAFF " AND "
	    ACTIVE_AT, NULL },
	{ "staff", "work_hours", SG_FIG_HOURS,
	    "SELECT NULL, coalesce(sum(hours), 0) FROM " STAFF_WORK, NULL },
	{ "staff", "supervisions", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit WHERE kind = 'supervision' AND "
	    "supervised_id IS NOT NULL AND date BETWEEN ?1 AND ?2", NULL },
	{ "staff", "supervised", SG_FIG_COUNT,
	    "SELECT NULL, count(DISTINCT supervised_id) FROM visit WHERE "
	    "kind = 'supervision' AND date BETWEEN ?1 AND ?2", NULL },
	{ "cases", "opened", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM elder_case WHERE opened BETWEEN ?1 AND "
	    "?2", NULL },
	{ "cases", "closed", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM elder_case WHERE status = 'closed' AND "
	    "closed BETWEEN ?1 AND ?2", NULL },
	{ "cases", "closed.", SG_FIG_COUNT,
	    "SELECT outcome, count(*) FROM elder_case WHERE status = 'closed' "
	    "AND closed BETWEEN ?1 AND ?2 GROUP BY 1", case_outcomes },
	{ "cases", "open", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM elder_case WHERE " CASE_OPEN, NULL },
	{ "cases", "need.", SG_FIG_COUNT,
	    "SELECT n.need, count(*) FROM case_need n JOIN elder_case c ON "
	    "c.id = n.case_id WHERE c." CASE_OPEN " GROUP BY 1",
	    case_needs },
	{ "cases", "reviews_overdue", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM elder_case WHERE " CASE_OPEN " AND "
	    "review < ?3", NULL },
	{ "cases", "referrals.", SG_FIG_COUNT,
	    "SELECT status, count(*) FROM referral WHERE date BETWEEN ?1 AND ?2 "
	    "GROUP BY 1", referral_statuses },
	{ "cases", "unattended", SG_FIG_COUNT,
	    "SELECT NULL, count(*) FROM visit v WHERE v.date BETWEEN ?1 AND ?2 "
	    "AND 'urgent' IN (v.living, v.safety, v.health, v.mental) AND "
	    "NOT EXISTS (SELECT 1 FROM elder_case c WHERE c.elder_id = "
	    "v.elder_id AND c.opened <= ?3 AND (c.closed IS NULL OR "
	    "c.closed >= v.date))", NULL },
	{ "goods", "received.", SG_FIG_HOURS,
	    "SELECT p.name || ':' || g.item, sum(g.qty) FROM goods_in g JOIN "
	    "partner p ON p.id = g.partner_id WHERE g.date BETWEEN ?1 AND ?2 "
	    "GROUP BY 1 ORDER BY 1", NULL },
	{ "goods", "given.", SG_FIG_HOURS,
	    "SELECT p.name || ':' || g.item, sum(o.qty) FROM goods_out o JOIN "
	    "goods_in g ON g.id = o.in_id JOIN partner p ON p.id = "
	    "g.partner_id WHERE o.date BETWEEN ?1 AND ?2 GROUP BY 1 "
	    "ORDER BY 1", NULL },
};

/*
 * Run one query for a period into slot of station st, and the queries
 * without SQL after it (*n of them in all).
 */
static const struct sg_error *
run_query(struct sg_ctx *ctx, struct sg_report *r, const struct query *q,
    size_t *n, int st, int slot, struct sg_period p)
{
	const struct sg_error	*err = NULL;
	const struct query	*m;
	sqlite3_stmt		*s;
	char			 from[16], to[16], asof[16], metric[112];
	const char		*key;
	size_t			 j;
	int			 i, row, c;

	for (j = 1; j < *n && q[j].sql == NULL; j++)
		continue;
	*n = j;
	c = j > 1;	/* a group: column 0 is i */

	if ((err = sg_db_prepare(ctx, &s, q->sql)) != NULL)
		return err;
	sqlite3_bind_text(s, 1, sg_date_str(from, p.from), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, sg_date_str(to, p.to), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 3, sg_date_str(asof, p.to < ctx->today ? p.to :
	    ctx->today), -1, SQLITE_TRANSIENT);
	row = sg_db_row(s, &err);
	for (j = 0; j < *n && err == NULL; j++) {
		m = &q[j];
		for (i = 0; m->keys != NULL && m->keys[i] != NULL &&
		    err == NULL; i++) {
			snprintf(metric, sizeof(metric), "%s%s", m->metric,
			    m->keys[i]);
			err = sg_fig_add(r, st, slot, m->section, metric,
			    m->kind, 0, 0);
		}
		/* a group's rows: those of query j */
		while (err == NULL && row && (!c ||
		    sqlite3_column_int64(s, 0) == (sqlite3_int64)j)) {
			key = (const char *)sqlite3_column_text(s, c);
			snprintf(metric, sizeof(metric), "%s%s", m->metric,
			    key != NULL ? key : "");
			if ((m->metric[strlen(m->metric) - 1] != '.' ||
			    key != NULL) && (err = sg_fig_add(r, st, slot,
			    m->section, metric, m->kind,
			    sqlite3_column_double(s, c + 1), 0)) != NULL)
				break;
			row = sg_db_row(s, &err);
		}
	}
	sqlite3_finalize(s);
	return err;
}

/*
 * The rule figures: elders by tier, the visit rate, coverage; and before
 * them the elders by category (q), counted in the same pass over the
 * elders (bench/README.md).  Both periods are judged in one pass when
 * slot 0 asks (cp[2]: the month's results, and those of the period
 * before, kept for slot 1).
 */
static const struct sg_error *
rule_figures(struct sg_ctx *ctx, struct sg_report *r, int st, int slot,
    struct sg_period p, const struct query *q, struct sg_covper *cp)
{
	const struct sg_error	*err = NULL;
	struct sg_cover		*c, all;
	struct sg_tally		 tags;
	char			 m[112];
	long			 overdue;
	size_t			 j;
	int			 n, i;

	if (slot == 0) {
		memset(cp, 0, 2 * sizeof(*cp));
		cp[0].p = p;
		cp[1].p = r->prev;
		cp[1].slot = 1;
		cp[0].want_tags = cp[1].want_tags = 1;
		if ((err = sg_coverage_periods(ctx, cp, 2, r, st)) != NULL) {
			sg_tally_free(&cp[0].tags);
			sg_tally_free(&cp[1].tags);
			return err;
		}
	}
	c = cp[slot].c;
	n = cp[slot].n;
	overdue = cp[slot].overdue;
	tags = cp[slot].tags;
	cp[slot].c = NULL;
	memset(&cp[slot].tags, 0, sizeof(cp[slot].tags));
	for (j = 0; j < tags.n && err == NULL; j++) {
		snprintf(m, sizeof(m), "%s%s", q->metric, tags.v[j].tag);
		err = sg_fig_add(r, st, slot, q->section, m, q->kind,
		    tags.v[j].n, 0);
	}
	sg_tally_free(&tags);
	if (err != NULL) {
		free(c);
		return err;
	}
	memset(&all, 0, sizeof(all));
	for (i = 0; i <= n && err == NULL; i++) {
		const struct sg_cover *k = i < n ? &c[i] : &all;
		const char *name = i < n ? c[i].rule : "all";

		if (i < n) {
			all.monthly += k->monthly;
			all.visited += k->visited;
			all.required += k->required;
			all.met += k->met;
			all.missed += k->missed;
			all.pending += k->pending;
			snprintf(m, sizeof(m), "tier.%s", name);
			if ((err = sg_fig_add(r, st, slot, "elders", m,
			    SG_FIG_COUNT, k->elders, 0)) != NULL)
				break;
		}
#define FIG(sec, what, kind, n, d) \
		(snprintf(m, sizeof(m), "%s.%s", name, what), \
		(err = sg_fig_add(r, st, slot, sec, m, kind, n, d)) != NULL)
		if (FIG("visit_rate", "required", SG_FIG_COUNT, k->monthly, 0) ||
		    FIG("visit_rate", "visited", SG_FIG_COUNT, k->visited, 0) ||
		    FIG("visit_rate", "rate", SG_FIG_RATE, k->visited,
		    k->monthly) ||
		    FIG("coverage", "required", SG_FIG_COUNT, k->required, 0) ||
		    FIG("coverage", "met", SG_FIG_COUNT, k->met, 0) ||
		    FIG("coverage", "missed", SG_FIG_COUNT, k->missed, 0) ||
		    FIG("coverage", "pending", SG_FIG_COUNT, k->pending, 0) ||
		    FIG("coverage", "rate", SG_FIG_RATE, k->met,
		    k->met + k->missed))
			break;
#undef FIG
	}
	if (err == NULL)
		err = sg_fig_add(r, st, slot, "coverage", "overdue",
		    SG_FIG_COUNT, overdue, 0);
	free(c);
	return err;
}

/* The projects of a month for report monthly: each target's count. */
static const struct sg_error *
project_figures(struct sg_ctx *ctx, struct sg_report *r, int st,
    int slot, struct sg_period p)
{
	const struct sg_error	*err;
	const struct sg_config	*c = ctx->cfg;
	struct sg_period	 q;
	char			 m[112];
	double			 n, d;
	int			 i, j, k;

	for (i = 0; i < c->nprojects; i++) {
		const struct sg_project *pj = &c->projects[i];

		if (pj->to < r->cur.from || pj->from > r->cur.to)
			continue;
		q.from = p.from > pj->from ? p.from : pj->from;
		q.to = p.to < pj->to ? p.to : pj->to;
		for (j = 0; j < pj->nparts; j++)
			for (k = 0; k < pj->parts[j].ntargets; k++) {
				const char *w = pj->parts[j].targets[k].what;

				if ((err = sg_project_count(ctx, pj,
				    &pj->parts[j], w, q, &n, &d)) != NULL)
					return err;
				/* the project's name when there are several */
				snprintf(m, sizeof(m), "%s%s%s.%s",
				    c->nprojects > 1 ? pj->name : "",
				    c->nprojects > 1 ? "/" : "",
				    pj->parts[j].name, w);
				if ((err = sg_fig_add(r, st, slot, "projects", m,
				    sg_target_kind(w), n, d)) != NULL)
					return err;
			}
	}
	return NULL;
}

/* Every figure of one station for one period. */
static const struct sg_error *
station_figures(struct sg_ctx *ctx, struct sg_report *r, int st, int slot,
    struct sg_period p, struct sg_covper *cp)
{
	const struct sg_error	*err;
	size_t			 i, n;

	for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i += n) {
		n = sizeof(queries) / sizeof(queries[0]) - i;
		/* the categories, then the tiers, the rate and coverage */
		if (queries[i].sql == BY_RULES) {
			n = 1;
			err = rule_figures(ctx, r, st, slot, p, &queries[i],
			    cp);
		} else
			err = run_query(ctx, r, &queries[i], &n, st, slot, p);
		if (err != NULL)
			return err;
	}
	return project_figures(ctx, r, st, slot, p);
}

/* ---------------------------------------------------------- databases */

int
sg_report_ndb(struct sg_ctx *ctx)
{
	return ctx->ndbopt > 1 ? ctx->ndbopt : 1;
}

/* The station's name: meta, else the config's, else the file's name. */
static const struct sg_error *
station_name(struct sg_ctx *ctx, char **name)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*s = NULL, *base;

	*name = NULL;
	if ((err = sg_db_prepare(ctx, &st, "SELECT value FROM meta WHERE "
	    "key = 'station_name'")) != NULL)
		return err;
	if (sg_db_row(st, &err))
		s = (const char *)sqlite3_column_text(st, 0);
	if (s != NULL && *s != '\0')
		*name = strdup(s);
	sqlite3_finalize(st);
	if (err != NULL) {
		free(*name);
		*name = NULL;
		return err;
	}
	if (*name == NULL && ctx->ndbopt <= 1 && ctx->cfg->station_name)
		*name = strdup(ctx->cfg->station_name);
	if (*name == NULL) {
		base = strrchr(ctx->dbpath, '/');
		*name = strdup(base != NULL ? base + 1 : ctx->dbpath);
	}
	return *name == NULL ? sg_error_errno("report") : NULL;
}

const struct sg_error *
sg_report_open(struct sg_ctx *ctx, int i, char **name)
{
	const struct sg_error	*err;
	struct stat		 sb;

	*name = NULL;
	/* a database named on the command line must exist */
	if (ctx->ndbopt == 1 && stat(ctx->dbopt[0], &sb) == -1)
		return sg_error_errno("cannot open database '%s'",
		    ctx->dbopt[0]);
	if (ctx->ndbopt <= 1) {
		if ((err = sg_ctx_open(ctx)) != NULL)
			return err;
		return station_name(ctx, name);
	}
	if (sg_ctx_config(ctx) == NULL && (err = sg_config_load(&ctx->cfg,
	    NULL, 0)) != NULL)
		return err;
	free(ctx->dbpath);
	ctx->dbpath = NULL;
	if ((err = sg_db_path(&ctx->dbpath, ctx, ctx->dbopt[i])) != NULL)
		return err;
	if (stat(ctx->dbpath, &sb) == -1)
		return sg_error_errno("cannot open database '%s'",
		    ctx->dbpath);
	if ((err = sg_db_open(ctx, ctx->dbpath, 0, &ctx->db)) != NULL)
		return err;
	return station_name(ctx, name);
}

void
sg_report_close(struct sg_ctx *ctx)
{
	if (ctx->ndbopt <= 1 || ctx->db == NULL)
		return;
	sg_db_rollback(ctx);
	sqlite3_close(ctx->db);
	ctx->db = NULL;
}

/* ------------------------------------------------------------ periods */

/* Name a period: 2026-11, 2026-Q3, 2026, 2026-W48, or from..to. */
static void
period_name(char *buf, size_t size, struct sg_period p)
{
	char	 a[16], b[16];
	int	 y, m, d, y2, m2, d2, w;

	sg_date_split(p.from, &y, &m, &d);
	sg_date_split(p.to, &y2, &m2, &d2);
	if (sg_period_month(p.from).from == p.from &&
	    sg_period_month(p.from).to == p.to)
		snprintf(buf, size, "%04d-%02d", y, m);
	else if (sg_period_quarter(p.from).from == p.from &&
	    sg_period_quarter(p.from).to == p.to)
		snprintf(buf, size, "%04d-Q%d", y, (m - 1) / 3 + 1);
	else if (m == 1 && d == 1 && m2 == 12 && d2 == 31 && y == y2)
		snprintf(buf, size, "%04d", y);
	else if (sg_period_week(p.from).from == p.from &&
	    sg_period_week(p.from).to == p.to) {
		sg_date_isoweek(p.from + 3, &y, &w);
		snprintf(buf, size, "%04d-W%02d", y, w);
	} else
		snprintf(buf, size, "%s..%s", sg_date_str(a, p.from),
		    sg_date_str(b, p.to));
}

/* The period before: the same calendar unit, else the same length. */
static struct sg_period
period_before(struct sg_period p)
{
	struct sg_period	 q;
	int			 y, m, d, y2, m2, d2;

	sg_date_split(p.from, &y, &m, &d);
	sg_date_split(p.to, &y2, &m2, &d2);
	if (sg_period_month(p.from).from == p.from &&
	    sg_period_month(p.from).to == p.to)
		return sg_period_month(p.from - 1);
	if (sg_period_quarter(p.from).from == p.from &&
	    sg_period_quarter(p.from).to == p.to)
		return sg_period_quarter(p.from - 1);
	if (m == 1 && d == 1 && m2 == 12 && d2 == 31 && y == y2) {
		q.to = p.from - 1;
		sg_date_make(&q.from, y - 1, 1, 1);
		return q;
	}
	q.to = p.from - 1;
	q.from = q.to - (p.to - p.from);
	return q;
}

/* The period of a report from its options. */
static const struct sg_error *
report_period(struct sg_ctx *ctx, const struct sg_report_opts *o,
    struct sg_period *p, int need)
{
	const struct sg_error	*err;
	int			 set;

	if (o->month != NULL) {
		if ((err = sg_period_parse(p, o->month, ctx->today)) != NULL)
			return sg_error_fmt("month: %s", err->msg);
		if (sg_period_month(p->from).from != p->from ||
		    sg_period_month(p->from).to != p->to)
			return sg_error_fmt("month: '%s' is not a month: "
			    "expected YYYY-MM, this-month or last-month",
			    o->month);
		return NULL;
	}
	if ((err = sg_period_opts(ctx, o->period, o->from, o->to, p, &set)) !=
	    NULL)
		return err;
	if (!set && need)
		return sg_error_usage("%s: give --period or --from and --to",
		    ctx->verb->name);
	if (!set)
		*p = sg_period_month(ctx->today);
	else if (o->period == NULL && (o->from == NULL || o->to == NULL))
		return sg_error_usage("%s: give both --from and --to",
		    ctx->verb->name);
	return NULL;
}

static void
report_free(struct sg_report *r)
{
	int	 i;

	for (i = 0; i < SG_ST_MAX; i++)
		free(r->station[i]);
	free(r->fig);
	free(r->miss);
}

/* Sum the stations into the total column. */
static void
report_total(struct sg_report *r)
{
	size_t	 i;
	int	 s, k;

	for (i = 0; i < r->nfig; i++)
		for (s = 0; s < r->nst; s++)
			for (k = 0; k < 2; k++) {
				r->fig[i].num[r->nst][k] += r->fig[i].num[s][k];
				r->fig[i].den[r->nst][k] += r->fig[i].den[s][k];
			}
}

const struct sg_error *
sg_report_summary(struct sg_ctx *ctx, const struct sg_report_opts *o)
{
	const struct sg_error	*err = NULL;
	struct sg_report	 r;
	struct sg_covper	 cp[2];
	int			 i;

	memset(&r, 0, sizeof(r));
	r.today = ctx->today;
	r.title = o->monthly ? "Monthly report" : "Report";
	if ((err = report_period(ctx, o, &r.cur, !o->monthly)) != NULL)
		return err;
	r.prev = period_before(r.cur);
	period_name(r.curname, sizeof(r.curname), r.cur);
	period_name(r.prevname, sizeof(r.prevname), r.prev);
	r.nst = sg_report_ndb(ctx);
	for (i = 0; i < r.nst && err == NULL; i++) {
		/* the rule figures of both periods, from slot 0's pass */
		memset(cp, 0, sizeof(cp));
		if ((err = sg_report_open(ctx, i, &r.station[i])) == NULL &&
		    (err = station_figures(ctx, &r, i, 0, r.cur, cp)) == NULL)
			err = station_figures(ctx, &r, i, 1, r.prev, cp);
		free(cp[1].c);
		sg_tally_free(&cp[1].tags);
		if (err != NULL && ctx->ndbopt > 1 && ctx->dbpath != NULL &&
		    strstr(err->msg, ctx->dbpath) == NULL)
			err = sg_error_fmt("'%s': %s", ctx->dbpath, err->msg);
		sg_report_close(ctx);
	}
	if (err == NULL && (r.station[r.nst] = strdup("total")) == NULL)
		err = sg_error_errno("report");
	if (err == NULL) {
		report_total(&r);
		err = sg_page_print(ctx, &r);
	}
	report_free(&r);
	return err;
}

/* ----------------------------------------------------- list reports */

/* Begin a list: the station column first when there are several. */
static const struct sg_error *
list_begin(struct sg_ctx *ctx, struct sg_list *l, const struct sg_col *cols,
    int n, struct sg_col *all)
{
	static const struct sg_col station = { .key = "station",
	    .zh = "社工站", .en = "Station" };
	int	 i, k = ctx->ndbopt > 1;

	if (k)
		all[0] = station;
	for (i = 0; i < n; i++)
		all[i + k] = cols[i];
	if (ctx->fmt == SG_FMT_TEXT)
		ctx->fmt = SG_FMT_TABLE;
	return sg_list_begin(ctx, l, all, n + k, ctx->verb->name);
}

/* A rate with one decimal, or empty without a denominator. */
static char *
rate_str(char *buf, size_t size, double n, double d)
{
	if (d <= 0)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%.1f", 100.0 * n / d);
	return buf;
}

static const struct sg_enum all_rules[] = {
	{ "all", "全部" }, { NULL, NULL }
};

/* The columns of report coverage. */
static const struct sg_col coverage_cols[] = {
	{ .key = "rule", .zh = "规则", .en = "Rule", .vals = all_rules },
	{ .key = "required", .zh = "应访", .en = "Required",
	    .kind = SG_COL_NUM },
	{ .key = "met", .zh = "已访", .en = "Met",
	    .kind = SG_COL_NUM },
	{ .key = "missed", .zh = "漏访", .en = "Missed",
	    .kind = SG_COL_NUM },
	{ .key = "pending", .zh = "待访", .en = "Pending",
	    .kind = SG_COL_NUM },
	{ .key = "rate", .zh = "达标率", .en = "Rate",
	    .kind = SG_COL_NUM },
};

/* The column of report coverage --misses. */
static const struct sg_col miss_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
};

const struct sg_error *
sg_report_coverage(struct sg_ctx *ctx, const struct sg_report_opts *o)
{
	const struct sg_error	*err = NULL;
	struct sg_report	 r;
	struct sg_period	 p;
	struct sg_cover		*c = NULL, all;
	struct sg_list		 out;
	struct sg_col		 allcols[8];
	const char		*vals[8];
	char			 idb[24];
	int			 i, n, s, k, nst;
	char			 num[5][24], *name = NULL;
	long			 overdue;
	size_t			 j;

	memset(&r, 0, sizeof(r));
	if ((err = report_period(ctx, o, &p, 0)) != NULL)
		return err;
	nst = sg_report_ndb(ctx);
	if (o->misses && ctx->fmt == SG_FMT_DEFAULT)
		ctx->fmt = SG_FMT_TSV;	/* ids to pipe on, as before */
	if ((err = o->misses ? list_begin(ctx, &out, miss_cols, 1, allcols) :
	    list_begin(ctx, &out, coverage_cols, SG_NCOLS(coverage_cols),
	    allcols)) != NULL)
		return err;
	if (ctx->fmt == SG_FMT_XLSX && nst == 1)
		err = sg_out_sheet(&out.out, sg_ctx_labels(ctx, SG_FMT_XLSX) ==
		    SG_LABELS_ZH ? "探访政策覆盖" : "coverage");
	for (s = 0; s < nst && err == NULL; s++) {
		if ((err = sg_report_open(ctx, s, &name)) != NULL ||
		    (err = sg_coverage(ctx, p, &c, &n, &overdue, &r, s, 0,
		    NULL)) != NULL) {
			sg_report_close(ctx);
			break;
		}
		sg_report_close(ctx);
		/* -o xlsx: a sheet per station */
		if (nst > 1 && !o->misses &&
		    (err = sg_out_sheet(&out.out, name)) != NULL)
			break;
		memset(&all, 0, sizeof(all));
		snprintf(all.rule, sizeof(all.rule), "all");
		for (i = 0; i <= n && !o->misses; i++) {
			const struct sg_cover *x = i < n ? &c[i] : &all;

			if (i < n) {
				all.required += x->required;
				all.met += x->met;
				all.missed += x->missed;
				all.pending += x->pending;
			}
			k = 0;
			if (nst > 1)
				vals[k++] = name;
			vals[k++] = x->rule;
			snprintf(num[0], 24, "%ld", x->required);
			snprintf(num[1], 24, "%ld", x->met);
			snprintf(num[2], 24, "%ld", x->missed);
			snprintf(num[3], 24, "%ld", x->pending);
			rate_str(num[4], 24, x->met, x->met + x->missed);
			for (j = 0; j < 5; j++)
				vals[k++] = num[j];
			if ((err = sg_list_row(&out, vals)) != NULL)
				break;
		}
		free(c);
		c = NULL;
		r.station[s] = name;	/* freed with the report */
		name = NULL;
	}
	free(name);
	/* several stations: each id after its station's name */
	for (j = 0; err == NULL && o->misses && j < r.nmiss; j++) {
		if (r.miss[j].kind != 1)
			continue;
		snprintf(idb, sizeof(idb), "%lld", (long long)r.miss[j].id);
		vals[0] = nst > 1 ? r.station[r.miss[j].st] : idb;
		vals[1] = idb;
		err = sg_list_row(&out, vals);
	}
	err = sg_list_end(&out, err);
	report_free(&r);
	return err;
}

/* The columns of report volunteers. */
static const struct sg_col volunteer_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
	{ .key = "teams", .zh = "服务队", .en = "Teams" },
	{ .key = "visits", .zh = "探访次数", .en = "Visits",
	    .kind = SG_COL_NUM },
	{ .key = "events", .zh = "活动次数", .en = "Events",
	    .kind = SG_COL_NUM },
	{ .key = "visit_hours", .zh = "探访时长", .en = "Visit hours",
	    .kind = SG_COL_NUM },
	{ .key = "event_hours", .zh = "活动时长", .en = "Event hours",
	    .kind = SG_COL_NUM },
	{ .key = "manual_hours", .zh = "其他时长", .en = "Other hours",
	    .kind = SG_COL_NUM },
	{ .key = "total", .zh = "合计", .en = "Total",
	    .kind = SG_COL_NUM },
	{ .key = "work_hours", .zh = "工作时长", .en = "Staff work hours",
	    .kind = SG_COL_NUM },
};

const struct sg_error *
sg_report_volunteers(struct sg_ctx *ctx, const struct sg_report_opts *o)
{
	static const char sql[] =
	    "SELECT v.id, v.name, (SELECT group_concat(name, ',') FROM "
	    "(SELECT t.name FROM team t JOIN team_member m ON m.team_id = "
	    "t.id WHERE m.volunteer_id = v.id ORDER BY t.name)), "
	    "(SELECT count(*) FROM visit_visitor vv JOIN visit x ON "
	    "x.id = vv.visit_id WHERE vv.volunteer_id = v.id AND "
	    "x.date BETWEEN ?1 AND ?2), "
	    "(SELECT count(*) FROM staffing s JOIN event e ON e.id = "
	    "s.event_id WHERE s.volunteer_id = v.id AND e.status = "
	    "'scheduled' AND e.date BETWEEN ?1 AND ?2), "
	    "h.visit, h.event, h.manual, h.visit + h.event + h.manual, "
	    "h.work FROM volunteer v JOIN (SELECT v2.id AS id, "
	    "coalesce(sum(CASE s.source WHEN 'visit' THEN s.hours END), 0) "
	    "AS visit, "
	    "coalesce(sum(CASE s.source WHEN 'event' THEN s.hours END), 0) "
	    "AS event, "
	    "coalesce(sum(CASE s.source WHEN 'manual' THEN s.hours END), 0) "
	    "AS manual, coalesce((SELECT sum(w.hours) FROM staff_work w WHERE "
	    "w.volunteer_id = v2.id AND w.date BETWEEN ?1 AND ?2), 0) AS work "
	    "FROM volunteer v2 LEFT JOIN service_hours s ON "
	    "s.volunteer_id = v2.id AND s.date BETWEEN ?1 AND ?2 "
	    "GROUP BY v2.id) h ON h.id = v.id "
	    "WHERE v.status = 'active' OR h.visit + h.event + h.manual + "
	    "h.work > 0 "
	    "ORDER BY v.id";
	const struct sg_error	*err = NULL;
	struct sg_period	 p;
	struct sg_list		 out;
	struct sg_col		 allcols[11];
	sqlite3_stmt		*st;
	const char		*vals[11];
	int			 i, k, s, nst;
	char			 from[16], to[16], num[7][32], *name = NULL;

	if ((err = report_period(ctx, o, &p, 0)) != NULL)
		return err;
	nst = sg_report_ndb(ctx);
	if ((err = list_begin(ctx, &out, volunteer_cols,
	    SG_NCOLS(volunteer_cols), allcols)) != NULL)
		return err;
	if (ctx->fmt == SG_FMT_XLSX && nst == 1)
		err = sg_out_sheet(&out.out, sg_ctx_labels(ctx, SG_FMT_XLSX) ==
		    SG_LABELS_ZH ? "探访政策覆盖" : "coverage");
	for (s = 0; s < nst && err == NULL; s++) {
		if ((err = sg_report_open(ctx, s, &name)) != NULL ||
		    (err = sg_db_prepare(ctx, &st, sql)) != NULL) {
			sg_report_close(ctx);
			break;
		}
		sqlite3_bind_text(st, 1, sg_date_str(from, p.from), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, sg_date_str(to, p.to), -1,
		    SQLITE_TRANSIENT);
		while (err == NULL && sg_db_row(st, &err)) {
			k = 0;
			if (nst > 1)
				vals[k++] = name;
			vals[k++] = (const char *)sqlite3_column_text(st, 0);
			vals[k++] = (const char *)sqlite3_column_text(st, 1);
			vals[k++] = (const char *)sqlite3_column_text(st, 2);
			for (i = 0; i < 2; i++) {
				snprintf(num[i], 32, "%d",
				    sqlite3_column_int(st, 3 + i));
				vals[k++] = num[i];
			}
			for (i = 2; i < 7; i++) {
				vals[k++] = sg_num_str(num[i], 32,
				    sqlite3_column_double(st, 3 + i));
			}
			err = sg_list_row(&out, vals);
		}
		sqlite3_finalize(st);
		sg_report_close(ctx);
		free(name);
		name = NULL;
	}
	return sg_list_end(&out, err);
}

/* The lists of report(1) coverage and volunteers declared here (see columns.c). */
const struct sg_listdecl sg_report_lists[] = {
	{ .cmd = "report", .verb = "coverage", .cols = coverage_cols,
	    .ncols = SG_NCOLS(coverage_cols) },
	{ .cmd = "report", .verb = "volunteers", .cols = volunteer_cols,
	    .ncols = SG_NCOLS(volunteer_cols) },
	{ .cmd = NULL }
};
