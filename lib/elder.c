/*
 * elder.c -- elders' files: the columns of an elder, the rules that tie
 * them together (ID number, birth date, sex, status), and the verbs of
 * elder(1) except assess and assessments (assess.c).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sg.h"

static const struct sg_enum genders[] = {
	{ "M", "男|male" },
	{ "F", "女|female" },
	{ NULL, NULL }
};

static const struct sg_enum livings[] = {
	{ "alone", "独居|独自居住|一人居住" },
	{ "couple", "与配偶|与配偶同住|配偶同住|夫妻同住|夫妻|老两口|"
	    "和配偶同住|与老伴同住|和老伴同住|老伴同住|夫妻共同居住" },
	{ "with-children", "与子女|与子女同住|子女同住|子女|和子女同住|"
	    "与儿女同住|和儿女同住|儿女同住|与子女共同居住|随子女居住" },
	{ "other", "其他" },
	{ NULL, NULL }
};

static const struct sg_enum statuses[] = {
	{ "active", "在册" },
	{ "archived", "归档|已归档" },
	{ NULL, NULL }
};

static const struct sg_enum reasons[] = {
	{ "moved", "搬离|迁出" },
	{ "deceased", "去世|死亡|亡故" },
	{ "other", "其他" },
	{ NULL, NULL }
};

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO
#define BIG	65536

/* The columns of an elder, in output order. */
static const struct sg_field elder_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "e.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the elder's number" },
	{ .name = "name",
	    .heads = "老人姓名|名字",
	    .zh = "姓名", .en = "Name", .col = "name",
	    .expr = "e.name", .kind = SG_K_NAME, .flags = SG_F_REQ | L,
	    .maxlen = 200, .doc = "full name" },
	{ .name = "gender", .zh = "性别", .en = "Gender", .col = "gender",
	    .expr = "e.gender", .kind = SG_K_ENUM, .flags = L, .vals = genders,
	    .doc = "M or F (input also 男/女, male/female)" },
	{ .name = "birth",
	    .heads = "出生年月日|出生年月|出生|生日",
	    .zh = "出生日期", .en = "Date of birth", .col = "birth",
	    .expr = "e.birth", .kind = SG_K_DATE, .flags = SG_F_MONTH,
	    .doc = "date of birth (derived from the ID number when not given)" },
	{ .name = "age", .zh = "年龄", .en = "Age", .expr = "sg_age(e.birth)",
	    .kind = SG_K_INT, .flags = L | N | RO,
	    .doc = "whole years on today's date" },
	{ .name = "id_number",
	    .heads = "身份证号码|身份证|证件号码|公民身份号码|"
	    "身份号码",
	    .zh = "身份证号", .en = "ID number",
	    .col = "id_number", .expr = "sg_mask(e.id_number)",
	    .kind = SG_K_IDNUM, .maxlen = 64,
	    .doc = "resident ID number, masked unless --reveal" },
	{ .name = "phone",
	    .heads = "电话|电话号码|手机|手机号|手机号码|"
	    "联系方式",
	    .zh = "联系电话", .en = "Phone", .col = "phone",
	    .expr = "e.phone", .kind = SG_K_PHONE, .flags = L, .maxlen = 64,
	    .doc = "phone number" },
	{ .name = "building",
	    .heads = "楼号|楼栋号|楼|栋|幢|栋号",
	    .zh = "楼栋", .en = "Building", .col = "building",
	    .expr = "e.building", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32,
	    .doc = "building (楼栋)" },
	{ .name = "unit",
	    .heads = "单元号",
	    .zh = "单元", .en = "Unit", .col = "unit",
	    .expr = "e.unit", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32,
	    .doc = "unit (单元)" },
	{ .name = "room",
	    .heads = "门牌号|房间号|房间|室|户号",
	    .zh = "房号", .en = "Room", .col = "room",
	    .expr = "e.room", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32,
	    .doc = "room (房号)" },
	{ .name = "address", .zh = "地址", .en = "Address",
	    .expr = "ltrim(coalesce('-' || e.building, '') || "
	    "coalesce('-' || e.unit, '') || coalesce('-' || e.room, ''), '-')",
	    .kind = SG_K_TEXT, .flags = L | RO,
	    .doc = "building-unit-room, empty parts left out" },
	{ .name = "origin", .zh = "原籍", .en = "Origin", .col = "origin",
	    .expr = "e.origin", .kind = SG_K_NAME, .maxlen = 200,
	    .doc = "township/village before relocation (原籍)" },
	{ .name = "living",
	    .heads = "居住状况|居住方式|居住类型",
	    .zh = "居住情况", .en = "Living", .col = "living",
	    .expr = "e.living", .kind = SG_K_ENUM, .flags = L, .vals = livings,
	    .doc = "alone, couple, with-children or other" },
	{ .name = "tags",
	    .heads = "类别|人员类别|分类|类型",
	    .zh = "标签", .en = "Tags", .alias = "tag",
	    .col = "tags", .expr = "e.tags", .kind = SG_K_TAGS, .flags = L,
	    .maxlen = 1024, .doc = "categories, joined by ','" },
	{ .name = "derived", .zh = "派生类别", .en = "Derived categories",
	    .expr = "sg_derived(e.tags, e.living, e.birth)", .kind = SG_K_TAGS,
	    .flags = RO | SG_F_NOEXPORT, .doc = "categories implied and "
	    "not typed: 独居 (living alone), 高龄 (age 80 or more)" },
	{ .name = "status", .zh = "状态", .en = "Status", .col = "status",
	    .expr = "e.status", .kind = SG_K_ENUM, .flags = L, .vals = statuses,
	    .doc = "active or archived" },
	{ .name = "joined", .zh = "登记日期", .en = "Joined", .col = "joined",
	    .expr = "e.joined", .kind = SG_K_DATE,
	    .doc = "date the station took the elder on" },
	{ .name = "last_visit", .zh = "最近探访", .en = "Last visit",
	    .expr = "(SELECT max(v.date) FROM visit v "
	    "WHERE v.elder_id = e.id)", .kind = SG_K_DATE, .flags = L | RO,
	    .doc = "date of the latest visit" },
	{ .name = "volunteer", .zh = "志愿者身份", .en = "Volunteers as",
	    .expr = "(SELECT group_concat('volunteer ' || vo.id || ' ' || "
	    "vo.role, ',') FROM volunteer vo WHERE vo.elder_id = e.id)",
	    .kind = SG_K_TEXT, .flags = RO | SG_F_NOEXPORT,
	    .doc = "the elder's own volunteer record (以老助老), when the "
	    "elder volunteers" },
	{ .name = "persons", .zh = "关联人员", .en = "Linked persons",
	    .expr = "(SELECT group_concat('person:' || p.id || ' ' || p.name "
	    "|| coalesce(' (' || p.relation || ')', ''), ',') FROM person p "
	    "WHERE p.elder_id = e.id AND p.status = 'active')",
	    .kind = SG_K_TEXT, .flags = RO | SG_F_NOEXPORT,
	    .doc = "persons linked to the elder: caregivers, family "
	    "(elder person)" },
	{ .name = "paired", .zh = "结对志愿者", .en = "Paired with",
	    .expr = "(SELECT group_concat(vo.name, ',') FROM "
	    "pairing p JOIN volunteer vo ON vo.id = p.volunteer_id WHERE "
	    "p.elder_id = e.id AND p.end IS NULL)", .kind = SG_K_TEXT,
	    .flags = RO, .doc = "volunteers paired with the elder now" },
	{ .name = "level", .zh = "能力等级", .en = "Level",
	    .expr = "(SELECT a.level FROM assessment a WHERE "
	    "a.elder_id = e.id ORDER BY a.date DESC, a.id DESC LIMIT 1)",
	    .kind = SG_K_INT, .flags = N | RO,
	    .doc = "level of the latest assessment" },
	{ .name = "assessed", .zh = "最近评估", .en = "Last assessed",
	    .expr = "(SELECT max(a.date) FROM assessment a "
	    "WHERE a.elder_id = e.id)", .kind = SG_K_DATE, .flags = RO,
	    .doc = "date of the latest assessment" },
	{ .name = "assessment", .zh = "评估结果", .en = "Assessment",
	    .expr = "(SELECT a.instrument || ' ' || a.total "
	    "FROM assessment a WHERE a.elder_id = e.id ORDER BY a.date DESC, "
	    "a.id DESC LIMIT 1)", .kind = SG_K_TEXT, .flags = SG_F_HEALTH | RO,
	    .doc = "instrument and total of the latest assessment" },
	{ .name = "health", .zh = "健康状况", .en = "Health", .col = "health",
	    .expr = "e.health", .kind = SG_K_TEXT, .flags = SG_F_HEALTH,
	    .maxlen = BIG,
	    .doc = "health notes (sensitive: show, export and edit only)" },
	{ .name = "caregiver", .zh = "照护人", .en = "Caregiver",
	    .col = "caregiver", .expr = "e.caregiver", .kind = SG_K_NAME,
	    .maxlen = 200, .doc = "caregiver's name" },
	{ .name = "caregiver_relation", .zh = "照护人关系",
	    .en = "Caregiver relation", .col = "caregiver_relation",
	    .expr = "e.caregiver_relation", .kind = SG_K_NAME, .maxlen = 100,
	    .doc = "caregiver's relation (儿子, 女儿, ...)" },
	{ .name = "caregiver_phone", .zh = "照护人电话", .en = "Caregiver phone",
	    .col = "caregiver_phone", .expr = "e.caregiver_phone",
	    .kind = SG_K_PHONE, .maxlen = 64, .doc = "caregiver's phone" },
	{ .name = "emergency",
	    .heads = "紧急联系人姓名",
	    .zh = "紧急联系人", .en = "Emergency contact",
	    .col = "emergency", .expr = "e.emergency", .kind = SG_K_NAME,
	    .maxlen = 200, .doc = "emergency contact's name" },
	{ .name = "emergency_phone",
	    .heads = "紧急联系人电话|紧急联系方式",
	    .zh = "紧急联系电话", .en = "Emergency phone",
	    .col = "emergency_phone", .expr = "e.emergency_phone",
	    .kind = SG_K_PHONE, .maxlen = 64,
	    .doc = "emergency contact's phone" },
	{ .name = "archive_reason", .zh = "归档原因", .en = "Archive reason",
	    .col = "archive_reason", .expr = "e.archive_reason",
	    .kind = SG_K_ENUM, .vals = reasons,
	    .doc = "moved, deceased or other" },
	{ .name = "archive_date", .zh = "归档日期", .en = "Archive date",
	    .col = "archive_date", .expr = "e.archive_date", .kind = SG_K_DATE,
	    .doc = "date archived" },
	{ .name = "visit_every", .zh = "探访频次", .en = "Visit every",
	    .col = "visit_every", .expr = "e.visit_every", .kind = SG_K_EVERY,
	    .doc = "own visit interval, overriding the rules" },
	{ .name = "note",
	    .heads = "说明",
	    .zh = "备注", .en = "Note", .col = "note",
	    .expr = "e.note", .kind = SG_K_TEXT, .maxlen = BIG,
	    .doc = "notes" },
};

