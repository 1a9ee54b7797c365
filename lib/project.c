/*
 * project.c -- projects (a funded service plan: 锦瑟年华) and their parts:
 * which part a visit, event, case or manual hour counts for (--project,
 * else the config's default for its kind), and report project, each
 * target of each part beside what was done, the percentage and the pace
 * the rest of the period needs.  The projects themselves are in the
 * config (config.c); page.c prints the page.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/*
 * Everyone served, a row a service: who (one key a person), the date and
 * the project and part it counts for.  The one place service is counted:
 * people served (服务人次) are its rows, distinct people its distinct
 * who.  Visits and attendance at events are service; a sign-up is not.
 * Persons who are not elders (issue 22) join here as 'person:' || id
 * rows of their attendance and visits.
 */
#define SERVED \
	"(SELECT 'elder:' || v.elder_id AS who, v.date AS date, " \
	"v.project AS project, v.part AS part FROM visit v " \
	"UNION ALL SELECT 'elder:' || a.elder_id, e.date, e.project, e.part " \
	"FROM attendance a JOIN event e ON e.id = a.event_id " \
	"WHERE e.status = 'scheduled')"

/* A part's records in a span: ?1 project, ?2 part, ?3 from, ?4 to. */
#define IN_PART(t) \
	t "project = ?1 AND " t "part = ?2 AND " t "date BETWEEN ?3 AND ?4"

/* Elders of the part's tag (?6, NULL: all) active on ?4. */
#define PART_ELDERS \
	"FROM elder e WHERE e.joined <= ?4 AND (e.status = 'active' OR " \
	"e.archive_date > ?4) AND (?6 IS NULL OR instr(',' || " \
	"sg_tags(e.tags, e.living, e.birth, ?4) || ',', ',' || ?6 || ',') > 0)"

/*
 * How each target is counted: one row (n, d); d > 0 only for a rate.
 * ?5 the part's series, ?6 its tag, ?7 an event kind.
 */
