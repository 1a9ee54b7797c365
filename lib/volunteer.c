/*
 * volunteer.c -- volunteers and social workers: their records and teams,
 * pairings with elders (结对), and the verbs of volunteer(1) that keep
 * them.  Service hours and certificates are in hours.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

static const struct sg_enum genders[] = {
	{ "M", "男|male" },
	{ "F", "女|female" },
	{ NULL, NULL }
};

static const struct sg_enum roles[] = {
	{ "volunteer", "志愿者" },
	{ "social-worker", "社工|social worker" },
	{ "supervisor", "督导" },
	{ "party-member", "党员" },
	{ "student", "学生" },
	{ NULL, NULL }
};

static const struct sg_enum weekdays[] = {
	{ "mon", "周一|星期一|monday" },
	{ "tue", "周二|星期二|tuesday" },
	{ "wed", "周三|星期三|wednesday" },
	{ "thu", "周四|星期四|thursday" },
	{ "fri", "周五|星期五|friday" },
	{ "sat", "周六|星期六|saturday" },
	{ "sun", "周日|星期日|周天|星期天|sunday" },
	{ NULL, NULL }
};

static const struct sg_enum statuses[] = {
	{ "active", "在册" },
	{ "archived", "归档|已归档" },
	{ NULL, NULL }
};

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO
#define HOURS(cond) \
	"(SELECT rtrim(rtrim(printf('%.2f', coalesce(sum(h.hours), 0)), " \
	"'0'), '.') FROM service_hours h WHERE h.volunteer_id = vo.id" cond ")"

/* The columns of a volunteer. */
/* A yes or no column, in the user's language. */
static const struct sg_enum yes_no[] = {
	{ "yes", "是" }, { "no", "否" }, { NULL, NULL }
};

