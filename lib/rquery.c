/*
 * rquery.c -- report elder (an elder's timeline: file, assessments,
 * visits, cases and referrals, sign-ups and attendance, pairings, the
 * elder's own volunteering, linked persons' attendance), elder case show
 * (a case's record, the other timeline, in the same words) and report
 * query (one read-only SQL statement from the user).  The query is the one place
 * user text becomes SQL: the connection is query-only, an authorizer
 * refuses every action that writes, attaches or sets a pragma, and
 * sqlite3_stmt_readonly() must agree.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sg.h"

/*
 * The words of a timeline's detail, bound as :name: English in the
 * machine formats (the same bytes in every locale) and for a person
 * reading English, Chinese for one reading Chinese: the words here, or
 * the Chinese label of the visit's field.
 */
static const struct {
	const char	*name, *en, *zh, *field;
} words[] = {
	{ .name = ":tags", .en = " tags ", .zh = " 标签 " },
	{ .name = ":was", .en = " (was ", .zh = "（原为 " },
	{ .name = ":none", .en = "none", .zh = "无" },
	{ .name = ":empty", .en = "(none)", .zh = "（无）" },
	{ .name = ":open", .en = " (", .zh = "（" },
	{ .name = ":close", .en = ")", .zh = "）" },
	{ .name = ":by", .en = " by ", .zh = "（" },
	{ .name = ":end", .en = "", .zh = "）" },
	{ .name = ":total", .en = " total ", .zh = " 总分 " },
	{ .name = ":level", .en = " level ", .zh = "，等级 " },
	{ .name = ":comma", .en = ", ", .zh = "，" },
	{ .name = ":semi", .en = "; ", .zh = "；" },
	{ .name = ":colon", .en = ": ", .zh = "：" },
	{ .name = ":hours", .en = "h ", .zh = "小时 " },
	{ .name = ":elder", .en = "elder ", .zh = "老人 " },
	{ .name = ":needs", .en = "needs ", .zh = "需求 " },
	{ .name = ":source", .en = "source ", .zh = "来源 " },
	{ .name = ":visit", .en = "visit:", .zh = "探访 " },
	{ .name = ":follow", .en = "follow-up", .field = "follow_up" },
};

/*
 * The keywords of a detail, sg_word(name, value): each found where its
 * column is declared (a list of a command's verb), or its enumeration.
 */
static const struct {
	const char			*name;
	const struct sg_listdecl	*lists;
	const char			*cmd, *verb, *key;
	const struct sg_enum		*vals;
} keywords[] = {
	{ .name = "mode", .lists = sg_visit_lists, .cmd = "visit",
	    .verb = "list", .key = "mode" },
	{ .name = "kind", .lists = sg_visit_lists, .cmd = "visit",
	    .verb = "list", .key = "kind" },
	{ .name = "level", .lists = sg_visit_lists, .cmd = "visit",
	    .verb = "list", .key = "living" },
	{ .name = "event", .lists = sg_event_lists, .cmd = "event",
	    .verb = "list", .key = "kind" },
	{ .name = "signup", .lists = sg_event_lists, .cmd = "event",
	    .verb = "signup", .key = "result" },
	{ .name = "need", .lists = sg_case_lists, .cmd = "elder",
	    .verb = "cases", .key = "needs" },
	{ .name = "outcome", .lists = sg_case_lists, .cmd = "elder",
	    .verb = "cases", .key = "outcome" },
	{ .name = "reason", .lists = sg_elder_lists, .cmd = "elder",
	    .verb = "show", .key = "archive_reason" },
	{ .name = "role", .lists = sg_volunteer_lists, .cmd = "volunteer",
	    .verb = "show", .key = "role" },
	{ .name = "service", .lists = sg_hours_lists, .cmd = "volunteer",
	    .verb = "record", .key = "source" },
	{ .name = "content", .lists = sg_hours_lists, .cmd = "volunteer",
	    .verb = "record", .key = "content" },
	{ .name = "source", .vals = sg_case_sources },
	{ .name = "referral", .vals = sg_referral_statuses },
};

