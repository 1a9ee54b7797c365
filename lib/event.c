/*
 * event.c -- activities: festivals, clinics, health talks, support groups
 * and classes, alone or as a series of sessions; sign-up with a capacity
 * and a waitlist; attendance with walk-ins; the sign-in roster; and the
 * volunteers who staffed an event, whose hours feed volunteer hours.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sg.h"

static const struct sg_enum kinds[] = {
	{ "festival", "节日|节日活动" },
	{ "culture", "文化|文化活动" },
	{ "health", "健康讲座|健康|讲座" },
	{ "clinic", "义诊" },
	{ "group", "小组|小组活动" },
	{ "training", "培训" },
	{ "interest", "兴趣|兴趣班|兴趣活动" },
	{ "other", "其他" },
	{ NULL, NULL }
};

static const struct sg_enum statuses[] = {
	{ "scheduled", "已安排" },
	{ "cancelled", "已取消|取消|canceled" },
	{ NULL, NULL }
};

static const struct sg_enum repeats[] = {
	{ "weekly", "每周" },
	{ "biweekly", "隔周|双周|fortnightly" },
	{ "monthly", "每月" },
	{ NULL, NULL }
};

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO
#define BIG	65536
/* Now, on today's date (SHEGONG_TODAY when set: a script's sign-ups fall
   on its day). */
#define NOW	"(sg_today() || strftime('T%H:%M:%S', 'now'))"
#define HOURS_FMT(x)	"rtrim(rtrim(printf('%.2f', " x "), '0'), '.')"
#define COUNT(tbl, cond) \
	"(SELECT count(*) FROM " tbl " WHERE x.event_id = e.id" cond ")"

/* What event staff prints: the volunteer and the hours. */
static const struct sg_col staff_cols[] = {
	{ .key = "id", .zh = "志愿者编号", .en = "Volunteer ID",
	    .kind = SG_COL_NUM },
	{ .key = "hours", .zh = "时长", .en = "Hours",
	    .kind = SG_COL_NUM },
};

static const struct sg_enum weekdays[] = {
	{ "mon", "周一" }, { "tue", "周二" }, { "wed", "周三" },
	{ "thu", "周四" }, { "fri", "周五" }, { "sat", "周六" },
	{ "sun", "周日" }, { NULL, NULL }
};
static const struct sg_enum results[] = {
	{ "registered", "已报名" }, { "waitlisted", "候补" },
	{ "withdrawn", "已退出" }, { "attended", "已到场" },
	{ "walk-in", "现场参加" }, { "already-registered", "此前已报名" },
	{ "already-waitlisted", "此前已候补" },
	{ "already-withdrawn", "此前已退出" },
	{ "already-attended", "此前已到场" }, { "yes", "是" }, { "no", "否" },
	{ NULL, NULL }
};

/* Who a participant is: an elder, or the kind of person. */
static const struct sg_enum party_kinds[] = {
	{ "elder", "老人" }, { "caregiver", "照料者" }, { "resident", "居民" },
	{ "student", "学生" }, { "family", "家属" }, { "other", "其他" },
	{ NULL, NULL }
};

/* The columns of event festivals. */
static const struct sg_col festival_cols[] = {
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "name", .zh = "节日", .en = "Festival" },
	{ .key = "key", .zh = "代号", .en = "Key" },
	{ .key = "weekday", .zh = "星期", .en = "Weekday", .vals = weekdays },
	{ .key = "days_off", .zh = "放假", .en = "Days off" },
};

/* The columns of an event, in output order. */
static const struct sg_field event_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "e.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the event's number" },
	{ .name = "title", .zh = "活动名称", .en = "Title", .col = "title",
	    .expr = "e.title", .kind = SG_K_NAME, .flags = SG_F_REQ | L,
	    .maxlen = 200, .doc = "what the event is called" },
	{ .name = "kind", .zh = "类型", .en = "Kind", .col = "kind",
	    .expr = "e.kind", .kind = SG_K_ENUM, .flags = L, .vals = kinds,
	    .doc = "festival, culture, health, clinic, group, training, interest or "
	    "other" },
	{ .name = "date", .zh = "日期", .en = "Date", .col = "date",
	    .expr = "e.date", .kind = SG_K_DATE, .flags = L,
	    .doc = "the day it takes place" },
	{ .name = "start", .zh = "开始时间", .en = "Start", .col = "start",
	    .expr = "e.start", .kind = SG_K_CODE, .flags = L, .maxlen = 16,
	    .doc = "start time, HH:MM" },
	{ .name = "end", .zh = "结束时间", .en = "End", .col = "\"end\"",
	    .expr = "e.\"end\"", .kind = SG_K_CODE, .flags = L, .maxlen = 16,
	    .doc = "end time, HH:MM" },
	{ .name = "place", .zh = "地点", .en = "Place", .col = "place",
	    .expr = "e.place", .kind = SG_K_NAME, .flags = L, .maxlen = 200,
	    .doc = "where it takes place" },
	{ .name = "capacity", .zh = "名额", .en = "Capacity", .col = "capacity",
	    .expr = "e.capacity", .kind = SG_K_INT, .flags = L | N,
	    .maxlen = 12, .doc = "places; empty when there is no limit" },
	{ .name = "registered", .zh = "已报名", .en = "Registered",
	    .expr = COUNT("signup x",
	    " AND x.status = 'registered'"), .kind = SG_K_INT,
	    .flags = L | N | RO, .doc = "elders registered" },
	{ .name = "waitlisted", .zh = "候补", .en = "Waitlisted",
	    .expr = COUNT("signup x",
	    " AND x.status = 'waitlisted'"), .kind = SG_K_INT,
	    .flags = L | N | RO, .doc = "elders on the waitlist" },
	{ .name = "attended", .zh = "到场", .en = "Attended",
	    .expr = COUNT("attendance x", ""), .kind = SG_K_INT,
	    .flags = L | N | RO, .doc = "elders who came, walk-ins included" },
	{ .name = "series", .zh = "系列", .en = "Series", .col = "series",
	    .expr = "e.series", .kind = SG_K_NAME, .flags = L, .maxlen = 200,
	    .doc = "the series (group of sessions) it belongs to" },
	{ .name = "status", .zh = "状态", .en = "Status", .col = "status",
	    .expr = "e.status", .kind = SG_K_ENUM, .flags = L, .vals = statuses,
	    .doc = "scheduled or cancelled" },
	{ .name = "walk_ins", .zh = "临时参加", .en = "Walk-ins",
	    .expr = COUNT("attendance x", " AND x.walk_in"), .kind = SG_K_INT,
	    .flags = N | RO, .doc = "elders who came without a place" },
	{ .name = "partners", .zh = "合作单位", .en = "Partners",
	    .alias = "partner", .expr = "(SELECT group_concat(x.partner, ',') "
	    "FROM (SELECT p.partner FROM event_partner p WHERE p.event_id = "
	    "e.id ORDER BY p.partner) x)", .kind = SG_K_TAGS, .maxlen = 2048,
	    .doc = "partners providing resources, joined by ','" },
	{ .name = "staff", .zh = "工作人员", .en = "Staff",
	    .expr = "(SELECT group_concat(x.s, ',') FROM (SELECT "
	    "vo.name || ' ' || " HOURS_FMT("st.hours") " || 'h' AS s FROM "
	    "staffing st JOIN volunteer vo ON vo.id = st.volunteer_id WHERE "
	    "st.event_id = e.id ORDER BY vo.id) x)", .kind = SG_K_TEXT,
	    .flags = RO, .doc = "volunteers who worked it, with their hours" },
	{ .name = "cancel_reason", .zh = "取消原因", .en = "Cancel reason",
	    .col = "cancel_reason", .expr = "e.cancel_reason",
	    .kind = SG_K_TEXT, .maxlen = 1024, .doc = "why it was cancelled" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "e.note", .kind = SG_K_TEXT, .maxlen = BIG,
	    .doc = "notes" },
};