static const struct {
	const char	*what;
	int		 kind;		/* SG_FIG_* */
	const char	*sql;
} counts[] = {
	{ "visits", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM visit WHERE " IN_PART("") },
	{ "home_visits", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM visit WHERE " IN_PART("") " AND "
	    "mode = 'home'" },
	{ "visit_rate", SG_FIG_RATE,
	    "SELECT (SELECT count(*) " PART_ELDERS " AND EXISTS (SELECT 1 "
	    "FROM visit v WHERE v.elder_id = e.id AND v.mode = 'home' AND "
	    IN_PART("v.") ")), (SELECT count(*) " PART_ELDERS ")" },
	{ "events", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM event WHERE status = 'scheduled' AND "
	    IN_PART("") },
	{ "events_", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM event WHERE status = 'scheduled' AND "
	    IN_PART("") " AND kind = ?7" },
	{ "sessions", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM event WHERE status = 'scheduled' AND "
	    "date BETWEEN ?3 AND ?4 AND (series = ?5 OR (?5 IS NULL AND "
	    "series IS NOT NULL AND project = ?1 AND part = ?2))" },
	{ "served", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM " SERVED " s WHERE " IN_PART("s.") },
	{ "people", SG_FIG_COUNT,
	    "SELECT count(DISTINCT who), 0 FROM " SERVED " s WHERE "
	    IN_PART("s.") },
	{ "hours", SG_FIG_HOURS,
	    "SELECT coalesce((SELECT sum(round(v.minutes / 60.0, 2)) FROM "
	    "visit v JOIN visit_visitor vv ON vv.visit_id = v.id WHERE "
	    IN_PART("v.") "), 0) + coalesce((SELECT sum(s.hours) FROM "
	    "staffing s JOIN event e ON e.id = s.event_id WHERE "
	    "e.status = 'scheduled' AND " IN_PART("e.") "), 0) + "
	    "coalesce((SELECT sum(h.hours) FROM hours_log h WHERE "
	    IN_PART("h.") "), 0), 0" },
	{ "cases_opened", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM elder_case WHERE project = ?1 AND "
	    "part = ?2 AND opened BETWEEN ?3 AND ?4" },
	{ "cases_closed", SG_FIG_COUNT,
	    "SELECT count(*), 0 FROM elder_case WHERE project = ?1 AND "
	    "part = ?2 AND status = 'closed' AND closed BETWEEN ?3 AND ?4" },
};

/* The way a target is counted. */
static int
count_find(const char *what)
{
	size_t	 i;

	for (i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		if (strcmp(counts[i].what, what) == 0 ||
		    (strcmp(counts[i].what, "events_") == 0 &&
		    strncmp(what, "events_", 7) == 0))
			return (int)i;
	return -1;
}

/* The kind of figure a target is (SG_FIG_*). */
int
sg_target_kind(const char *what)
{
	int	 i = count_find(what);

	return i < 0 ? SG_FIG_COUNT : counts[i].kind;
}

/* Count one target of a part over a span: *n, and *d for a rate. */
const struct sg_error *
sg_project_count(struct sg_ctx *ctx, const struct sg_project *pj,
    const struct sg_part *pt, const char *what, struct sg_period p,
    double *n, double *d)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 from[16], to[16];
	int			 i;

	*n = *d = 0;
	if ((i = count_find(what)) < 0)
		return sg_error_fmt("target: unknown '%s'", what);
	if (p.to < p.from)
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, counts[i].sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, pj->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, pt->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, sg_date_str(from, p.from), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, sg_date_str(to, p.to), -1, SQLITE_TRANSIENT);
	for (i = 5; i <= sqlite3_bind_parameter_count(st); i++)
		sg_bind_text(st, i, i == 5 ? pt->series : i == 6 ? pt->tag :
		    strncmp(what, "events_", 7) == 0 ? what + 7 : NULL);
	if (sg_db_row(st, &err)) {
		*n = sqlite3_column_double(st, 0);
		*d = sqlite3_column_double(st, 1);
	}
	sqlite3_finalize(st);
	return err;
}

/* ------------------------------------------------------------ stamping */

/* A project and part of the config by name; error when none. */
static const struct sg_error *
find_part(struct sg_ctx *ctx, const char *spec, const struct sg_project **pj,
    const struct sg_part **pt)
{
	const struct sg_config	*c = ctx->cfg;
	const char		*slash = strchr(spec, '/');
	size_t			 n;
	int			 i, j;

	if (slash == NULL || slash == spec || slash[1] == '\0')
		return sg_error_fmt("project: '%s': expected PROJECT/PART",
		    spec);
	n = (size_t)(slash - spec);
	for (i = 0; i < c->nprojects; i++)
		if (strlen(c->projects[i].name) == n &&
		    strncmp(c->projects[i].name, spec, n) == 0)
			break;
	if (i == c->nprojects)
		return sg_error_fmt("project: no project '%.*s' in the config",
		    (int)n, spec);
	*pj = &c->projects[i];
	for (j = 0; j < (*pj)->nparts; j++)
		if (strcmp((*pj)->parts[j].name, slash + 1) == 0)
			break;
	if (j == (*pj)->nparts)
		return sg_error_fmt("project: no part '%s' in project '%s'",
		    slash + 1, (*pj)->name);
	*pt = &(*pj)->parts[j];
	return NULL;
}

/*
 * The part a record counts for: spec (--project PROJECT/PART; "" or
 * "none" for none), else the default of the first project whose period
 * holds the date, for the record's kind and sub-kind ("visit",
 * "holiday"), the sub-kind's first.
 */
const struct sg_error *
sg_project_pick(struct sg_ctx *ctx, const char *spec, const char *kind,
    const char *sub, const char *date, const struct sg_project **pj,
    const struct sg_part **pt)
{
	const struct sg_config	*c = ctx->cfg;
	char			 key[64];
	int32_t			 d;
	int			 i, j, pass;

	*pj = NULL;
	*pt = NULL;
	if (spec != NULL)
		return *spec == '\0' || strcmp(spec, "none") == 0 ? NULL :
		    find_part(ctx, spec, pj, pt);
	if (date == NULL || sg_date_parse(&d, date, ctx->today) != NULL)
		return NULL;
	for (i = 0; i < c->nprojects; i++) {
		const struct sg_project *p = &c->projects[i];

		if (d < p->from || d > p->to)
			continue;
		for (pass = sub != NULL ? 0 : 1; pass < 2; pass++) {
			snprintf(key, sizeof(key), "%s%s%s", kind,
			    pass == 0 ? "." : "", pass == 0 ? sub : "");
			for (j = 0; j < p->ndefaults; j++)
				if (strcmp(p->defaults[j].key, key) == 0) {
					*pj = p;
					*pt = &p->parts[p->defaults[j].part];
					return NULL;
				}
		}
	}
	return NULL;
}

/*
 * Set the project and part of a record just written: table is one of
 * visit, event, elder_case, hours_log; kind and sub as sg_project_pick.
 */
const struct sg_error *
sg_project_stamp(struct sg_ctx *ctx, const char *table, int64_t id,
    const char *spec, const char *kind, const char *sub, const char *date)
{
	static const char *const sql[] = {
	    "UPDATE visit SET project = ?1, part = ?2 WHERE id = ?3",
	    "UPDATE event SET project = ?1, part = ?2 WHERE id = ?3",
	    "UPDATE elder_case SET project = ?1, part = ?2 WHERE id = ?3",
	    "UPDATE hours_log SET project = ?1, part = ?2 WHERE id = ?3",
	};
	static const char *const tables[] = { "visit", "event", "elder_case",
	    "hours_log" };
	const struct sg_error	*err;
	const struct sg_project	*pj;
	const struct sg_part	*pt;
	size_t			 i;

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (strcmp(tables[i], table) == 0)
			break;
	if (i == sizeof(tables) / sizeof(tables[0]))
		return sg_error_fmt("project: no table '%s'", table);
	if ((err = sg_project_pick(ctx, spec, kind, sub, date, &pj, &pt)) !=
	    NULL || pj == NULL)
		return err;
	return sg_db_run(ctx, sql[i], "tti", pj->name, pt->name, id);
}

/* ---------------------------------------------------------- the report */

/* Add a row to the progress. */
static const struct sg_error *
add_row(struct sg_progress *g, const struct sg_prow *r)
{
	struct sg_prow	*rows;

	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 32;
		if ((rows = realloc(g->rows, g->cap * sizeof(*rows))) == NULL)
			return sg_error_errno("report");
		g->rows = rows;
	}
	g->rows[g->n++] = *r;
	return NULL;
}

