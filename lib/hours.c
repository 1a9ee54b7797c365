/*
 * hours.c -- what volunteers do: teams, pairings with elders, service
 * hours from visits, event staffing and manual entries (志愿服务记录),
 * and the certificates issued from them (志愿服务证明).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

#define DEC(x)	"rtrim(rtrim(printf('%.2f', " x "), '0'), '.')"

/* The columns of volunteer team list. */
static const struct sg_col team_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "队名", .en = "Team" },
	{ .key = "leader_id", .zh = "队长编号", .en = "Leader ID",
	    .kind = SG_COL_NUM },
	{ .key = "leader", .zh = "队长", .en = "Leader" },
	{ .key = "members", .zh = "队员人数", .en = "Members",
	    .kind = SG_COL_NUM },
};

/* The columns of volunteer pairs. */
static const struct sg_col pair_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "volunteer_id", .zh = "志愿者编号",
	    .en = "Volunteer ID", .kind = SG_COL_NUM },
	{ .key = "volunteer", .zh = "志愿者", .en = "Volunteer" },
	{ .key = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder", .zh = "老人", .en = "Elder" },
	{ .key = "start", .zh = "结对日期", .en = "Start" },
	{ .key = "end", .zh = "解除日期", .en = "End" },
};

/* The columns of volunteer hours. */
static const struct sg_col hours_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
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
	{ .key = "training_hours", .zh = "培训时长", .en = "Training hours",
	    .kind = SG_COL_NUM },
};

static const struct sg_enum sources[] = {
	{ "visit", "探访" }, { "event", "活动" }, { "manual", "其他服务" },
	{ NULL, NULL }
};
/* the content of a visit or an event: its kind */
static const struct sg_enum contents[] = {
	{ "routine", "走访" }, { "follow-up", "回访" },
	{ "holiday", "节日慰问" }, { "case", "个案" },
	{ "supervision", "督导" }, { "festival", "节日活动" },
	{ "culture", "文化活动" }, { "health", "健康讲座" },
	{ "clinic", "义诊" }, { "group", "小组活动" }, { "training", "培训" },
	{ "interest", "兴趣活动" }, { "other", "其他" },
	{ "visit:routine", "探访：走访" }, { "visit:follow-up", "探访：回访" },
	{ "visit:holiday", "探访：节日慰问" }, { "visit:case", "探访：个案" },
	{ "visit:supervision", "探访：督导" }, { NULL, NULL }
};

/* The columns of volunteer record: the service line by line. */
static const struct sg_col record_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "source", .zh = "来源", .en = "Source", .vals = sources },
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "hours", .zh = "时长", .en = "Hours",
	    .kind = SG_COL_NUM },
	{ .key = "content", .zh = "服务内容", .en = "Content",
	    .vals = contents },
	{ .key = "place", .zh = "地点", .en = "Place" },
};

/* The columns of volunteer certificates: the register. */
static const struct sg_col certificate_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "number", .zh = "证明编号", .en = "Number" },
	{ .key = "volunteer_id", .zh = "志愿者编号",
	    .en = "Volunteer ID", .kind = SG_COL_NUM },
	{ .key = "name", .zh = "姓名", .en = "Name" },
	{ .key = "from", .zh = "起始日期", .en = "From" },
	{ .key = "to", .zh = "截止日期", .en = "To" },
	{ .key = "hours", .zh = "服务时长", .en = "Hours",
	    .kind = SG_COL_NUM },
	{ .key = "issued", .zh = "出具日期", .en = "Issued" },
};

/* A volunteer's id by id or name, and whether it is active. */
static const struct sg_error *
find_volunteer(struct sg_ctx *ctx, const char *who, int64_t *id,
    int need_active)
{
	const struct sg_error	*err;
	int64_t			 active;

	if ((err = sg_volunteer_resolve(ctx, who, id)) != NULL)
		return err;
	if (!need_active)
		return NULL;
	if ((err = sg_db_int(ctx, &active, "SELECT status = 'active' FROM "
	    "volunteer WHERE id = ?", *id)) != NULL)
		return err;
	if (!active)
		return sg_error_fmt("volunteer %lld is archived",
		    (long long)*id);
	return NULL;
}