static const struct sg_field volunteer_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "vo.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the volunteer's number in shegong" },
	{ .name = "name", .zh = "姓名", .en = "Name", .col = "name",
	    .expr = "vo.name", .kind = SG_K_NAME, .flags = SG_F_REQ | L,
	    .maxlen = 200, .doc = "full name" },
	{ .name = "gender", .zh = "性别", .en = "Gender", .col = "gender",
	    .expr = "vo.gender", .kind = SG_K_ENUM, .flags = L, .vals = genders,
	    .doc = "M or F" },
	{ .name = "phone", .zh = "联系电话", .en = "Phone", .col = "phone",
	    .expr = "vo.phone", .kind = SG_K_PHONE, .flags = L, .maxlen = 64,
	    .doc = "phone number" },
	{ .name = "id_number", .zh = "身份证号", .en = "ID number",
	    .col = "id_number", .expr = "sg_mask(vo.id_number)",
	    .kind = SG_K_IDNUM, .maxlen = 64,
	    .doc = "resident ID number, masked" },
	{ .name = "number", .zh = "志愿者编号", .en = "Volunteer number",
	    .col = "number", .expr = "vo.number", .kind = SG_K_NAME,
	    .maxlen = 64,
	    .doc = "volunteer number (志愿者编号) on the national platform" },
	{ .name = "role", .zh = "身份", .en = "Role", .col = "role",
	    .expr = "vo.role", .kind = SG_K_ENUM, .flags = L, .vals = roles,
	    .doc = "volunteer, social-worker, supervisor, party-member or student" },
	{ .name = "teams", .zh = "服务队", .en = "Teams", .alias = "team",
	    .expr = "(SELECT group_concat(t.name, ',') FROM "
	    "(SELECT t.name FROM team_member m JOIN team t ON t.id = m.team_id "
	    "WHERE m.volunteer_id = vo.id ORDER BY t.name) t)",
	    .kind = SG_K_TAGS, .flags = L, .maxlen = 1024,
	    .doc = "teams, joined by ','" },
	{ .name = "skills", .zh = "特长", .en = "Skills", .alias = "skill",
	    .col = "skills", .expr = "vo.skills", .kind = SG_K_TAGS, .flags = L,
	    .maxlen = 1024, .doc = "skills, joined by ','" },
	{ .name = "available", .zh = "可服务日", .en = "Available",
	    .col = "available", .expr = "vo.available", .kind = SG_K_SET,
	    .flags = L, .vals = weekdays,
	    .doc = "weekdays available: mon,tue,..." },
	{ .name = "status", .zh = "状态", .en = "Status", .col = "status",
	    .expr = "vo.status", .kind = SG_K_ENUM, .flags = L,
	    .vals = statuses, .doc = "active or archived" },
	{ .name = "joined", .zh = "加入日期", .en = "Joined", .col = "joined",
	    .expr = "vo.joined", .kind = SG_K_DATE, .flags = L,
	    .doc = "date joined" },
	{ .name = "archive_date", .zh = "归档日期", .en = "Archive date",
	    .col = "archive_date", .expr = "vo.archive_date", .kind = SG_K_DATE,
	    .doc = "date archived" },
	{ .name = "paired", .zh = "结对老人", .en = "Paired with",
	    .expr = "(SELECT group_concat(e.name, ',') FROM "
	    "pairing p JOIN elder e ON e.id = p.elder_id WHERE "
	    "p.volunteer_id = vo.id AND p.end IS NULL)", .kind = SG_K_TEXT,
	    .flags = RO, .doc = "elders paired with the volunteer now" },
	{ .name = "hours_month", .zh = "本月时长", .en = "Hours this month",
	    .expr = HOURS(" AND h.date >= date(sg_today(), "
	    "'start of month') AND h.date <= sg_today()"), .kind = SG_K_REAL,
	    .flags = N | RO, .doc = "hours served this month" },
	{ .name = "hours_total", .zh = "累计时长", .en = "Total hours",
	    .expr = HOURS(""), .kind = SG_K_REAL, .flags = N | RO,
	    .doc = "hours served in all" },
	{ .name = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .alias = "elder", .col = "elder_id", .expr = "vo.elder_id",
	    .kind = SG_K_INT, .flags = N, .maxlen = 20,
	    .doc = "the elder the volunteer is (以老助老)" },
	{ .name = "person_id", .zh = "人员编号", .en = "Person ID",
	    .alias = "person", .col = "person_id", .expr = "vo.person_id",
	    .kind = SG_K_INT, .flags = N, .maxlen = 20,
	    .doc = "the person (elder person) the volunteer is" },
	{ .name = "staff", .zh = "工作人员", .en = "Staff",
	    .expr = "CASE WHEN vo.role IN ('social-worker', 'supervisor') "
	    "THEN 'yes' ELSE 'no' END", .kind = SG_K_TEXT, .vals = yes_no,
	    .flags = RO | SG_F_NOEXPORT,
	    .doc = "yes for staff (social-worker, supervisor): their time is "
	    "work, not volunteer service" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "vo.note", .kind = SG_K_TEXT, .maxlen = 65536,
	    .doc = "notes" },
};

#undef L
#undef N
#undef RO

static const struct sg_error *save_teams(struct sg_ctx *,
    const struct sg_values *, int64_t);
static const struct sg_error *load_teams(struct sg_ctx *,
    struct sg_values *, int64_t);

const struct sg_table sg_volunteer_table = {
	.name = "volunteer", .table = "volunteer", .from = "volunteer vo",
	.fields = volunteer_fields,
	.nfields = sizeof(volunteer_fields) / sizeof(volunteer_fields[0]),
	.order = "vo.id", .save_extra = save_teams, .load_extra = load_teams
};

/* Index of a volunteer field. */
static int
fi(const char *name)
{
	int	 i = -1;

	sg_field_find(&sg_volunteer_table, name, &i);
	return i;
}

