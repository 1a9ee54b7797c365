/*
 * visit.c -- home visits: logging what was found, the lists, the rules
 * in force, follow-ups, and planned visits being done or skipped.  The
 * due list and the weekly plan are in plan.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

static const struct sg_enum modes[] = {
	{ "home", "上门|入户|上门入户" },
	{ "phone", "电话" },
	{ "video", "视频" },
	{ "event", "活动中|活动" },
	{ NULL, NULL }
};

static const struct sg_enum kinds[] = {
	{ "routine", "走访|常规" },
	{ "follow-up", "回访|followup" },
	{ "holiday", "节日慰问|慰问" },
	{ "case", "个案" },
	{ "supervision", "督导" },
	{ NULL, NULL }
};

static const struct sg_enum levels[] = {
	{ "ok", "正常|良好|好" },
	{ "concern", "关注|需关注|注意" },
	{ "urgent", "紧急|危急" },
	{ NULL, NULL }
};

static const struct sg_enum areas[] = {
	{ "living", "生活" },
	{ "safety", "安全" },
	{ "health", "健康" },
	{ "mental", "精神" },
	{ NULL, NULL }
};

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO

#define VISITORS_EXPR \
	"(SELECT group_concat(vo.name, ',') FROM visit_visitor vv JOIN " \
	"volunteer vo ON vo.id = vv.volunteer_id WHERE vv.visit_id = v.id)"

/* The columns of a visit. */
static const struct sg_field visit_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "v.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the visit's number" },
	{ .name = "elder_id", .zh = "老人编号", .en = "Elder ID", .col = "elder_id",
	    .expr = "v.elder_id", .kind = SG_K_INT, .flags = L | N,
	    .maxlen = 20, .doc = "the elder visited" },
	{ .name = "elder_name", .zh = "老人姓名", .en = "Elder",
	    .expr = "(SELECT name FROM elder WHERE id = "
	    "v.elder_id)", .kind = SG_K_TEXT, .flags = L | RO,
	    .doc = "the elder's name" },
	{ .name = "date", .zh = "日期", .en = "Date", .col = "date",
	    .expr = "v.date", .kind = SG_K_DATE, .flags = L,
	    .doc = "date of the visit" },
	{ .name = "mode", .zh = "方式", .en = "Mode", .col = "mode",
	    .expr = "v.mode", .kind = SG_K_ENUM, .flags = L, .vals = modes,
	    .doc = "home, phone, video or event" },
	{ .name = "kind", .zh = "类型", .en = "Kind", .col = "kind",
	    .expr = "v.kind", .kind = SG_K_ENUM, .flags = L, .vals = kinds,
	    .doc = "routine, follow-up, holiday, case or supervision" },
	{ .name = "visitors", .zh = "探访人", .en = "Visitors",
	    .expr = VISITORS_EXPR, .kind = SG_K_TEXT, .flags = L | RO,
	    .doc = "names of the visitors, joined by ','" },
	{ .name = "minutes", .zh = "时长（分钟）", .en = "Minutes", .col = "minutes",
	    .expr = "v.minutes", .kind = SG_K_INT, .flags = L | N, .maxlen = 10,
	    .doc = "length of the visit in minutes" },
	{ .name = "living", .zh = "生活状况", .en = "Living", .col = "living",
	    .expr = "v.living", .kind = SG_K_ENUM, .flags = L, .vals = levels,
	    .doc = "finding on living conditions: ok, concern, urgent" },
	{ .name = "safety", .zh = "安全", .en = "Safety", .col = "safety",
	    .expr = "v.safety", .kind = SG_K_ENUM, .flags = L, .vals = levels,
	    .doc = "finding on safety" },
	{ .name = "health", .zh = "健康", .en = "Health", .col = "health",
	    .expr = "v.health", .kind = SG_K_ENUM, .flags = L, .vals = levels,
	    .doc = "finding on health" },
	{ .name = "mental", .zh = "精神状态", .en = "Mental state", .col = "mental",
	    .expr = "v.mental", .kind = SG_K_ENUM, .flags = L, .vals = levels,
	    .doc = "finding on mental state" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "v.note", .kind = SG_K_TEXT, .flags = L, .maxlen = 65536,
	    .doc = "notes" },
	{ .name = "follow_up", .zh = "回访日期", .en = "Follow-up",
	    .col = "follow_up", .expr = "v.follow_up", .kind = SG_K_DATE,
	    .flags = L, .doc = "date a follow-up visit is due" },
	{ .name = "plan_id", .zh = "计划编号", .en = "Plan ID", .col = "plan_id",
	    .expr = "v.plan_id", .kind = SG_K_INT, .flags = N, .maxlen = 20,
	    .doc = "the planned visit this visit fulfilled" },
	{ .name = "case_id", .zh = "个案编号", .en = "Case ID", .col = "case_id",
	    .expr = "v.case_id", .kind = SG_K_INT, .flags = N, .maxlen = 20,
	    .doc = "the case (elder case) this visit served" },
	{ .name = "supervised_id", .zh = "被督导者编号",
	    .en = "Supervised ID", .col = "supervised_id",
	    .expr = "v.supervised_id", .kind = SG_K_INT, .flags = N,
	    .maxlen = 20, .doc = "supervision: the worker supervised "
	    "(--supervises)" },
	{ .name = "supervised", .zh = "被督导者", .en = "Supervised",
	    .expr = "(SELECT w.name FROM volunteer w WHERE "
	    "w.id = v.supervised_id)", .kind = SG_K_NAME, .flags = RO,
	    .doc = "the name of the worker supervised" },
};