/* The timeline: one row per thing that happened, oldest first. */
static const char timeline_sql[] =
    "SELECT date, what, ref, detail FROM ("
    "SELECT joined AS date, 0 AS o, 'joined' AS what, NULL AS ref, "
    "name || coalesce(' ' || nullif(ltrim(coalesce('-' || building, '') || "
    "coalesce('-' || unit, '') || coalesce('-' || room, ''), '-'), ''), '') "
    "|| coalesce(:tags || nullif(tags, ''), '') AS detail "
    "FROM elder WHERE id = :id "
    "UNION ALL "
    "SELECT substr(ts, 1, 10), 1, 'tags', id, "
    "coalesce(nullif(json_extract(new, '$.tags'), ''), :empty) || "
    ":was || coalesce(nullif(json_extract(old, '$.tags'), ''), "
    ":none) || :close FROM changelog WHERE tbl = 'elder' AND record = :id "
    "AND op = 'update' AND json_extract(old, '$.tags') IS NOT "
    "json_extract(new, '$.tags') "
    "UNION ALL "
    "SELECT date, 2, 'assessment', id, instrument || :total || total || "
    ":level || level || coalesce(:by || assessor || :end, '') "
    "FROM assessment WHERE elder_id = :id "
    "UNION ALL "
    "SELECT v.date, 3, 'visit', v.id, sg_word('mode', v.mode) || ' ' || "
    "sg_word('kind', v.kind) || "
    "coalesce(:by || (SELECT group_concat(name, ',') FROM (SELECT "
    "vo.name FROM visit_visitor vv JOIN volunteer vo ON vo.id = "
    "vv.volunteer_id WHERE vv.visit_id = v.id ORDER BY vo.id)) || "
    ":end, '') || "
    "coalesce(:semi || sg_findings(v.living, v.safety, v.health, "
    "v.mental), '') || "
    "coalesce(:semi || :follow || ' ' || v.follow_up, '') || "
    "coalesce(:semi || v.note, '') FROM visit v WHERE v.elder_id = :id "
    "UNION ALL "
    "SELECT e.date, 4, 'event', e.id, sg_word('event', e.kind) || ' ' || "
    "e.title || iif(a.walk_in, :open || sg_word('signup', 'walk-in') || "
    ":close, '') FROM attendance a "
    "JOIN event e ON e.id = a.event_id WHERE a.elder_id = :id "
    "UNION ALL "
    "SELECT p.start, 5, 'paired', p.id, vo.name FROM pairing p JOIN "
    "volunteer vo ON vo.id = p.volunteer_id WHERE p.elder_id = :id "
    "UNION ALL "
    "SELECT p.end, 6, 'unpaired', p.id, vo.name FROM pairing p JOIN "
    "volunteer vo ON vo.id = p.volunteer_id WHERE p.elder_id = :id AND "
    "p.end IS NOT NULL "
    "UNION ALL "
    "SELECT coalesce(json_extract(new, '$.archive_date'), substr(ts, 1, "
    "10)), 7, 'archived', NULL, coalesce(sg_word('reason', "
    "json_extract(new, '$.archive_reason')), '') FROM changelog "
    "WHERE tbl = 'elder' AND "
    "record = :id AND json_extract(new, '$.status') = 'archived' AND "
    "(op = 'insert' OR json_extract(old, '$.status') IS NOT 'archived') "
    "UNION ALL "
    "SELECT substr(ts, 1, 10), 8, 'restored', NULL, '' FROM changelog "
    "WHERE tbl = 'elder' AND record = :id AND op = 'update' AND "
    "json_extract(old, '$.status') = 'archived' AND "
    "json_extract(new, '$.status') = 'active' "
    "UNION ALL "
    "SELECT ce.date, 9, 'case:' || ce.kind, ce.case_id, "
    "coalesce(CASE ce.kind WHEN 'intake' THEN sg_word('need', "
    "(SELECT group_concat(need, ',') FROM case_need WHERE case_id = c.id)) "
    "|| coalesce(:colon || ce.text, '') "
    "WHEN 'close' THEN sg_word('outcome:', ce.text) ELSE ce.text END, '') "
    "|| coalesce(:by || ce.by || :end, '') "
    "FROM case_entry ce JOIN elder_case c ON c.id = ce.case_id "
    "WHERE c.elder_id = :id "
    "UNION ALL "
    "SELECT r.date, 10, 'referral', r.case_id, p.name || ' ' || "
    "sg_word('need', r.need) || ' ' || sg_word('referral', r.status) "
    "FROM referral r JOIN elder_case c ON c.id = r.case_id "
    "JOIN partner p ON p.id = r.partner_id WHERE c.elder_id = :id "
    "UNION ALL "
    "SELECT substr(s.time, 1, 10), 11, 'signup', s.event_id, "
    "sg_word('signup', s.status) || ' ' || sg_word('event', e.kind) || "
    "' ' || e.title || ' ' || e.date FROM signup s "
    "JOIN event e ON e.id = s.event_id WHERE s.elder_id = :id "
    "UNION ALL "
    "SELECT vo.joined, 12, 'volunteer', vo.id, sg_word('role', vo.role) || "
    "' ' || vo.name FROM volunteer vo WHERE vo.elder_id = :id "
    "UNION ALL "
    "SELECT h.date, 13, 'service', h.source_id, sg_word('service', "
    "h.source) || ' ' || "
    "rtrim(rtrim(printf('%.2f', h.hours), '0'), '.') || :hours || "
    "sg_word('content', h.content) FROM service_hours h JOIN volunteer vo "
    "ON vo.id = h.volunteer_id WHERE vo.elder_id = :id "
    "UNION ALL "
    "SELECT e.date, 14, 'caregiver', e.id, p.name || coalesce(:open || "
    "p.relation || :close, '') || ' ' || sg_word('event', e.kind) || ' ' "
    "|| e.title || iif(a.walk_in, :open || sg_word('signup', 'walk-in') "
    "|| :close, '') FROM attendance a "
    "JOIN person p ON p.id = a.person_id JOIN event e ON e.id = a.event_id "
    "WHERE p.elder_id = :id AND e.status = 'scheduled'"
    ") ORDER BY date, o, ref";