/* Run a query with bound parameters and print its rows. */
static const struct sg_error *
print_query(struct sg_ctx *ctx, const char *sql, const struct sg_col *cols,
    int n, const char *types, ...)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	va_list			 ap;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	va_start(ap, types);
	sg_bind_args(st, types, ap);
	va_end(ap);
	err = sg_print_stmt(ctx, st, cols, n, 0);
	sqlite3_finalize(st);
	return err;
}

/* volunteer team add NAME [--leader VOL] */
const struct sg_error *
sg_team_add(struct sg_ctx *ctx, const char *name, const char *leader)
{
	const struct sg_error	*err;
	int64_t			 lid = 0, exists;
	char			*n;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (!sg_utf8_valid(name, strlen(name)) || (n = strdup(name)) == NULL)
		return sg_error_fmt("name: invalid UTF-8");
	sg_trim(n);
	if (sg_text_control(n) != 0 || (*n != '\0' && !sg_text_visible(n))) {
		err = sg_text_control(n) != 0 ? sg_error_fmt("name: control "
		    "or direction character U+%04lX in a name",
		    sg_text_control(n)) : sg_error_fmt("name: a name must "
		    "have a visible character");
		free(n);
		return err;
	}
	if (*n == '\0' || strchr(n, ',') != NULL) {
		free(n);
		return sg_error_fmt("name: a team needs a name without ','");
	}
	if (leader != NULL && (err = find_volunteer(ctx, leader, &lid, 1)))
		goto done;
	{
		sqlite3_stmt *st;

		if ((err = sg_db_prepare(ctx, &st, "SELECT count(*) FROM team "
		    "WHERE name = ?")) != NULL)
			goto done;
		sqlite3_bind_text(st, 1, n, -1, SQLITE_STATIC);
		exists = sg_db_row(st, &err) ?
		    sqlite3_column_int64(st, 0) : 0;
		sqlite3_finalize(st);
		if (err != NULL)
			goto done;
	}
	if (exists) {
		err = sg_error_fmt("team '%s' exists already", n);
		goto done;
	}
	if ((err = sg_db_run(ctx, "INSERT INTO team (name, leader_id) VALUES "
	    "(?, nullif(?, 0))", "ti", n, lid)) != NULL)
		goto done;
	if ((err = sg_print_id(ctx, sqlite3_last_insert_rowid(ctx->db))) !=
	    NULL)
		goto done;
	if (lid > 0)
		err = sg_db_run(ctx, "INSERT OR IGNORE INTO team_member "
		    "(team_id, volunteer_id, joined) VALUES (?, ?, sg_today())",
		    "ii", (int64_t)sqlite3_last_insert_rowid(ctx->db), lid);
done:
	free(n);
	return err;
}

/* volunteer team list */
const struct sg_error *
sg_team_list(struct sg_ctx *ctx)
{
	static const char sql[] =
	    "SELECT t.id, t.name, t.leader_id, (SELECT name FROM volunteer "
	    "WHERE id = t.leader_id), (SELECT count(*) FROM team_member m "
	    "JOIN volunteer vo ON vo.id = m.volunteer_id WHERE m.team_id = "
	    "t.id AND vo.status = 'active') FROM team t ORDER BY t.id";
	const struct sg_error	*err;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	return print_query(ctx, sql, team_cols, SG_NCOLS(team_cols), "");
}

/* volunteer team members TEAM: the volunteer list of a team. */
const struct sg_error *
sg_team_members(struct sg_ctx *ctx, const char *team)
{
	struct sg_volunteer_filter	 f;

	memset(&f, 0, sizeof(f));
	f.team = team;
	return sg_volunteer_list(ctx, &f);
}