/* A team's id by id or name. */
static const struct sg_error *
team_id(struct sg_ctx *ctx, const char *name, int64_t *id)
{
	static const char sql[] =
	    "SELECT id FROM team WHERE name = ?1 OR id = ?2";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	int64_t			 num = -1;

	if (sg_id_parse(&num, name, NULL) != NULL)
		num = -1;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, num);
	if (sg_db_row(st, &err))
		*id = sqlite3_column_int64(st, 0);
	else if (err == NULL)
		err = sg_error_fmt("team: unknown team '%s' (add it with "
		    "volunteer team add)", name);
	sqlite3_finalize(st);
	return err;
}

/* Memberships follow the teams value when it was set. */
static const struct sg_error *
save_teams(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char del[] =
	    "DELETE FROM team_member WHERE volunteer_id = ?1 AND team_id NOT "
	    "IN (SELECT t.id FROM team t, json_each(?2) j "
	    "WHERE t.name = j.value)";
	static const char ins[] =
	    "INSERT OR IGNORE INTO team_member (team_id, volunteer_id, joined) "
	    "VALUES (?1, ?2, sg_today())";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st = NULL;
	const char		*teams = v->v[fi("teams")];
	char			*copy, *p, *save = NULL, *json;
	size_t			 len;
	int64_t			 tid;

	if (!v->set[fi("teams")])
		return NULL;
	len = teams ? strlen(teams) * 2 + 8 : 8;
	if ((json = malloc(len)) == NULL ||
	    (copy = strdup(teams ? teams : "")) == NULL) {
		free(json);
		return sg_error_errno("teams");
	}
	strcpy(json, "[");
	if ((err = sg_db_prepare(ctx, &st, ins)) != NULL)
		goto done;
	for (p = strtok_r(copy, ",", &save); p != NULL && err == NULL;
	    p = strtok_r(NULL, ",", &save)) {
		if ((err = team_id(ctx, p, &tid)) != NULL)
			break;
		sqlite3_bind_int64(st, 1, tid);
		sqlite3_bind_int64(st, 2, id);
		err = sg_db_step_done(ctx, st);
		sqlite3_reset(st);
		snprintf(json + strlen(json), len - strlen(json), "%s%lld",
		    json[1] ? "," : "", (long long)tid);
	}
	sqlite3_finalize(st);
	st = NULL;
	strcat(json, "]");
	if (err != NULL || (err = sg_db_prepare(ctx, &st,
	    "DELETE FROM team_member WHERE volunteer_id = ?1 AND team_id NOT "
	    "IN (SELECT value FROM json_each(?2))")) != NULL)
		goto done;
	(void)del;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, json, -1, SQLITE_STATIC);
	err = sg_db_step_done(ctx, st);
done:
	sqlite3_finalize(st);
	free(copy);
	free(json);
	return err;
}

/* Load the teams value of a volunteer. */
static const struct sg_error *
load_teams(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "SELECT group_concat(name, ',') FROM (SELECT t.name FROM "
	    "team_member m JOIN team t ON t.id = m.team_id WHERE "
	    "m.volunteer_id = ? ORDER BY t.name)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*s;
	int			 i = fi("teams");

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (sg_db_row(st, &err) &&
	    (s = (const char *)sqlite3_column_text(st, 0)) != NULL) {
		free(v->v[i]);
		if ((v->v[i] = strdup(s)) == NULL)
			err = sg_error_errno("teams");
	}
	sqlite3_finalize(st);
	return err;
}

