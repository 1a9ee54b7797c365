/*
 * case.c -- case work (个案): a case follows one elder's need from intake
 * (接案) through assessment (预估), a service plan, notes and referrals to
 * partners (资源链接, 需求转介) to its closing with feedback (反馈).  And
 * the partners themselves, a record type like the others.  Nothing is
 * deleted: a closed case is kept whole and may be reopened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/* The needs a case may name. */
static const struct sg_enum needs[] = {
	{ "daily-care", "生活照料" },
	{ "rehab", "康复护理|康复|rehabilitation" },
	{ "emotional", "精神慰藉|心理" },
	{ "home-adaptation", "适老化改造|适老化" },
	{ "medical", "医疗|就医" },
	{ "financial", "经济|救助" },
	{ "legal", "法律|维权" },
	{ "other", "其他" },
	{ NULL, NULL }
};

static const struct sg_enum outcomes[] = {
	{ "resolved", "已解决|解决" },
	{ "referred", "已转介|转介" },
	{ "moved", "迁出|搬离" },
	{ "deceased", "去世|离世" },
	{ "other", "其他" },
	{ NULL, NULL }
};

/* Where a case came from (or visit:ID); the timelines name them too. */
const struct sg_enum sg_case_sources[] = {
	{ "walk-in", "来访|自行来访" },
	{ "committee", "居委会|社区" },
	{ "family", "家属|家人" },
	{ NULL, NULL }
};

/* A referral's status. */
const struct sg_enum sg_referral_statuses[] = {
	{ "sent", "已转介|已发送" },
	{ "accepted", "已接收|接收" },
	{ "done", "已完成|完成" },
	{ "declined", "已拒绝|拒绝" },
	{ NULL, NULL }
};

static const struct sg_enum partner_kinds[] = {
	{ "firm", "企业|公司" },
	{ "shop", "商户|商铺|门店" },
	{ "university", "高校|大学" },
	{ "clinic", "诊所|医院|卫生院|卫生室" },
	{ "government", "政府|部门" },
	{ "school", "中小学|学校|小学|中学" },
	{ "ngo", "社会组织|公益组织|社工机构" },
	{ "other", "其他" },
	{ NULL, NULL }
};

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO

/* The columns of a partner. */
static const struct sg_field partner_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "pa.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the partner's number in shegong" },
	{ .name = "name", .zh = "名称", .en = "Name", .col = "name",
	    .expr = "pa.name", .kind = SG_K_NAME, .flags = SG_F_REQ | L,
	    .maxlen = 200,
	    .doc = "name of the enterprise, shop, university, clinic or office" },
	{ .name = "kind", .zh = "类型", .en = "Kind", .col = "kind",
	    .expr = "pa.kind", .kind = SG_K_ENUM, .flags = L,
	    .vals = partner_kinds,
	    .doc = "firm, shop, university, clinic, government, school, ngo "
	    "or other" },
	{ .name = "offers", .zh = "可提供资源", .en = "Offers", .col = "offers",
	    .expr = "pa.offers", .kind = SG_K_TEXT, .flags = L, .maxlen = 1024,
	    .doc = "what it provides" },
	{ .name = "contact", .zh = "联系人", .en = "Contact", .col = "contact",
	    .expr = "pa.contact", .kind = SG_K_TEXT, .flags = L, .maxlen = 256,
	    .doc = "contact person and phone" },
	{ .name = "events", .zh = "合作活动", .en = "Events",
	    .expr = "(SELECT count(*) FROM event_partner ep WHERE "
	    "ep.partner = pa.name)", .kind = SG_K_INT, .flags = L | N | RO,
	    .doc = "events that name it as a partner" },
	{ .name = "referrals", .zh = "转介", .en = "Referrals",
	    .expr = "(SELECT count(*) FROM referral r WHERE "
	    "r.partner_id = pa.id)", .kind = SG_K_INT, .flags = L | N | RO,
	    .doc = "referrals made to it" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "pa.note", .kind = SG_K_TEXT, .maxlen = 65536,
	    .doc = "notes" },
};

#undef L
#undef N
#undef RO