/* Check an elder can be paired: it exists and is active. */
static const struct sg_error *
pairable_elder(struct sg_ctx *ctx, int64_t elder)
{
	const struct sg_error	*err;
	int64_t			 st;

	if ((err = sg_db_int(ctx, &st, "SELECT CASE status WHEN 'active' "
	    "THEN 1 ELSE 2 END FROM elder WHERE id = ?", elder)) != NULL)
		return err;
	if (st == 0)
		return sg_error_fmt("unknown elder id %lld", (long long)elder);
	if (st == 2)
		return sg_error_fmt("elder %lld is archived", (long long)elder);
	return NULL;
}

/* The day of --date (today when NULL) as text; not in the future. */
static const struct sg_error *
day_opt(struct sg_ctx *ctx, const char *s, char *buf)
{
	const struct sg_error	*err;
	int32_t			 d;

	if ((err = sg_date_parse(&d, s ? s : "today", ctx->today)) != NULL)
		return sg_error_fmt("date: %s", err->msg);
	if (d > ctx->today)
		return sg_error_fmt("date: %s is in the future",
		    sg_date_str(buf, d));
	sg_date_str(buf, d);
	return NULL;
}

/* volunteer pair VOL ELDER...: prints the pairing ids. */
const struct sg_error *
sg_pair(struct sg_ctx *ctx, const char *vol, const int64_t *elders,
    size_t n, const char *date)
{
	const struct sg_error	*err;
	int64_t			 vid, pid;
	char			 day[16];
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = day_opt(ctx, date, day)) != NULL ||
	    (err = find_volunteer(ctx, vol, &vid, 1)) != NULL)
		return err;
	for (i = 0; i < n; i++) {
		if ((err = pairable_elder(ctx, elders[i])) != NULL)
			return err;
		{
			sqlite3_stmt *st;

			if ((err = sg_db_prepare(ctx, &st, "SELECT id FROM "
			    "pairing WHERE end IS NULL AND elder_id = ? AND "
			    "volunteer_id = ?")) != NULL)
				return err;
			sqlite3_bind_int64(st, 1, elders[i]);
			sqlite3_bind_int64(st, 2, vid);
			pid = sg_db_row(st, &err) ?
			    sqlite3_column_int64(st, 0) : 0;
			sqlite3_finalize(st);
			if (err != NULL)
				return err;
		}
		if (pid == 0) {
			if ((err = sg_db_run(ctx, "INSERT INTO pairing "
			    "(volunteer_id, elder_id, start) VALUES (?, ?, ?)",
			    "iit", vid, elders[i], day)) != NULL)
				return err;
			pid = sqlite3_last_insert_rowid(ctx->db);
		}
		if ((err = sg_print_id(ctx, pid)) != NULL)
			return err;
	}
	return NULL;
}

/* volunteer unpair VOL ELDER... [--date D]: the pairing ends. */
const struct sg_error *
sg_unpair(struct sg_ctx *ctx, const char *vol, const int64_t *elders,
    size_t n, const char *date)
{
	const struct sg_error	*err;
	int64_t			 vid;
	char			 day[16];
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = day_opt(ctx, date, day)) != NULL ||
	    (err = find_volunteer(ctx, vol, &vid, 0)) != NULL)
		return err;
	for (i = 0; i < n; i++) {
		if ((err = sg_db_run(ctx, "UPDATE pairing SET end = max(?3, "
		    "start) WHERE end IS NULL AND volunteer_id = ?1 AND "
		    "elder_id = ?2", "iit", vid, elders[i], day)) != NULL)
			return err;
		if (sqlite3_changes(ctx->db) == 0)
			return sg_error_fmt("volunteer %lld is not paired with "
			    "elder %lld", (long long)vid, (long long)elders[i]);
	}
	return NULL;
}