#undef L
#undef N
#undef RO

const struct sg_table sg_elder_table = {
	.name = "elder", .table = "elder", .from = "elder e",
	.fields = elder_fields,
	.nfields = sizeof(elder_fields) / sizeof(elder_fields[0]),
	.order = "e.id"
};

/* Index of a field of the elder table (it exists: a programming error). */
static int
fi(const char *name)
{
	int	 i = -1;

	sg_field_find(&sg_elder_table, name, &i);
	return i;
}

/* Replace a value in place. */
static const struct sg_error *
put(struct sg_values *v, const char *name, const char *val, int given)
{
	int	 i = fi(name);

	free(v->v[i]);
	v->v[i] = NULL;
	if (val != NULL && (v->v[i] = strdup(val)) == NULL)
		return sg_error_errno("%s", name);
	v->set[i] = given ? 1 : v->set[i];
	return NULL;
}

/* Tie birth date and sex to the ID number. */
static const struct sg_error *
check_idnum(struct sg_values *v)
{
	const struct sg_error	*err;
	const char		*id = v->v[fi("id_number")];
	const char		*birth = v->v[fi("birth")];
	const char		*gender = v->v[fi("gender")];
	char			 buf[16], sexs[2] = { 0, 0 };
	int32_t			 b;

	if (id == NULL) {
		if (birth != NULL && strlen(birth) == 7)
			return sg_error_fmt("birth: %s gives the year and month "
			    "only: a full date is needed (YYYY-MM-DD), or an "
			    "ID number to take it from", birth);
		return NULL;
	}
	if ((err = sg_idnum_check(id, NULL, &b, &sexs[0])) != NULL)
		return sg_error_fmt("id_number: %s", err->msg);
	sg_date_str(buf, b);
	/* a year and month alone (1938-05) is the ID number's, completed */
	if (birth != NULL && strlen(birth) == 7 && strncmp(birth, buf, 7) != 0)
		return sg_error_fmt("birth: %s contradicts the ID number's "
		    "birth date %s", birth, buf);
	if (birth != NULL && strlen(birth) == 7)
		v->set[fi("birth")] = 0;
	if (birth != NULL && strcmp(birth, buf) != 0 && v->set[fi("birth")])
		return sg_error_fmt("birth: %s contradicts the ID number's "
		    "birth date %s", birth, buf);
	if (gender != NULL && strcmp(gender, sexs) != 0 &&
	    v->set[fi("gender")])
		return sg_error_fmt("gender: %s contradicts the ID number's "
		    "sex %s", gender, sexs);
	if ((birth == NULL || strcmp(birth, buf) != 0) &&
	    (err = put(v, "birth", buf, 1)) != NULL)
		return err;
	if (gender == NULL || strcmp(gender, sexs) != 0)
		return put(v, "gender", sexs, 1);
	return NULL;
}