#undef L
#undef N
#undef RO

const struct sg_table sg_visit_table = {
	.name = "visit", .table = "visit", .from = "visit v",
	.fields = visit_fields,
	.nfields = sizeof(visit_fields) / sizeof(visit_fields[0]),
	.order = "v.date, v.id"
};

/* Parse one AREA=LEVEL finding into the values. */
static const struct sg_error *
set_finding(struct sg_ctx *ctx, struct sg_values *v, const char *f)
{
	const char	*eq = strchr(f, '='), *area, *level;
	char		 buf[64], list[128];

	if (eq == NULL || (size_t)(eq - f) >= sizeof(buf))
		return sg_error_fmt("finding: '%s': expected AREA=LEVEL", f);
	memcpy(buf, f, eq - f);
	buf[eq - f] = '\0';
	if ((area = sg_enum_find(areas, buf)) == NULL)
		return sg_error_fmt("finding: unknown area '%s': expected %s",
		    buf, sg_enum_list(list, sizeof(list), areas));
	if ((level = sg_enum_find(levels, eq + 1)) == NULL)
		return sg_error_fmt("finding: unknown level '%s': expected %s",
		    eq + 1, sg_enum_list(list, sizeof(list), levels));
	return sg_values_set(v, area, level, ctx->today);
}

/* The planned visit being fulfilled: its elder, visitor and kind. */
static const struct sg_error *
load_plan(struct sg_ctx *ctx, int64_t plan, int64_t *elder, int64_t *vol,
    char *kind, size_t size)
{
	static const char sql[] =
	    "SELECT elder_id, volunteer_id, kind, status FROM plan "
	    "WHERE id = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, plan);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("unknown plan id %lld",
			    (long long)plan);
	} else if (strcmp((const char *)sqlite3_column_text(st, 3),
	    "planned") != 0)
		err = sg_error_fmt("plan %lld is %s already", (long long)plan,
		    sqlite3_column_text(st, 3));
	else {
		*elder = sqlite3_column_int64(st, 0);
		*vol = sqlite3_column_int64(st, 1);
		snprintf(kind, size, "%s", sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	return err;
}

/* Check that an elder may be visited on a date. */
static const struct sg_error *
check_elder(struct sg_ctx *ctx, int64_t id, const char *date)
{
	static const char sql[] =
	    "SELECT status, archive_date FROM elder WHERE id = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*ad;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("unknown elder id %lld",
			    (long long)id);
	} else if ((ad = (const char *)sqlite3_column_text(st, 1)) != NULL &&
	    strcmp(date, ad) > 0)
		err = sg_error_fmt("elder %lld was archived on %s",
		    (long long)id, ad);
	sqlite3_finalize(st);
	return err;
}