/* volunteer pairs [--volunteer V] [--elder E] [--all] */
const struct sg_error *
sg_pairs(struct sg_ctx *ctx, const char *vol, int64_t elder, int all)
{
	static const char sql[] =
	    "SELECT p.id, p.volunteer_id, vo.name, p.elder_id, e.name, "
	    "p.start, p.end FROM pairing p JOIN volunteer vo ON vo.id = "
	    "p.volunteer_id JOIN elder e ON e.id = p.elder_id WHERE "
	    "(?1 = 0 OR p.volunteer_id = ?1) AND (?2 = 0 OR p.elder_id = ?2) "
	    "AND (?3 OR p.end IS NULL) ORDER BY p.id";
	const struct sg_error	*err;
	int64_t			 vid = 0;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (vol != NULL && (err = find_volunteer(ctx, vol, &vid, 0)) != NULL))
		return err;
	return print_query(ctx, sql, pair_cols, SG_NCOLS(pair_cols), "iii",
	    vid, elder, (int64_t)all);
}

/* volunteer log VOL --date D --hours H --content TEXT [--place P] */
const struct sg_error *
sg_hours_log(struct sg_ctx *ctx, const char *vol, const char *date,
    const char *hours, const char *content, const char *place,
    const char *project)
{
	const struct sg_error	*err;
	int64_t			 vid;
	char			 day[16], *end;
	double			 h;

	if (content == NULL || *content == '\0')
		return sg_error_usage("log: --content is required");
	if (hours == NULL)
		return sg_error_usage("log: --hours is required");
	h = strtod(hours, &end);
	if (*end != '\0' || end == hours || !(h > 0 && h <= 24) ||
	    !sg_plain_decimal(hours, 1))
		return sg_error_fmt("hours: '%s': expected a number of hours "
		    "more than 0 and at most 24", hours);
	if (!sg_utf8_valid(content, strlen(content)) || (place != NULL &&
	    !sg_utf8_valid(place, strlen(place))))
		return sg_error_fmt("content: invalid UTF-8");
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = day_opt(ctx, date, day)) != NULL ||
	    (err = find_volunteer(ctx, vol, &vid, 0)) != NULL)
		return err;
	{
		sqlite3_stmt *st;

		if ((err = sg_db_prepare(ctx, &st, "INSERT INTO hours_log "
		    "(volunteer_id, date, hours, content, place) VALUES "
		    "(?, ?, ?, ?, ?)")) != NULL)
			return err;
		sqlite3_bind_int64(st, 1, vid);
		sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 3, h);
		sqlite3_bind_text(st, 4, content, -1, SQLITE_STATIC);
		sg_bind_text(st, 5, place && *place ? place : NULL);
		err = sg_db_step_done(ctx, st);
		sqlite3_finalize(st);
	}
	if (err == NULL)
		err = sg_project_stamp(ctx, "hours_log",
		    sqlite3_last_insert_rowid(ctx->db), project, "hours", NULL,
		    day);
	if (err == NULL)
		err = sg_print_id(ctx, sqlite3_last_insert_rowid(ctx->db));
	return err;
}

/* The columns of a file of manual hours (volunteer log --file). */
static const struct sg_col log_cols[] = {
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "volunteer", .zh = "志愿者", .en = "Volunteer" },
	{ .key = "hours", .zh = "时长", .en = "Hours", .kind = SG_COL_NUM },
	{ .key = "content", .zh = "服务内容", .en = "Content" },
	{ .key = "place", .zh = "地点", .en = "Place" },
};

/* Other header names of log_cols that platforms and forms use. */
static const char *const log_heads[] = {
	"服务日期|活动日期|时间",
	"姓名|志愿者姓名|volunteer_id|志愿者编号|name|vol",
	"服务时长|小时|时长（小时）|工时|服务时间",
	"内容|活动内容|服务项目|项目|活动名称",
	"服务地点|活动地点",
};

/* One line of a file of manual hours: logged as volunteer log logs it. */
static const struct sg_error *
import_hours(struct sg_ctx *ctx, const char *const *val, void *arg)
{
	const struct sg_error	*err;
	int64_t			 vid;

	(void)arg;
	if (val[0] == NULL)
		return sg_error_fmt("date: empty: each line needs its date");
	if (val[1] == NULL)
		return sg_error_fmt("volunteer: empty: each line needs the "
		    "volunteer (id or name)");
	if (val[2] == NULL)
		return sg_error_fmt("hours: empty: each line needs its hours");
	if (val[3] == NULL)
		return sg_error_fmt("content: empty: each line needs what was "
		    "done");
	if ((err = find_volunteer(ctx, val[1], &vid, 0)) != NULL)
		return err->fatal ? err : sg_error_fmt("volunteer: %s",
		    err->msg);
	return sg_hours_log(ctx, val[1], val[0], val[2], val[3], val[4],
	    NULL);
}

