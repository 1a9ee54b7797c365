/*
 * person.c -- participants who are not elders: caregivers (照料者),
 * residents (居民), students (学生), family (家属) and others.  They sign
 * up for and attend events beside elders (event.c reads them as
 * person:ID); a caregiver is a person linked to an elder with a relation.
 * The verbs of `elder person`; visiting rules and coverage know nothing
 * of persons.
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

static const struct sg_enum kinds[] = {
	{ "caregiver", "照料者|照护人|照料人" },
	{ "resident", "居民" },
	{ "student", "学生" },
	{ "family", "家属" },
	{ "other", "其他" },
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

/* The columns of a person. */
static const struct sg_field person_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "p.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the person's number in shegong" },
	{ .name = "ref", .zh = "参与者编号", .en = "Reference",
	    .expr = "'person:' || p.id", .kind = SG_K_TEXT,
	    .flags = RO | SG_F_NOEXPORT,
	    .doc = "person:ID, as event signup and attend read it "
	    "(elder person list -c ref | event signup EVENT)" },
	{ .name = "name", .zh = "姓名", .en = "Name", .col = "name",
	    .expr = "p.name", .kind = SG_K_NAME, .flags = SG_F_REQ | L,
	    .maxlen = 200, .doc = "full name" },
	{ .name = "gender", .zh = "性别", .en = "Gender", .col = "gender",
	    .expr = "p.gender", .kind = SG_K_ENUM, .flags = L, .vals = genders,
	    .doc = "M or F" },
	{ .name = "phone", .zh = "联系电话", .en = "Phone", .col = "phone",
	    .expr = "p.phone", .kind = SG_K_PHONE, .flags = L, .maxlen = 64,
	    .doc = "phone number" },
	{ .name = "kind", .zh = "类别", .en = "Kind", .col = "kind",
	    .expr = "p.kind", .kind = SG_K_ENUM, .flags = L, .vals = kinds,
	    .doc = "caregiver, resident, student, family or other" },
	{ .name = "building", .zh = "楼栋", .en = "Building", .col = "building",
	    .expr = "p.building", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32, .doc = "building (楼栋)" },
	{ .name = "unit", .zh = "单元", .en = "Unit", .col = "unit",
	    .expr = "p.unit", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32, .doc = "unit (单元)" },
	{ .name = "room", .zh = "房号", .en = "Room", .col = "room",
	    .expr = "p.room", .kind = SG_K_CODE, .flags = SG_F_PLACE,
	    .maxlen = 32, .doc = "room (房号)" },
	{ .name = "outside", .zh = "社区外", .en = "Outside",
	    .col = "outside", .expr = "p.outside", .kind = SG_K_INT,
	    .flags = N, .maxlen = 1,
	    .doc = "1: lives outside the community (then no building, unit "
	    "or room)" },
	{ .name = "address", .zh = "地址", .en = "Address",
	    .expr = "CASE WHEN p.outside THEN 'outside' ELSE "
	    "ltrim(coalesce('-' || p.building, '') || "
	    "coalesce('-' || p.unit, '') || coalesce('-' || p.room, ''), '-') "
	    "END", .kind = SG_K_TEXT, .flags = L | RO,
	    .doc = "building-unit-room, or outside (lives outside the "
	    "community)" },
	{ .name = "elder_id", .zh = "关联老人编号", .en = "Elder ID",
	    .alias = "elder", .col = "elder_id", .expr = "p.elder_id",
	    .kind = SG_K_INT, .flags = L | N, .maxlen = 20,
	    .doc = "the elder the person is linked to (a caregiver's elder)" },
	{ .name = "elder_name", .zh = "关联老人", .en = "Elder",
	    .expr = "(SELECT e.name FROM elder e WHERE e.id = p.elder_id)",
	    .kind = SG_K_NAME, .flags = RO, .doc = "that elder's name" },
	{ .name = "relation", .zh = "关系", .en = "Relation",
	    .col = "relation", .expr = "p.relation", .kind = SG_K_NAME,
	    .flags = L, .maxlen = 100,
	    .doc = "relation to that elder (女儿, 老伴, ...)" },
	{ .name = "volunteer", .zh = "志愿者编号", .en = "Volunteer",
	    .expr = "(SELECT group_concat(vo.id, ',') FROM volunteer vo "
	    "WHERE vo.person_id = p.id)", .kind = SG_K_TEXT, .flags = RO,
	    .doc = "the volunteer record of the person, when they volunteer" },
	{ .name = "status", .zh = "状态", .en = "Status", .col = "status",
	    .expr = "p.status", .kind = SG_K_ENUM, .flags = L,
	    .vals = statuses, .doc = "active or archived" },
	{ .name = "joined", .zh = "登记日期", .en = "Joined", .col = "joined",
	    .expr = "p.joined", .kind = SG_K_DATE, .doc = "date registered" },
	{ .name = "archive_date", .zh = "归档日期", .en = "Archive date",
	    .col = "archive_date", .expr = "p.archive_date", .kind = SG_K_DATE,
	    .doc = "date archived" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "p.note", .kind = SG_K_TEXT, .maxlen = 65536,
	    .doc = "notes" },
};