const struct sg_table sg_partner_table = {
	.name = "partner", .table = "partner", .from = "partner pa",
	.fields = partner_fields,
	.nfields = sizeof(partner_fields) / sizeof(partner_fields[0]),
	.order = "pa.id"
};

/* ------------------------------------------------------------ partners */

const struct sg_error *
sg_partner_add(struct sg_ctx *ctx, const char *name, const struct sg_kv *kv,
    int n, int64_t *id)
{
	const struct sg_error	*err;
	struct sg_values	 v;
	int64_t			 dup = 0;
	sqlite3_stmt		*st;

	memset(&v, 0, sizeof(v));
	v.t = &sg_partner_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((err = sg_values_set(&v, "name", name, ctx->today)) == NULL &&
	    (err = sg_values_apply(&v, kv, n, ctx->today)) == NULL &&
	    (err = sg_db_prepare(ctx, &st, "SELECT id FROM partner WHERE "
	    "name = ?")) == NULL) {
		sg_bind_text(st, 1, sg_values_get(&v, "name"));
		if (sg_db_row(st, &err))
			dup = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if (err == NULL && dup > 0)
			err = sg_error_fmt("name: partner '%s' exists already "
			    "(id %lld)", sg_values_get(&v, "name"),
			    (long long)dup);
		else if (err == NULL &&
		    (err = sg_values_insert(ctx, &v, id)) == NULL)
			err = sg_print_id(ctx, *id);
	}
	sg_values_free(&v);
	return err;
}

const struct sg_error *
sg_partner_list(struct sg_ctx *ctx)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	int			 idx[SG_MAX_FIELDS], n;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_partner_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	return sg_select(ctx, &sg_partner_table, idx, n, &w, "pa.id", 0);
}

/* A partner by id or exact name. */
const struct sg_error *
sg_partner_find(struct sg_ctx *ctx, const char *s, int64_t *id)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	int64_t			 num = -1;

	if (sg_id_parse(&num, s, NULL) != NULL)
		num = -1;
	if ((err = sg_db_prepare(ctx, &st, "SELECT id FROM partner WHERE "
	    "id = ?1 OR name = ?2")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, num);
	sqlite3_bind_text(st, 2, s, -1, SQLITE_STATIC);
	if (sg_db_row(st, &err))
		*id = sqlite3_column_int64(st, 0);
	else if (err == NULL)
		err = sg_error_fmt("unknown partner '%s' (add it with event "
		    "partner add)", s);
	sqlite3_finalize(st);
	return err;
}

const struct sg_error *
sg_partner_show(struct sg_ctx *ctx, char **names, int n)
{
	const struct sg_error	*err;
	int64_t			*ids;
	int			 i;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if ((ids = calloc(n > 0 ? n : 1, sizeof(*ids))) == NULL)
		return sg_error_errno("partner");
	for (i = 0; i < n && err == NULL; i++)
		err = sg_partner_find(ctx, names[i], &ids[i]);
	if (err == NULL)
		err = sg_table_show(ctx, &sg_partner_table, ids, n);
	free(ids);
	return err;
}

/* --------------------------------------------------------------- cases */

/* What a case verb needs of the case. */
struct kase {
	int64_t		 id;
	int64_t		 elder;
	char		 opened[16];
	char		 status[16];
	char		 closed[16];
};

static const struct sg_error *
case_load(struct sg_ctx *ctx, int64_t id, struct kase *k)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*s;

	memset(k, 0, sizeof(*k));
	if ((err = sg_db_prepare(ctx, &st, "SELECT elder_id, opened, status, "
	    "closed FROM elder_case WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("unknown case id %lld",
			    (long long)id);
	} else {
		k->id = id;
		k->elder = sqlite3_column_int64(st, 0);
		snprintf(k->opened, sizeof(k->opened), "%s",
		    sqlite3_column_text(st, 1));
		snprintf(k->status, sizeof(k->status), "%s",
		    sqlite3_column_text(st, 2));
		s = (const char *)sqlite3_column_text(st, 3);
		snprintf(k->closed, sizeof(k->closed), "%s", s ? s : "");
	}
	sqlite3_finalize(st);
	return err;
}