/* volunteer log --file: manual hours from a file, all or nothing. */
const struct sg_error *
sg_hours_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im)
{
	struct sg_rows	 rs = { log_cols, log_heads, SG_NCOLS(log_cols),
	    import_hours, NULL };

	return sg_rows_import(ctx, path, im, &rs);
}

/* The period of --period/--from/--to as text (all time when none). */
static const struct sg_error *
period_text(struct sg_ctx *ctx, const char *period, const char *from,
    const char *to, char *f, char *t)
{
	const struct sg_error	*err;
	struct sg_period	 p;
	int			 set;

	if ((err = sg_period_opts(ctx, period, from, to, &p, &set)) != NULL)
		return err;
	strcpy(f, "0000-01-01");
	strcpy(t, "9999-12-31");
	if (set && p.from > INT32_MIN + 1)
		sg_date_str(f, p.from);
	if (set && p.to < INT32_MAX)
		sg_date_str(t, p.to);
	return NULL;
}

/* volunteer hours [VOL...] [--period P] [--team T] */
const struct sg_error *
sg_hours(struct sg_ctx *ctx, char **vols, int nvols, const char *period,
    const char *from, const char *to, const char *team)
{
	static const char sql[] =
	    "SELECT vo.id, vo.name, "
	    DEC("coalesce((SELECT sum(hours) FROM service_hours h WHERE "
	    "h.volunteer_id = vo.id AND h.source = 'visit' AND h.date "
	    "BETWEEN ?1 AND ?2), 0)") ", "
	    DEC("coalesce((SELECT sum(hours) FROM service_hours h WHERE "
	    "h.volunteer_id = vo.id AND h.source = 'event' AND h.date "
	    "BETWEEN ?1 AND ?2), 0)") ", "
	    DEC("coalesce((SELECT sum(hours) FROM service_hours h WHERE "
	    "h.volunteer_id = vo.id AND h.source = 'manual' AND h.date "
	    "BETWEEN ?1 AND ?2), 0)") ", "
	    DEC("coalesce((SELECT sum(hours) FROM service_hours h WHERE "
	    "h.volunteer_id = vo.id AND h.date BETWEEN ?1 AND ?2), 0)") ", "
	    DEC("coalesce((SELECT sum(hours) FROM staff_work h WHERE "
	    "h.volunteer_id = vo.id AND h.date BETWEEN ?1 AND ?2), 0)") ", "
	    DEC("coalesce((SELECT sum(hours) FROM training h WHERE "
	    "h.volunteer_id = vo.id AND h.date BETWEEN ?1 AND ?2), 0)")
	    " FROM volunteer vo WHERE "
	    "(?3 IS NULL OR vo.id IN (SELECT value FROM json_each(?3))) AND "
	    "(?4 IS NULL OR vo.id IN (SELECT volunteer_id FROM team_member "
	    "WHERE team_id = ?4)) AND (?3 IS NOT NULL OR vo.status = 'active' "
	    "OR EXISTS (SELECT 1 FROM service_hours h WHERE h.volunteer_id = "
	    "vo.id AND h.date BETWEEN ?1 AND ?2) OR EXISTS (SELECT 1 FROM "
	    "staff_work h WHERE h.volunteer_id = vo.id AND h.date BETWEEN ?1 "
	    "AND ?2)) ORDER BY vo.id";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	char			 f[16], t[16], *json = NULL;
	int64_t			*ids = NULL, tid = 0;
	int			 i;

	if ((err = period_text(ctx, period, from, to, f, t)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (nvols > 0 && (ids = calloc(nvols, sizeof(*ids))) == NULL)
		return sg_error_errno("hours");
	for (i = 0; i < nvols; i++)
		if ((err = find_volunteer(ctx, vols[i], &ids[i], 0)) != NULL)
			goto done;
	if (nvols > 0 && (json = sg_ids_json(ids, nvols)) == NULL) {
		err = sg_error_errno("hours");
		goto done;
	}
	if (team != NULL) {
		if ((err = sg_db_prepare(ctx, &st, "SELECT id FROM team WHERE "
		    "name = ?")) != NULL)
			goto done;
		sqlite3_bind_text(st, 1, team, -1, SQLITE_STATIC);
		tid = sg_db_row(st, &err) ?
		    sqlite3_column_int64(st, 0) : 0;
		sqlite3_finalize(st);
		if (err != NULL)
			goto done;
		if (tid == 0) {
			err = sg_error_fmt("team: unknown team '%s'", team);
			goto done;
		}
	}
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		goto done;
	sqlite3_bind_text(st, 1, f, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, t, -1, SQLITE_STATIC);
	sg_bind_text(st, 3, json);
	if (tid > 0)
		sqlite3_bind_int64(st, 4, tid);
	err = sg_print_stmt(ctx, st, hours_cols, SG_NCOLS(hours_cols), 0);
	sqlite3_finalize(st);
done:
	free(ids);
	free(json);
	return err;
}

/* volunteer record VOL [--period P]: the service record, line by line. */
const struct sg_error *
sg_hours_record(struct sg_ctx *ctx, const char *vol, const char *period,
    const char *from, const char *to)
{
	static const char sql[] =
	    "SELECT id, source, date, " DEC("hours") ", content, place FROM ("
	    "SELECT h.source_id AS id, h.source AS source, h.date AS date, "
	    "h.hours AS hours, h.content AS content, h.place AS place "
	    "FROM service_hours h WHERE h.volunteer_id = ?1 "
	    "AND h.date BETWEEN ?2 AND ?3 UNION ALL "
	    "SELECT t.event_id, 'training', t.date, t.hours, "
	    "'training:' || t.title, e.place FROM training t JOIN event e ON "
	    "e.id = t.event_id WHERE t.volunteer_id = ?1 AND t.date BETWEEN "
	    "?2 AND ?3) ORDER BY date, source, id";
	const struct sg_error	*err;
	char			 f[16], t[16];
	int64_t			 vid;

	if ((err = period_text(ctx, period, from, to, f, t)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = find_volunteer(ctx, vol, &vid, 0)) != NULL)
		return err;
	return print_query(ctx, sql, record_cols, SG_NCOLS(record_cols),
	    "itt", vid, f, t);
}

/* The register number for a volunteer and period, issued once. */
static const struct sg_error *
register_number(struct sg_ctx *ctx, int64_t vid, const char *f,
    const char *t, const char *hours, char *num, size_t size)
{
	static const char find[] =
	    "SELECT number FROM certificate WHERE volunteer_id = ? AND "
	    "period_from = ? AND period_to = ?";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	char			 today[16];
	int64_t			 n;

	if ((err = sg_db_prepare(ctx, &st, find)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, vid);
	sqlite3_bind_text(st, 2, f, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, t, -1, SQLITE_STATIC);
	num[0] = '\0';
	if (sg_db_row(st, &err))
		snprintf(num, size, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (num[0] != '\0')
		return sg_db_run(ctx, "UPDATE certificate SET hours = "
		    "CAST(?2 AS REAL) WHERE number = ?1 AND hours IS NOT "
		    "CAST(?2 AS REAL)", "tt", num, hours);
	if ((err = sg_db_int(ctx, &n, "SELECT count(*) FROM certificate "
	    "WHERE substr(issued, 1, 4) = substr(sg_today(), 1, 4)", 0)))
		return err;
	sg_date_str(today, ctx->today);
	snprintf(num, size, "%.4s-%04lld", today, (long long)n + 1);
	return sg_db_run(ctx, "INSERT INTO certificate (number, volunteer_id, "
	    "period_from, period_to, hours, issued) VALUES (?, ?, ?, ?, "
	    "CAST(? AS REAL), sg_today())", "titts", num, vid, f, t, hours);
}

/* The volunteer's name, masked ID number and volunteer number. */
static const struct sg_error *
cert_person(struct sg_ctx *ctx, int64_t vid, struct sg_certificate *c)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const unsigned char	*s;

	if ((err = sg_db_prepare(ctx, &st, "SELECT name, sg_mask(id_number), "
	    "number FROM volunteer WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, vid);
	if (sg_db_row(st, &err)) {
		c->name = strdup((const char *)sqlite3_column_text(st, 0));
		c->id_number = (s = sqlite3_column_text(st, 1)) ?
		    strdup((const char *)s) : NULL;
		c->vol_number = (s = sqlite3_column_text(st, 2)) ?
		    strdup((const char *)s) : NULL;
		if (c->name == NULL)
			err = sg_error_errno("certificate");
	}
	sqlite3_finalize(st);
	return err;
}

/* Add a line of service to a certificate. */
static const struct sg_error *
cert_add_line(struct sg_certificate *c, sqlite3_stmt *st)
{
	struct sg_cert_line	*l;
	const char		*kind;

	if ((l = realloc(c->lines, (c->nlines + 1) * sizeof(*l))) == NULL)
		return sg_error_errno("certificate");
	c->lines = l;
	l = &c->lines[c->nlines++];
	kind = (const char *)sqlite3_column_text(st, 1);
	snprintf(l->source, sizeof(l->source), "%s",
	    sqlite3_column_text(st, 0));
	snprintf(l->kind, sizeof(l->kind), "%s", kind ? kind : "");
	l->count = sqlite3_column_int(st, 2);
	snprintf(l->hours, sizeof(l->hours), "%s", sqlite3_column_text(st, 3));
	return NULL;
}

/* The service lines by kind; the total, first and last date. */
static const struct sg_error *
cert_lines(struct sg_ctx *ctx, int64_t vid, const char *f, const char *t,
    struct sg_certificate *c, char *first, char *last)
{
	static const char sql[] =
	    "SELECT source, CASE source WHEN 'visit' THEN substr(content, 7) "
	    "WHEN 'event' THEN substr(content, 7, instr(substr(content, 7), "
	    "':') - 1) ELSE content END AS kind, count(*), "
	    DEC("sum(hours)") ", min(date), max(date), "
	    DEC("(SELECT sum(hours) FROM service_hours WHERE volunteer_id = ?1 "
	    "AND date BETWEEN ?2 AND ?3)") " FROM service_hours WHERE "
	    "volunteer_id = ?1 AND date BETWEEN ?2 AND ?3 GROUP BY 1, 2 "
	    "ORDER BY CASE source WHEN 'visit' THEN 1 WHEN 'event' THEN 2 "
	    "ELSE 3 END, 2";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	strcpy(c->total, "0");
	first[0] = last[0] = '\0';
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, vid);
	sqlite3_bind_text(st, 2, f, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, t, -1, SQLITE_STATIC);
	while (err == NULL && sg_db_row(st, &err)) {
		const char *a = (const char *)sqlite3_column_text(st, 4);
		const char *b = (const char *)sqlite3_column_text(st, 5);

		err = cert_add_line(c, st);
		if (first[0] == '\0' || strcmp(a, first) < 0)
			snprintf(first, 16, "%s", a);
		if (strcmp(b, last) > 0)
			snprintf(last, 16, "%s", b);
		snprintf(c->total, sizeof(c->total), "%s",
		    sqlite3_column_text(st, 6));
	}
	sqlite3_finalize(st);
	return err;
}

/*
 * Staff (社工, 督导) are paid for their time: it is work, not volunteer
 * service, and no certificate of service is theirs (Volunteer Service
 * Regulations art. 2: service is unpaid; MCA Order 67).
 */
static const struct sg_error *
refuse_staff(struct sg_ctx *ctx, int64_t vid)
{
	static const char sql[] =
	    "SELECT name, role FROM volunteer WHERE id = ? AND role IN "
	    "('social-worker', 'supervisor')";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, vid);
	if (sg_db_row(st, &err))
		err = sg_error_fmt("certificate: %lld %s is staff (%s): staff "
		    "time is work, not volunteer service, which is unpaid "
		    "(Volunteer Service Regulations art. 2; MCA Order 67)",
		    (long long)vid, sqlite3_column_text(st, 0),
		    sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	return err;
}

/* volunteer certificate VOL [--period P] [-o text|markdown] */
const struct sg_error *
sg_certificate(struct sg_ctx *ctx, const char *vol, const char *period,
    const char *from, const char *to)
{
	const struct sg_error	*err;
	struct sg_certificate	 c;
	char			 f[16], t[16], first[16], last[16];
	int64_t			 vid;

	memset(&c, 0, sizeof(c));
	if ((err = sg_want_format(ctx, SG_FMTS(SG_FMT_TEXT) |
	    SG_FMTS(SG_FMT_MARKDOWN), "certificate")) != NULL ||
	    (err = period_text(ctx, period, from, to, f, t)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL ||
	    (err = find_volunteer(ctx, vol, &vid, 0)) != NULL ||
	    (err = refuse_staff(ctx, vid)) != NULL ||
	    (err = cert_person(ctx, vid, &c)) != NULL ||
	    (err = cert_lines(ctx, vid, f, t, &c, first, last)) != NULL ||
	    (err = register_number(ctx, vid, f, t, c.total, c.number,
	    sizeof(c.number))) != NULL)
		goto done;
	sg_date_str(c.issued, ctx->today);
	snprintf(c.from, sizeof(c.from), "%s", strcmp(f, "0000-01-01") ? f :
	    first[0] ? first : c.issued);
	snprintf(c.to, sizeof(c.to), "%s", strcmp(t, "9999-12-31") ? t :
	    last[0] ? last : c.issued);
	c.clerk = ctx->user;
	err = sg_page_certificate(ctx, &c);
done:
	free(c.lines);
	free(c.name);
	free(c.id_number);
	free(c.vol_number);
	return err;
}

/* volunteer certificates: the register. */
const struct sg_error *
sg_certificates(struct sg_ctx *ctx)
{
	static const char sql[] =
	    "SELECT c.id, c.number, c.volunteer_id, vo.name, nullif("
	    "c.period_from, '0000-01-01'), nullif(c.period_to, '9999-12-31'), "
	    DEC("c.hours") ", c.issued FROM certificate c JOIN volunteer vo "
	    "ON vo.id = c.volunteer_id ORDER BY c.id";
	const struct sg_error	*err;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	return print_query(ctx, sql, certificate_cols,
	    SG_NCOLS(certificate_cols), "");
}

/* The lists of volunteer(1) teams, pairs and hours declared here (see columns.c). */
const struct sg_listdecl sg_hours_lists[] = {
	{ .cmd = "volunteer", .verb = "team", .sub = "add", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = "volunteer", .verb = "team", .sub = "list", .cols = team_cols,
	    .ncols = SG_NCOLS(team_cols) },
	{ .cmd = "volunteer", .verb = "team", .sub = "members",
	    .table = &sg_volunteer_table, .skip = SG_F_HEALTH },
	{ .cmd = "volunteer", .verb = "pair", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "volunteer", .verb = "pairs", .cols = pair_cols,
	    .ncols = SG_NCOLS(pair_cols) },
	/* volunteer --columns log --file: the columns of a file of hours */
	{ .cmd = "volunteer", .verb = "log", .sub = "--file", .cols = log_cols,
	    .ncols = SG_NCOLS(log_cols) },
	{ .cmd = "volunteer", .verb = "log", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "volunteer", .verb = "hours", .cols = hours_cols,
	    .ncols = SG_NCOLS(hours_cols) },
	{ .cmd = "volunteer", .verb = "record", .cols = record_cols,
	    .ncols = SG_NCOLS(record_cols) },
	{ .cmd = "volunteer", .verb = "certificates", .cols = certificate_cols,
	    .ncols = SG_NCOLS(certificate_cols) },
	{ .cmd = NULL }
};