static const struct sg_error *save_partners(struct sg_ctx *,
    const struct sg_values *, int64_t);

static const struct sg_table event_table = {
	.name = "event", .table = "event", .from = "event e",
	.fields = event_fields,
	.nfields = sizeof(event_fields) / sizeof(event_fields[0]),
	.order = "e.date, e.start, e.id", .save_extra = save_partners
};

/* A participant's address: an elder's, or a person's (outside, or
   building-unit-room). */
#define PARTY_ADDRESS \
	"CASE WHEN p.outside THEN 'outside' ELSE ltrim(coalesce('-' || " \
	"coalesce(e.building, p.building), '') || coalesce('-' || " \
	"coalesce(e.unit, p.unit), '') || coalesce('-' || coalesce(e.room, " \
	"p.room), ''), '-') END"

/* The columns of the sign-in sheet: one row per elder or person. */
static const struct sg_field roster_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID",
	    .expr = "CASE WHEN r.person_id IS NULL THEN e.id ELSE "
	    "'person:' || p.id END",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N,
	    .doc = "the elder's number, or person:ID" },
	{ .name = "name", .zh = "姓名", .en = "Name",
	    .expr = "coalesce(e.name, p.name)",
	    .kind = SG_K_NAME, .flags = L, .doc = "name" },
	{ .name = "kind", .zh = "类别", .en = "Kind",
	    .expr = "CASE WHEN r.person_id IS NULL THEN 'elder' ELSE p.kind "
	    "END", .kind = SG_K_TEXT, .flags = L, .vals = party_kinds,
	    .doc = "elder, or the person's kind: caregiver, resident, "
	    "student, family or other" },
	{ .name = "address", .zh = "地址", .en = "Address", .expr = PARTY_ADDRESS,
	    .kind = SG_K_TEXT, .flags = L, .doc = "building-unit-room" },
	{ .name = "phone", .zh = "联系电话", .en = "Phone",
	    .expr = "coalesce(e.phone, p.phone)",
	    .kind = SG_K_PHONE, .flags = L, .doc = "phone" },
	{ .name = "status", .zh = "报名状态", .en = "Status", .expr = "r.status",
	    .kind = SG_K_TEXT, .flags = L, .vals = results,
	    .doc = "registered, waitlisted or walk-in" },
	{ .name = "signature", .zh = "签名", .en = "Signature", .expr = "''",
	    .kind = SG_K_TEXT, .flags = L, .doc = "blank, to sign" },
	{ .name = "attended", .zh = "到场", .en = "Attended",
	    .expr = "CASE WHEN a.event_id IS NULL THEN 'no' "
	    "WHEN a.walk_in THEN 'walk-in' ELSE 'yes' END", .kind = SG_K_TEXT,
	    .vals = results,
	    .doc = "yes, no or walk-in (after the event)" },
};

static const struct sg_table roster_table = {
	.name = "roster", .table = "signup",
	.from = "(SELECT s.event_id AS event_id, s.elder_id AS elder_id, "
	"s.person_id AS person_id, s.status AS "
	"status, s.status <> 'registered' AS grp, s.time AS time, s.id AS ord "
	"FROM signup s WHERE s.status <> 'withdrawn' UNION ALL "
	"SELECT a.event_id, a.elder_id, a.person_id, 'walk-in', 2, a.time, 0 "
	"FROM attendance a WHERE NOT EXISTS (SELECT 1 FROM signup s WHERE "
	"s.event_id = a.event_id AND s.elder_id IS a.elder_id AND "
	"s.person_id IS a.person_id AND s.status <> 'withdrawn')) r "
	"LEFT JOIN elder e ON e.id = r.elder_id "
	"LEFT JOIN person p ON p.id = r.person_id "
	"LEFT JOIN attendance a ON a.event_id = r.event_id AND "
	"a.elder_id IS r.elder_id AND a.person_id IS r.person_id",
	.fields = roster_fields,
	.nfields = sizeof(roster_fields) / sizeof(roster_fields[0]),
	.order = "r.grp, r.time, r.ord, r.person_id IS NOT NULL, "
	"coalesce(r.elder_id, r.person_id)"
};

#undef L
#undef N
#undef RO

/* What the verbs need to know of one event. */
struct event {
	int64_t		 id;
	char		 date[16];
	int		 start, end;	/* minutes; -1 when not set */
	int		 cancelled;
};

/* Index of a field of the event table (it exists: a programming error). */
static int
fi(const char *name)
{
	int	 i = -1;

	sg_field_find(&event_table, name, &i);
	return i;
}

/* Replace a value in place, marking it set. */
static const struct sg_error *
put(struct sg_values *v, const char *name, const char *val)
{
	int	 i = fi(name);

	free(v->v[i]);
	v->v[i] = NULL;
	if (val != NULL && (v->v[i] = strdup(val)) == NULL)
		return sg_error_errno("%s", name);
	v->set[i] = 1;
	return NULL;
}