/* Load an open case (the verbs that add to it). */
static const struct sg_error *
case_open_load(struct sg_ctx *ctx, int64_t id, struct kase *k)
{
	const struct sg_error	*err;

	if ((err = case_load(ctx, id, k)) != NULL)
		return err;
	if (strcmp(k->status, "open") != 0)
		return sg_error_fmt("case %lld is closed: reopen it first "
		    "(elder case reopen %lld)", (long long)id, (long long)id);
	return NULL;
}

/* A date option, today when NULL, into buf; what names it in errors. */
static const struct sg_error *
date_opt(struct sg_ctx *ctx, const char *s, const char *what, char *buf)
{
	const struct sg_error	*err;
	int32_t			 d;

	if ((err = sg_date_parse(&d, s ? s : "today", ctx->today)) != NULL)
		return sg_error_fmt("%s: %s", what, err->msg);
	sg_date_str(buf, d);
	return NULL;
}

/* A date not before the case was opened. */
static const struct sg_error *
case_date(struct sg_ctx *ctx, const struct kase *k, const char *s,
    const char *what, char *buf)
{
	const struct sg_error	*err;

	if ((err = date_opt(ctx, s, what, buf)) != NULL)
		return err;
	if (strcmp(buf, k->opened) < 0)
		return sg_error_fmt("%s: %s is before the case was opened "
		    "(%s)", what, buf, k->opened);
	return NULL;
}

/* Text that must be given, one valid UTF-8 string. */
static const struct sg_error *
need_text(const char *s, const char *what)
{
	if (s == NULL || *s == '\0')
		return sg_error_usage("--%s is required", what);
	if (!sg_utf8_valid(s, strlen(s)))
		return sg_error_fmt("%s: invalid UTF-8", what);
	if (strlen(s) > 65536)
		return sg_error_fmt("%s: longer than 65536 bytes", what);
	return NULL;
}

/* Optional text. */
static const struct sg_error *
opt_text(const char *s, const char *what)
{
	return s == NULL ? NULL : need_text(s, what);
}

/* A need: a keyword of the list (or its Chinese), or one of case.needs. */
static const struct sg_error *
need_opt(struct sg_ctx *ctx, const char *s, const char **key)
{
	char	 list[512];
	size_t	 n;
	int	 i;

	if ((*key = sg_enum_find(needs, s)) != NULL)
		return NULL;
	for (i = 0; i < ctx->cfg->nneeds; i++)
		if (strcmp(ctx->cfg->needs[i], s) == 0) {
			*key = ctx->cfg->needs[i];
			return NULL;
		}
	sg_enum_list(list, sizeof(list), needs);
	for (i = 0; i < ctx->cfg->nneeds; i++) {
		n = strlen(list);
		snprintf(list + n, sizeof(list) - n, ", %s",
		    ctx->cfg->needs[i]);
	}
	return sg_error_fmt("need: invalid value '%s': expected %s", s,
	    list);
}

/* The keyword of an enumeration, or an error listing the allowed ones. */
static const struct sg_error *
enum_opt(const struct sg_enum *e, const char *s, const char *what,
    const char **key)
{
	char	 list[256];

	if ((*key = sg_enum_find(e, s)) == NULL)
		return sg_error_fmt("%s: invalid value '%s': expected %s", what,
		    s, sg_enum_list(list, sizeof(list), e));
	return NULL;
}