#undef L
#undef N
#undef RO

const struct sg_table sg_person_table = {
	.name = "person", .table = "person", .from = "person p",
	.fields = person_fields,
	.nfields = sizeof(person_fields) / sizeof(person_fields[0]),
	.order = "p.id"
};

/* Index of a person field. */
static int
fi(const char *name)
{
	int	 i = -1;

	sg_field_find(&sg_person_table, name, &i);
	return i;
}

/* Set a field to a default when it is empty. */
static const struct sg_error *
fill(struct sg_values *v, const char *name, const char *val)
{
	int	 i = fi(name);

	if (v->v[i] != NULL)
		return NULL;
	if ((v->v[i] = strdup(val)) == NULL)
		return sg_error_errno("%s", name);
	v->set[i] = 1;
	return NULL;
}

/* The linked elder exists. */
static const struct sg_error *
check_elder(struct sg_ctx *ctx, const char *elder)
{
	const struct sg_error	*err;
	int64_t			 n = 0;

	if (elder == NULL)
		return NULL;
	if ((err = sg_db_int(ctx, &n, "SELECT count(*) FROM elder WHERE "
	    "id = ?", (int64_t)atoll(elder))) != NULL)
		return err;
	if (n == 0)
		return sg_error_fmt("elder: unknown elder id %s", elder);
	return NULL;
}

/* The rules every stored person keeps; id 0 for a new one. */
static const struct sg_error *
person_check(struct sg_ctx *ctx, struct sg_values *v, int64_t id)
{
	const struct sg_error	*err;
	const char		*out;
	char			 today[16];

	(void)id;
	sg_date_str(today, ctx->today);
	if (v->v[fi("name")] == NULL)
		return sg_error_fmt("name: empty name");
	out = v->v[fi("outside")];
	if (out != NULL && strcmp(out, "0") != 0 && strcmp(out, "1") != 0)
		return sg_error_fmt("outside: invalid value '%s': expected 0 "
		    "or 1", out);
	if (out != NULL && strcmp(out, "1") == 0 && (v->v[fi("building")] ||
	    v->v[fi("unit")] || v->v[fi("room")]))
		return sg_error_fmt("address: a person outside the community "
		    "has no building, unit or room");
	if (v->v[fi("relation")] != NULL && v->v[fi("elder_id")] == NULL)
		return sg_error_fmt("relation: a relation needs --elder, the "
		    "elder it is to");
	if ((err = check_elder(ctx, v->v[fi("elder_id")])) != NULL ||
	    (err = fill(v, "joined", today)) != NULL ||
	    (err = fill(v, "status", "active")) != NULL ||
	    (err = fill(v, "outside", "0")) != NULL)
		return err;
	return fill(v, "kind", v->v[fi("elder_id")] ? "caregiver" : "other");
}