/* Warn when another active volunteer has the same phone (families share). */
static const struct sg_error *
warn_phone(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "SELECT id, name FROM volunteer WHERE phone = ?1 AND id IS NOT ?2 "
	    "AND status = 'active' ORDER BY id LIMIT 1";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*phone = v->v[fi("phone")];

	if (phone == NULL || !v->set[fi("phone")])
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, phone, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (sg_db_row(st, &err))
		sg_warn("warning: phone %s is also volunteer %lld's (%s)",
		    phone, (long long)sqlite3_column_int64(st, 0),
		    sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	return err;
}

/* The elder or person linked exists and is no other volunteer. */
static const struct sg_error *
check_link(struct sg_ctx *ctx, const char *what, const char *val,
    int64_t id)
{
	static const char elder[] =
	    "SELECT (SELECT count(*) FROM elder WHERE id = ?1), "
	    "(SELECT min(id) FROM volunteer WHERE elder_id = ?1 AND "
	    "id IS NOT ?2)";
	static const char person[] =
	    "SELECT (SELECT count(*) FROM person WHERE id = ?1), "
	    "(SELECT min(id) FROM volunteer WHERE person_id = ?1 AND "
	    "id IS NOT ?2)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	long long		 n = atoll(val);

	if ((err = sg_db_prepare(ctx, &st, strcmp(what, "elder") == 0 ?
	    elder : person)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, n);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (sg_db_row(st, &err)) {
		if (sqlite3_column_int(st, 0) == 0)
			err = sg_error_fmt("%s: unknown %s id %lld", what,
			    sg_type_name(what), n);
		else if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			err = sg_error_fmt("%s: %s %lld is already volunteer "
			    "%lld", what, sg_type_name(what), n,
			    (long long)sqlite3_column_int64(st, 1));
	}
	sqlite3_finalize(st);
	return err;
}

/*
 * A volunteer whose ID number is an elder's is that elder: linked (added
 * here when no link was given), or refused when linked to someone else.
 */
static const struct sg_error *
check_same_elder(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "SELECT id, name FROM elder WHERE id_number = ?1 AND NOT EXISTS "
	    "(SELECT 1 FROM volunteer WHERE id_number = ?1 AND id IS NOT ?2)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*num = v->v[fi("id_number")];
	const char		*elder = v->v[fi("elder_id")];
	char			 buf[24];
	long long		 eid;
	int			 i;

	if (num == NULL)
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (sg_db_row(st, &err)) {
		eid = sqlite3_column_int64(st, 0);
		if (v->v[fi("person_id")] != NULL ||
		    (elder != NULL && atoll(elder) != eid))
			err = sg_error_fmt("id_number: elder %lld has this ID "
			    "number: a volunteer of it is that elder (--elder "
			    "%lld)", eid, eid);
		else if (elder == NULL) {
			snprintf(buf, sizeof(buf), "%lld", eid);
			if ((v->v[i = fi("elder_id")] = strdup(buf)) == NULL)
				err = sg_error_errno("elder_id");
			else {
				v->set[i] = 1;
				sg_warn("volunteer is elder %lld (%s), the same "
				    "ID number: linked", eid,
				    sqlite3_column_text(st, 1));
			}
		}
	}
	sqlite3_finalize(st);
	return err;
}

/* The rules every stored volunteer keeps; id 0 for a new one. */
static const struct sg_error *
volunteer_check(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	const struct sg_error	*err;
	char			 today[16];
	int			 i;

	sg_date_str(today, ctx->today);
	if (v->v[fi("name")] == NULL)
		return sg_error_fmt("name: empty name");
	if (v->v[fi("id_number")] != NULL && v->set[fi("id_number")]) {
		char sex[2] = { 0, 0 };

		if ((err = sg_idnum_check(v->v[fi("id_number")], NULL, NULL,
		    sex)) != NULL)
			return sg_error_fmt("id_number: %s", err->msg);
		if (v->v[fi("gender")] == NULL) {
			if ((v->v[i = fi("gender")] = strdup(sex)) == NULL)
				return sg_error_errno("gender");
			v->set[i] = 1;
		} else if (strcmp(v->v[fi("gender")], sex) != 0)
			return sg_error_fmt("gender: %s contradicts the ID "
			    "number's sex %s", v->v[fi("gender")], sex);
	}
	if (v->v[i = fi("joined")] == NULL) {
		if ((v->v[i] = strdup(today)) == NULL)
			return sg_error_errno("joined");
		v->set[i] = 1;
	}
	if (v->v[i = fi("status")] == NULL) {
		if ((v->v[i] = strdup("active")) == NULL)
			return sg_error_errno("status");
		v->set[i] = 1;
	}
	if (v->v[i = fi("role")] == NULL) {
		if ((v->v[i] = strdup("volunteer")) == NULL)
			return sg_error_errno("role");
		v->set[i] = 1;
	}
	if (v->v[i = fi("available")] == NULL) {
		if ((v->v[i] = strdup("mon,tue,wed,thu,fri")) == NULL)
			return sg_error_errno("available");
		v->set[i] = 1;
	}
	if (v->v[fi("elder_id")] != NULL && v->v[fi("person_id")] != NULL)
		return sg_error_fmt("elder: a volunteer is one elder or one "
		    "person, not both");
	if ((v->v[fi("elder_id")] != NULL && (err = check_link(ctx, "elder",
	    v->v[fi("elder_id")], id)) != NULL) ||
	    (v->v[fi("person_id")] != NULL && (err = check_link(ctx,
	    "person", v->v[fi("person_id")], id)) != NULL) ||
	    (err = check_same_elder(ctx, v, id)) != NULL)
		return err;
	return warn_phone(ctx, v, id);
}

/* Apply kv options to values. */
static const struct sg_error *
apply_kv(struct sg_ctx *ctx, struct sg_values *v, const struct sg_kv *kv,
    int n)
{
	const struct sg_error	*err;
	int			 i;

	for (i = 0; i < n; i++)
		if ((err = sg_values_set(v, kv[i].key, kv[i].val,
		    ctx->today)) != NULL)
			return err;
	return NULL;
}

/* volunteer add */
const struct sg_error *
sg_volunteer_add(struct sg_ctx *ctx, const char *name,
    const struct sg_kv *kv, int n, int64_t *id)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &sg_volunteer_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = sg_values_set(&v, "name", name, ctx->today)) == NULL &&
	    (err = apply_kv(ctx, &v, kv, n)) == NULL &&
	    (err = volunteer_check(ctx, &v, 0)) == NULL &&
	    (err = sg_values_insert(ctx, &v, id)) == NULL)
		err = sg_print_id(ctx, *id);
	sg_values_free(&v);
	return err;
}