/* Partners follow the partners value when it was set. */
static const struct sg_error *
save_partners(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char del[] =
	    "DELETE FROM event_partner WHERE event_id = ?1 AND "
	    "instr(',' || ?2 || ',', ',' || partner || ',') = 0";
	static const char ins[] =
	    "INSERT OR IGNORE INTO event_partner (event_id, partner) "
	    "VALUES (?1, ?2)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st = NULL;
	const char		*list = v->v[fi("partners")];
	char			*copy, *p, *save = NULL;

	if (!v->set[fi("partners")])
		return NULL;
	if ((copy = strdup(list ? list : "")) == NULL)
		return sg_error_errno("partners");
	if ((err = sg_db_prepare(ctx, &st, del)) != NULL)
		goto done;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, list ? list : "", -1, SQLITE_STATIC);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	if (err != NULL || (err = sg_db_prepare(ctx, &st, ins)) != NULL)
		goto done;
	for (p = strtok_r(copy, ",", &save); p != NULL && err == NULL;
	    p = strtok_r(NULL, ",", &save)) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, p, -1, SQLITE_STATIC);
		err = sg_db_step_done(ctx, st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
done:
	free(copy);
	return err;
}

/* Read "HH:MM" of a field into minutes and store it as HH:MM. */
static const struct sg_error *
norm_time(struct sg_values *v, const char *name, int *min)
{
	const struct sg_error	*err;
	const char		*s = v->v[fi(name)];
	char			 buf[16];
	int			 set = v->set[fi(name)];

	*min = -1;
	if (s == NULL)
		return NULL;
	/* "9:30" is 09:30 */
	snprintf(buf, sizeof(buf), "0%s", s);
	if ((err = sg_time_parse(min, s)) != NULL &&
	    (strlen(s) != 4 || s[1] != ':' || sg_time_parse(min, buf) != NULL))
		return sg_error_fmt("%s: %s", name, err->msg);
	snprintf(buf, sizeof(buf), "%02d:%02d", *min / 60, *min % 60);
	if (strcmp(buf, s) == 0)
		return NULL;
	err = put(v, name, buf);
	v->set[fi(name)] = set;
	return err;
}

/* Registered elders of an event. */
static const struct sg_error *
count_registered(struct sg_ctx *ctx, int64_t event, int64_t *n)
{
	return sg_db_int(ctx, n, "SELECT count(*) FROM signup WHERE "
	    "event_id = ? AND status = 'registered'", event);
}

/* The rules every stored event keeps; id 0 for a new one. */
static const struct sg_error *
event_check(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	const struct sg_error	*err;
	const char		*cap = v->v[fi("capacity")];
	char			 today[16];
	int			 start, end;
	int64_t			 n;

	if (v->v[fi("title")] == NULL)
		return sg_error_fmt("title: empty title");
	if (v->v[fi("date")] == NULL && id > 0)
		return sg_error_fmt("date: an event needs a date");
	if ((v->v[fi("date")] == NULL && (err = put(v, "date",
	    sg_date_str(today, ctx->today))) != NULL) ||
	    (v->v[fi("kind")] == NULL && (err = put(v, "kind", "other"))) ||
	    (v->v[fi("status")] == NULL && (err = put(v, "status",
	    "scheduled")) != NULL))
		return err;
	if ((err = norm_time(v, "start", &start)) != NULL ||
	    (err = norm_time(v, "end", &end)) != NULL)
		return err;
	if (end >= 0 && start < 0)
		return sg_error_fmt("end: an end time needs a start time");
	if (end >= 0 && end <= start)
		return sg_error_fmt("end: %s is not after the start %s",
		    v->v[fi("end")], v->v[fi("start")]);
	if (id == 0 || cap == NULL)
		return NULL;
	if ((err = count_registered(ctx, id, &n)) != NULL)
		return err;
	if (n > atoll(cap))
		return sg_error_fmt("capacity: %s is less than the %lld elders "
		    "registered", cap, (long long)n);
	return NULL;
}

/* Set the capacity: a positive whole number, or none (no limit). */
static const struct sg_error *
set_capacity(struct sg_ctx *ctx, struct sg_values *v, const char *val)
{
	const struct sg_error	*err;
	const char		*s;

	if (strcasecmp(val, "none") == 0 || strcmp(val, "不限") == 0 ||
	    *val == '\0')
		return sg_values_set(v, "capacity", "", ctx->today);
	err = sg_values_set(v, "capacity", val, ctx->today);
	if (err != NULL || (s = sg_values_get(v, "capacity")) == NULL ||
	    atoll(s) <= 0)
		return sg_error_fmt("capacity: invalid capacity '%s': expected "
		    "a positive whole number or none", val);
	return NULL;
}

/* Set the kv fields on v, each error naming its field. */
static const struct sg_error *
apply_kv(struct sg_ctx *ctx, struct sg_values *v, const struct sg_kv *kv,
    int n)
{
	const struct sg_error	*err;
	int			 i;

	for (i = 0; i < n; i++) {
		if (strcmp(kv[i].key, "capacity") == 0)
			err = set_capacity(ctx, v, kv[i].val);
		else if (strcmp(kv[i].key, "status") == 0 ||
		    strcmp(kv[i].key, "cancel_reason") == 0)
			err = sg_error_fmt("%s: unknown column", kv[i].key);
		else
			err = sg_values_set(v, kv[i].key, kv[i].val,
			    ctx->today);
		if (err != NULL)
			return err;
	}
	return NULL;
}

/* The dates of a series: count sessions from first, every step. */
static const struct sg_error *
series_dates(struct sg_ctx *ctx, const char *first, const char *repeat,
    const char *count, int32_t **dates, int *n)
{
	const struct sg_error	*err;
	const char		*rep;
	char			*end, buf[128];
	long			 c;
	int32_t			 d;
	int			 i;

	if ((rep = sg_enum_find(repeats, repeat)) == NULL)
		return sg_error_fmt("repeat: invalid value '%s': expected %s",
		    repeat, sg_enum_list(buf, sizeof(buf), repeats));
	errno = 0;
	c = strtol(count, &end, 10);
	if (!isdigit((unsigned char)*count) || *end != '\0' || errno != 0 ||
	    c < 1 || c > 366)
		return sg_error_fmt("count: invalid count '%s': expected a "
		    "whole number from 1 to 366", count);
	if ((err = sg_date_parse(&d, first, ctx->today)) != NULL)
		return sg_error_fmt("date: %s", err->msg);
	if ((*dates = calloc(c, sizeof(**dates))) == NULL)
		return sg_error_errno("series");
	for (i = 0; i < c; i++) {
		if (strcmp(rep, "monthly") == 0)
			(*dates)[i] = sg_date_add_months(d, i);
		else
			(*dates)[i] = d + i * (strcmp(rep, "weekly") ? 14 : 7);
		/* a date past 9999-12-31 cannot be stored, nor clamped */
		if (strcmp(sg_date_str(buf, (*dates)[i]), "0000-00-00") == 0 ||
		    (i > 0 && (*dates)[i] <= (*dates)[i - 1])) {
			free(*dates);
			*dates = NULL;
			return sg_error_fmt("count: a series of %ld from %s "
			    "runs past 9999-12-31", c, first);
		}
	}
	*n = (int)c;
	return NULL;
}