/* elder person add */
const struct sg_error *
sg_person_add(struct sg_ctx *ctx, const char *name, const struct sg_kv *kv,
    int n, int64_t *id)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &sg_person_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = sg_values_set(&v, "name", name, ctx->today)) == NULL &&
	    (err = sg_values_apply(&v, kv, n, ctx->today)) == NULL &&
	    (err = person_check(ctx, &v, 0)) == NULL &&
	    (err = sg_values_insert(ctx, &v, id)) == NULL)
		err = sg_print_id(ctx, *id);
	sg_values_free(&v);
	return err;
}

/* Load, change, check and store one person; archive: 1, restore: -1. */
static const struct sg_error *
modify(struct sg_ctx *ctx, int64_t id, const struct sg_kv *kv, int n,
    int archive, const char *date)
{
	const struct sg_error	*err;
	struct sg_values	 v;

	memset(&v, 0, sizeof(v));
	v.t = &sg_person_table;
	if ((err = sg_values_load(ctx, &v, id)) != NULL)
		goto done;
	if ((err = sg_values_archive(ctx, &v, id, archive, date,
	    N_("person %lld: already archived"),
	    N_("person %lld: not archived"))) != NULL)
		goto done;
	if ((err = sg_values_apply(&v, kv, n, ctx->today)) == NULL &&
	    (err = person_check(ctx, &v, id)) == NULL)
		err = sg_values_update(ctx, &v, id);
done:
	sg_values_free(&v);
	return err;
}

/* elder person set */
const struct sg_error *
sg_person_set(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const struct sg_kv *kv, int nkv)
{
	return sg_values_modify(ctx, modify, ids, n, kv, nkv, 0, NULL);
}

/* elder person archive / restore */
const struct sg_error *
sg_person_archive(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *date, int restore)
{
	return sg_values_modify(ctx, modify, ids, n, NULL, 0,
	    restore ? -1 : 1, date);
}

/* elder person list */
const struct sg_error *
sg_person_list(struct sg_ctx *ctx, const struct sg_person_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	const char		*key, *st = f->status ? f->status : "active";
	char			 list[160];
	int			 idx[SG_MAX_FIELDS], n;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_person_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (f->kind != NULL) {
		if ((key = sg_enum_find(kinds, f->kind)) == NULL)
			return sg_error_fmt("kind: invalid value '%s': expected "
			    "%s", f->kind, sg_enum_list(list, sizeof(list),
			    kinds));
		sg_where_text(&w, "p.kind = ?", key);
	}
	if (f->elder > 0)
		sg_where_num(&w, "p.elder_id = ?", f->elder);
	if (strcmp(st, "all") != 0) {
		if ((key = sg_enum_find(statuses, st)) == NULL)
			return sg_error_fmt("status: invalid value '%s': "
			    "expected active, archived or all", st);
		sg_where_text(&w, "p.status = ?", key);
	}
	return sg_select(ctx, &sg_person_table, idx, n, &w, "p.id", 0);
}

/* elder person show */
const struct sg_error *
sg_person_show(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	return sg_table_show(ctx, &sg_person_table, ids, n);
}

/* elder person import */
const struct sg_error *
sg_person_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im)
{
	return sg_table_import(ctx, &sg_person_table, path, im, person_check);
}

/* The lists of elder person declared here (see columns.c). */
const struct sg_listdecl sg_person_lists[] = {
	{ .cmd = "elder", .verb = "person", .sub = "add", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = "elder", .verb = "person", .sub = "list",
	    .table = &sg_person_table },
	{ .cmd = "elder", .verb = "person", .sub = "show",
	    .table = &sg_person_table },
	{ .cmd = "elder", .verb = "person", .sub = "import", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = NULL }
};