/* The worker: a volunteer or worker by id or name (stored by name). */
static const struct sg_error *
worker_name(struct sg_ctx *ctx, const char *who, char *buf, size_t size)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	int64_t			 id;

	if (who == NULL) {
		snprintf(buf, size, "%s", ctx->user ? ctx->user : "");
		return NULL;
	}
	if ((err = sg_volunteer_resolve(ctx, who, &id)) != NULL)
		return sg_error_fmt("by: %s", err->msg);
	if ((err = sg_db_prepare(ctx, &st, "SELECT name FROM volunteer "
	    "WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (sg_db_row(st, &err))
		snprintf(buf, size, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return err;
}

/* Add a line to a case's record. */
static const struct sg_error *
entry_add(struct sg_ctx *ctx, int64_t id, const char *date, const char *kind,
    const char *text, const char *by)
{
	return sg_db_run(ctx, "INSERT INTO case_entry (case_id, date, kind, "
	    "text, by) VALUES (?, ?, ?, ?, nullif(?, ''))", "itttt", id, date,
	    kind, text, by);
}

const struct sg_error *
sg_case_open(struct sg_ctx *ctx, int64_t elder, const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*key, *status = NULL, *archived = NULL;
	char			 date[16], by[256], src[64] = "";
	int64_t			 id, vid, velder = 0;
	int			 i, j;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (o->nneeds == 0)
		return sg_error_usage("open: --need is required");
	if ((err = date_opt(ctx, o->date, "date", date)) != NULL ||
	    (err = opt_text(o->summary, "summary")) != NULL ||
	    (err = worker_name(ctx, o->by, by, sizeof(by))) != NULL)
		return err;
	for (i = 0; i < o->nneeds; i++)
		if ((err = need_opt(ctx, o->needs[i], &key)) != NULL)
			return err;
	if ((err = sg_db_prepare(ctx, &st, "SELECT status, archive_date FROM "
	    "elder WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, elder);
	if (sg_db_row(st, &err)) {
		status = (const char *)sqlite3_column_text(st, 0);
		archived = (const char *)sqlite3_column_text(st, 1);
		if (strcmp(status, "archived") == 0 && (archived == NULL ||
		    strcmp(archived, date) <= 0))
			err = sg_error_fmt("elder %lld is archived",
			    (long long)elder);
	} else if (err == NULL)
		err = sg_error_fmt("unknown elder id %lld", (long long)elder);
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (o->source != NULL && strncmp(o->source, "visit:", 6) == 0) {
		if ((err = sg_id_parse(&vid, o->source + 6, "visit")) != NULL)
			return sg_error_fmt("source: %s", err->msg);
		if ((err = sg_db_int(ctx, &velder, "SELECT elder_id FROM visit "
		    "WHERE id = ?", vid)) != NULL)
			return err;
		if (velder == 0)
			return sg_error_fmt("source: unknown visit id %lld",
			    (long long)vid);
		if (velder != elder)
			return sg_error_fmt("source: visit %lld was of elder "
			    "%lld, not %lld", (long long)vid,
			    (long long)velder, (long long)elder);
		snprintf(src, sizeof(src), "visit:%lld", (long long)vid);
	} else if (o->source != NULL) {
		if ((key = sg_enum_find(sg_case_sources, o->source)) == NULL)
			return sg_error_fmt("source: invalid value '%s': "
			    "expected visit:ID, walk-in, committee or family",
			    o->source);
		snprintf(src, sizeof(src), "%s", key);
	}
	if ((err = sg_db_run(ctx, "INSERT INTO elder_case (elder_id, opened, "
	    "worker, source, summary) VALUES (?, ?, nullif(?, ''), "
	    "nullif(?, ''), ?)", "itttt", elder, date, by, src,
	    o->summary)) != NULL)
		return err;
	id = sqlite3_last_insert_rowid(ctx->db);
	if ((err = sg_project_stamp(ctx, "elder_case", id, o->project, "case",
	    NULL, date)) != NULL)
		return err;
	for (i = 0; i < o->nneeds; i++) {
		const char *other;

		need_opt(ctx, o->needs[i], &key);
		for (j = 0; j < i; j++) {	/* a need named twice */
			need_opt(ctx, o->needs[j], &other);
			if (strcmp(other, key) == 0)
				break;
		}
		if (j == i && (err = sg_db_run(ctx, "INSERT INTO case_need "
		    "(case_id, need) VALUES (?, ?)", "it", id, key)) != NULL)
			return err;
	}
	if ((err = entry_add(ctx, id, date, "intake", o->summary, by)) != NULL)
		return err;
	return sg_print_id(ctx, id);
}

/* assess and note: a line in the case's record. */
const struct sg_error *
sg_case_note(struct sg_ctx *ctx, int64_t id, const char *kind,
    const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	struct kase		 k;
	char			 date[16], by[256];

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = need_text(o->note, "note")) != NULL ||
	    (err = case_open_load(ctx, id, &k)) != NULL ||
	    (err = case_date(ctx, &k, o->date, "date", date)) != NULL ||
	    (err = worker_name(ctx, o->by, by, sizeof(by))) != NULL)
		return err;
	return entry_add(ctx, id, date, kind, o->note, by);
}

const struct sg_error *
sg_case_plan(struct sg_ctx *ctx, int64_t id, const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	struct kase		 k;
	char			 date[16], review[16], by[256];
	int			 i;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = need_text(o->goal, "goal")) != NULL ||
	    (err = case_open_load(ctx, id, &k)) != NULL ||
	    (err = case_date(ctx, &k, o->date, "date", date)) != NULL ||
	    (err = worker_name(ctx, o->by, by, sizeof(by))) != NULL)
		return err;
	review[0] = '\0';
	if (o->review != NULL &&
	    (err = case_date(ctx, &k, o->review, "review", review)) != NULL)
		return err;
	for (i = 0; i < o->nactions; i++)
		if ((err = need_text(o->actions[i], "action")) != NULL)
			return err;
	if ((err = sg_db_run(ctx, "UPDATE elder_case SET goal = ?, review = "
	    "coalesce(nullif(?, ''), review) WHERE id = ?", "tti", o->goal,
	    review, id)) != NULL ||
	    (err = entry_add(ctx, id, date, "plan", o->goal, by)) != NULL)
		return err;
	for (i = 0; i < o->nactions; i++)
		if ((err = entry_add(ctx, id, date, "action", o->actions[i],
		    by)) != NULL)
			return err;
	return NULL;
}

const struct sg_error *
sg_case_close(struct sg_ctx *ctx, int64_t id, const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	struct kase		 k;
	const char		*outcome;
	char			 date[16], by[256], text[65600];

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (o->outcome == NULL)
		return sg_error_usage("close: --outcome is required");
	if ((err = enum_opt(outcomes, o->outcome, "outcome", &outcome)) ||
	    (err = need_text(o->feedback, "feedback")) != NULL ||
	    (err = case_load(ctx, id, &k)) != NULL)
		return err;
	if (strcmp(k.status, "closed") == 0)
		return sg_error_fmt("case %lld is closed already (on %s)",
		    (long long)id, k.closed);
	if ((err = case_date(ctx, &k, o->date, "date", date)) != NULL ||
	    (err = worker_name(ctx, o->by, by, sizeof(by))) != NULL)
		return err;
	if ((err = sg_db_run(ctx, "UPDATE elder_case SET status = 'closed', "
	    "closed = ?, outcome = ?, feedback = ? WHERE id = ?", "ttti", date,
	    outcome, o->feedback, id)) != NULL)
		return err;
	snprintf(text, sizeof(text), "%s: %s", outcome, o->feedback);
	return entry_add(ctx, id, date, "close", text, by);
}

const struct sg_error *
sg_case_reopen(struct sg_ctx *ctx, int64_t id, const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	struct kase		 k;
	char			 date[16], by[256];

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = opt_text(o->note, "note")) != NULL ||
	    (err = case_load(ctx, id, &k)) != NULL)
		return err;
	if (strcmp(k.status, "open") == 0)
		return sg_error_fmt("case %lld is open", (long long)id);
	if ((err = case_date(ctx, &k, o->date, "date", date)) != NULL)
		return err;
	if (strcmp(date, k.closed) < 0)
		return sg_error_fmt("date: %s is before the case was closed "
		    "(%s)", date, k.closed);
	if ((err = worker_name(ctx, o->by, by, sizeof(by))) != NULL ||
	    (err = sg_db_run(ctx, "UPDATE elder_case SET status = 'open', "
	    "closed = NULL, outcome = NULL, feedback = NULL WHERE id = ?",
	    "i", id)) != NULL)
		return err;
	return entry_add(ctx, id, date, "reopen", o->note, by);
}