static const struct sg_enum whats[] = {
	{ "joined", "登记" }, { "tags", "标签" }, { "assessment", "评估" },
	{ "visit", "探访" }, { "event", "活动" }, { "paired", "结对" },
	{ "unpaired", "解除结对" }, { "archived", "注销" },
	{ "restored", "恢复" }, { "case:intake", "个案开案" },
	{ "case:assess", "个案评估" }, { "case:plan", "服务计划" },
	{ "case:action", "计划行动" },
	{ "case:note", "个案记录" }, { "case:referral", "转介" },
	{ "case:close", "结案" }, { "case:reopen", "个案重开" },
	{ "case:visit", "个案探访" }, { "referral", "转介" },
	{ "signup", "报名" }, { "volunteer", "成为志愿者" },
	{ "service", "志愿服务" }, { "caregiver", "照料者参加活动" },
	{ NULL, NULL }
};

/* The columns of report elder: the elder's timeline. */
static const struct sg_col timeline_cols[] = {
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "what", .zh = "事项", .en = "What", .vals = whats },
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "detail", .zh = "详情", .en = "Detail" },
};

/* The record of a case, oldest first. */
static const char case_show_sql[] =
    "SELECT date, what, id, detail FROM ("
    "SELECT e.date AS date, e.id AS o, e.kind AS what, e.id AS id, "
    "CASE e.kind WHEN 'intake' THEN :elder || c.elder_id || ' ' || "
    "(SELECT name FROM elder WHERE id = c.elder_id) || :semi || :needs || "
    "sg_word('need', (SELECT group_concat(need, ',') FROM (SELECT need "
    "FROM case_need WHERE case_id = c.id ORDER BY need))) || "
    "coalesce(:semi || :source || CASE WHEN c.source LIKE 'visit:%' THEN "
    ":visit || substr(c.source, 7) ELSE sg_word('source', c.source) END, "
    "'') || coalesce(:semi || e.text, '') "
    "WHEN 'close' THEN coalesce(sg_word('outcome:', e.text), '') "
    "ELSE coalesce(e.text, '') END || coalesce(:open || e.by || :close, '') "
    "AS detail FROM case_entry e JOIN elder_case c ON c.id = e.case_id "
    "WHERE e.case_id = :id "
    "UNION ALL "
    "SELECT v.date, 1e12 + v.id, 'visit', v.id, sg_word('mode', v.mode) || "
    "' ' || sg_word('kind', v.kind) || coalesce(:semi || v.note, '') "
    "FROM visit v WHERE v.case_id = :id "
    "UNION ALL "
    "SELECT r.date, 2e12 + r.id, 'referral', r.id, p.name || :colon || "
    "sg_word('need', r.need) || :comma || sg_word('referral', 'sent') || "
    "coalesce(:semi || r.note, '') FROM referral r "
    "JOIN partner p ON p.id = r.partner_id WHERE r.case_id = :id "
    "UNION ALL "
    "SELECT r.updated, 3e12 + r.id, 'referral', r.id, p.name || :colon || "
    "sg_word('need', r.need) || :comma || sg_word('referral', r.status) "
    "FROM referral r JOIN partner p ON "
    "p.id = r.partner_id WHERE r.case_id = :id AND r.status <> 'sent'"
    ") ORDER BY date, o";

static const struct sg_enum entries[] = {
	{ "intake", "开案" }, { "assess", "评估" }, { "plan", "服务计划" },
	{ "action", "行动" }, { "note", "记录" }, { "referral", "转介" },
	{ "close", "结案" }, { "reopen", "重开" }, { "visit", "探访" },
	{ NULL, NULL }
};

/* The columns of a case's history. */
static const struct sg_col history_cols[] = {
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "what", .zh = "事项", .en = "What", .vals = entries },
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "detail", .zh = "详情", .en = "Detail" },
};