/* Refuse an ID number that another elder already has. */
static const struct sg_error *
check_duplicate(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "SELECT id FROM elder WHERE id_number = ?1 AND id IS NOT ?2";
	const char	*num = v->v[fi("id_number")];
	const struct sg_error *err = NULL;
	sqlite3_stmt	*st;

	if (num == NULL || !v->set[fi("id_number")])
		return NULL;
	if ((err = sg_values_stmt(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (sg_db_row(st, &err)) {
		err = sg_error_fmt("id_number: duplicate ID number: elder %lld "
		    "has it", (long long)sqlite3_column_int64(st, 0));
		sg_db_disclosed(ctx);
	}
	sg_values_stmt_done(ctx, sql, st);
	return err;
}

/*
 * Refuse a likely duplicate: an elder of the same name and birth date, or
 * of the same name and address, already stored (before the import) or on
 * an earlier line of the file; unless --allow-duplicates.
 */
static const struct sg_error *
check_likely(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char db_sql[] =
	    "SELECT id, CASE WHEN birth IS ?3 THEN 'birth' ELSE 'address' END "
	    "FROM elder WHERE name = ?1 AND id IS NOT ?2 AND "
	    "id <= ?7 AND ((?3 IS NOT NULL AND birth = ?3) OR "
	    "(coalesce(?4, ?5, ?6) IS NOT NULL AND building IS ?4 AND "
	    "unit IS ?5 AND room IS ?6)) ORDER BY id LIMIT 1";
	static const char file_sql[] =
	    "SELECT line, substr(k, 1, 1) FROM temp.sg_import_key "
	    "WHERE k IN (?1, ?2) ORDER BY line LIMIT 1";
	static const char keep_sql[] =
	    "INSERT OR IGNORE INTO temp.sg_import_key VALUES (?1, ?3), (?2, ?3)";
	const struct sg_error	*err = NULL;
	const char		*name = v->v[fi("name")], *birth = v->v[fi("birth")];
	const char		*b = v->v[fi("building")], *u = v->v[fi("unit")];
	const char		*r = v->v[fi("room")], *what;
	char			*kb = NULL, *ka = NULL;
	sqlite3_stmt		*st;
	int			 i;

	if (ctx->allow_dups || name == NULL || id > 0)
		return NULL;
	if ((err = sg_values_stmt(ctx, &st, db_sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (birth != NULL)
		sqlite3_bind_text(st, 3, birth, -1, SQLITE_STATIC);
	for (i = 0; i < 3; i++)
		if ((i == 0 ? b : i == 1 ? u : r) != NULL)
			sqlite3_bind_text(st, 4 + i, i == 0 ? b : i == 1 ? u :
			    r, -1, SQLITE_STATIC);
	/* in an import, the elders stored before it: a range of rowids */
	sqlite3_bind_int64(st, 7, ctx->import_line > 0 ? ctx->import_floor :
	    INT64_MAX);
	if (sg_db_row(st, &err)) {
		what = strcmp((const char *)sqlite3_column_text(st, 1),
		    "birth") == 0 ? _("the same name and birth date") :
		    _("the same name and address");
		err = sg_error_fmt("name: likely duplicate: elder %lld has %s "
		    "(--allow-duplicates if they are two people)",
		    (long long)sqlite3_column_int64(st, 0), what);
	}
	sg_values_stmt_done(ctx, db_sql, st);
	if (err != NULL || ctx->import_line <= 0)
		return err;
	if (asprintf(&kb, "b\x1f%s\x1f%s", name, birth ? birth : "") == -1)
		kb = NULL;
	if (asprintf(&ka, "a\x1f%s\x1f%s\x1f%s\x1f%s", name, b ? b : "",
	    u ? u : "", r ? r : "") == -1)
		ka = NULL;
	if (kb == NULL || ka == NULL) {
		err = sg_error_errno("%s", "name");
		goto done;
	}
	/* an empty birth or address is no key: one that cannot match */
	if (birth == NULL)
		kb[0] = 'x';
	if (b == NULL && u == NULL && r == NULL)
		ka[0] = 'y';
	if ((err = sg_db_exec(ctx, "CREATE TEMP TABLE IF NOT EXISTS "
	    "sg_import_key (k TEXT PRIMARY KEY, line INTEGER)")) != NULL ||
	    (err = sg_values_stmt(ctx, &st, file_sql)) != NULL)
		goto done;
	sqlite3_bind_text(st, 1, kb[0] == 'b' ? kb : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, ka[0] == 'a' ? ka : "", -1, SQLITE_STATIC);
	if (sg_db_row(st, &err)) {
		what = strcmp((const char *)sqlite3_column_text(st, 1),
		    "b") == 0 ? _("the same name and birth date") :
		    _("the same name and address");
		err = sg_error_fmt("name: likely duplicate: line %lld has %s "
		    "(--allow-duplicates if they are two people)",
		    (long long)sqlite3_column_int64(st, 0), what);
	}
	sg_values_stmt_done(ctx, file_sql, st);
	if (err != NULL || (err = sg_values_stmt(ctx, &st, keep_sql)) != NULL)
		goto done;
	sqlite3_bind_text(st, 1, kb, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, ka, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, ctx->import_line);
	sg_db_row(st, &err);
	sg_values_stmt_done(ctx, keep_sql, st);
done:
	free(kb);
	free(ka);
	return err;
}

/* Set while elder add checks its elder: the add links a volunteer of
   the same ID number after the insert (link_volunteer). */
static int	adding;

/*
 * An elder and a volunteer of the same ID number are one person: the
 * volunteer must be linked to this elder (volunteer.elder_id), or is
 * linked here by add and set (link_volunteer); never two strangers.
 */
static const struct sg_error *
check_volunteer(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "SELECT id, elder_id, person_id FROM volunteer WHERE "
	    "id_number = ?1 ORDER BY id LIMIT 1";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*num = v->v[fi("id_number")];
	long long		 vid;

	if (num == NULL)
		return NULL;
	if ((err = sg_values_stmt(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_STATIC);
	if (sg_db_row(st, &err)) {
		vid = sqlite3_column_int64(st, 0);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			err = sg_error_fmt("id_number: volunteer %lld has this "
			    "ID number and is person %lld", vid,
			    (long long)sqlite3_column_int64(st, 2));
		else if (sqlite3_column_type(st, 1) != SQLITE_NULL &&
		    sqlite3_column_int64(st, 1) != id)
			err = sg_error_fmt("id_number: volunteer %lld has this "
			    "ID number and is elder %lld", vid,
			    (long long)sqlite3_column_int64(st, 1));
		else if (sqlite3_column_type(st, 1) == SQLITE_NULL &&
		    id == 0 && !adding)
			err = sg_error_fmt("id_number: volunteer %lld has this "
			    "ID number: add the elder with elder add, which "
			    "links them", vid);
	}
	sg_values_stmt_done(ctx, sql, st);
	return err;
}

/* Link the volunteer of the elder's ID number to the elder; say so. */
static const struct sg_error *
link_volunteer(struct sg_ctx *ctx, const struct sg_values *v, int64_t id)
{
	static const char sql[] =
	    "UPDATE volunteer SET elder_id = ?1 WHERE id_number = ?2 AND "
	    "elder_id IS NULL AND person_id IS NULL RETURNING id";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*num = v->v[fi("id_number")];

	if (num == NULL)
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, num, -1, SQLITE_STATIC);
	while (sg_db_row(st, &err))
		sg_warn("elder %lld is volunteer %lld (the same ID number): "
		    "linked", (long long)id,
		    (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	return err;
}

/* The rules every stored elder keeps; id 0 for a new one. */
static const struct sg_error *
elder_check(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	const struct sg_error	*err;
	const char		*s;
	char			 today[16];

	sg_date_str(today, ctx->today);
	if (v->v[fi("name")] == NULL)
		return sg_error_fmt("name: empty name");
	if ((err = check_idnum(v)) != NULL)
		return err;
	if ((s = v->v[fi("birth")]) != NULL && strcmp(s, today) > 0)
		return sg_error_fmt("birth: %s is in the future", s);
	if (v->v[fi("joined")] == NULL && (err = put(v, "joined", today,
	    1)) != NULL)
		return err;
	if (v->v[fi("status")] == NULL && (err = put(v, "status", "active",
	    1)) != NULL)
		return err;
	if (strcmp(v->v[fi("status")], "active") == 0) {
		if (v->v[fi("archive_reason")] != NULL ||
		    v->v[fi("archive_date")] != NULL)
			return sg_error_fmt("archive_reason: an active elder "
			    "has no archive reason or date");
	} else if (v->v[fi("archive_reason")] == NULL)
		return sg_error_fmt("archive_reason: an archived elder needs "
		    "a reason (moved, deceased or other)");
	else if (v->v[fi("archive_date")] == NULL &&
	    (err = put(v, "archive_date", today, 1)) != NULL)
		return err;
	if ((err = check_duplicate(ctx, v, id)) != NULL ||
	    (err = check_volunteer(ctx, v, id)) != NULL)
		return err;
	return check_likely(ctx, v, id);
}

/* Set the kv fields on v, each error naming its field. */
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

/* Add an elder. */
const struct sg_error *
sg_elder_add(struct sg_ctx *ctx, const char *name, const struct sg_kv *kv,
    int n, int64_t *id)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &sg_elder_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	adding = 1;
	if ((err = sg_values_set(&v, "name", name, ctx->today)) != NULL ||
	    (err = apply_kv(ctx, &v, kv, n)) != NULL ||
	    (err = elder_check(ctx, &v, 0)) != NULL ||
	    (err = sg_values_insert(ctx, &v, id)) != NULL ||
	    (err = link_volunteer(ctx, &v, *id)) != NULL)
		goto done;
	err = sg_print_id(ctx, *id);
done:
	adding = 0;
	sg_values_free(&v);
	return err;
}

/* Load an elder, let fn change it, check and store it. */
static const struct sg_error *
modify(struct sg_ctx *ctx, int64_t id,
    const struct sg_error *(*fn)(struct sg_ctx *, struct sg_values *, void *),
    void *arg)
{
	const struct sg_error	*err;
	struct sg_values	 v;
	char			 unknown[128];

	memset(&v, 0, sizeof(v));
	v.t = &sg_elder_table;
	if ((err = sg_values_load(ctx, &v, id)) != NULL ||
	    (err = fn(ctx, &v, arg)) != NULL ||
	    (err = elder_check(ctx, &v, id)) != NULL)
		goto done;
	if ((err = sg_values_update(ctx, &v, id)) == NULL)
		err = link_volunteer(ctx, &v, id);
done:
	sg_values_free(&v);
	/* the unknown id error names the elder already, in any language */
	snprintf(unknown, sizeof(unknown), _("unknown %s id %lld"),
	    sg_type_name("elder"),
	    (long long)id);
	if (err != NULL && strncmp(err->msg, "unknown", 7) != 0 &&
	    strcmp(err->msg, unknown) != 0)
		return sg_error_fmt("elder %lld: %s", (long long)id, err->msg);
	return err;
}

struct kvarg {
	const struct sg_kv	*kv;
	int			 n;
};

/* modify() step of set: apply the options. */
static const struct sg_error *
set_fn(struct sg_ctx *ctx, struct sg_values *v, void *arg)
{
	struct kvarg	*a = arg;

	return apply_kv(ctx, v, a->kv, a->n);
}

/* The changes in an elder's life that elder set --event records. */
static const struct sg_enum events[] = {
	{ "discharged", "出院" },
	{ "hospitalized", "住院" },
	{ "bereaved", "丧亲|丧偶" },
	{ "fall", "跌倒" },
	{ "caregiver", "照料人变化|照护变化" },
	{ "other", "其他" },
	{ NULL, NULL }
};

/* Record a change (--event KIND, --event-date D) on elders. */
static const struct sg_error *
add_events(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *kind, const char *date)
{
	const struct sg_error	*err;
	const char		*k = sg_enum_find(events, kind);
	char			 buf[128], day[16];
	int32_t			 d;
	size_t			 i;

	if (k == NULL)
		return sg_error_fmt("event: invalid value '%s': expected %s",
		    kind, sg_enum_list(buf, sizeof(buf), events));
	if ((err = sg_date_parse(&d, date != NULL ? date : "today",
	    ctx->today)) != NULL)
		return sg_error_fmt("event-date: %s", err->msg);
	if (d > ctx->today)
		return sg_error_fmt("event-date: %s is in the future",
		    sg_date_str(day, d));
	if ((err = sg_check_ids(ctx, &sg_elder_table, ids, n)) != NULL)
		return err;
	for (i = 0; i < n && err == NULL; i++)
		err = sg_db_run(ctx, "INSERT INTO elder_event (elder_id, date, "
		    "kind) VALUES (?, ?, ?)", "itt", ids[i], sg_date_str(day,
		    d), k);
	return err;
}

/* Set fields on elders; --event and --event-date record a change. */
const struct sg_error *
sg_elder_set(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const struct sg_kv *kv, int nkv)
{
	const struct sg_error	*err;
	struct sg_kv		 rest[SG_MAX_KV];
	struct kvarg		 a = { rest, 0 };
	const char		*event = NULL, *date = NULL;
	size_t			 i;
	int			 k;

	for (k = 0; k < nkv; k++) {
		if (strcmp(kv[k].key, "event") == 0)
			event = kv[k].val;
		else if (strcmp(kv[k].key, "event-date") == 0)
			date = kv[k].val;
		else
			rest[a.n++] = kv[k];
	}
	if (date != NULL && event == NULL)
		return sg_error_usage("set: --event-date needs --event");
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n && a.n > 0; i++)
		if ((err = modify(ctx, ids[i], set_fn, &a)) != NULL)
			return err;
	if (event != NULL)
		return add_events(ctx, ids, n, event, date);
	return NULL;
}

struct tagarg {
	const char *const	*add;
	int			 nadd;
	const char *const	*rm;
	int			 nrm;
};

/* modify() step of tag: add, then remove tags. */
static const struct sg_error *
tag_fn(struct sg_ctx *ctx, struct sg_values *v, void *arg)
{
	const struct sg_error	*err;
	struct tagarg		*a = arg;
	int			 i = fi("tags"), k;
	char			*old = v->v[i] ? strdup(v->v[i]) : NULL;

	if (v->v[i] != NULL && old == NULL)
		return sg_error_errno("tags");
	v->set[i] = 1;
	for (k = 0; k < a->nadd; k++)
		if ((err = sg_values_set(v, "tags", a->add[k], ctx->today)))
			goto done;
	for (k = 0; k < a->nrm; k++) {
		char *s = v->v[i], *p;
		size_t len = strlen(a->rm[k]);

		for (p = s; p != NULL && *p != '\0'; ) {
			size_t l = strcspn(p, ",");

			if (l == len && strncmp(p, a->rm[k], l) == 0) {
				memmove(p, p + l + (p[l] == ','),
				    strlen(p + l + (p[l] == ',')) + 1);
				break;
			}
			p += l + (p[l] == ',');
		}
		if (s != NULL && (len = strlen(s)) > 0 && s[len - 1] == ',')
			s[len - 1] = '\0';
		if (s != NULL && *s == '\0') {
			free(s);
			v->v[i] = NULL;
		}
	}
	/* no change, no write */
	if ((old == NULL && v->v[i] == NULL) || (old != NULL &&
	    v->v[i] != NULL && strcmp(old, v->v[i]) == 0))
		v->set[i] = 0;
	err = NULL;
done:
	free(old);
	return err;
}

/* Add and remove tags on elders. */
const struct sg_error *
sg_elder_tag(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *const *add, int nadd, const char *const *rm, int nrm)
{
	const struct sg_error	*err;
	struct tagarg		 a = { add, nadd, rm, nrm };
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = modify(ctx, ids[i], tag_fn, &a)) != NULL)
			return err;
	return NULL;
}

struct archarg {
	const char	*reason;
	const char	*date;
	int		 restore;
};

/* modify() step of archive and restore. */
static const struct sg_error *
archive_fn(struct sg_ctx *ctx, struct sg_values *v, void *arg)
{
	const struct sg_error	*err;
	struct archarg		*a = arg;
	const char		*status = v->v[fi("status")];
	char			 today[16];

	if (a->restore) {
		if (strcmp(status, "archived") != 0)
			return sg_error_fmt("not archived");
		if ((err = put(v, "status", "active", 1)) != NULL ||
		    (err = put(v, "archive_reason", NULL, 1)) != NULL)
			return err;
		return put(v, "archive_date", NULL, 1);
	}
	if (strcmp(status, "archived") == 0)
		return sg_error_fmt("already archived");
	if (a->reason == NULL)
		return sg_error_fmt("archive_reason: a reason is needed");
	if ((err = sg_values_set(v, "archive_reason", a->reason,
	    ctx->today)) != NULL ||
	    (err = sg_values_set(v, "archive_date", a->date ? a->date :
	    sg_date_str(today, ctx->today), ctx->today)) != NULL)
		return err;
	if (strcmp(v->v[fi("archive_date")], sg_date_str(today,
	    ctx->today)) > 0)
		return sg_error_fmt("archive_date: %s is in the future",
		    v->v[fi("archive_date")]);
	return put(v, "status", "archived", 1);
}

/* Archive elders. */
const struct sg_error *
sg_elder_archive(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *reason, const char *date)
{
	const struct sg_error	*err;
	struct archarg		 a = { reason, date, 0 };
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = modify(ctx, ids[i], archive_fn, &a)) != NULL)
			return err;
	return NULL;
}

/* Restore archived elders. */
const struct sg_error *
sg_elder_restore(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	const struct sg_error	*err;
	struct archarg		 a = { NULL, NULL, 1 };
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = modify(ctx, ids[i], archive_fn, &a)) != NULL)
			return err;
	return NULL;
}

/* The --level filter: a range of levels 0 to 4 of the latest assessment. */
static const struct sg_error *
level_where(const char *range, struct sg_where *w)
{
	static const char latest[] = "(SELECT a.level FROM assessment a "
	    "WHERE a.elder_id = e.id ORDER BY a.date DESC, a.id DESC LIMIT 1)";
	char	 sql[256];
	int	 lo, hi;

	if (sg_range_parse(&lo, &hi, range) != NULL || lo > 4 || hi > 4)
		return sg_error_fmt("level: invalid level range '%s': expected "
		    "levels 0 to 4, like 2- or 0-1", range);
	snprintf(sql, sizeof(sql), "%s >= ?", latest);
	sg_where_num(w, sql, lo < 0 ? 0 : lo);
	if (hi >= 0) {
		snprintf(sql, sizeof(sql), "%s <= ?", latest);
		sg_where_num(w, sql, hi);
	}
	return NULL;
}

/* SQL: nonzero when the elder e's re-assessment is due by ?, or never. */
static const char *
assess_due_sql(char *buf, size_t size, int months)
{
	/* SQLite's '+N months' runs over (08-31 + 6 = 03-03): clamp it */
	snprintf(buf, size, "(SELECT CASE WHEN d IS NULL THEN 1 WHEN "
	    "strftime('%%d', date(d, '+%d months')) = strftime('%%d', d) THEN "
	    "date(d, '+%d months') <= ? ELSE date(d, '+%d months', "
	    "'start of month', '-1 day') <= ? END FROM (SELECT max(a.date) AS "
	    "d FROM assessment a WHERE a.elder_id = e.id))", months, months,
	    months);
	return buf;
}

/* Compile the list filters into a parameterised WHERE. */
static const struct sg_error *
list_where(struct sg_ctx *ctx, const struct sg_elder_filter *f,
    struct sg_where *w, char **keep, int *nkeep)
{
	static const char tagq[] =
	    "instr(',' || sg_tags(e.tags, e.living, e.birth) || ',', "
	    "',' || ? || ',') > 0";
	const struct sg_error	*err;
	const char		*st = f->status ? f->status : "active";
	char			*norm = NULL;
	int			 i, lo, hi;
	int32_t			 d;

	for (i = 0; i < f->ntags; i++)
		sg_where_text(w, tagq, f->tags[i]);
	sg_where_any(w, tagq, f->anytags, f->nanytags);
	if (f->building != NULL) {
		if ((norm = sg_nfkc(f->building)) == NULL)
			return sg_error_fmt("building: invalid UTF-8");
		keep[(*nkeep)++] = norm;
		sg_where_text(w, "e.building = ?",
		    sg_place_fold(sg_trim(norm)));
	}
	if (f->age != NULL) {
		if ((err = sg_range_parse(&lo, &hi, f->age)) != NULL)
			return sg_error_fmt("age: %s", err->msg);
		if (lo >= 0)
			sg_where_num(w, "sg_age(e.birth) >= ?", lo);
		if (hi >= 0)
			sg_where_num(w, "sg_age(e.birth) <= ?", hi);
	}
	if (f->gender != NULL) {
		const char *g = sg_enum_find(genders, f->gender);

		if (g == NULL)
			return sg_error_fmt("gender: invalid value '%s': "
			    "expected M or F", f->gender);
		sg_where_text(w, "e.gender = ?", g);
	}
	if (f->living != NULL) {
		const char *l = sg_enum_find(livings, f->living);
		char buf[128];

		if (l == NULL)
			return sg_error_fmt("living: invalid value '%s': "
			    "expected %s", f->living, sg_enum_list(buf,
			    sizeof(buf), livings));
		sg_where_text(w, "e.living = ?", l);
	}
	if (strcmp(st, "all") != 0) {
		const char *s = sg_enum_find(statuses, st);

		if (s == NULL)
			return sg_error_fmt("status: invalid value '%s': "
			    "expected active, archived or all", st);
		sg_where_text(w, "e.status = ?", s);
	}
	if (f->search != NULL && (norm = malloc(32)) != NULL &&
	    sg_idnum_check(f->search, norm, NULL, NULL) == NULL) {
		/* a whole ID number, never a part: a disclosure */
		keep[(*nkeep)++] = norm;
		sg_where_text(w, "e.id_number = ?", norm);
		sg_db_disclosed(ctx);
	} else if (f->search != NULL) {
		free(norm);
		sg_where_text(w, "instr(e.name, ?) OR instr(coalesce(e.phone, "
		    "''), ?) OR instr(coalesce(e.origin, ''), ?) OR "
		    "instr(coalesce(e.note, ''), ?)", f->search);
	}
	if (f->paired != 0)
		sg_where_add(w, f->paired > 0 ? "EXISTS (SELECT 1 FROM pairing "
		    "p WHERE p.elder_id = e.id AND p.end IS NULL)" :
		    "NOT EXISTS (SELECT 1 FROM pairing p WHERE p.elder_id = "
		    "e.id AND p.end IS NULL)");
	if (f->not_visited_since != NULL) {
		char buf[16];

		if ((err = sg_date_parse(&d, f->not_visited_since,
		    ctx->today)) != NULL)
			return sg_error_fmt("not-visited-since: %s", err->msg);
		if ((norm = strdup(sg_date_str(buf, d))) == NULL)
			return sg_error_errno("date");
		keep[(*nkeep)++] = norm;
		sg_where_text(w, "NOT EXISTS (SELECT 1 FROM visit v WHERE "
		    "v.elder_id = e.id AND v.date >= ?)", norm);
	}
	if (f->level != NULL && (err = level_where(f->level, w)) != NULL)
		return err;
	if (f->assessment_due) {
		char sql[512], buf[16];

		if ((norm = strdup(sg_date_str(buf, ctx->today))) == NULL)
			return sg_error_errno("date");
		keep[(*nkeep)++] = norm;
		sg_where_text(w, assess_due_sql(sql, sizeof(sql),
		    ctx->cfg->assessment_months), norm);
	}
	return NULL;
}

/* Say on stderr each tag of the filter that no elder has (a typo). */
static const struct sg_error *
unknown_tags(struct sg_ctx *ctx, const struct sg_elder_filter *f)
{
	static const char sql[] = "SELECT count(*) FROM elder e WHERE "
	    "instr(',' || sg_tags(e.tags, e.living, e.birth) || ',', "
	    "',' || ?1 || ',') > 0";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*tag;
	int			 i;

	for (i = 0; err == NULL && i < f->ntags + f->nanytags; i++) {
		tag = i < f->ntags ? f->tags[i] : f->anytags[i - f->ntags];
		if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
			break;
		sqlite3_bind_text(st, 1, tag, -1, SQLITE_STATIC);
		if (sg_db_row(st, &err) && sqlite3_column_int64(st, 0) == 0)
			sg_warn("no elder has the tag '%s'", tag);
		sqlite3_finalize(st);
	}
	return err;
}

/* List elders. */
const struct sg_error *
sg_elder_list(struct sg_ctx *ctx, const struct sg_elder_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	char			*keep[5];
	int			 idx[SG_MAX_FIELDS], n, nkeep = 0;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_elder_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL)
		return err;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = list_where(ctx, f, &w, keep, &nkeep)) == NULL &&
	    (err = sg_select(ctx, &sg_elder_table, idx, n, &w, "e.id", 0)) ==
	    NULL)
		err = unknown_tags(ctx, f);
	while (nkeep > 0)
		free(keep[--nkeep]);
	return err;
}