/* What signup, withdraw and attend print: the elder (or person:ID) and
   the result. */
static const struct sg_col result_cols[] = {
	{ .key = "id", .zh = "老人编号", .en = "Elder ID", .kind = SG_COL_NUM },
	{ .key = "result", .zh = "结果", .en = "Result", .vals = results },
};

/* A participant as it is written: 12 (an elder) or person:3. */
static const char *
party_str(char *buf, size_t size, int64_t party)
{
	if (party > 0)
		snprintf(buf, size, "%lld", (long long)party);
	else
		snprintf(buf, size, "person:%lld", (long long)-party);
	return buf;
}

/* Bind a participant: elder at elder_i, person at elder_i + 1; the
   other NULL. */
static void
bind_party(sqlite3_stmt *st, int elder_i, int64_t party)
{
	if (party > 0) {
		sqlite3_bind_int64(st, elder_i, party);
		sqlite3_bind_null(st, elder_i + 1);
	} else {
		sqlite3_bind_null(st, elder_i);
		sqlite3_bind_int64(st, elder_i + 1, -party);
	}
}

/* Print a participant's result. */
static const struct sg_error *
print_result(struct sg_ctx *ctx, int64_t elder, const char *prefix,
    const char *result)
{
	char		 id[32], what[64];
	const char	*vals[2] = { id, what };

	party_str(id, sizeof(id), elder);
	snprintf(what, sizeof(what), "%s%s", prefix, result);
	return sg_print_row(ctx, result_cols, SG_NCOLS(result_cols), vals);
}

/* Insert one event per date (one when dates is NULL); print the ids. */
static const struct sg_error *
insert_sessions(struct sg_ctx *ctx, struct sg_values *v,
    const int32_t *dates, int n, const char *project)
{
	const struct sg_error	*err;
	char			 buf[16];
	int64_t			 id;
	int			 i;

	for (i = 0; i < n; i++) {
		if (dates != NULL && (err = put(v, "date",
		    sg_date_str(buf, dates[i]))) != NULL)
			return err;
		if ((err = event_check(ctx, v, 0)) != NULL ||
		    (err = sg_values_insert(ctx, v, &id)) != NULL ||
		    (err = sg_project_stamp(ctx, "event", id, project, "event",
		    sg_values_get(v, "kind"), sg_values_get(v, "date"))) ||
		    (err = sg_print_id(ctx, id)) != NULL)
			return err;
	}
	return NULL;
}

/* Add an event, or a series of count sessions repeating as repeat. */
const struct sg_error *
sg_event_add(struct sg_ctx *ctx, const char *title, const struct sg_kv *kv,
    int n, const char *repeat, const char *count, const char *project)
{
	const struct sg_error	*err;
	struct sg_values	 v;
	int32_t			*dates = NULL;
	int			 ndates = 1;

	memset(&v, 0, sizeof(v));
	v.t = &event_table;
	if ((repeat == NULL) != (count == NULL))
		return sg_error_usage("add: --repeat and --count go together");
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = sg_values_set(&v, "title", title, ctx->today)) != NULL ||
	    (err = apply_kv(ctx, &v, kv, n)) != NULL)
		goto done;
	if (repeat != NULL) {
		if ((err = series_dates(ctx, sg_values_get(&v, "date") ?
		    sg_values_get(&v, "date") : "today", repeat, count, &dates,
		    &ndates)) != NULL)
			goto done;
		if (sg_values_get(&v, "series") == NULL &&
		    (err = put(&v, "series", sg_values_get(&v, "title"))))
			goto done;
	}
	err = insert_sessions(ctx, &v, dates, ndates, project);
done:
	free(dates);
	sg_values_free(&v);
	return err;
}

/* event give EVENT ITEM:QTY...: goods handed out at an event, on its day. */
const struct sg_error *
sg_event_give(struct sg_ctx *ctx, int64_t event, const char *const *specs,
    int n)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 day[16] = "";

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, "SELECT date, status FROM event "
	    "WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, event);
	if (sg_db_row(st, &err)) {
		snprintf(day, sizeof(day), "%s", sqlite3_column_text(st, 0));
		if (strcmp((const char *)sqlite3_column_text(st, 1),
		    "cancelled") == 0)
			err = sg_error_fmt("event %lld is cancelled",
			    (long long)event);
	} else if (err == NULL)
		err = sg_error_fmt("unknown event id %lld", (long long)event);
	sqlite3_finalize(st);
	if (err == NULL && strcmp(day, sg_date_str((char[16]){ 0 },
	    ctx->today)) > 0)
		err = sg_error_fmt("event %lld is on %s: goods are handed out "
		    "on the day", (long long)event, day);
	if (err != NULL)
		return err;
	return sg_goods_hand(ctx, "event", event, day, specs, n);
}

/* Move waitlisted elders up while places are free; print each. */
static const struct sg_error *
promote(struct sg_ctx *ctx, int64_t event)
{
	static const char sql[] =
	    "UPDATE signup SET status = 'registered' WHERE id = ("
	    "SELECT s.id FROM signup s JOIN event e ON e.id = s.event_id "
	    "WHERE s.event_id = ?1 AND s.status = 'waitlisted' AND "
	    "(e.capacity IS NULL OR e.capacity > (SELECT count(*) FROM "
	    "signup r WHERE r.event_id = ?1 AND r.status = 'registered')) "
	    "ORDER BY s.time, s.id LIMIT 1) "
	    "RETURNING coalesce(elder_id, -person_id)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, event);
	while (err == NULL && sg_db_row(st, &err)) {
		if ((err = print_result(ctx, sqlite3_column_int64(st, 0), "",
		    "registered")) != NULL)
			break;
		while (sg_db_row(st, &err))
			;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* Load an event, apply the options, check and store it. */
static const struct sg_error *
set_one(struct sg_ctx *ctx, int64_t id, const struct sg_kv *kv, int n)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &event_table;
	if ((err = sg_values_load(ctx, &v, id)) != NULL)
		goto done;
	if ((err = apply_kv(ctx, &v, kv, n)) != NULL ||
	    (err = event_check(ctx, &v, id)) != NULL ||
	    (err = sg_values_update(ctx, &v, id)) != NULL)
		err = sg_error_fmt("event %lld: %s", (long long)id, err->msg);
	else
		err = promote(ctx, id);
done:
	sg_values_free(&v);
	return err;
}

/* Set fields on events; waitlisted elders move up into new places. */
const struct sg_error *
sg_event_set(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const struct sg_kv *kv, int nkv)
{
	const struct sg_error	*err;
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = set_one(ctx, ids[i], kv, nkv)) != NULL)
			return err;
	return NULL;
}