/* The enumeration of a keyword list of words; NULL if none. */
static const struct sg_enum *
keyword_vals(const char *name)
{
	const struct sg_listdecl	*d;
	const struct sg_field		*f;
	size_t				 i;
	int				 j;

	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
		if (strcmp(keywords[i].name, name) != 0)
			continue;
		if (keywords[i].vals != NULL)
			return keywords[i].vals;
		for (d = keywords[i].lists; d->cmd != NULL; d++) {
			if (strcmp(d->cmd, keywords[i].cmd) != 0 ||
			    strcmp(d->verb, keywords[i].verb) != 0 ||
			    d->sub != NULL)
				continue;
			if (d->table != NULL)
				return (f = sg_field_find(d->table,
				    keywords[i].key, NULL)) != NULL ?
				    f->vals : NULL;
			for (j = 0; j < d->ncols; j++)
				if (strcmp(d->cols[j].key,
				    keywords[i].key) == 0)
					return d->cols[j].vals;
		}
		return NULL;
	}
	return NULL;
}

/*
 * SQL function sg_word(name, value): the keywords of value in Chinese
 * when the detail is (its user data), else value.  A name ending in ':'
 * takes only the keyword before ": " (resolved: 满意 to 已解决：满意).
 */
static void
fn_word(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	const struct sg_enum	*e;
	const char		*name = (const char *)sqlite3_value_text(argv[0]);
	const char		*v = (const char *)sqlite3_value_text(argv[1]);
	const char		*rest = NULL;
	char			 key[64], *zh, *s;
	size_t			 n;

	(void)argc;
	if (v == NULL || name == NULL || sqlite3_user_data(c) == NULL) {
		sqlite3_result_value(c, argv[1]);
		return;
	}
	snprintf(key, sizeof(key), "%s", name);
	if ((n = strlen(key)) > 0 && key[n - 1] == ':') {
		key[n - 1] = '\0';
		if ((rest = strstr(v, ": ")) == NULL) {
			sqlite3_result_value(c, argv[1]);
			return;
		}
	}
	if ((e = keyword_vals(key)) == NULL) {
		sqlite3_result_value(c, argv[1]);
		return;
	}
	n = rest != NULL ? (size_t)(rest - v) : strlen(v);
	if ((s = malloc(n + 1)) == NULL) {
		sqlite3_result_error_nomem(c);
		return;
	}
	memcpy(s, v, n);
	s[n] = '\0';
	zh = sg_enum_zh(e, s);
	free(s);
	if (zh != NULL && rest != NULL) {
		/* the keyword's word, a Chinese colon, the rest */
		n = strlen(zh);
		if ((s = malloc(n + strlen("：") + strlen(rest + 2) + 1)) != NULL)
			sprintf(s, "%s：%s", zh, rest + 2);
		free(zh);
		zh = s;
	}
	if (zh == NULL) {
		sqlite3_result_error_nomem(c);
		return;
	}
	sqlite3_result_text(c, zh, -1, free);
}

/*
 * SQL function sg_findings(living, safety, health, mental): a visit's
 * findings other than ok, "safety urgent, health concern", in Chinese
 * when the detail is (安全 紧急，健康 关注); NULL when there are none.
 */
static void
fn_findings(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	static const char *const areas[] = { "living", "safety", "health",
	    "mental" };
	const struct sg_enum	*levels = NULL;
	const struct sg_field	*f;
	const char		*v, *label;
	char			 buf[256], *w = NULL;
	size_t			 n = 0;
	int			 i, zh = sqlite3_user_data(c) != NULL;

	if (zh)
		levels = keyword_vals("level");
	for (i = 0; i < argc && i < 4; i++) {
		if ((v = (const char *)sqlite3_value_text(argv[i])) == NULL ||
		    strcmp(v, "ok") == 0)
			continue;
		label = areas[i];
		if (zh && (f = sg_field_find(&sg_visit_table, areas[i],
		    NULL)) != NULL && f->zh != NULL)
			label = f->zh;
		if (levels != NULL && (w = sg_enum_zh(levels, v)) == NULL) {
			sqlite3_result_error_nomem(c);
			return;
		}
		n += snprintf(buf + n, sizeof(buf) - n, "%s%s %s", n == 0 ? "" :
		    zh ? "，" : ", ", label, w != NULL ? w : v);
		free(w);
		w = NULL;
		if (n >= sizeof(buf))
			n = sizeof(buf) - 1;
	}
	if (n == 0)
		sqlite3_result_null(c);
	else
		sqlite3_result_text(c, buf, (int)n, SQLITE_TRANSIENT);
}

/*
 * Prepare a timeline's statement: its words bound in the language its
 * output speaks (as the labels of its format: Chinese for a person under
 * a Chinese locale or --labels zh, else English), and its functions.
 */