/* Show elders: every column, health notes included. */
const struct sg_error *
sg_elder_show(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	return sg_table_show(ctx, &sg_elder_table, ids, n);
}

/* Import elders from a file. */
const struct sg_error *
sg_elder_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im)
{
	return sg_table_import(ctx, &sg_elder_table, path, im,
	    elder_check);
}

/* Export every elder, archived ones too. */
const struct sg_error *
sg_elder_export(struct sg_ctx *ctx)
{
	return sg_table_export(ctx, &sg_elder_table, "e.id");
}

/* Edit an elder in $EDITOR. */
const struct sg_error *
sg_elder_edit(struct sg_ctx *ctx, int64_t id)
{
	return sg_table_edit(ctx, &sg_elder_table, id, elder_check);
}

/* The lists of elder(1) declared here (see columns.c). */
const struct sg_listdecl sg_elder_lists[] = {
	{ .cmd = "elder", .verb = "add", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "elder", .verb = "list", .table = &sg_elder_table,
	    .skip = SG_F_HEALTH },
	{ .cmd = "elder", .verb = "show", .table = &sg_elder_table },
	{ .cmd = "elder", .verb = "export", .table = &sg_elder_table },
	{ .cmd = "elder", .verb = "import", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = NULL }
};

/* SQL: an elder's address, building-unit-room. */
#define ADDRESS_EXPR \
	"ltrim(coalesce('-' || building, '') || coalesce('-' || unit, '') " \
	"|| coalesce('-' || room, ''), '-')"