/* Build the values every visit of this log shares. */
static const struct sg_error *
common_values(struct sg_ctx *ctx, struct sg_values *v,
    const struct sg_visit_opts *o, const char *plankind)
{
	const struct sg_error	*err;
	char			 today[16];
	int			 i;

	sg_date_str(today, ctx->today);
	if ((err = sg_values_set(v, "date", o->date ? o->date : "today",
	    ctx->today)) != NULL ||
	    (err = sg_values_set(v, "mode", o->mode ? o->mode : "home",
	    ctx->today)) != NULL ||
	    (err = sg_values_set(v, "kind", o->kind ? o->kind : plankind ?
	    plankind : "routine", ctx->today)) != NULL)
		return err;
	if (strcmp(sg_values_get(v, "date"), today) > 0)
		return sg_error_fmt("date: %s is in the future: planned visits "
		    "belong to visit plan", sg_values_get(v, "date"));
	if (o->minutes != NULL) {
		if ((err = sg_values_set(v, "minutes", o->minutes,
		    ctx->today)) != NULL)
			return err;
		if (atoll(sg_values_get(v, "minutes")) <= 0)
			return sg_error_fmt("minutes: must be more than 0");
	}
	if ((o->note != NULL && (err = sg_values_set(v, "note", o->note,
	    ctx->today)) != NULL) ||
	    (o->follow_up != NULL && (err = sg_values_set(v, "follow_up",
	    o->follow_up, ctx->today)) != NULL))
		return err;
	if (sg_values_get(v, "follow_up") != NULL &&
	    strcmp(sg_values_get(v, "follow_up"), sg_values_get(v, "date")) < 0)
		return sg_error_fmt("follow_up: %s is before the visit",
		    sg_values_get(v, "follow_up"));
	for (i = 0; i < o->nfindings; i++)
		if ((err = set_finding(ctx, v, o->findings[i])) != NULL)
			return err;
	return NULL;
}