const struct sg_error *
sg_case_refer(struct sg_ctx *ctx, int64_t id, const struct sg_case_opts *o)
{
	const struct sg_error	*err;
	struct kase		 k;
	const char		*need;
	char			 date[16];
	int64_t			 pid;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (o->to == NULL)
		return sg_error_usage("refer: --to is required");
	if (o->nneeds != 1)
		return sg_error_usage("refer: give one --need");
	if ((err = need_opt(ctx, o->needs[0], &need)) != NULL ||
	    (err = opt_text(o->note, "note")) != NULL ||
	    (err = case_open_load(ctx, id, &k)) != NULL ||
	    (err = case_date(ctx, &k, o->date, "date", date)) != NULL)
		return err;
	if ((err = sg_partner_find(ctx, o->to, &pid)) != NULL)
		return sg_error_fmt("to: %s", err->msg);
	if ((err = sg_db_run(ctx, "INSERT INTO referral (case_id, partner_id, "
	    "need, date, updated, note) VALUES (?, ?, ?, ?, ?, ?)", "iitttt",
	    id, pid, need, date, date, o->note)) != NULL)
		return err;
	return sg_print_id(ctx, sqlite3_last_insert_rowid(ctx->db));
}

const struct sg_error *
sg_case_referral(struct sg_ctx *ctx, int64_t ref, const char *status,
    const char *when)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*key;
	char			 date[16], was[16] = "", sent[16] = "";
	int64_t			 cid = 0;

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (status == NULL)
		return sg_error_usage("referral: --status is required");
	if ((err = enum_opt(sg_referral_statuses, status, "status", &key)) != NULL ||
	    (err = date_opt(ctx, when, "date", date)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, "SELECT case_id, status, date FROM "
	    "referral WHERE id = ?")) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, ref);
	if (sg_db_row(st, &err)) {
		cid = sqlite3_column_int64(st, 0);
		snprintf(was, sizeof(was), "%s", sqlite3_column_text(st, 1));
		snprintf(sent, sizeof(sent), "%s", sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (cid == 0)
		return sg_error_fmt("unknown referral id %lld", (long long)ref);
	if (strcmp(was, key) == 0)
		return sg_error_fmt("referral %lld is %s already",
		    (long long)ref, key);
	if (strcmp(date, sent) < 0)
		return sg_error_fmt("date: %s is before the referral was sent "
		    "(%s)", date, sent);
	return sg_db_run(ctx, "UPDATE referral SET status = ?, updated = ? "
	    "WHERE id = ?", "tti", key, date, ref);
}

/* Check that a visit may be linked to a case: the same elder's. */
const struct sg_error *
sg_case_check_visit(struct sg_ctx *ctx, int64_t id, int64_t elder)
{
	const struct sg_error	*err;
	struct kase		 k;

	if ((err = case_load(ctx, id, &k)) != NULL)
		return sg_error_fmt("case: %s", err->msg);
	if (k.elder != elder)
		return sg_error_fmt("case: case %lld is elder %lld's, not "
		    "elder %lld's", (long long)id, (long long)k.elder,
		    (long long)elder);
	if (strcmp(k.status, "open") != 0)
		return sg_error_fmt("case: case %lld is closed",
		    (long long)id);
	return NULL;
}

/* Urgent findings with no case covering them: by the visit's date. */
#define UNATTENDED(v) \
	"'urgent' IN (" v ".living, " v ".safety, " v ".health, " v \
	".mental) AND NOT EXISTS (SELECT 1 FROM elder_case c WHERE " \
	"c.elder_id = " v ".elder_id AND (c.closed IS NULL OR " \
	"c.closed >= " v ".date))"

const char sg_unattended_sql[] = UNATTENDED("v");

static const struct sg_enum case_statuses[] = {
	{ "open", "在案" }, { "closed", "已结案" }, { NULL, NULL }
};

/* The columns of elder cases. */
static const struct sg_col cases_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder_name", .zh = "老人姓名", .en = "Elder" },
	{ .key = "opened", .zh = "开案日期", .en = "Opened" },
	{ .key = "worker", .zh = "社工", .en = "Worker" },
	{ .key = "needs", .zh = "需求", .en = "Needs", .vals = needs },
	{ .key = "status", .zh = "状态", .en = "Status", .vals = case_statuses },
	{ .key = "review", .zh = "复核日期", .en = "Review" },
	{ .key = "closed", .zh = "结案日期", .en = "Closed" },
	{ .key = "outcome", .zh = "结案情况", .en = "Outcome",
	    .vals = outcomes },
	{ .key = "referrals", .zh = "转介", .en = "Referrals",
	    .kind = SG_COL_NUM },
};