/* Append "ID NAME (AGE, ADDRESS)" of a row to a list of candidates. */
static void
add_candidate(char *list, size_t size, sqlite3_stmt *st)
{
	size_t		 len = strlen(list);
	const char	*addr = (const char *)sqlite3_column_text(st, 3);

	if (len + 1 >= size)
		return;
	snprintf(list + len, size - len, "%s%lld %s (", len ? ", " : "",
	    (long long)sqlite3_column_int64(st, 0),
	    sqlite3_column_text(st, 1));
	len = strlen(list);
	if (sqlite3_column_type(st, 2) == SQLITE_NULL)
		snprintf(list + len, size - len, "%s", _("age unknown"));
	else
		snprintf(list + len, size - len, _("%d years"),
		    sqlite3_column_int(st, 2));
	len = strlen(list);
	snprintf(list + len, size - len, ", %s%s)", addr != NULL && *addr ?
	    addr : _("no address"), strcmp((const char *)sqlite3_column_text(st,
	    4), "active") == 0 ? "" : _(", archived"));
}

/* The characters of valid UTF-8 s as code points, at most 32. */
static int
chars(const char *s, int32_t *cp)
{
	const unsigned char	*p = (const unsigned char *)s;
	int			 n = 0, k;

	while (*p != '\0' && n < 32) {
		k = *p < 0x80 ? 1 : *p < 0xe0 ? 2 : *p < 0xf0 ? 3 : 4;
		cp[n] = k == 1 ? *p : *p & (0x7f >> k);
		while (--k > 0 && *++p != '\0')
			cp[n] = (cp[n] << 6) | (*p & 0x3f);
		if (*p != '\0')
			p++;
		n++;
	}
	return n;
}