/* Record who made a visit. */
static const struct sg_error *
add_visitors(struct sg_ctx *ctx, int64_t visit, const int64_t *vols, int n)
{
	static const char sql[] =
	    "INSERT OR IGNORE INTO visit_visitor (visit_id, volunteer_id) "
	    "VALUES (?, ?)";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	int			 i;

	if (n == 0)
		return NULL;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0; i < n && err == NULL; i++) {
		sqlite3_bind_int64(st, 1, visit);
		sqlite3_bind_int64(st, 2, vols[i]);
		err = sg_db_step_done(ctx, st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* Mark a plan done by a visit. */
static const struct sg_error *
plan_done(struct sg_ctx *ctx, int64_t plan, int64_t visit)
{
	static const char sql[] =
	    "UPDATE plan SET status = 'done', visit_id = ?2 WHERE id = ?1";
	const struct sg_error	*err;
	sqlite3_stmt		*st;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, plan);
	sqlite3_bind_int64(st, 2, visit);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	return err;
}

/* Resolve --by (or the plan's visitor) into volunteer ids. */
static const struct sg_error *
resolve_visitors(struct sg_ctx *ctx, const struct sg_visit_opts *o,
    int64_t planvol, int64_t *vols, int *n)
{
	const struct sg_error	*err;
	int			 i;

	*n = 0;
	for (i = 0; i < o->nby; i++) {
		if ((err = sg_volunteer_resolve(ctx, o->by[i], &vols[*n])))
			return sg_error_fmt("by: %s", err->msg);
		(*n)++;
	}
	if (*n == 0 && planvol > 0)
		vols[(*n)++] = planvol;
	return NULL;
}

/*
 * A supervision visit (督导) names the worker supervised (--supervises);
 * no other kind does.
 */
static const struct sg_error *
supervised(struct sg_ctx *ctx, struct sg_values *v,
    const struct sg_visit_opts *o)
{
	const struct sg_error	*err;
	const char		*kind = sg_values_get(v, "kind");
	char			 buf[24];
	int64_t			 id;

	if (o->supervises == NULL) {
		if (strcmp(kind, "supervision") == 0)
			return sg_error_fmt("supervises: a supervision visit "
			    "names the worker supervised (--supervises "
			    "WORKER)");
		return NULL;
	}
	if (strcmp(kind, "supervision") != 0)
		return sg_error_fmt("supervises: only a supervision visit "
		    "(--kind supervision) names a worker supervised");
	if ((err = sg_volunteer_resolve(ctx, o->supervises, &id)) != NULL)
		return err;
	snprintf(buf, sizeof(buf), "%lld", (long long)id);
	return sg_values_set(v, "supervised_id", buf, ctx->today);
}

/* Log one visit per elder. */
const struct sg_error *
sg_visit_log(struct sg_ctx *ctx, const int64_t *elders, size_t n,
    const struct sg_visit_opts *o)
{
	const struct sg_error	*err;
	struct sg_values	 v;
	int64_t			 planelder = 0, planvol = 0, id, vols[SG_MAX_BY];
	int			 nvols;
	char			 plankind[32] = "routine", buf[32];
	size_t			 i;

	memset(&v, 0, sizeof(v));
	v.t = &sg_visit_table;
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (o->plan > 0) {
		if ((err = load_plan(ctx, o->plan, &planelder, &planvol,
		    plankind, sizeof(plankind))) != NULL)
			return err;
		if (n == 0) {
			elders = &planelder;
			n = 1;
		}
		if (n != 1 || elders[0] != planelder)
			return sg_error_fmt("plan %lld is for elder %lld",
			    (long long)o->plan, (long long)planelder);
	}
	if ((err = common_values(ctx, &v, o, o->plan ? plankind : NULL)) ||
	    (err = resolve_visitors(ctx, o, planvol, vols, &nvols)) != NULL)
		goto done;
	if (o->plan > 0) {
		snprintf(buf, sizeof(buf), "%lld", (long long)o->plan);
		if ((err = sg_values_set(&v, "plan_id", buf, ctx->today)))
			goto done;
	}
	if (o->case_id > 0) {
		snprintf(buf, sizeof(buf), "%lld", (long long)o->case_id);
		if ((err = sg_values_set(&v, "case_id", buf, ctx->today)))
			goto done;
	}
	if ((err = supervised(ctx, &v, o)) != NULL)
		goto done;
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), "%lld", (long long)elders[i]);
		if ((err = check_elder(ctx, elders[i],
		    sg_values_get(&v, "date"))) != NULL ||
		    (o->case_id > 0 && (err = sg_case_check_visit(ctx,
		    o->case_id, elders[i])) != NULL) ||
		    (err = sg_values_set(&v, "elder_id", buf, ctx->today)) ||
		    (err = sg_values_insert(ctx, &v, &id)) != NULL ||
		    (err = add_visitors(ctx, id, vols, nvols)) != NULL ||
		    (o->plan > 0 && (err = plan_done(ctx, o->plan, id))) ||
		    (err = sg_project_stamp(ctx, "visit", id, o->project,
		    "visit", sg_values_get(&v, "kind"),
		    sg_values_get(&v, "date"))) != NULL ||
		    (err = sg_goods_hand(ctx, "visit", id,
		    sg_values_get(&v, "date"), o->gave, o->ngave)) != NULL)
			goto done;
		if ((err = sg_print_id(ctx, id)) != NULL)
			goto done;
	}
done:
	sg_values_free(&v);
	return err;
}