/* Load, change, check and store one volunteer. */
static const struct sg_error *
modify(struct sg_ctx *ctx, int64_t id, const struct sg_kv *kv, int n,
    int archive, const char *date)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &sg_volunteer_table;
	if ((err = sg_values_load(ctx, &v, id)) != NULL)
		goto done;
	if ((err = sg_values_archive(ctx, &v, id, archive, date,
	    N_("volunteer %lld: already archived"),
	    N_("volunteer %lld: not archived"))) != NULL)
		goto done;
	if ((err = apply_kv(ctx, &v, kv, n)) == NULL &&
	    (err = volunteer_check(ctx, &v, id)) == NULL)
		err = sg_values_update(ctx, &v, id);
done:
	sg_values_free(&v);
	return err;
}

/* volunteer set */
const struct sg_error *
sg_volunteer_set(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const struct sg_kv *kv, int nkv)
{
	return sg_values_modify(ctx, modify, ids, n, kv, nkv, 0, NULL);
}

/* volunteer archive / restore (restore: date NULL and restore set). */
const struct sg_error *
sg_volunteer_archive(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *date, int restore)
{
	return sg_values_modify(ctx, modify, ids, n, NULL, 0,
	    restore ? -1 : 1, date);
}

/* volunteer list */
const struct sg_error *
sg_volunteer_list(struct sg_ctx *ctx, const struct sg_volunteer_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	const char		*key, *st = f->status ? f->status : "active";
	char			 list[160];
	int			 idx[SG_MAX_FIELDS], n;
	int64_t			 tid;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_volunteer_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (f->team != NULL) {
		if ((err = team_id(ctx, f->team, &tid)) != NULL)
			return err;
		sg_where_num(&w, "vo.id IN (SELECT volunteer_id FROM "
		    "team_member WHERE team_id = ?)", tid);
	}
	if (f->role != NULL) {
		if ((key = sg_enum_find(roles, f->role)) == NULL)
			return sg_error_fmt("role: invalid value '%s': expected "
			    "%s", f->role, sg_enum_list(list, sizeof(list),
			    roles));
		sg_where_text(&w, "vo.role = ?", key);
	}
	if (f->skill != NULL)
		sg_where_text(&w, "instr(',' || vo.skills || ',', ',' || ? || "
		    "',') > 0", f->skill);
	if (f->available != NULL) {
		if ((key = sg_enum_find(weekdays, f->available)) == NULL)
			return sg_error_fmt("available: invalid value '%s': "
			    "expected %s", f->available, sg_enum_list(list,
			    sizeof(list), weekdays));
		sg_where_text(&w, "instr(',' || vo.available || ',', ',' || ? "
		    "|| ',') > 0", key);
	}
	if (strcmp(st, "all") != 0) {
		if ((key = sg_enum_find(statuses, st)) == NULL)
			return sg_error_fmt("status: invalid value '%s': "
			    "expected active, archived or all", st);
		sg_where_text(&w, "vo.status = ?", key);
	}
	return sg_select(ctx, &sg_volunteer_table, idx, n, &w, "vo.id", 0);
}