/* Edit distance of two short texts in characters (capped at 9). */
static int
name_distance(const char *a, const char *b)
{
	int32_t	 x[32], y[32];
	int	 d[33][33], na, nb, i, j, c;

	na = chars(a, x);
	nb = chars(b, y);
	for (i = 0; i <= na; i++)
		d[i][0] = i;
	for (j = 0; j <= nb; j++)
		d[0][j] = j;
	for (i = 1; i <= na; i++)
		for (j = 1; j <= nb; j++) {
			c = d[i - 1][j - 1] + (x[i - 1] != y[j - 1]);
			if (d[i - 1][j] + 1 < c)
				c = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < c)
				c = d[i][j - 1] + 1;
			d[i][j] = c;
		}
	return d[na][nb] > 9 ? 9 : d[na][nb];
}

/* The elders whose names are nearest to who (one character off). */
static const struct sg_error *
nearest_elders(struct sg_ctx *ctx, const char *who, char *list, size_t size)
{
	static const char sql[] =
	    "SELECT id, name, sg_age(birth), " ADDRESS_EXPR ", status "
	    "FROM elder ORDER BY status <> 'active', id";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	int			 n = 0;

	*list = '\0';
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	while (n < 5 && sg_db_row(st, &err))
		if (name_distance(who, (const char *)sqlite3_column_text(st,
		    1)) <= 1) {
			add_candidate(list, size, st);
			n++;
		}
	sqlite3_finalize(st);
	return err;
}

