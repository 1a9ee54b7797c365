/*
 * elder.c -- elders' files: the columns of an elder, the rules that tie
 * them together (ID number, birth date, sex, status), and the verbs of
 * elder(1) except assess and assessments (assess.c).
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

static const struct sg_enum livings[] = {
	{ "alone", "独居" },
	{ "couple", "与配偶|夫妻同住|夫妻" },
	{ "with-children", "与子女|与子女同住|子女" },
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
	{ "id", NULL, "id", "e.id", SG_K_INT, SG_F_ID | L | N, NULL, 20,
	    "the elder's number" },
	{ "name", NULL, "name", "e.name", SG_K_NAME, SG_F_REQ | L, NULL, 200,
	    "full name" },
	{ "gender", NULL, "gender", "e.gender", SG_K_ENUM, L, genders, 0,
	    "M or F (input also 男/女, male/female)" },
	{ "birth", NULL, "birth", "e.birth", SG_K_DATE, 0, NULL, 0,
	    "date of birth (derived from the ID number when not given)" },
	{ "age", NULL, NULL, "sg_age(e.birth)", SG_K_INT, L | N | RO, NULL,
	    0, "whole years on today's date" },
	{ "id_number", NULL, "id_number", "sg_mask(e.id_number)", SG_K_IDNUM,
	    0, NULL, 64, "resident ID number, masked unless --reveal" },
	{ "phone", NULL, "phone", "e.phone", SG_K_PHONE, L, NULL, 64,
	    "phone number" },
	{ "building", NULL, "building", "e.building", SG_K_CODE, 0, NULL, 32,
	    "building (楼栋)" },
	{ "unit", NULL, "unit", "e.unit", SG_K_CODE, 0, NULL, 32,
	    "unit (单元)" },
	{ "room", NULL, "room", "e.room", SG_K_CODE, 0, NULL, 32,
	    "room (房号)" },
	{ "address", NULL, NULL, "ltrim(coalesce('-' || e.building, '') || "
	    "coalesce('-' || e.unit, '') || coalesce('-' || e.room, ''), '-')",
	    SG_K_TEXT, L | RO, NULL, 0,
	    "building-unit-room, empty parts left out" },
	{ "origin", NULL, "origin", "e.origin", SG_K_NAME, 0, NULL, 200,
	    "township/village before relocation (原籍)" },
	{ "living", NULL, "living", "e.living", SG_K_ENUM, L, livings, 0,
	    "alone, couple, with-children or other" },
	{ "tags", "tag", "tags", "e.tags", SG_K_TAGS, L, NULL, 1024,
	    "categories, joined by ','" },
	{ "status", NULL, "status", "e.status", SG_K_ENUM, L, statuses, 0,
	    "active or archived" },
	{ "joined", NULL, "joined", "e.joined", SG_K_DATE, 0, NULL, 0,
	    "date the station took the elder on" },
	{ "last_visit", NULL, NULL, "(SELECT max(v.date) FROM visit v "
	    "WHERE v.elder_id = e.id)", SG_K_DATE, L | RO, NULL, 0,
	    "date of the latest visit" },
	{ "paired", NULL, NULL, "(SELECT group_concat(vo.name, ',') FROM "
	    "pairing p JOIN volunteer vo ON vo.id = p.volunteer_id WHERE "
	    "p.elder_id = e.id AND p.end IS NULL)", SG_K_TEXT, RO, NULL, 0,
	    "volunteers paired with the elder now" },
	{ "level", NULL, NULL, "(SELECT a.level FROM assessment a WHERE "
	    "a.elder_id = e.id ORDER BY a.date DESC, a.id DESC LIMIT 1)",
	    SG_K_INT, N | RO, NULL, 0, "level of the latest assessment" },
	{ "assessed", NULL, NULL, "(SELECT max(a.date) FROM assessment a "
	    "WHERE a.elder_id = e.id)", SG_K_DATE, RO, NULL, 0,
	    "date of the latest assessment" },
	{ "assessment", NULL, NULL, "(SELECT a.instrument || ' ' || a.total "
	    "FROM assessment a WHERE a.elder_id = e.id ORDER BY a.date DESC, "
	    "a.id DESC LIMIT 1)", SG_K_TEXT, SG_F_HEALTH | RO, NULL, 0,
	    "instrument and total of the latest assessment" },
	{ "health", NULL, "health", "e.health", SG_K_TEXT, SG_F_HEALTH, NULL,
	    BIG, "health notes (sensitive: show, export and edit only)" },
	{ "caregiver", NULL, "caregiver", "e.caregiver", SG_K_NAME, 0, NULL,
	    200, "caregiver's name" },
	{ "caregiver_relation", NULL, "caregiver_relation",
	    "e.caregiver_relation", SG_K_NAME, 0, NULL, 100,
	    "caregiver's relation (儿子, 女儿, ...)" },
	{ "caregiver_phone", NULL, "caregiver_phone", "e.caregiver_phone",
	    SG_K_PHONE, 0, NULL, 64, "caregiver's phone" },
	{ "emergency", NULL, "emergency", "e.emergency", SG_K_NAME, 0, NULL,
	    200, "emergency contact's name" },
	{ "emergency_phone", NULL, "emergency_phone", "e.emergency_phone",
	    SG_K_PHONE, 0, NULL, 64, "emergency contact's phone" },
	{ "archive_reason", NULL, "archive_reason", "e.archive_reason",
	    SG_K_ENUM, 0, reasons, 0, "moved, deceased or other" },
	{ "archive_date", NULL, "archive_date", "e.archive_date", SG_K_DATE,
	    0, NULL, 0, "date archived" },
	{ "visit_every", NULL, "visit_every", "e.visit_every", SG_K_EVERY, 0,
	    NULL, 0, "own visit interval, overriding the rules" },
	{ "note", NULL, "note", "e.note", SG_K_TEXT, 0, NULL, BIG, "notes" },
};

#undef L
#undef N
#undef RO

const struct sg_table sg_elder_table = {
	"elder", "elder", "elder e", elder_fields,
	sizeof(elder_fields) / sizeof(elder_fields[0]), "e.id", NULL, NULL
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

	if (id == NULL)
		return NULL;
	if ((err = sg_idnum_check(id, NULL, &b, &sexs[0])) != NULL)
		return sg_error_fmt("id_number: %s", err->msg);
	sg_date_str(buf, b);
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
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_STATIC);
	if (id > 0)
		sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		err = sg_error_fmt("id_number: duplicate ID number: elder %lld "
		    "has it", (long long)sqlite3_column_int64(st, 0));
		sg_db_disclosed(ctx);
	}
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
	return check_duplicate(ctx, v, id);
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
	if ((err = sg_values_set(&v, "name", name, ctx->today)) != NULL ||
	    (err = apply_kv(ctx, &v, kv, n)) != NULL ||
	    (err = elder_check(ctx, &v, 0)) != NULL ||
	    (err = sg_values_insert(ctx, &v, id)) != NULL)
		goto done;
	fprintf(ctx->out, "%lld\n", (long long)*id);
done:
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
	err = sg_values_update(ctx, &v, id);
done:
	sg_values_free(&v);
	/* the unknown id error names the elder already, in any language */
	snprintf(unknown, sizeof(unknown), _("unknown %s id %lld"), "elder",
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

/* Set fields on elders. */
const struct sg_error *
sg_elder_set(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const struct sg_kv *kv, int nkv)
{
	const struct sg_error	*err;
	struct kvarg		 a = { kv, nkv };
	size_t			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	for (i = 0; i < n; i++)
		if ((err = modify(ctx, ids[i], set_fn, &a)) != NULL)
			return err;
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

/* Compile the list filters into a parameterised WHERE. */
static const struct sg_error *
list_where(struct sg_ctx *ctx, const struct sg_elder_filter *f,
    struct sg_where *w, char **keep, int *nkeep)
{
	static const char tagq[] =
	    "instr(',' || e.tags || ',', ',' || ? || ',') > 0";
	const struct sg_error	*err;
	const char		*st = f->status ? f->status : "active";
	char			*norm;
	int			 i, lo, hi;
	int32_t			 d;

	for (i = 0; i < f->ntags; i++)
		sg_where_text(w, tagq, f->tags[i]);
	if (f->nanytags > 0) {
		char any[1024] = "";

		for (i = 0; i < f->nanytags; i++)
			snprintf(any + strlen(any), sizeof(any) - strlen(any),
			    "%s%s", i ? " OR " : "", tagq);
		sg_where_add(w, any);
		for (i = 0; i < f->nanytags; i++)
			sg_where_param(w, f->anytags[i]);
	}
	if (f->building != NULL) {
		if ((norm = sg_nfkc(f->building)) == NULL)
			return sg_error_fmt("building: invalid UTF-8");
		keep[(*nkeep)++] = norm;
		sg_where_text(w, "e.building = ?", sg_trim(norm));
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
	if (f->search != NULL)
		sg_where_text(w, "instr(e.name, ?) OR instr(coalesce(e.phone, "
		    "''), ?) OR instr(coalesce(e.origin, ''), ?) OR "
		    "instr(coalesce(e.note, ''), ?)", f->search);
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
		sg_where_text(w, sg_assess_due_sql(sql, sizeof(sql),
		    ctx->cfg->assessment_months), norm);
	}
	return NULL;
}

/* List elders. */
const struct sg_error *
sg_elder_list(struct sg_ctx *ctx, const struct sg_elder_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	char			*keep[4];
	int			 idx[SG_MAX_FIELDS], n, nkeep = 0;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_elder_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL)
		return err;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = list_where(ctx, f, &w, keep, &nkeep)) == NULL)
		err = sg_select(ctx, &sg_elder_table, idx, n, &w, "e.id", 0);
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
sg_elder_import(struct sg_ctx *ctx, const char *path, const char *format)
{
	return sg_table_import(ctx, &sg_elder_table, path, format,
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