/* volunteer show */
const struct sg_error *
sg_volunteer_show(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	return sg_table_show(ctx, &sg_volunteer_table, ids, n);
}

/* volunteer import */
const struct sg_error *
sg_volunteer_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im)
{
	return sg_table_import(ctx, &sg_volunteer_table, path, im,
	    volunteer_check);
}

/* volunteer export */
const struct sg_error *
sg_volunteer_export(struct sg_ctx *ctx)
{
	return sg_table_export(ctx, &sg_volunteer_table, "vo.id");
}

/* Find volunteers by id or exact name; an ambiguous name lists them. */
const struct sg_error *
sg_volunteer_resolve(struct sg_ctx *ctx, const char *who, int64_t *id)
{
	static const char sql[] =
	    "SELECT id, name, role, status FROM volunteer "
	    "WHERE id = ?1 OR name = ?2 ORDER BY status <> 'active', id";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 list[512] = "";
	int			 n = 0, active = 0, isnum;
	int64_t			 num = 0;

	isnum = sg_id_parse(&num, who, "volunteer") == NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, isnum ? num : -1);
	sqlite3_bind_text(st, 2, who, -1, SQLITE_STATIC);
	while (sg_db_row(st, &err)) {
		int is_active = strcmp((const char *)sqlite3_column_text(st,
		    3), "active") == 0;

		if (isnum && sqlite3_column_int64(st, 0) == num) {
			*id = num;
			n = 1;
			break;
		}
		if (n == 0 || is_active)
			*id = sqlite3_column_int64(st, 0);
		active += is_active;
		snprintf(list + strlen(list), sizeof(list) - strlen(list),
		    "%s%lld %s (%s%s)", n ? ", " : "",
		    (long long)sqlite3_column_int64(st, 0),
		    sqlite3_column_text(st, 1), sqlite3_column_text(st, 2),
		    is_active ? "" : _(", archived"));
		n++;
	}
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (n == 0)
		return sg_error_fmt("'%s': no volunteer or worker has that id "
		    "or name", who);
	if (n > 1 && active != 1)
		return sg_error_fmt("'%s' is ambiguous: %s; give the id", who,
		    list);
	return NULL;
}
/* The lists of volunteer(1) records declared here (see columns.c). */
const struct sg_listdecl sg_volunteer_lists[] = {
	{ .cmd = "volunteer", .verb = "add", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "volunteer", .verb = "list", .table = &sg_volunteer_table,
	    .skip = SG_F_HEALTH },
	{ .cmd = "volunteer", .verb = "show", .table = &sg_volunteer_table },
	{ .cmd = "volunteer", .verb = "export", .table = &sg_volunteer_table },
	{ .cmd = "volunteer", .verb = "import", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = NULL }
};