/* An elder by the ID number s (valid): record that it was compared. */
static const struct sg_error *
elder_by_idnum(struct sg_ctx *ctx, const char *s, int64_t *id)
{
	static const char sql[] = "SELECT id FROM elder WHERE id_number = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 masked[32];

	sg_db_disclosed(ctx);
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, s, -1, SQLITE_STATIC);
	if (sg_db_row(st, &err))
		*id = sqlite3_column_int64(st, 0);
	else if (err == NULL)
		err = sg_error_fmt("no elder has the ID number %s",
		    sg_idnum_mask(masked, s));
	sqlite3_finalize(st);
	return err;
}

static const struct sg_error *resolve(struct sg_ctx *, const char *,
    int64_t *);

/*
 * An elder by id, ID number or exact name, as volunteers are: a name two
 * elders have is an error listing them (id, age, address), unless one
 * alone is active; a name none has, one listing the nearest names.
 */
const struct sg_error *
sg_elder_resolve(struct sg_ctx *ctx, const char *who, int64_t *id)
{
	const struct sg_error	*err;
	char			 buf[256];

	/* a cell's spaces around a name are no part of it */
	if (strlen(who) >= sizeof(buf))
		return sg_error_fmt("'%s' is not an elder id or name",
		    who);
	snprintf(buf, sizeof(buf), "%s", who);
	err = resolve(ctx, sg_trim(buf), id);
	return err;
}