/* List visits. */
const struct sg_error *
sg_visit_list(struct sg_ctx *ctx, const struct sg_visit_filter *f)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	struct sg_period	 p;
	char			 from[16], to[16], list[128];
	const char		*key;
	int			 idx[SG_MAX_FIELDS], n, set;
	int64_t			 vol;

	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&sg_visit_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL ||
	    (err = sg_period_opts(ctx, f->period, f->from, f->to, &p,
	    &set)) != NULL ||
	    (err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (f->elder > 0)
		sg_where_num(&w, "v.elder_id = ?", f->elder);
	if (f->by != NULL) {
		if ((err = sg_volunteer_resolve(ctx, f->by, &vol)) != NULL)
			return sg_error_fmt("by: %s", err->msg);
		sg_where_num(&w, "v.id IN (SELECT visit_id FROM visit_visitor "
		    "WHERE volunteer_id = ?)", vol);
	}
	if (set && p.from > INT32_MIN + 1)
		sg_where_text(&w, "v.date >= ?", sg_date_str(from, p.from));
	if (set && p.to < INT32_MAX)
		sg_where_text(&w, "v.date <= ?", sg_date_str(to, p.to));
	if (f->kind != NULL) {
		if ((key = sg_enum_find(kinds, f->kind)) == NULL)
			return sg_error_fmt("kind: invalid value '%s': "
			    "expected %s", f->kind, sg_enum_list(list,
			    sizeof(list), kinds));
		sg_where_text(&w, "v.kind = ?", key);
	}
	if (f->mode != NULL) {
		if ((key = sg_enum_find(modes, f->mode)) == NULL)
			return sg_error_fmt("mode: invalid value '%s': "
			    "expected %s", f->mode, sg_enum_list(list,
			    sizeof(list), modes));
		sg_where_text(&w, "v.mode = ?", key);
	}
	if (f->concerns)
		sg_where_add(&w, "'concern' IN (v.living, v.safety, v.health, "
		    "v.mental) OR 'urgent' IN (v.living, v.safety, v.health, "
		    "v.mental)");
	return sg_select(ctx, &sg_visit_table, idx, n, &w, "v.date, v.id", 0);
}

/* Show visits in full. */
const struct sg_error *
sg_visit_show(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	return sg_table_show(ctx, &sg_visit_table, ids, n);
}

/* Follow-ups due by a day and not yet closed by a follow-up visit. */
const struct sg_error *
sg_visit_followups(struct sg_ctx *ctx, const char *on)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	int32_t			 d;
	char			 day[16];
	int			 idx[SG_MAX_FIELDS], n;

	memset(&w, 0, sizeof(w));
	if ((err = sg_date_parse(&d, on ? on : "today", ctx->today)) != NULL)
		return sg_error_fmt("on: %s", err->msg);
	if ((err = sg_columns(&sg_visit_table, ctx->columns, SG_F_LIST, 0,
	    idx, &n)) != NULL || (err = sg_ctx_open(ctx)) != NULL)
		return err;
	sg_where_text(&w, "v.follow_up IS NOT NULL AND v.follow_up <= ?",
	    sg_date_str(day, d));
	sg_where_add(&w, "NOT EXISTS (SELECT 1 FROM visit f WHERE "
	    "f.elder_id = v.elder_id AND f.kind = 'follow-up' AND "
	    "(f.date > v.date OR (f.date = v.date AND f.id > v.id)))");
	sg_where_add(&w, "(SELECT status FROM elder WHERE id = v.elder_id) = "
	    "'active'");
	return sg_select(ctx, &sg_visit_table, idx, n, &w,
	    "v.follow_up, v.id", 0);
}

/* Skip a planned visit, with the reason. */
const struct sg_error *
sg_visit_skip(struct sg_ctx *ctx, int64_t plan, const char *reason)
{
	static const char sql[] =
	    "UPDATE plan SET status = 'skipped', reason = ?2 WHERE id = ?1";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	int64_t			 e, vol;
	char			 kind[32];

	if (reason == NULL || *reason == '\0')
		return sg_error_usage("skip: --reason is required");
	if (!sg_utf8_valid(reason, strlen(reason)))
		return sg_error_fmt("reason: invalid UTF-8");
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = load_plan(ctx, plan, &e, &vol, kind, sizeof(kind))) != NULL)
		return err;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, plan);
	sqlite3_bind_text(st, 2, reason, -1, SQLITE_STATIC);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	return err;
}

/* The columns of a visit history file (visit import), in this order. */
static const struct sg_col import_cols[] = {
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "elder", .zh = "老人", .en = "Elder" },
	{ .key = "mode", .zh = "方式", .en = "Mode", .vals = modes },
	{ .key = "kind", .zh = "类型", .en = "Kind", .vals = kinds },
	{ .key = "visitors", .zh = "探访人", .en = "Visitors" },
	{ .key = "minutes", .zh = "时长（分钟）", .en = "Minutes",
	    .kind = SG_COL_NUM },
	{ .key = "living", .zh = "生活状况", .en = "Living", .vals = levels },
	{ .key = "safety", .zh = "安全", .en = "Safety", .vals = levels },
	{ .key = "health", .zh = "健康", .en = "Health", .vals = levels },
	{ .key = "mental", .zh = "精神状态", .en = "Mental state",
	    .vals = levels },
	{ .key = "note", .zh = "备注", .en = "Note" },
	{ .key = "follow_up", .zh = "回访日期", .en = "Follow-up" },
	{ .key = "plan_id", .zh = "计划编号", .en = "Plan ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder_name", .zh = "老人姓名", .en = "Elder name" },
};
enum { I_DATE, I_ELDER, I_MODE, I_KIND, I_VISITORS, I_MINUTES, I_LIVING,
    I_SAFETY, I_HEALTH, I_MENTAL, I_NOTE, I_FOLLOWUP, I_PLAN, I_NAME };