/* Cancel events, keeping them and their sign-ups. */
const struct sg_error *
sg_event_cancel(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *reason)
{
	const struct sg_error	*err = NULL;
	struct sg_values	 v;
	size_t			 i;

	memset(&v, 0, sizeof(v));
	v.t = &event_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n && err == NULL; i++) {
		if ((err = sg_values_load(ctx, &v, ids[i])) != NULL)
			break;
		if (strcmp(sg_values_get(&v, "status"), "cancelled") == 0)
			err = sg_error_fmt("event %lld is already cancelled",
			    (long long)ids[i]);
		else if ((err = put(&v, "status", "cancelled")) == NULL &&
		    (reason == NULL || (err = sg_values_set(&v,
		    "cancel_reason", reason, ctx->today)) == NULL))
			err = sg_values_update(ctx, &v, ids[i]);
		sg_values_free(&v);
	}
	return err;
}

/* Compile the list filters into a parameterised WHERE. */
static const struct sg_error *
list_where(struct sg_ctx *ctx, const struct sg_event_filter *f,
    struct sg_where *w, char dates[3][16])
{
	const struct sg_error	*err;
	struct sg_period	 p;
	const char		*key;
	char			 buf[160];
	int			 set;

	if ((err = sg_period_opts(ctx, f->period, f->from, f->to, &p,
	    &set)) != NULL)
		return err;
	/* --from or --to alone leaves the other end open */
	if (set && p.from != INT32_MIN + 1)
		sg_where_text(w, "e.date >= ?", sg_date_str(dates[0], p.from));
	if (set && p.to != INT32_MAX)
		sg_where_text(w, "e.date <= ?", sg_date_str(dates[1], p.to));
	if (f->upcoming)
		sg_where_text(w, "e.date >= ?", sg_date_str(dates[2],
		    ctx->today));
	if (f->kind != NULL) {
		if ((key = sg_enum_find(kinds, f->kind)) == NULL)
			return sg_error_fmt("kind: invalid value '%s': "
			    "expected %s", f->kind, sg_enum_list(buf,
			    sizeof(buf), kinds));
		sg_where_text(w, "e.kind = ?", key);
	}
	if (f->series != NULL)
		sg_where_text(w, "e.series = ?", f->series);
	return NULL;
}

/* List events, cancelled ones included. */
const struct sg_error *
sg_event_list(struct sg_ctx *ctx, const struct sg_event_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	char			 dates[3][16];
	int			 idx[SG_MAX_FIELDS], n;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&event_table, ctx->columns, SG_F_LIST, 0, idx,
	    &n)) != NULL || (err = list_where(ctx, f, &w, dates)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL)
		return err;
	return sg_select(ctx, &event_table, idx, n, &w, event_table.order, 0);
}

/* Show events in full, one block each at a terminal. */
const struct sg_error *
sg_event_show(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	return sg_table_show(ctx, &event_table, ids, n);
}

/* Load what the verbs need of an event. */
static const struct sg_error *
load_event(struct sg_ctx *ctx, int64_t id, struct event *ev)
{
	static const char sql[] =
	    "SELECT date, start, \"end\", status = 'cancelled' FROM event "
	    "WHERE id = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*s;

	memset(ev, 0, sizeof(*ev));
	ev->id = id;
	ev->start = ev->end = -1;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("unknown event id %lld",
			    (long long)id);
		goto done;
	}
	snprintf(ev->date, sizeof(ev->date), "%s", sqlite3_column_text(st, 0));
	if ((s = (const char *)sqlite3_column_text(st, 1)) != NULL)
		sg_time_parse(&ev->start, s);
	if ((s = (const char *)sqlite3_column_text(st, 2)) != NULL)
		sg_time_parse(&ev->end, s);
	ev->cancelled = sqlite3_column_int(st, 3);
done:
	sqlite3_finalize(st);
	return err;
}

/* Refuse a cancelled event, and one before today (past) or after (!past). */
static const struct sg_error *
check_open(struct sg_ctx *ctx, const struct event *ev, int past,
    const char *what)
{
	char	 today[16];
	int	 c;

	if (ev->cancelled)
		return sg_error_fmt("event %lld is cancelled",
		    (long long)ev->id);
	c = strcmp(ev->date, sg_date_str(today, ctx->today));
	if (past && c < 0)
		return sg_error_fmt("event %lld was on %s: %s are closed",
		    (long long)ev->id, ev->date, what);
	if (!past && c > 0)
		return sg_error_fmt("event %lld is on %s: %s is recorded on "
		    "or after the day", (long long)ev->id, ev->date, what);
	return NULL;
}

/*
 * Check every participant before anything is written: it exists, and
 * (unless any) is active (when on is NULL) or was not archived before the
 * day on.
 */