/* The rows of one part's targets over p, counted to the as-of day. */
static const struct sg_error *
part_rows(struct sg_ctx *ctx, struct sg_progress *g,
    const struct sg_project *pj, const struct sg_part *pt, struct sg_period p)
{
	const struct sg_error	*err;
	struct sg_prow		 r;
	struct sg_period	 done;
	double			 n, d, left;
	int			 i;

	done = p;
	if (done.to > ctx->today)
		done.to = ctx->today;
	for (i = 0; i < pt->ntargets; i++) {
		memset(&r, 0, sizeof(r));
		r.pj = pj;
		r.pt = pt;
		r.tg = &pt->targets[i];
		r.period = p;
		r.asof = done.to < p.from ? p.from - 1 : done.to;
		r.kind = sg_target_kind(r.tg->what);
		if ((err = sg_project_count(ctx, pj, pt, r.tg->what, done, &n,
		    &d)) != NULL)
			return err;
		r.done = n;
		r.den = d;
		if (r.kind == SG_FIG_RATE)
			n = d > 0 ? round(1000.0 * n / d) / 10 : 0;
		r.percent = round(1000.0 * n / r.tg->goal) / 10;
		r.pace = -1;
		if (r.kind != SG_FIG_RATE && r.asof < p.to) {
			left = r.tg->goal - n;
			r.pace = left <= 0 ? 0 : ceil(10.0 * left /
			    ((p.to - r.asof) / 7.0)) / 10;
		}
		if ((err = add_row(g, &r)) != NULL)
			return err;
	}
	return NULL;
}

/* report project [NAME] [--period P | --from D --to D] */
const struct sg_error *
sg_report_project(struct sg_ctx *ctx, const char *name,
    const struct sg_report_opts *o)
{
	const struct sg_error	*err;
	const struct sg_config	*c;
	struct sg_progress	 g;
	struct sg_period	 want, p;
	int			 set, i, j, found = 0;

	memset(&g, 0, sizeof(g));
	if ((err = sg_period_opts(ctx, o->period, o->from, o->to, &want,
	    &set)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	c = ctx->cfg;
	if (c->nprojects == 0)
		return sg_error_fmt("project: no projects in the config (see "
		    "shegong.yaml(5))");
	g.today = ctx->today;
	for (i = 0; i < c->nprojects; i++) {
		const struct sg_project *pj = &c->projects[i];

		if (name != NULL && strcmp(name, pj->name) != 0)
			continue;
		found = 1;
		p.from = pj->from;
		p.to = pj->to;
		if (set && want.from > p.from)
			p.from = want.from;
		if (set && want.to < p.to)
			p.to = want.to;
		for (j = 0; j < pj->nparts; j++)
			if ((err = part_rows(ctx, &g, pj, &pj->parts[j],
			    p)) != NULL)
				goto done;
	}
	if (!found)
		err = sg_error_fmt("project: no project '%s' in the config",
		    name);
	else
		err = sg_page_project(ctx, &g);
done:
	free(g.rows);
	return err;
}