static const struct sg_error *
timeline_prepare(struct sg_ctx *ctx, sqlite3_stmt **st, const char *sql)
{
	static char		 zh_on;
	const struct sg_error	*err;
	const struct sg_field	*f;
	struct sg_out		 o;
	const char		*w;
	size_t			 i;
	int			 k, zh;

	sg_ctx_out(ctx, &o);
	zh = o.labels == SG_LABELS_ZH;
	if (sqlite3_create_function(ctx->db, "sg_word", 2, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, zh ? &zh_on : NULL, fn_word, NULL,
	    NULL) != SQLITE_OK || sqlite3_create_function(ctx->db,
	    "sg_findings", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
	    zh ? &zh_on : NULL, fn_findings, NULL, NULL) != SQLITE_OK)
		return sg_error_fmt("timeline: %s", sqlite3_errmsg(ctx->db));
	if ((err = sg_db_prepare(ctx, st, sql)) != NULL)
		return err;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if ((k = sqlite3_bind_parameter_index(*st, words[i].name)) == 0)
			continue;
		w = zh ? words[i].zh : words[i].en;
		if (zh && words[i].field != NULL)
			w = (f = sg_field_find(&sg_visit_table,
			    words[i].field, NULL)) != NULL ? f->zh : NULL;
		sqlite3_bind_text(*st, k, w, -1, SQLITE_STATIC);
	}
	return NULL;
}

/* report elder ID: the elder's timeline. */
const struct sg_error *
sg_report_elder(struct sg_ctx *ctx, int64_t id)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_check_ids(ctx, &sg_elder_table, &id, 1)) != NULL)
		return err;
	if (ctx->fmt == SG_FMT_TEXT)
		ctx->fmt = SG_FMT_TABLE;
	if ((err = timeline_prepare(ctx, &st, timeline_sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":id"), id);
	err = sg_print_stmt(ctx, st, timeline_cols, SG_NCOLS(timeline_cols), 0);
	sqlite3_finalize(st);
	return err;
}

/* elder case show ID: the case's record. */
const struct sg_error *
sg_case_show(struct sg_ctx *ctx, int64_t id)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	int64_t			 n;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_db_int(ctx, &n, "SELECT count(*) FROM elder_case "
	    "WHERE id = ?", id)) != NULL)
		return err;
	if (n == 0)
		return sg_error_fmt("unknown case id %lld", (long long)id);
	if ((err = timeline_prepare(ctx, &st, case_show_sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":id"), id);
	err = sg_print_stmt(ctx, st, history_cols, SG_NCOLS(history_cols), 0);
	sqlite3_finalize(st);
	return err;
}

/* Pragmas that only read: those that take a table or index name... */
static const char *const read_pragmas[] = { "table_info", "table_xinfo",
    "index_list", "index_info", "index_xinfo", "foreign_key_list", NULL };
/* ...and those that read a setting when given no value. */
static const char *const read_settings[] = { "user_version",
    "schema_version", "application_id", "database_list", "table_list",
    "compile_options", "function_list", "pragma_list", "collation_list",
    "module_list", "encoding", "page_count", "page_size",
    "freelist_count", "foreign_keys", NULL };

static int
listed(const char *const *list, const char *s)
{
	for (; s != NULL && *list != NULL; list++)
		if (strcasecmp(*list, s) == 0)
			return 1;
	return 0;
}

/* What the authorizer knows of the query it judges. */
struct judge {
	int	 denied;	/* an action was refused */
	int	 reveal;	/* --reveal: ID numbers may be read */
	int	 sandbox;	/* the masked views are there */
	char	**names;	/* the tables and views they shadow */
	int	 nnames;
};

/* Columns that hold ID numbers: read as NULL unless --reveal. */
static int
secret(const char *tbl, const char *col)
{
	if (tbl == NULL || col == NULL)
		return 0;
	if (strcmp(col, "id_number") == 0)
		return strcmp(tbl, "elder") == 0 ||
		    strcmp(tbl, "volunteer") == 0;
	/* the change log keeps whole rows, ID numbers included */
	return strcmp(tbl, "changelog") == 0 && (strcmp(col, "old") == 0 ||
	    strcmp(col, "new") == 0);
}

/* Nonzero when the sandbox has a view in place of main's table t. */
static int
shadowed(const struct judge *j, const char *t)
{
	int	 i;

	for (i = 0; i < j->nnames; i++)
		if (strcmp(j->names[i], t) == 0)
			return 1;
	return 0;
}

/*
 * The authorizer of a user's query: reading only.  Without --reveal the
 * query reads the sandbox: temporary views of the same names as the
 * tables, every ID number in them masked; a table of the database read
 * directly (main.elder) is refused, so no expression, join, ordering or
 * comparison ever sees a whole number.
 */