/* Other header names forms and downloads use, per column of import_cols. */
static const char *const import_heads[] = {
	"探访日期|走访日期|服务日期|时间",
	("被探访人|服务对象|探访对象|elder_id|老人编号|身份证号|身份证号码|"
	    "Elder ID"),
	"探访方式|走访方式|服务方式",
	"探访类型|走访类型|探访类别",
	"探访人员|走访人|走访人员|志愿者|社工|by",
	"时长|分钟|探访时长|用时",
	"生活|生活情况",
	"安全状况|安全情况",
	"健康状况|健康情况|身体状况",
	"精神|精神状况|心理状况|心理",
	"情况记录|探访记录|说明|内容",
	"回访|下次回访|跟进日期|回访时间",
	"plan|计划|Plan ID",
	"姓名|name",
};

/*
 * Split visitors written like tags (, ， 、 ; ； / and spaces between)
 * into o->by, pointing into s (changed in place).
 */
static const struct sg_error *
split_visitors(char *s, struct sg_visit_opts *o)
{
	static const char *const seps[] = { "，", "、", "；", "　" };
	char	*p, *tok;
	size_t	 k, n;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
		for (n = strlen(seps[k]); (p = strstr(s, seps[k])) != NULL; )
			memset(p, ',', n);
	for (tok = strtok(s, ",;/ \t"); tok != NULL;
	    tok = strtok(NULL, ",;/ \t")) {
		if (o->nby == SG_MAX_BY)
			return sg_error_fmt("visitors: more than %d", SG_MAX_BY);
		o->by[o->nby++] = tok;
	}
	return NULL;
}

/* The plan of an elder on a day still planned: its id, or 0. */
static const struct sg_error *
planned_on(struct sg_ctx *ctx, int64_t elder, const char *date, int64_t *plan)
{
	static const char sql[] =
	    "SELECT id FROM plan WHERE elder_id = ?1 AND day = ?2 AND "
	    "status = 'planned' ORDER BY id LIMIT 1";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	char			 day[16];
	int32_t			 d;

	*plan = 0;
	if (sg_date_parse(&d, date, ctx->today) != NULL)
		return NULL;	/* visit log names the bad date */
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, elder);
	sqlite3_bind_text(st, 2, sg_date_str(day, d), -1, SQLITE_TRANSIENT);
	if (sg_db_row(st, &err))
		*plan = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return err;
}

/* The elder's name is name (a template's row names both): else an error. */
static const struct sg_error *
name_agrees(struct sg_ctx *ctx, int64_t elder, const char *name)
{
	static const char sql[] = "SELECT name FROM elder WHERE id = ?1";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, elder);
	if (sg_db_row(st, &err) && strcmp((const char *)
	    sqlite3_column_text(st, 0), name) != 0)
		err = sg_error_fmt("elder_name: '%s', but elder %lld is %s",
		    name, (long long)elder, sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return err;
}

/* A plan id given on the line: the elder's, else an error. */
static const struct sg_error *
plan_given(struct sg_ctx *ctx, int64_t elder, const char *s, int64_t *plan)
{
	static const char sql[] = "SELECT elder_id FROM plan WHERE id = ?1";
	const struct sg_error	*err;
	sqlite3_stmt		*st;

	if ((err = sg_id_parse(plan, s, "plan")) != NULL)
		return sg_error_fmt("plan_id: %s", err->msg);
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, *plan);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("plan_id: no plan %lld", (long long)
			    *plan);
	} else if (sqlite3_column_int64(st, 0) != elder)
		err = sg_error_fmt("plan_id: plan %lld is of elder %lld, not "
		    "%lld", (long long)*plan, (long long)
		    sqlite3_column_int64(st, 0), (long long)elder);
	sqlite3_finalize(st);
	return err;
}