static const struct sg_error *
check_parties(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *on, int any)
{
	static const char sql[] =
	    "SELECT status = 'archived' AND (?2 IS NULL OR archive_date < ?2) "
	    "FROM elder WHERE id = ?1";
	static const char psql[] =
	    "SELECT status = 'archived' AND (?2 IS NULL OR archive_date < ?2) "
	    "FROM person WHERE id = ?1";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st, *pst = NULL;
	size_t			 i;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	if ((err = sg_db_prepare(ctx, &pst, psql)) != NULL) {
		sqlite3_finalize(st);
		return err;
	}
	sg_bind_text(st, 2, on);
	sg_bind_text(pst, 2, on);
	for (i = 0; i < n && err == NULL; i++) {
		sqlite3_stmt	*q = ids[i] > 0 ? st : pst;
		long long	 id = ids[i] > 0 ? ids[i] : -ids[i];

		sqlite3_bind_int64(q, 1, id);
		if (!sg_db_row(q, &err)) {
			if (err == NULL)
				err = ids[i] > 0 ? sg_error_fmt("unknown elder "
				    "id %lld", id) : sg_error_fmt("unknown "
				    "person id %lld", id);
		} else if (sqlite3_column_int(q, 0) && !any)
			err = ids[i] > 0 ? sg_error_fmt("elder %lld is "
			    "archived", id) : sg_error_fmt("person %lld is "
			    "archived", id);
		sqlite3_reset(q);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(pst);
	return err;
}

/* The sign-up of a participant: its row id and status ("" when none). */
static const struct sg_error *
find_signup(struct sg_ctx *ctx, int64_t event, int64_t elder, int64_t *id,
    char *status, size_t size)
{
	static const char sql[] =
	    "SELECT id, status FROM signup WHERE event_id = ?1 AND "
	    "elder_id IS ?2 AND person_id IS ?3";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	*id = 0;
	*status = '\0';
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, event);
	bind_party(st, 2, elder);
	if (sg_db_row(st, &err)) {
		*id = sqlite3_column_int64(st, 0);
		snprintf(status, size, "%s", sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	return err;
}

/* Sign one elder up: registered while places are left, else waitlisted. */
static const struct sg_error *
signup_one(struct sg_ctx *ctx, int64_t event, int64_t elder)
{
	static const char place[] =
	    "SELECT (e.capacity IS NULL OR e.capacity > (SELECT count(*) FROM "
	    "signup r WHERE r.event_id = e.id AND r.status = 'registered')) "
	    "AND NOT EXISTS (SELECT 1 FROM signup w WHERE w.event_id = e.id "
	    "AND w.status = 'waitlisted') FROM event e WHERE e.id = ?";
	static const char ins[] =
	    "INSERT INTO signup (event_id, elder_id, person_id, time, status) "
	    "VALUES (?1, ?4, ?5, " NOW ", ?3)";
	static const char again[] =
	    "UPDATE signup SET id = (SELECT max(id) + 1 FROM signup), "
	    "time = " NOW ", status = ?3 WHERE event_id = ?1 AND "
	    "elder_id IS ?4 AND person_id IS ?5";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*status;
	char			 old[32];
	int64_t			 id, free_place;

	if ((err = find_signup(ctx, event, elder, &id, old,
	    sizeof(old))) != NULL)
		return err;
	if (id > 0 && strcmp(old, "withdrawn") != 0)
		return print_result(ctx, elder, "already-", old);
	if ((err = sg_db_int(ctx, &free_place, place, event)) != NULL)
		return err;
	status = free_place ? "registered" : "waitlisted";
	if ((err = sg_db_prepare(ctx, &st, id > 0 ? again : ins)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, event);
	bind_party(st, 4, elder);
	sqlite3_bind_text(st, 3, status, -1, SQLITE_STATIC);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	if (err == NULL)
		err = print_result(ctx, elder, "", status);
	return err;
}

/* Sign elders up for an event, in the order given. */
const struct sg_error *
sg_event_signup(struct sg_ctx *ctx, int64_t event, const int64_t *elders,
    size_t n)
{
	const struct sg_error	*err;
	struct event		 ev;
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_event(ctx, event, &ev)) != NULL ||
	    (err = check_open(ctx, &ev, 1, _("sign-ups"))) != NULL ||
	    (err = check_parties(ctx, elders, n, NULL, 0)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = signup_one(ctx, event, elders[i])) != NULL)
			return err;
	return NULL;
}

/* Withdraw one elder's sign-up. */
static const struct sg_error *
withdraw_one(struct sg_ctx *ctx, int64_t event, int64_t elder)
{
	static const char sql[] =
	    "UPDATE signup SET status = 'withdrawn' WHERE id = ?";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	char			 old[32];
	int64_t			 id;

	if ((err = find_signup(ctx, event, elder, &id, old,
	    sizeof(old))) != NULL)
		return err;
	if (id == 0 && elder < 0)
		return sg_error_fmt("person %lld is not signed up for event "
		    "%lld", (long long)-elder, (long long)event);
	if (id == 0)
		return sg_error_fmt("elder %lld is not signed up for event "
		    "%lld", (long long)elder, (long long)event);
	if (strcmp(old, "withdrawn") == 0)
		return print_result(ctx, elder, "already-", "withdrawn");
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	if (err == NULL)
		err = print_result(ctx, elder, "", "withdrawn");
	return err;
}

/* Withdraw elders; the first waitlisted move up into the places freed. */
const struct sg_error *
sg_event_withdraw(struct sg_ctx *ctx, int64_t event, const int64_t *elders,
    size_t n)
{
	const struct sg_error	*err;
	struct event		 ev;
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_event(ctx, event, &ev)) != NULL ||
	    (err = check_open(ctx, &ev, 1, _("sign-ups"))) != NULL ||
	    (err = check_parties(ctx, elders, n, NULL, 1)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = withdraw_one(ctx, event, elders[i])) != NULL)
			return err;
	return promote(ctx, event);
}

/* Check one elder in: attended when signed up, else a walk-in. */
static const struct sg_error *
attend_one(struct sg_ctx *ctx, int64_t event, int64_t elder, int walk)
{
	/* walk-in: as given (0, 1), else (-1) when not signed up */
	static const char sql[] =
	    "INSERT INTO attendance (event_id, elder_id, person_id, walk_in, "
	    "time) SELECT ?1, ?2, ?3, CASE WHEN ?4 >= 0 THEN ?4 ELSE NOT EXISTS "
	    "(SELECT 1 FROM signup s WHERE s.event_id = ?1 AND s.elder_id IS ?2 "
	    "AND s.person_id IS ?3 AND s.status <> 'withdrawn') END, " NOW
	    " WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = "
	    "?1 AND a.elder_id IS ?2 AND a.person_id IS ?3) RETURNING walk_in";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*what = "already-attended";

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, event);
	bind_party(st, 2, elder);
	sqlite3_bind_int(st, 4, walk);
	if (sg_db_row(st, &err)) {
		what = sqlite3_column_int(st, 0) ? "walk-in" : "attended";
		sg_db_row(st, &err);
	}
	if (err == NULL)
		err = print_result(ctx, elder, "", what);
	sqlite3_finalize(st);
	return err;
}

/* Record who came to an event (on the day or after it). */
const struct sg_error *
sg_event_attend(struct sg_ctx *ctx, int64_t event, const int64_t *elders,
    size_t n)
{
	const struct sg_error	*err;
	struct event		 ev;
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_event(ctx, event, &ev)) != NULL ||
	    (err = check_open(ctx, &ev, 0, _("attendance"))) != NULL ||
	    (err = check_parties(ctx, elders, n, ev.date, 0)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = attend_one(ctx, event, elders[i], -1)) != NULL)
			return err;
	return NULL;
}

/* The columns of an attendance file (event attend --file). */
static const struct sg_col attend_cols[] = {
	{ .key = "event", .zh = "活动", .en = "Event" },
	{ .key = "elder", .zh = "老人", .en = "Elder" },
	{ .key = "walk_in", .zh = "现场报名", .en = "Walk-in" },
};

/* Other header names of attend_cols that sign-in sheets use. */
static const char *const attend_heads[] = {
	"活动编号|活动名称|event_id|活动标题|title",
	"姓名|老人姓名|参加人|elder_id|老人编号|身份证号|身份证号码",
	"walk-in|现场参加|临时参加|未报名|walkin",
};

/* Yes and no as a sign-in sheet writes them. */
static const struct sg_enum yesno[] = {
	{ "yes", "是|y|true|1|现场|临时|√" },
	{ "no", "否|n|false|0|×" },
	{ NULL, NULL }
};