static int
authorize(void *arg, int action, const char *a, const char *b,
    const char *db, const char *view)
{
	struct judge	*j = arg;

	switch (action) {
	case SQLITE_READ:
		/* the file's pages and their layout are no business of SQL */
		if (a != NULL && (strcmp(a, "dbstat") == 0 ||
		    strcmp(a, "sqlite_dbpage") == 0))
			break;
		if (j->reveal || a == NULL || strncmp(a, "sqlite_", 7) == 0)
			return SQLITE_OK;
		/* a read inside a view: the sandbox's, or one of main's */
		if (view != NULL)
			return secret(a, b) && db != NULL &&
			    strcmp(db, "main") == 0 && !j->sandbox ?
			    SQLITE_IGNORE : SQLITE_OK;
		/* b "": a table read for no column (a join's loop) */
		if (db != NULL && strcmp(db, "main") == 0 &&
		    b != NULL && *b != '\0' && shadowed(j, a))
			break;
		return SQLITE_OK;
	case SQLITE_SELECT:
	case SQLITE_FUNCTION:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_UPDATE:
		/*
		 * A table-valued function (json_each) declares its columns
		 * as an UPDATE of sqlite_master; a statement that does
		 * update it would write, which sqlite3_stmt_readonly()
		 * refuses and query_only stops.
		 */
		if (a != NULL && strcmp(a, "sqlite_master") == 0 &&
		    view == NULL)
			return SQLITE_OK;
		break;
	case SQLITE_PRAGMA:
		if (listed(read_pragmas, a) || (b == NULL &&
		    listed(read_settings, a)))
			return SQLITE_OK;
		break;
	}
	j->denied = 1;
	return SQLITE_DENY;
}

/* Read all of standard input as the statement. */
static const struct sg_error *
read_stdin(char **out)
{
	char	*buf = NULL;
	size_t	 len = 0, n;
	FILE	*fp;
	char	 chunk[4096];

	*out = NULL;
	if ((fp = open_memstream(&buf, &len)) == NULL)
		return sg_error_errno("query");
	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		fwrite(chunk, 1, n, fp);
	if (ferror(stdin)) {
		fclose(fp);
		free(buf);
		return sg_error_errno("query: standard input");
	}
	if (fclose(fp) != 0) {
		free(buf);
		return sg_error_errno("query");
	}
	*out = buf;
	return NULL;
}

/*
 * The sandbox: a temporary view over each table and view of the database,
 * of the same name (temp comes first in name lookup), ID numbers masked
 * in the id_number columns and in every text value.
 */
static const struct sg_error *
make_sandbox(struct sg_ctx *ctx, struct judge *j)
{
	static const char cols_sql[] =
	    "SELECT t, group_concat(CASE WHEN n = 'id_number' THEN "
	    "'sg_mask(' ELSE 'sg_mask_text(' END || "
	    "'\"' || replace(n, '\"', '\"\"') || '\"' || ') AS \"' || "
	    "replace(n, '\"', '\"\"') || '\"', ', ') FROM (SELECT s.name AS t, "
	    "c.name AS n FROM main.sqlite_schema s, "
	    "pragma_table_info(s.name, 'main') c "
	    "WHERE s.type IN ('table', 'view') AND s.name NOT LIKE 'sqlite%' "
	    "ORDER BY s.name, c.cid) GROUP BY t";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			*sql;

	if ((err = sg_db_exec(ctx, "PRAGMA query_only = OFF")) != NULL)
		return err;
	if ((err = sg_db_prepare(ctx, &st, cols_sql)) != NULL)
		goto done;
	while (err == NULL && sg_db_row(st, &err)) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *cols = (const char *)sqlite3_column_text(st, 1);
		char **more;

		sql = sqlite3_mprintf("CREATE TEMP VIEW \"%w\" AS SELECT %s "
		    "FROM main.\"%w\"", name, cols, name);
		if (sql == NULL)
			err = sg_error_errno("query");
		else
			err = sg_db_exec(ctx, sql);
		sqlite3_free(sql);
		if (err == NULL && ((more = realloc(j->names, (j->nnames + 1) *
		    sizeof(*more))) == NULL || (j->names = more,
		    (more[j->nnames] = strdup(name)) == NULL)))
			err = sg_error_errno("query");
		else if (err == NULL)
			j->nnames++;
	}
	sqlite3_finalize(st);
done:
	if (sqlite3_exec(ctx->db, "PRAGMA query_only = ON", NULL, NULL,
	    NULL) != SQLITE_OK && err == NULL)
		err = sg_error_sqlite(ctx->db, "query");
	return err;
}