/* One line of a visit history: logged as visit log logs it. */
static const struct sg_error *
import_visit(struct sg_ctx *ctx, const char *const *val, void *arg)
{
	static const char *const area[4] = { "living", "safety", "health",
	    "mental" };
	const struct sg_error	*err;
	struct sg_visit_opts	 o;
	char			 find[4][96], *vis = NULL;
	int64_t			 elder;
	int			 i;

	(void)arg;
	memset(&o, 0, sizeof(o));
	if (val[I_DATE] == NULL)
		return sg_error_fmt("date: empty: each visit needs its date");
	if (val[I_ELDER] == NULL && val[I_NAME] == NULL)
		return sg_error_fmt("elder: empty: each visit needs its elder "
		    "(id, ID number or name)");
	if ((err = sg_elder_resolve(ctx, val[I_ELDER] != NULL ?
	    val[I_ELDER] : val[I_NAME], &elder)) != NULL)
		return err->fatal ? err : sg_error_fmt("%s: %s",
		    val[I_ELDER] != NULL ? "elder" : "elder_name", err->msg);
	/* the printed sheet's template: the name beside the id agrees */
	if (val[I_ELDER] != NULL && val[I_NAME] != NULL &&
	    (err = name_agrees(ctx, elder, val[I_NAME])) != NULL)
		return err;
	o.date = val[I_DATE];
	o.mode = val[I_MODE];
	o.kind = val[I_KIND];
	o.minutes = val[I_MINUTES];
	o.note = val[I_NOTE];
	o.follow_up = val[I_FOLLOWUP];
	for (i = 0; i < 4; i++)
		if (val[I_LIVING + i] != NULL) {
			snprintf(find[i], sizeof(find[i]), "%s=%s", area[i],
			    val[I_LIVING + i]);
			o.findings[o.nfindings++] = find[i];
		}
	if (val[I_VISITORS] != NULL && ((vis = strdup(val[I_VISITORS])) ==
	    NULL))
		return sg_error_errno("visitors");
	if ((vis == NULL || (err = split_visitors(vis, &o)) == NULL) &&
	    (err = val[I_PLAN] != NULL ? plan_given(ctx, elder, val[I_PLAN],
	    &o.plan) : planned_on(ctx, elder, o.date, &o.plan)) == NULL)
		err = sg_visit_log(ctx, &elder, 1, &o);
	free(vis);
	/* the file's column is visitors, where visit log has --by */
	if (err != NULL && !err->fatal && strncmp(err->msg, "by: ", 4) == 0)
		err = sg_error_fmt("visitors: %s", err->msg + 4);
	return err;
}

/* visit import: a visit history, all or nothing. */
const struct sg_error *
sg_visit_import(struct sg_ctx *ctx, const char *path,
    const struct sg_import *im)
{
	struct sg_rows	 rs = { import_cols, import_heads,
	    SG_NCOLS(import_cols), import_visit, NULL };

	return sg_rows_import(ctx, path, im, &rs);
}

/* The lists of visit(1) log, list and show declared here (see columns.c). */
const struct sg_listdecl sg_visit_lists[] = {
	{ .cmd = "visit", .verb = "log", .cols = sg_id_col, .ncols = 1 },
	/* visit --columns import --file: the columns a history file has */
	{ .cmd = "visit", .verb = "import", .sub = "--file",
	    .cols = import_cols, .ncols = SG_NCOLS(import_cols) },
	{ .cmd = "visit", .verb = "import", .cols = sg_id_col, .ncols = 1 },
	{ .cmd = "visit", .verb = "list", .table = &sg_visit_table,
	    .skip = SG_F_HEALTH },
	{ .cmd = "visit", .verb = "show", .table = &sg_visit_table },
	{ .cmd = "visit", .verb = "followups", .table = &sg_visit_table,
	    .skip = SG_F_HEALTH },
	{ .cmd = NULL }
};