/* sg_elder_resolve of a trimmed name. */
static const struct sg_error *
resolve(struct sg_ctx *ctx, const char *who, int64_t *id)
{
	static const char sql[] =
	    "SELECT id, name, sg_age(birth), " ADDRESS_EXPR ", status "
	    "FROM elder WHERE name = ?1 ORDER BY status <> 'active', id";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 list[1024] = "", norm[32];
	int			 n = 0, active = 0, is_active;

	if (sg_idnum_check(who, norm, NULL, NULL) == NULL) {
		if ((err = sg_ctx_open(ctx)) != NULL)
			return err;
		return elder_by_idnum(ctx, norm, id);
	}
	/* 18 digits (or 17 and X) that fail the check: a mistyped number */
	if (strlen(who) == 18 && strspn(who, "0123456789") >= 17 &&
	    strchr("0123456789xX", who[17]) != NULL &&
	    (err = sg_idnum_check(who, NULL, NULL, NULL)) != NULL)
		return err;
	if (sg_id_parse(id, who, NULL) == NULL)
		return NULL;
	if (*who == '\0' || !sg_utf8_valid(who,
	    strlen(who)))
		return sg_error_fmt("'%s' is not an elder id or name", who);
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, who, -1, SQLITE_STATIC);
	while (sg_db_row(st, &err)) {
		is_active = strcmp((const char *)sqlite3_column_text(st, 4),
		    "active") == 0;
		if (n == 0 || is_active)
			*id = sqlite3_column_int64(st, 0);
		active += is_active;
		add_candidate(list, sizeof(list), st);
		n++;
	}
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (n > 1 && active != 1)
		return sg_error_fmt("'%s' is ambiguous: %s; give the id", who,
		    list);
	if (n > 0)
		return NULL;
	if ((err = nearest_elders(ctx, who, list, sizeof(list))) != NULL)
		return err;
	if (*list != '\0')
		return sg_error_fmt("'%s': no elder has that name; the nearest: "
		    "%s", who, list);
	return sg_error_fmt("'%s': no elder has that id, ID number or name",
	    who);
}

/*
 * A participant of an event: person:ID a person (its id negated), else an
 * elder as sg_elder_resolve reads one (elder:ID, an id, ID number, name).
 */
const struct sg_error *
sg_party_resolve(struct sg_ctx *ctx, const char *who, int64_t *id)
{
	if (strncmp(who, "person:", 7) == 0)
		return sg_party_parse(id, who);
	if (strncmp(who, "elder:", 6) == 0)
		who += 6;
	return sg_elder_resolve(ctx, who, id);
}

/*
 * The elders of a verb: the arguments, or the first field of each line
 * of standard input; each an id, an ID number or a name (sg_elder_resolve);
 * persons too (person:ID) when `parties`.
 */
static const struct sg_error *
read_elders(struct sg_ctx *ctx, int64_t **ids, size_t *n, int argc,
    char **argv, int parties)
{
	const struct sg_error	*err = NULL, *bad;
	char			**words = NULL;
	long			*lines = NULL;
	size_t			 nw = 0, i;
	int			 nbad = 0;

	if (argc > 0) {
		if ((*ids = calloc(argc, sizeof(**ids))) == NULL)
			return sg_error_errno("ids");
		for (i = 0; i < (size_t)argc && err == NULL; i++)
			err = parties ? sg_party_resolve(ctx, argv[i],
			    &(*ids)[i]) : sg_elder_resolve(ctx, argv[i],
			    &(*ids)[i]);
		*n = argc;
		goto done;
	}
	*ids = NULL;
	*n = 0;
	if (isatty(STDIN_FILENO))
		return parties ? sg_error_usage("%s: no elder or person ids "
		    "given", ctx->verb->name) : sg_error_usage("%s: no %s ids "
		    "given", ctx->verb->name, sg_type_name("elder"));
	if ((err = sg_words_read(&words, &lines, &nw, stdin)) != NULL)
		goto done;
	if (nw > 0 && (*ids = calloc(nw, sizeof(**ids))) == NULL) {
		err = sg_error_errno("ids");
		goto done;
	}
	for (i = 0; i < nw; i++)
		if ((bad = parties ? sg_party_resolve(ctx, words[i],
		    &(*ids)[i]) : sg_elder_resolve(ctx, words[i],
		    &(*ids)[i])) != NULL) {
			if (bad->fatal) {
				err = bad;
				goto done;
			}
			sg_warn("stdin:%ld: elder: %s", lines[i], bad->msg);
			nbad++;
		}
	*n = nw;
	if (nbad > 0)
		err = sg_error_fmt("stdin: %d bad elder%s", nbad,
		    nbad == 1 ? "" : "s");
done:
	for (i = 0; i < nw; i++)
		free(words[i]);
	free(words);
	free(lines);
	if (err != NULL) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return err;
}

const struct sg_error *
sg_elder_ids(struct sg_ctx *ctx, int64_t **ids, size_t *n, int argc,
    char **argv)
{
	return read_elders(ctx, ids, n, argc, argv, 0);
}

const struct sg_error *
sg_elder_parties(struct sg_ctx *ctx, int64_t **ids, size_t *n, int argc,
    char **argv)
{
	return read_elders(ctx, ids, n, argc, argv, 1);
}