/* An event by id or exact title; a title several events have lists them. */
static const struct sg_error *
find_event(struct sg_ctx *ctx, const char *s, int64_t *id)
{
	static const char sql[] =
	    "SELECT id, date FROM event WHERE title = ? ORDER BY date, id";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 list[512] = "";
	size_t			 len;
	int			 n = 0;

	if (sg_id_parse(id, s, NULL) == NULL)
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, s, -1, SQLITE_STATIC);
	while (sg_db_row(st, &err)) {
		*id = sqlite3_column_int64(st, 0);
		len = strlen(list);
		snprintf(list + len, sizeof(list) - len, "%s%lld (%s)",
		    n++ ? ", " : "", (long long)*id, sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (n == 0)
		return sg_error_fmt("'%s': no event has that id or title", s);
	if (n > 1)
		return sg_error_fmt("'%s' is ambiguous: %s; give the id", s,
		    list);
	return NULL;
}

/* One line of an attendance file: the elder checked in after the event. */
static const struct sg_error *
import_attend(struct sg_ctx *ctx, const char *const *val, void *arg)
{
	const struct sg_error	*err;
	const int64_t		*dflt = arg;
	const char		*yn = NULL;
	struct event		 ev;
	int64_t			 event = *dflt, elder;
	char			 buf[64];

	if (val[0] == NULL && event == 0)
		return sg_error_fmt("event: empty: give the event column, or "
		    "the EVENT argument");
	if (val[0] != NULL && (err = find_event(ctx, val[0], &event)) != NULL)
		return err->fatal ? err : sg_error_fmt("event: %s", err->msg);
	if (val[1] == NULL)
		return sg_error_fmt("elder: empty: each line needs its elder "
		    "(id, ID number or name)");
	if ((err = sg_party_resolve(ctx, val[1], &elder)) != NULL)
		return err->fatal ? err : sg_error_fmt("elder: %s", err->msg);
	if (val[2] != NULL && (yn = sg_enum_find(yesno, val[2])) == NULL)
		return sg_error_fmt("walk_in: invalid value '%s': expected %s",
		    val[2], sg_enum_list(buf, sizeof(buf), yesno));
	if ((err = load_event(ctx, event, &ev)) != NULL ||
	    (err = check_open(ctx, &ev, 0, _("attendance"))) != NULL ||
	    (err = check_parties(ctx, &elder, 1, ev.date, 0)) != NULL)
		return err;
	return attend_one(ctx, event, elder, yn == NULL ? -1 :
	    strcmp(yn, "yes") == 0);
}

/* event attend --file: attendance of past events, all or nothing. */
const struct sg_error *
sg_event_attend_file(struct sg_ctx *ctx, int64_t event, const char *path,
    const struct sg_import *im)
{
	struct sg_rows	 rs = { attend_cols, attend_heads,
	    SG_NCOLS(attend_cols), import_attend, &event };

	return sg_rows_import(ctx, path, im, &rs);
}

/*
 * A phone on a sheet that is posted or handed out: the first three and
 * the last four digits (138****0000); a short one only its last two.
 */
#define PHONE_MASKED \
	"CASE WHEN length(coalesce(e.phone, p.phone)) >= 8 THEN " \
	"substr(coalesce(e.phone, p.phone), 1, 3) || '****' || " \
	"substr(coalesce(e.phone, p.phone), -4) WHEN " \
	"length(coalesce(e.phone, p.phone)) > 2 THEN '****' || " \
	"substr(coalesce(e.phone, p.phone), -2) ELSE " \
	"coalesce(e.phone, p.phone) END"

/* The sign-in sheet; after the event, who came and who did not. */
const struct sg_error *
sg_event_roster(struct sg_ctx *ctx, int64_t event)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	struct event		 ev;
	char			 today[16];
	int			 idx[SG_MAX_FIELDS], n, i;
	int64_t			 came;
	struct sg_field		 masked[SG_NCOLS(roster_fields)];
	struct sg_table		 t;

	memset(&w, 0, sizeof(w));
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_event(ctx, event, &ev)) != NULL ||
	    (err = sg_db_int(ctx, &came, "SELECT count(*) FROM attendance "
	    "WHERE event_id = ?", event)) != NULL)
		return err;
	sg_date_str(today, ctx->today);
	if ((err = sg_columns(&roster_table, ctx->columns, came > 0 ||
	    strcmp(ev.date, today) < 0 ? 0 : SG_F_LIST, 0, idx, &n)) != NULL)
		return err;
	sg_where_num(&w, "r.event_id = ?", event);
	if (sg_ctx_reveal(ctx))
		return sg_select(ctx, &roster_table, idx, n, &w,
		    roster_table.order, 0);
	/* a posted sheet: phones masked, 138****0000 */
	memcpy(masked, roster_fields, sizeof(masked));
	for (i = 0; i < roster_table.nfields; i++)
		if (strcmp(masked[i].name, "phone") == 0)
			masked[i].expr = PHONE_MASKED;
	t = roster_table;
	t.fields = masked;
	return sg_select(ctx, &t, idx, n, &w, roster_table.order, 0);
}

/* Parse hours: more than 0, at most 24; rounded to hundredths. */
static const struct sg_error *
parse_hours(const char *s, double *h)
{
	char	*end;

	errno = 0;
	*h = strtod(s, &end);
	if (!sg_plain_decimal(s, 1) || *end != '\0' || errno != 0 ||
	    !isfinite(*h) || *h <= 0 || *h > 24)
		return sg_error_fmt("hours: invalid hours '%s': expected more "
		    "than 0 and at most 24", s);
	*h = round(*h * 100) / 100;
	if (*h <= 0)
		return sg_error_fmt("hours: invalid hours '%s': expected more "
		    "than 0 and at most 24", s);
	return NULL;
}

/* The hours a volunteer is given: --hours, else the event's length. */
static const struct sg_error *
staff_hours(const struct event *ev, const char *hours, double *h)
{
	if (hours != NULL)
		return parse_hours(hours, h);
	if (ev->start < 0 || ev->end < 0)
		return sg_error_fmt("hours: event %lld has no start and end "
		    "times: give --hours", (long long)ev->id);
	*h = round((ev->end - ev->start) / 60.0 * 100) / 100;
	return NULL;
}

/* Hours as a decimal without trailing zeros: 2.5, 3, 2.33. */
static void
hours_str(char *buf, size_t size, double h)
{
	size_t	 n;

	snprintf(buf, size, "%.2f", h);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
}