/* The columns of elder cases --unattended: urgent findings. */
static const struct sg_col unattended_cols[] = {
	{ .key = "id", .zh = "探访编号", .en = "Visit ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder_name", .zh = "老人姓名", .en = "Elder" },
	{ .key = "date", .zh = "探访日期", .en = "Date" },
	{ .key = "urgent", .zh = "紧急事项", .en = "Urgent" },
	{ .key = "note", .zh = "备注", .en = "Note" },
};

const struct sg_error *
sg_cases_list(struct sg_ctx *ctx, const struct sg_case_filter *f)
{
	static const char cases_sql[] =
	    "SELECT c.id, c.elder_id, e.name, c.opened, c.worker, "
	    "(SELECT group_concat(need, ',') FROM (SELECT need FROM case_need "
	    "WHERE case_id = c.id ORDER BY need)), c.status, c.review, "
	    "c.closed, c.outcome, "
	    "(SELECT count(*) FROM referral r WHERE r.case_id = c.id) "
	    "FROM elder_case c JOIN elder e ON e.id = c.elder_id WHERE "
	    "(?1 = 0 OR c.status = 'open') AND "
	    "(?2 IS NULL OR c.id IN (SELECT case_id FROM case_need WHERE "
	    "need = ?2)) AND (?3 IS NULL OR c.worker = ?3) AND "
	    "(?4 = 0 OR (c.status = 'open' AND c.review <= sg_today())) AND "
	    "(?5 = 0 OR c.elder_id = ?5) ORDER BY c.id";
	static const char unattended_sql[] =
	    "SELECT v.id, v.elder_id, e.name, v.date, "
	    "rtrim(coalesce(CASE v.living WHEN 'urgent' THEN 'living,' END, "
	    "'') || coalesce(CASE v.safety WHEN 'urgent' THEN 'safety,' END, "
	    "'') || coalesce(CASE v.health WHEN 'urgent' THEN 'health,' END, "
	    "'') || coalesce(CASE v.mental WHEN 'urgent' THEN 'mental,' END, "
	    "''), ','), v.note FROM visit v JOIN elder e ON e.id = v.elder_id "
	    "WHERE e.status = 'active' AND (?5 = 0 OR v.elder_id = ?5) AND "
	    UNATTENDED("v") " ORDER BY v.date, v.id";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*need = NULL;
	char			 by[256];

	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (f->need != NULL && (err = need_opt(ctx, f->need, &need)) != NULL)
		return err;
	/* a worker who is no volunteer is matched by the name as given */
	if (f->by != NULL && worker_name(ctx, f->by, by, sizeof(by)) != NULL)
		snprintf(by, sizeof(by), "%s", f->by);
	if ((err = sg_db_prepare(ctx, &st, f->unattended ? unattended_sql :
	    cases_sql)) != NULL)
		return err;
	sqlite3_bind_int(st, 1, f->open);
	sg_bind_text(st, 2, need);
	sg_bind_text(st, 3, f->by != NULL ? by : NULL);
	sqlite3_bind_int(st, 4, f->review_due);
	sqlite3_bind_int64(st, 5, f->elder);
	if (f->unattended)
		err = sg_print_stmt(ctx, st, unattended_cols,
		    SG_NCOLS(unattended_cols), 0);
	else
		err = sg_print_stmt(ctx, st, cases_cols, SG_NCOLS(cases_cols),
		    0);
	sqlite3_finalize(st);
	return err;
}

/* The lists of elder(1) case and event(1) partner declared here (see columns.c). */
const struct sg_listdecl sg_case_lists[] = {
	{ .cmd = "elder", .verb = "case", .sub = "open", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = "elder", .verb = "case", .sub = "refer", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = "elder", .verb = "cases", .cols = cases_cols,
	    .ncols = SG_NCOLS(cases_cols) },
	{ .cmd = "event", .verb = "partner", .sub = "add", .cols = sg_id_col,
	    .ncols = 1 },
	{ .cmd = "event", .verb = "partner", .sub = "list",
	    .table = &sg_partner_table, .skip = SG_F_HEALTH },
	{ .cmd = "event", .verb = "partner", .sub = "show",
	    .table = &sg_partner_table },
	{ .cmd = NULL }
};