/* Prepare the user's statement: exactly one, and read-only. */
static const struct sg_error *
prepare_query(struct sg_ctx *ctx, const char *sql, sqlite3_stmt **st)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*more = NULL;
	const char		*tail;
	struct judge		 j;

	*st = NULL;
	j.denied = 0;
	j.reveal = sg_ctx_reveal(ctx);
	j.sandbox = 0;
	j.names = NULL;
	j.nnames = 0;
	if (!j.reveal) {
		if ((err = make_sandbox(ctx, &j)) != NULL)
			goto done;
		j.sandbox = 1;
	}
	sqlite3_set_authorizer(ctx->db, authorize, &j);
	if (sqlite3_prepare_v2(ctx->db, sql, -1, st, &tail) != SQLITE_OK) {
		/* a write to a table of the sandbox meets one of its views */
		if (j.sandbox && strstr(sqlite3_errmsg(ctx->db),
		    "because it is a view") != NULL)
			j.denied = 1;
		if (j.denied)
			err = sg_error_fmt("query: refused: only reading is "
			    "allowed: %s", sqlite3_errmsg(ctx->db));
		else
			err = sg_error_sqlite(ctx->db, "query");
	} else if (*st == NULL)
		err = sg_error_fmt("query: no statement given");
	else if (sqlite3_prepare_v2(ctx->db, tail, -1, &more, NULL) !=
	    SQLITE_OK || more != NULL)
		err = sg_error_fmt("query: refused: only one statement is "
		    "allowed");
	else if (!sqlite3_stmt_readonly(*st))
		err = sg_error_fmt("query: refused: the statement would "
		    "write");
	sqlite3_finalize(more);
	sqlite3_set_authorizer(ctx->db, NULL, NULL);
done:
	if (err != NULL) {
		sqlite3_finalize(*st);
		*st = NULL;
	}
	while (j.nnames > 0)
		free(j.names[--j.nnames]);
	free(j.names);
	return err;
}

/* The columns of a query's output, kept until its end. */
struct qout {
	struct sg_out	 o;
	int		 begun;
	char		**names;	/* the query's own: no labels */
	struct sg_col	*cols;		/* kinds by the first row */
	struct sg_col	*rowcols;	/* by each row's values (json, yaml) */
	const char	**vals;
};

/* Begin the output with the statement's columns (and a station's). */
static const struct sg_error *
query_begin(struct qout *q, sqlite3_stmt *st, int k, int rc)
{
	const char	*d;
	int		 n = sqlite3_column_count(st), i, t;

	q->names = calloc(n + k, sizeof(*q->names));
	q->cols = calloc(n + k, sizeof(*q->cols));
	q->rowcols = calloc(n + k, sizeof(*q->rowcols));
	q->vals = calloc(n + k, sizeof(*q->vals));
	if (q->names == NULL || q->cols == NULL || q->rowcols == NULL ||
	    q->vals == NULL)
		return sg_error_errno("query");
	for (i = 0; i < n + k; i++) {
		d = i < k ? NULL : sqlite3_column_decltype(st, i - k);
		t = rc == SQLITE_ROW && i >= k ? sqlite3_column_type(st, i - k) :
		    SQLITE_TEXT;
		if ((q->names[i] = strdup(i < k ? "station" :
		    sqlite3_column_name(st, i - k))) == NULL)
			return sg_error_errno("query");
		q->cols[i].key = q->names[i];
		q->cols[i].kind = (d != NULL && (strcasecmp(d, "INTEGER") == 0 ||
		    strcasecmp(d, "REAL") == 0)) || (d == NULL &&
		    (t == SQLITE_INTEGER || t == SQLITE_FLOAT)) ? SG_COL_NUM :
		    SG_COL_TEXT;
		q->rowcols[i] = q->cols[i];
	}
	q->o.ncols = n + k;
	q->o.cols = q->cols;
	q->begun = 1;
	return sg_out_begin(&q->o);
}

static void
query_free(struct qout *q)
{
	int	 i;

	for (i = 0; q->names != NULL && i < q->o.ncols; i++)
		free(q->names[i]);
	free(q->names);
	free(q->cols);
	free(q->rowcols);
	free(q->vals);
}