/* Find an active volunteer by id or exact name. */
static const struct sg_error *
staff_volunteer(struct sg_ctx *ctx, const char *who, int64_t *id)
{
	const struct sg_error	*err;
	int64_t			 archived;

	if ((err = sg_volunteer_resolve(ctx, who, id)) != NULL ||
	    (err = sg_db_int(ctx, &archived, "SELECT status = 'archived' "
	    "FROM volunteer WHERE id = ?", *id)) != NULL)
		return err;
	if (archived)
		return sg_error_fmt("volunteer %lld is archived",
		    (long long)*id);
	return NULL;
}

/* Record volunteers who worked an event; staffing again sets the hours. */
const struct sg_error *
sg_event_staff(struct sg_ctx *ctx, int64_t event, char **vols, int nvols,
    const char *hours)
{
	static const char sql[] =
	    "INSERT INTO staffing (event_id, volunteer_id, hours) "
	    "VALUES (?1, ?2, ?3) ON CONFLICT (event_id, volunteer_id) "
	    "DO UPDATE SET hours = excluded.hours";
	const struct sg_error	*err;
	struct event		 ev;
	sqlite3_stmt		*st;
	char			 buf[32], vid[24];
	const char		*vals[2] = { vid, buf };
	double			 h = 0;
	int64_t			 id;
	int			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_event(ctx, event, &ev)) != NULL ||
	    (err = check_open(ctx, &ev, 0, _("staffing"))) != NULL ||
	    (err = staff_hours(&ev, hours, &h)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	hours_str(buf, sizeof(buf), h);
	for (i = 0; i < nvols && err == NULL; i++) {
		if ((err = staff_volunteer(ctx, vols[i], &id)) != NULL)
			break;
		sqlite3_bind_int64(st, 1, event);
		sqlite3_bind_int64(st, 2, id);
		sqlite3_bind_double(st, 3, h);
		snprintf(vid, sizeof(vid), "%lld", (long long)id);
		if ((err = sg_db_step_done(ctx, st)) == NULL)
			err = sg_print_row(ctx, staff_cols,
			    SG_NCOLS(staff_cols), vals);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* The festivals of one year, by date. */
struct fest_day {
	int32_t		 day;
	int		 i;
};

/* By date, then in the order of the festival table. */
static int
cmp_fest_day(const void *a, const void *b)
{
	const struct fest_day	*x = a, *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->i - y->i;
}

/* The public days off holding day as "MM-DD..MM-DD", or "". */
static const char *
days_off(const struct sg_config *cfg, int32_t day, char *buf, size_t size)
{
	struct sg_period	 p;
	int			 y, m1, d1, m2, d2;

	buf[0] = '\0';
	if (cfg != NULL ? sg_day_off(cfg, day, &p, NULL) :
	    sg_holiday_kind(day, &p, NULL) == 1) {
		sg_date_split(p.from, &y, &m1, &d1);
		sg_date_split(p.to, &y, &m2, &d2);
		snprintf(buf, size, "%02d-%02d..%02d-%02d", m1, d1, m2, d2);
	}
	return buf;
}

/* event festivals [YEAR]: the year's festivals, dates and weekdays. */
const struct sg_error *
sg_event_festivals(struct sg_ctx *ctx, const char *year)
{
	static const char *const wdays[] = { "", "mon", "tue", "wed", "thu",
	    "fri", "sat", "sun" };
	const struct sg_error	*err;
	struct fest_day		 v[64];
	struct sg_out		 out;
	struct sg_config	*cfg = sg_ctx_config(ctx);
	const char		*all[5], *vals[16];
	struct sg_col		 cn[16];
	char			 date[16], off[32];
	int			 idx[16], n, y, m, d, i, nf;

	sg_date_split(ctx->today, &y, &m, &d);
	if (year != NULL) {
		if (strlen(year) != 4 || strspn(year, "0123456789") != 4)
			return sg_error_fmt("festivals: invalid year '%s': "
			    "expected YYYY", year);
		y = atoi(year);
	}
	if (y < SG_FESTIVAL_FIRST || y > SG_FESTIVAL_LAST)
		return sg_error_fmt("festivals: year %d out of range (%d to "
		    "%d)", y, SG_FESTIVAL_FIRST, SG_FESTIVAL_LAST);
	if ((err = sg_pick_columns(ctx->columns, festival_cols, NULL, 5, 16,
	    "festivals", idx, &n)) != NULL)
		return err;
	nf = sg_festival_count();
	for (i = 0; i < nf && i < 64; i++) {
		v[i].i = i;
		if ((err = sg_festival_date(&v[i].day, i, y)) != NULL)
			return err;
	}
	qsort(v, (size_t)i, sizeof(v[0]), cmp_fest_day);
	for (m = 0; m < n; m++)
		cn[m] = festival_cols[idx[m]];
	sg_ctx_out(ctx, &out);
	out.ncols = n;
	out.cols = cn;
	if ((err = sg_out_begin(&out)) != NULL)
		return err;
	for (i = 0; i < nf && i < 64 && err == NULL; i++) {
		all[0] = sg_date_str(date, v[i].day);
		all[1] = sg_festival_name(v[i].i);
		all[2] = sg_festival_key(v[i].i);
		all[3] = wdays[sg_date_wday(v[i].day)];
		all[4] = days_off(cfg, v[i].day, off, sizeof(off))[0] != '\0' ?
		    off : NULL;
		for (m = 0; m < n; m++)
			vals[m] = all[idx[m]];
		err = sg_out_row(&out, vals);
	}
	if (err == NULL)
		return sg_out_end(&out);
	sg_out_end(&out);
	return err;
}

/* The lists of event(1) declared here (see columns.c). */
const struct sg_listdecl sg_event_lists[] = {
	{ .cmd = "event", .verb = "add", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "event", .verb = "list", .table = &event_table,
	    .skip = SG_F_HEALTH },
	{ .cmd = "event", .verb = "show", .table = &event_table },
	{ .cmd = "event", .verb = "signup", .cols = result_cols,
	    .ncols = SG_NCOLS(result_cols) },
	{ .cmd = "event", .verb = "withdraw", .cols = result_cols,
	    .ncols = SG_NCOLS(result_cols) },
	{ .cmd = "event", .verb = "attend", .sub = "--file",
	    .cols = attend_cols, .ncols = SG_NCOLS(attend_cols) },
	{ .cmd = "event", .verb = "attend", .cols = result_cols,
	    .ncols = SG_NCOLS(result_cols) },
	{ .cmd = "event", .verb = "roster", .table = &roster_table },
	{ .cmd = "event", .verb = "staff", .cols = staff_cols,
	    .ncols = SG_NCOLS(staff_cols) },
	{ .cmd = "event", .verb = "festivals", .cols = festival_cols,
	    .ncols = SG_NCOLS(festival_cols) },
	{ .cmd = NULL }
};