/* Print the rows of the statement. */
static const struct sg_error *
print_query(struct sg_ctx *ctx, sqlite3_stmt *st, struct qout *q,
    const char *station)
{
	const struct sg_error	*err = NULL, *serr = NULL;
	int			 n, k, i, row, t;

	n = sqlite3_column_count(st);
	k = station != NULL;
	row = sg_db_row(st, &serr);
	if (serr != NULL)
		return sg_error_sqlite(ctx->db, "query");
	if (!q->begun && (err = query_begin(q, st, k, row ? SQLITE_ROW :
	    SQLITE_DONE)) != NULL)
		return err;
	if (q->o.ncols != n + k)
		return sg_error_fmt("query: '%s' gives %d columns, not %d",
		    station, n, q->o.ncols - k);
	for (; row && err == NULL; row = err == NULL && sg_db_row(st,
	    &serr)) {
		if (k) {
			q->vals[0] = station;
			q->rowcols[0].kind = SG_COL_TEXT;
		}
		for (i = 0; i < n; i++) {
			q->vals[i + k] = (const char *)sqlite3_column_text(st,
			    i);
			t = sqlite3_column_type(st, i);
			/* a text value in a number column is quoted */
			q->rowcols[i + k].kind = q->cols[i + k].kind ==
			    SG_COL_NUM &&
			    t != SQLITE_TEXT && t != SQLITE_BLOB ? SG_COL_NUM :
			    SG_COL_TEXT;
		}
		q->o.cols = q->rowcols;
		err = sg_out_row(&q->o, q->vals);
		q->o.cols = q->cols;
	}
	if (err == NULL && serr != NULL)
		err = sg_error_sqlite(ctx->db, "query");
	return err;
}

/* SIGINT during a query: stop it at the next step. */
static volatile sig_atomic_t	interrupted;

static void
on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* The query's limits: when it must end. */
struct limit {
	struct timespec	 end;
	int		 timedout;
};

/* SQLite's progress handler: nonzero stops the statement. */
static int
check_limit(void *arg)
{
	struct limit	*l = arg;
	struct timespec	 now;

	if (interrupted)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec > l->end.tv_sec || (now.tv_sec == l->end.tv_sec &&
	    now.tv_nsec >= l->end.tv_nsec)) {
		l->timedout = 1;
		return 1;
	}
	return 0;
}

/* Run the statement with the time limit and SIGINT stopping it. */
static const struct sg_error *
print_limited(struct sg_ctx *ctx, sqlite3_stmt *st, struct qout *q,
    const char *station)
{
	static struct sg_error	 stopped;
	const struct sg_error	*err;
	const struct sg_config	*cfg = sg_ctx_config(ctx);
	struct limit		 l;
	int			 secs = cfg != NULL ? cfg->query_seconds : 60;

	clock_gettime(CLOCK_MONOTONIC, &l.end);
	l.end.tv_sec += secs;
	l.timedout = 0;
	sqlite3_progress_handler(ctx->db, 1000, check_limit, &l);
	err = print_query(ctx, st, q, station);
	sqlite3_progress_handler(ctx->db, 0, NULL, NULL);
	if (err == NULL || (sqlite3_errcode(ctx->db) & 0xff) !=
	    SQLITE_INTERRUPT)
		return err;
	if (interrupted) {
		stopped.status = 128 + SIGINT;
		snprintf(stopped.msg, sizeof(stopped.msg), "%s",
		    _("query: interrupted"));
		return &stopped;
	}
	return sg_error_fmt("query: stopped after %d seconds (the limit is "
	    "report: {query_seconds: N} in the config)", secs);
}

const struct sg_error *
sg_report_query(struct sg_ctx *ctx, const char *sql)
{
	const struct sg_error	*err = NULL, *e2;
	sqlite3_stmt		*st = NULL;
	struct qout		 q;
	char			*buf = NULL, *name = NULL;
	int			 s, nst;

	if (sql == NULL) {
		if (isatty(STDIN_FILENO))
			return sg_error_usage("query: no SQL given");
		if ((err = read_stdin(&buf)) != NULL)
			return err;
		sql = buf;
	}
	memset(&q, 0, sizeof(q));
	signal(SIGINT, on_sigint);
	if (ctx->fmt == SG_FMT_TEXT)
		ctx->fmt = SG_FMT_TABLE;
	sg_ctx_out(ctx, &q.o);
	nst = sg_report_ndb(ctx);
	for (s = 0; s < nst && err == NULL; s++) {
		if ((err = sg_report_open(ctx, s, &name)) == NULL &&
		    (err = prepare_query(ctx, sql, &st)) == NULL)
			err = print_limited(ctx, st, &q, nst > 1 ? name : NULL);
		sqlite3_finalize(st);
		st = NULL;
		sg_report_close(ctx);
		free(name);
		name = NULL;
	}
	if (q.begun) {
		e2 = sg_out_end(&q.o);
		if (err == NULL)
			err = e2;
	}
	query_free(&q);
	free(buf);
	return err;
}

/* The lists of report(1) elder declared here (see columns.c). */
const struct sg_listdecl sg_rquery_lists[] = {
	{ .cmd = "report", .verb = "elder", .cols = timeline_cols,
	    .ncols = SG_NCOLS(timeline_cols) },
	{ .cmd = "elder", .verb = "case", .sub = "show", .cols = history_cols,
	    .ncols = SG_NCOLS(history_cols) },
	{ .cmd = NULL }
};
