/*
 * assess.c -- ability assessments: the two instruments of
 * context/standards.md as data (items, allowed scores, bands, level
 * names), the scoring, and the verbs elder assess and elder assessments.
 * Every table of the scoring is here and nowhere else.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/* One item of an instrument. */
struct item {
	const char	*name;		/* English keyword (stored, on the form) */
	const char	*zh;		/* the standard's Chinese name */
	const char	*alias;		/* more spellings, "|" separated */
	int		 group;		/* GB/T 42195: 1..4 (B1..B4) */
	signed char	 scores[6];	/* allowed, highest first, -1 ends */
};

/* One instrument: its items, bands and level names. */
struct instrument {
	const char		*name;
	const char		*title;
	const struct item	*items;
	int			 nitems;
	int			 max;		/* highest total */
	int			 nlevels;
	const int		*low;		/* lowest total of level 0, 1, .. */
	const char *const	*grades;	/* level names, English */
	const char *const	*grades_zh;
	int			 adjust;	/* coma, dementia, risk events */
};

#define S4	{ 4, 3, 2, 1, 0, -1 }
#define S3	{ 3, 2, 1, 0, -1 }
#define S2	{ 2, 1, 0, -1 }
#define S1	{ 1, 0, -1 }

/* Barthel index (ADL), total 0-100. */
static const struct item barthel_items[] = {
	{ "feeding", "进食", NULL, 0, { 10, 5, 0, -1 } },
	{ "bathing", "洗澡", NULL, 0, { 5, 0, -1 } },
	{ "grooming", "修饰", NULL, 0, { 5, 0, -1 } },
	{ "dressing", "穿衣", NULL, 0, { 10, 5, 0, -1 } },
	{ "bowels", "大便控制", NULL, 0, { 10, 5, 0, -1 } },
	{ "bladder", "小便控制", NULL, 0, { 10, 5, 0, -1 } },
	{ "toilet", "如厕", "toilet-use|toilet_use", 0, { 10, 5, 0, -1 } },
	{ "transfer", "床椅转移", NULL, 0, { 15, 10, 5, 0, -1 } },
	{ "mobility", "平地行走", NULL, 0, { 15, 10, 5, 0, -1 } },
	{ "stairs", "上下楼梯", NULL, 0, { 10, 5, 0, -1 } },
};

/* WS/T 431-2013 dependence bands: 100, 61-99, 41-60, 0-40. */
static const int barthel_low[] = { 100, 61, 41, 0 };
static const char *const barthel_grades[] = { "independent", "mild",
    "moderate", "severe" };
static const char *const barthel_grades_zh[] = { "无需依赖", "轻度依赖",
    "中度依赖", "重度依赖" };

/* GB/T 42195-2022, total 0-90 (item maxima: the working table). */
static const struct item gbt_items[] = {
	{ "feeding", "进食", NULL, 1, S4 },
	{ "grooming", "修饰", NULL, 1, S4 },
	{ "bathing", "洗澡", NULL, 1, S4 },
	{ "dressing_upper", "穿/脱上衣", "穿脱上衣|dressing-upper", 1, S4 },
	{ "dressing_lower", "穿/脱裤子和鞋袜", "穿脱裤子和鞋袜|dressing-lower",
	    1, S4 },
	{ "bladder", "小便控制", NULL, 1, S4 },
	{ "bowels", "大便控制", NULL, 1, S4 },
	{ "toilet", "如厕", "toilet-use|toilet_use", 1, S4 },
	{ "bed_mobility", "床上体位转移", "bed-mobility", 2, S4 },
	{ "transfer", "床椅转移", NULL, 2, S4 },
	{ "walking", "平地行走", "mobility", 2, S4 },
	{ "stairs", "上下楼梯", NULL, 2, S3 },
	{ "time", "时间定向", NULL, 3, S4 },
	{ "place", "空间定向", NULL, 3, S4 },
	{ "person", "人物定向", NULL, 3, S4 },
	{ "memory", "记忆", NULL, 3, S4 },
	{ "comprehension", "理解能力", NULL, 3, S4 },
	{ "expression", "表达能力", NULL, 3, S4 },
	{ "aggression", "攻击行为", NULL, 3, S1 },
	{ "depression", "抑郁症状", NULL, 3, S1 },
	{ "consciousness", "意识水平", NULL, 3, S2 },
	{ "vision", "视力", NULL, 4, S2 },
	{ "hearing", "听力", NULL, 4, S2 },
	{ "daily_affairs", "执行日常事务", "daily-affairs", 4, S4 },
	{ "transport", "使用交通工具外出", NULL, 4, S3 },
	{ "social", "社会交往能力", NULL, 4, S4 },
};

/* The GB/T 42195 groups of items. */
static const char *const gbt_groups[] = { NULL,
    "B1 self-care 自理能力", "B2 basic movement 基础运动能力",
    "B3 mental state 精神状态",
    "B4 perception and social participation 感知觉与社会参与" };

/* Levels: 90, 66-89, 46-65, 30-45, 0-29. */
static const int gbt_low[] = { 90, 66, 46, 30, 0 };
static const char *const gbt_grades[] = { "intact", "mild", "moderate",
    "severe", "complete" };
static const char *const gbt_grades_zh[] = { "能力完好", "轻度失能",
    "中度失能", "重度失能", "完全失能" };

#define NITEMS(a)	((int)(sizeof(a) / sizeof((a)[0])))

static const struct instrument instruments[] = {
	{ "barthel", "Barthel index (ADL), bands of WS/T 431-2013",
	    barthel_items, NITEMS(barthel_items), 100, 4, barthel_low,
	    barthel_grades, barthel_grades_zh, 0 },
	{ "gbt42195", "GB/T 42195-2022 老年人能力评估规范", gbt_items,
	    NITEMS(gbt_items), 90, 5, gbt_low, gbt_grades, gbt_grades_zh, 1 },
};

/* Risk events in 30 days that make a level one worse. */
#define RISK_EVENTS	2

/* The instrument of an assessment. */
static const struct instrument *
instr(int i)
{
	return &instruments[i == SG_GBT42195 ? 1 : 0];
}

/* Parse an instrument name. */
const struct sg_error *
sg_instrument_parse(int *i, const char *s)
{
	if (strcmp(s, "barthel") == 0 || strcmp(s, "巴氏") == 0 ||
	    strcmp(s, "Barthel") == 0)
		*i = SG_BARTHEL;
	else if (strcmp(s, "gbt42195") == 0 || strcmp(s, "GB/T42195") == 0 ||
	    strcmp(s, "gb/t42195") == 0)
		*i = SG_GBT42195;
	else
		return sg_error_fmt("instrument: unknown instrument '%s': "
		    "expected barthel or gbt42195", s);
	return NULL;
}

/* The keyword of an instrument. */
const char *
sg_instrument_name(int i)
{
	return instr(i)->name;
}

/* Start an assessment: no item given yet. */
void
sg_assess_init(struct sg_assessment *a, int instrument)
{
	int	 i;

	memset(a, 0, sizeof(*a));
	a->instrument = instrument;
	for (i = 0; i < SG_ASSESS_MAXITEMS; i++)
		a->score[i] = -1;
	a->level = -1;
}

/* Nonzero when s is one of the "|" separated names of list. */
static int
in_list(const char *list, const char *s)
{
	size_t	 len = strlen(s), l;

	while (list != NULL && *list != '\0') {
		l = strcspn(list, "|");
		if (l == len && strncmp(list, s, l) == 0)
			return 1;
		list += l + (list[l] == '|');
	}
	return 0;
}

/* Index of an item by English or Chinese name; -1 if none. */
static int
find_item(const struct instrument *in, const char *name)
{
	int	 i;

	for (i = 0; i < in->nitems; i++)
		if (strcmp(in->items[i].name, name) == 0 ||
		    strcmp(in->items[i].zh, name) == 0 ||
		    in_list(in->items[i].alias, name))
			return i;
	return -1;
}

/* The allowed scores of an item: "0 to 4" or "10, 5 or 0". */
static char *
allowed(char *buf, size_t size, const struct item *it)
{
	int	 n, k, contiguous = 1;

	for (n = 0; it->scores[n] >= 0; n++)
		if (n > 0 && it->scores[n] != it->scores[n - 1] - 1)
			contiguous = 0;
	if (contiguous && n >= 2) {
		snprintf(buf, size, "%d %s %d", it->scores[n - 1], n == 2 ?
		    _("or") : _("to"), it->scores[0]);
		return buf;
	}
	buf[0] = '\0';
	for (k = 0; k < n; k++)
		snprintf(buf + strlen(buf), size - strlen(buf), "%s%d",
		    k == 0 ? "" : k == n - 1 ? _(" or ") : ", ", it->scores[k]);
	return buf;
}

/* Give one item its score; the error names the item and what it allows. */
const struct sg_error *
sg_assess_item(struct sg_assessment *a, const char *name, const char *score)
{
	const struct instrument	*in = instr(a->instrument);
	const struct item	*it;
	char			 buf[64], *end;
	long			 v;
	int			 i, k;

	if ((i = find_item(in, name)) < 0)
		return sg_error_fmt("%s: unknown item of %s (elder assess "
		    "--form lists them)", name, in->name);
	it = &in->items[i];
	if (a->score[i] >= 0)
		return sg_error_fmt("%s: given twice", it->name);
	if (score == NULL || *score == '\0')
		return sg_error_fmt("%s: no score: expected %s", it->name,
		    allowed(buf, sizeof(buf), it));
	v = strtol(score, &end, 10);
	if (*end != '\0' || end == score || *score == '+' || *score == ' ')
		return sg_error_fmt("%s: '%s' is not a score: expected %s",
		    it->name, score, allowed(buf, sizeof(buf), it));
	for (k = 0; it->scores[k] >= 0; k++)
		if (it->scores[k] == v)
			break;
	if (it->scores[k] < 0)
		return sg_error_fmt("%s: score %ld not allowed: expected %s",
		    it->name, v, allowed(buf, sizeof(buf), it));
	a->score[i] = (int)v;
	return NULL;
}

/* The Barthel dependence band of a total: 0 independent .. 3 severe. */
int
sg_barthel_level(int total)
{
	const struct instrument	*in = &instruments[0];
	int			 l;

	for (l = 0; l < in->nlevels - 1 && total < in->low[l]; l++)
		;
	return l;
}

/*
 * The GB/T 42195 level of a total, 0 intact .. 4 complete, with the
 * adjustments: coma is level 4; a diagnosed dementia or psychiatric
 * disorder, and two or more care-risk events in 30 days, each one level
 * worse; never past 4.
 */
int
sg_gbt42195_level(int total, int coma, int dementia, int risk_events)
{
	const struct instrument	*in = &instruments[1];
	int			 l;

	for (l = 0; l < in->nlevels - 1 && total < in->low[l]; l++)
		;
	if (coma)
		return in->nlevels - 1;
	if (dementia)
		l++;
	if (risk_events >= RISK_EVENTS)
		l++;
	return l < in->nlevels - 1 ? l : in->nlevels - 1;
}

/* The name of a level ("moderate"); zh: the Chinese one. */
const char *
sg_assess_grade(int instrument, int level, int zh)
{
	const struct instrument	*in = instr(instrument);

	if (level < 0 || level >= in->nlevels)
		return NULL;
	return zh ? in->grades_zh[level] : in->grades[level];
}

/* Check that every item has a score; compute total and level. */
const struct sg_error *
sg_assess_score(struct sg_assessment *a)
{
	const struct instrument	*in = instr(a->instrument);
	char			 missing[512] = "";
	int			 i, n = 0;

	if (!in->adjust && (a->coma || a->dementia || a->risk_events))
		return sg_error_fmt("%s: only gbt42195 takes coma, dementia "
		    "and risk events", a->coma ? "coma" : a->dementia ?
		    "dementia" : "risk_events");
	if (a->risk_events < 0)
		return sg_error_fmt("risk_events: must be 0 or more");
	a->total = 0;
	for (i = 0; i < in->nitems; i++) {
		if (a->score[i] < 0) {
			snprintf(missing + strlen(missing), sizeof(missing) -
			    strlen(missing), "%s%s", n++ ? ", " : "",
			    in->items[i].name);
			continue;
		}
		a->total += a->score[i];
	}
	if (n > 0)
		return sg_error_fmt("missing item%s of %s: %s", n > 1 ? "s" :
		    "", in->name, missing);
	a->level = in->adjust ? sg_gbt42195_level(a->total, a->coma,
	    a->dementia, a->risk_events) : sg_barthel_level(a->total);
	return NULL;
}

/* The items as a JSON object, in the instrument's order. */
static char *
items_json(const struct sg_assessment *a)
{
	const struct instrument	*in = instr(a->instrument);
	char			*buf = NULL;
	size_t			 len = 0;
	FILE			*fp;
	int			 i;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return NULL;
	fputc('{', fp);
	for (i = 0; i < in->nitems; i++)
		fprintf(fp, "%s\"%s\":%d", i ? "," : "", in->items[i].name,
		    a->score[i]);
	fputc('}', fp);
	if (fclose(fp) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* Parse a yes/no value of a form. */
static const struct sg_error *
parse_bool(int *b, const char *key, const char *s)
{
	static const char yes[] = "yes|true|y|1|是|有";
	static const char no[] = "no|false|n|0|否|无";

	if (s == NULL || *s == '\0' || in_list(no, s))
		*b = 0;
	else if (in_list(yes, s))
		*b = 1;
	else
		return sg_error_fmt("%s: '%s' is not yes or no", key, s);
	return NULL;
}

/* Parse a count of risk events (0 or more). */
static const struct sg_error *
parse_count(int *n, const char *s)
{
	char	*end;
	long	 v;

	if (s == NULL || *s == '\0') {
		*n = 0;
		return NULL;
	}
	v = strtol(s, &end, 10);
	if (*end != '\0' || *s < '0' || *s > '9' || v > 1000)
		return sg_error_fmt("risk_events: '%s' is not a count: "
		    "expected a whole number, 0 or more", s);
	*n = (int)v;
	return NULL;
}

/* The birth date of an elder (NULL when unknown) and whether it exists. */
static const struct sg_error *
elder_birth(struct sg_ctx *ctx, int64_t id, char *birth, size_t size)
{
	static const char sql[] = "SELECT birth FROM elder WHERE id = ?";
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*b;

	birth[0] = '\0';
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sqlite3_bind_int64(st, 1, id);
	if (!sg_db_row(st, &err)) {
		if (err == NULL)
			err = sg_error_fmt("unknown elder id %lld",
			    (long long)id);
	} else if ((b = (const char *)sqlite3_column_text(st, 0)) != NULL)
		snprintf(birth, size, "%s", b);
	sqlite3_finalize(st);
	return err;
}

/* What one assessment records besides the scores. */
struct meta {
	int64_t		 elder;
	const char	*date;		/* NULL = today */
	const char	*by;		/* volunteer id or name, or NULL */
	const char	*note;
};

/* Check the date and assessor, then store one scored assessment. */
static const struct sg_error *
store(struct sg_ctx *ctx, const struct meta *m, struct sg_assessment *a,
    int64_t *id)
{
	static const char sql[] =
	    "INSERT INTO assessment (elder_id, date, assessor, instrument, "
	    "items, total, level, coma, dementia, risk_events, note) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	const struct sg_error	*err;
	sqlite3_stmt		*st = NULL;
	char			 birth[16], day[16], *json = NULL;
	char			*name = NULL;
	int32_t			 d;
	int64_t			 vol;

	if ((err = elder_birth(ctx, m->elder, birth, sizeof(birth))) != NULL)
		return err;
	if ((err = sg_date_parse(&d, m->date ? m->date : "today",
	    ctx->today)) != NULL)
		return sg_error_fmt("date: %s", err->msg);
	sg_date_str(day, d);
	if (d > ctx->today)
		return sg_error_fmt("date: %s is in the future", day);
	if (birth[0] != '\0' && strcmp(day, birth) < 0)
		return sg_error_fmt("date: %s is before the elder's birth %s",
		    day, birth);
	if ((err = sg_assess_score(a)) != NULL)
		return err;
	if (m->by != NULL) {
		if ((err = sg_volunteer_resolve(ctx, m->by, &vol)) != NULL)
			return sg_error_fmt("by: %s", err->msg);
		if ((err = sg_db_prepare(ctx, &st, "SELECT name FROM volunteer "
		    "WHERE id = ?")) != NULL)
			return err;
		sqlite3_bind_int64(st, 1, vol);
		if (sg_db_row(st, &err))
			name = strdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
		if (err != NULL)
			return err;
		if (name == NULL)
			return sg_error_errno("by");
	}
	if ((json = items_json(a)) == NULL) {
		err = sg_error_errno("items");
		goto done;
	}
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		goto done;
	sqlite3_bind_int64(st, 1, m->elder);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
	sg_bind_text(st, 3, name);
	sqlite3_bind_text(st, 4, instr(a->instrument)->name, -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(st, 5, json, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, a->total);
	sqlite3_bind_int(st, 7, a->level);
	sqlite3_bind_int(st, 8, a->coma);
	sqlite3_bind_int(st, 9, a->dementia);
	sqlite3_bind_int(st, 10, a->risk_events);
	sg_bind_text(st, 11, m->note != NULL && *m->note != '\0' ? m->note :
	    NULL);
	if ((err = sg_db_step_done(ctx, st)) == NULL)
		*id = sqlite3_last_insert_rowid(ctx->db);
	sqlite3_finalize(st);
done:
	free(json);
	free(name);
	return err;
}

static const struct sg_enum grades[] = {
	{ "independent", "无需依赖" }, { "mild", "轻度" },
	{ "moderate", "中度" }, { "severe", "重度" }, { "intact", "能力完好" },
	{ "complete", "完全失能" }, { NULL, NULL }
};

/* The columns of an assessment's result. */
static const struct sg_col result_cols[] = {
	{ .key = "id", .zh = "编号", .en = "ID", .kind = SG_COL_NUM },
	{ .key = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .kind = SG_COL_NUM },
	{ .key = "total", .zh = "总分", .en = "Total", .kind = SG_COL_NUM },
	{ .key = "level", .zh = "等级", .en = "Level", .kind = SG_COL_NUM },
	{ .key = "grade", .zh = "能力等级", .en = "Grade", .vals = grades },
};

#define NRESULT	5

/* The results printed: the columns chosen by -c, in their order. */
struct results {
	struct sg_out	 out;
	struct sg_col	 cols[NRESULT];
	int		 idx[NRESULT];
	int		 n;
};

/* Print one stored assessment: id, elder, total, level, grade. */
static const struct sg_error *
print_result(struct results *res, int64_t id, int64_t elder,
    const struct sg_assessment *a)
{
	const char	*all[NRESULT], *vals[NRESULT];
	char		 ids[24], es[24], tot[16], lvl[16];
	int		 i;

	snprintf(ids, sizeof(ids), "%lld", (long long)id);
	snprintf(es, sizeof(es), "%lld", (long long)elder);
	snprintf(tot, sizeof(tot), "%d", a->total);
	snprintf(lvl, sizeof(lvl), "%d", a->level);
	all[0] = ids;
	all[1] = es;
	all[2] = tot;
	all[3] = lvl;
	all[4] = sg_assess_grade(a->instrument, a->level, 0);
	for (i = 0; i < res->n; i++)
		vals[i] = all[res->idx[i]];
	return sg_out_row(&res->out, vals);
}

/* Start the output of results, in the columns of -c. */
static const struct sg_error *
begin_results(struct sg_ctx *ctx, struct results *res)
{
	const struct sg_error	*err;
	int			 i;

	if ((err = sg_pick_columns(ctx->columns, result_cols, NULL, NRESULT,
	    NRESULT, "assess", res->idx, &res->n)) != NULL)
		return err;
	for (i = 0; i < res->n; i++)
		res->cols[i] = result_cols[res->idx[i]];
	sg_ctx_out(ctx, &res->out);
	res->out.ncols = res->n;
	res->out.cols = res->cols;
	return sg_out_begin(&res->out);
}

/* elder assess ID --instrument I ITEM=SCORE...: score, store, print. */
const struct sg_error *
sg_elder_assess(struct sg_ctx *ctx, int64_t elder,
    const struct sg_assess_opts *o)
{
	const struct sg_error	*err;
	struct sg_assessment	 a;
	struct results		 res;
	struct meta		 m;
	char			 key[128];
	const char		*eq;
	int64_t			 id;
	int			 i, inst;

	if ((err = sg_instrument_parse(&inst, o->instrument)) != NULL)
		return err;
	sg_assess_init(&a, inst);
	a.coma = o->coma;
	a.dementia = o->dementia;
	if (o->risk_events != NULL && (err = parse_count(&a.risk_events,
	    o->risk_events)) != NULL)
		return err;
	for (i = 0; i < o->nitems; i++) {
		if ((eq = strchr(o->items[i], '=')) == NULL ||
		    (size_t)(eq - o->items[i]) >= sizeof(key))
			return sg_error_fmt("'%s': expected ITEM=SCORE",
			    o->items[i]);
		snprintf(key, sizeof(key), "%.*s", (int)(eq - o->items[i]),
		    o->items[i]);
		if ((err = sg_assess_item(&a, key, eq + 1)) != NULL)
			return err;
	}
	m.elder = elder;
	m.date = o->date;
	m.by = o->by;
	m.note = o->note;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = begin_results(ctx, &res)) != NULL)
		return err;
	if ((err = store(ctx, &m, &a, &id)) != NULL ||
	    (err = print_result(&res, id, elder, &a)) != NULL) {
		sg_out_end(&res.out);
		return err;
	}
	return sg_out_end(&res.out);
}

/* One form of an elder, as YAML. */
static void
write_form(FILE *fp, const struct instrument *in, int64_t id,
    const char *name)
{
	const struct item	*it;
	char			 buf[64], key[64];
	int			 i, group = -1;

	fprintf(fp, "# %s\n# elder %lld %s: fill in every score, then run\n"
	    "#   elder assess --from FILE\n", in->title, (long long)id,
	    name ? name : "");
	fprintf(fp, "elder: %lld\ninstrument: %s\n", (long long)id, in->name);
	fprintf(fp, "date:                # YYYY-MM-DD, empty = today\n"
	    "by:                  # assessor: volunteer or worker, id or "
	    "name\n");
	for (i = 0; i < in->nitems; i++) {
		it = &in->items[i];
		if (in->adjust && it->group != group) {
			group = it->group;
			fprintf(fp, "# %s\n", gbt_groups[group]);
		}
		snprintf(key, sizeof(key), "%s:", it->name);
		fprintf(fp, "%-20s # %s: %s\n", key, it->zh, allowed(buf,
		    sizeof(buf), it));
	}
	if (in->adjust)
		fprintf(fp, "coma: no             # 昏迷: yes or no\n"
		    "dementia: no         # 确诊痴呆或精神障碍: yes or no\n"
		    "risk_events: 0       # 近30天照护风险事件 (跌倒, 噎食, "
		    "自杀, 自伤, 走失): count\n");
	fprintf(fp, "note:\n");
}

/* elder assess --form [ID...]: empty forms, one YAML document each. */
const struct sg_error *
sg_elder_assess_form(struct sg_ctx *ctx, const int64_t *ids, size_t n,
    const char *instrument)
{
	static const char sql[] = "SELECT name FROM elder WHERE id = ?";
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	size_t			 i;
	int			 inst = SG_GBT42195;

	if ((err = sg_want_format(ctx, SG_FMTS(SG_FMT_YAML), "assess --form"))
	    != NULL)
		return err;
	if (instrument != NULL && (err = sg_instrument_parse(&inst,
	    instrument)) != NULL)
		return err;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_check_ids(ctx, &sg_elder_table, ids, n)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, ids[i]);
		if (!sg_db_row(st, &err)) {
			if (err != NULL)
				break;
			continue;
		}
		if (i > 0)
			fprintf(ctx->out, "---\n");
		write_form(ctx->out, instr(inst), ids[i],
		    (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return err;
}

/* Index of key k of a record; -1 if absent. */
static int
rec_key(const struct sg_record *r, const char *k)
{
	int	 i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->keys[i], k) == 0)
			return i;
	return -1;
}

/* Nonzero for the keys of a form that are not items. */
static int
meta_key(const char *k)
{
	return in_list("elder|instrument|date|by|note|coma|dementia|"
	    "risk_events|昏迷|痴呆|风险事件", k);
}

/* A scalar value of a record, or the error of a list. */
static const struct sg_error *
scalar(const struct sg_record *r, int i, const char **val)
{
	*val = NULL;
	if (i < 0)
		return NULL;
	if (r->islist != NULL && r->islist[i])
		return sg_error_fmt("%ld: %s: expected a value, not a list",
		    r->lines[i], r->keys[i]);
	*val = r->vals[i];
	return NULL;
}

/* "LINE: " before a message about key i (the record's line if absent). */
static const struct sg_error *
at_key(const struct sg_record *r, int i, const struct sg_error *err)
{
	return sg_error_fmt("%ld: %s", i >= 0 ? r->lines[i] : r->line,
	    err->msg);
}

/* Read the keys of a form that are not items. */
static const struct sg_error *
form_meta(const struct sg_record *r, struct meta *m, struct sg_assessment *a)
{
	const struct sg_error	*err;
	const char		*s;
	int			 i, inst;

	i = rec_key(r, "elder");
	if ((err = scalar(r, i, &s)) != NULL)
		return err;
	if (s == NULL)
		return sg_error_fmt("%ld: elder: missing", r->line);
	if ((err = sg_id_parse(&m->elder, s, "elder")) != NULL)
		return sg_error_fmt("%ld: elder: %s", r->lines[i], err->msg);
	i = rec_key(r, "instrument");
	if ((err = scalar(r, i, &s)) != NULL)
		return err;
	if (s == NULL)
		return sg_error_fmt("%ld: instrument: missing: expected "
		    "barthel or gbt42195", r->line);
	if ((err = sg_instrument_parse(&inst, s)) != NULL)
		return at_key(r, i, err);
	sg_assess_init(a, inst);
	if ((err = scalar(r, i = rec_key(r, "date"), &m->date)) != NULL ||
	    (err = scalar(r, i = rec_key(r, "by"), &m->by)) != NULL ||
	    (err = scalar(r, i = rec_key(r, "note"), &m->note)) != NULL)
		return err;
	if ((i = rec_key(r, "coma")) < 0)
		i = rec_key(r, "昏迷");
	if ((err = scalar(r, i, &s)) != NULL)
		return err;
	if (s != NULL && (err = parse_bool(&a->coma, "coma", s)) != NULL)
		return at_key(r, i, err);
	if ((i = rec_key(r, "dementia")) < 0)
		i = rec_key(r, "痴呆");
	if ((err = scalar(r, i, &s)) != NULL)
		return err;
	if (s != NULL && (err = parse_bool(&a->dementia, "dementia", s)))
		return at_key(r, i, err);
	if ((i = rec_key(r, "risk_events")) < 0)
		i = rec_key(r, "风险事件");
	if ((err = scalar(r, i, &s)) != NULL)
		return err;
	if (s != NULL && (err = parse_count(&a->risk_events, s)) != NULL)
		return at_key(r, i, err);
	return NULL;
}

/* One filled form: read, score and store it. */
static const struct sg_error *
form_one(struct sg_ctx *ctx, const struct sg_record *r, struct meta *m,
    struct sg_assessment *a, int64_t *id)
{
	const struct sg_error	*err;
	const char		*s;
	int			 i;

	memset(m, 0, sizeof(*m));
	if ((err = form_meta(r, m, a)) != NULL)
		return err;
	for (i = 0; i < r->n; i++) {
		if (meta_key(r->keys[i]))
			continue;
		if ((err = scalar(r, i, &s)) != NULL)
			return err;
		if ((err = sg_assess_item(a, r->keys[i], s)) != NULL)
			return at_key(r, i, err);
	}
	if ((err = store(ctx, m, a, id)) != NULL) {
		i = -1;
		if (strncmp(err->msg, "date:", 5) == 0)
			i = rec_key(r, "date");
		else if (strncmp(err->msg, "by:", 3) == 0)
			i = rec_key(r, "by");
		return at_key(r, i, err);
	}
	return NULL;
}

/* elder assess --from FILE: filled forms, all or nothing. */
const struct sg_error *
sg_elder_assess_from(struct sg_ctx *ctx, const char *path)
{
	const struct sg_error	*err;
	struct sg_reader	*rd = NULL;
	struct sg_record	*r;
	struct sg_assessment	 a;
	struct results		 res;
	struct meta		 m;
	FILE			*fp;
	const char		*shown;
	long			 bad = 0, good = 0;
	int64_t			 id;
	int			 rc, begun = 0;

	if (path == NULL || strcmp(path, "-") == 0) {
		fp = stdin;
		shown = "stdin";
	} else if ((fp = fopen(path, "r")) == NULL)
		return sg_error_errno("cannot open '%s'", path);
	else
		shown = path;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_reader_open(&rd, fp, shown, SG_IN_YAML)) != NULL ||
	    (err = begin_results(ctx, &res)) != NULL)
		goto done;
	begun = 1;
	while ((rc = sg_reader_next(rd, &r, &err)) != 0) {
		if (rc < 0)
			goto done;
		if (r == NULL) {
			sg_warn("%s", err->msg);
			bad++;
			continue;
		}
		if ((err = form_one(ctx, r, &m, &a, &id)) != NULL) {
			sg_warn("%s:%s", shown, err->msg);
			bad++;
			continue;
		}
		good++;
		if ((err = print_result(&res, id, m.elder, &a)) != NULL)
			goto done;
	}
	err = NULL;
	if (bad > 0)
		err = sg_error_fmt("%s: %ld bad form%s: nothing assessed",
		    shown, bad, bad == 1 ? "" : "s");
	else if (good == 0)
		err = sg_error_fmt("%s: no form in the file", shown);
done:
	if (begun && err == NULL)
		err = sg_out_end(&res.out);
	else if (begun)
		sg_out_end(&res.out);
	sg_reader_close(rd);
	if (fp != stdin)
		fclose(fp);
	return err;
}

#define L	SG_F_LIST
#define N	SG_F_NUM
#define RO	SG_F_RO

/* The previous assessment of the same elder and instrument. */
#define PREV(col) \
	"(SELECT p." col " FROM assessment p WHERE p.elder_id = a.elder_id " \
	"AND p.instrument = a.instrument AND (p.date < a.date OR (p.date = " \
	"a.date AND p.id < a.id)) ORDER BY p.date DESC, p.id DESC LIMIT 1)"

/* The grade expression, built from the level names above. */
static char	grade_expr[1024];

/* The columns of an assessment. */
static struct sg_field assess_fields[] = {
	{ .name = "id", .zh = "编号", .en = "ID", .col = "id", .expr = "a.id",
	    .kind = SG_K_INT, .flags = SG_F_ID | L | N, .maxlen = 20,
	    .doc = "the assessment's number" },
	{ .name = "elder_id", .zh = "老人编号", .en = "Elder ID", .col = "elder_id",
	    .expr = "a.elder_id", .kind = SG_K_INT, .flags = L | N,
	    .maxlen = 20, .doc = "the elder assessed" },
	{ .name = "date", .zh = "评估日期", .en = "Date", .col = "date",
	    .expr = "a.date", .kind = SG_K_DATE, .flags = L,
	    .doc = "the day of the assessment" },
	{ .name = "instrument", .zh = "评估工具", .en = "Instrument",
	    .col = "instrument", .expr = "a.instrument", .kind = SG_K_TEXT,
	    .flags = L, .doc = "barthel or gbt42195" },
	{ .name = "assessor", .zh = "评估人", .en = "Assessor", .col = "assessor",
	    .expr = "a.assessor", .kind = SG_K_TEXT, .flags = L,
	    .doc = "who assessed" },
	{ .name = "total", .zh = "总分", .en = "Total", .col = "total",
	    .expr = "a.total", .kind = SG_K_INT, .flags = L | N,
	    .doc = "the sum of the item scores" },
	{ .name = "level", .zh = "等级", .en = "Level", .col = "level",
	    .expr = "a.level", .kind = SG_K_INT, .flags = L | N,
	    .doc = "the level, adjustments applied" },
	{ .name = "grade", .zh = "能力等级", .en = "Grade", .expr = grade_expr,
	    .vals = grades,
	    .kind = SG_K_TEXT, .flags = L | RO, .doc = "the level's name" },
	{ .name = "total_change", .zh = "总分变化", .en = "Total change",
	    .expr = "a.total - " PREV("total"), .kind = SG_K_INT,
	    .flags = L | N | RO, .doc = "total minus the previous one's" },
	{ .name = "level_change", .zh = "等级变化", .en = "Level change",
	    .expr = "a.level - " PREV("level"), .kind = SG_K_INT,
	    .flags = L | N | RO, .doc = "level minus the previous one's" },
	{ .name = "coma", .zh = "昏迷", .en = "Coma", .col = "coma",
	    .expr = "a.coma", .kind = SG_K_INT, .flags = N,
	    .doc = "1 when in a coma (gbt42195)" },
	{ .name = "dementia", .zh = "痴呆或精神疾病", .en = "Dementia",
	    .col = "dementia", .expr = "a.dementia", .kind = SG_K_INT,
	    .flags = N,
	    .doc = "1 with a diagnosed dementia or psychiatric disorder" },
	{ .name = "risk_events", .zh = "照护风险事件", .en = "Risk events",
	    .col = "risk_events", .expr = "a.risk_events", .kind = SG_K_INT,
	    .flags = N, .doc = "care-risk events in the last 30 days" },
	{ .name = "items", .zh = "评估项目得分", .en = "Item scores", .col = "items",
	    .expr = "a.items", .kind = SG_K_TEXT, .flags = SG_F_HEALTH,
	    .doc = "item scores, a JSON object" },
	{ .name = "note", .zh = "备注", .en = "Note", .col = "note",
	    .expr = "a.note", .kind = SG_K_TEXT, .flags = SG_F_HEALTH,
	    .doc = "notes" },
};

#undef L
#undef N
#undef RO

static const struct sg_table assess_table = {
	.name = "assessment", .table = "assessment", .from = "assessment a",
	.fields = assess_fields,
	.nfields = sizeof(assess_fields) / sizeof(assess_fields[0]),
	.order = "a.id"
};

/* Build the grade expression from the level names (once). */
static void
build_grade_expr(void)
{
	size_t	 n;
	int	 k, l;

	if (grade_expr[0] != '\0')
		return;
	n = snprintf(grade_expr, sizeof(grade_expr), "CASE");
	for (k = 0; k < NITEMS(instruments); k++)
		for (l = 0; l < instruments[k].nlevels; l++)
			n += snprintf(grade_expr + n, sizeof(grade_expr) - n,
			    " WHEN a.instrument = '%s' AND a.level = %d THEN "
			    "'%s'", instruments[k].name, l,
			    instruments[k].grades[l]);
	snprintf(grade_expr + n, sizeof(grade_expr) - n, " END");
}

/* elder assessments [ID...]: every assessment, oldest first. */
const struct sg_error *
sg_elder_assessments(struct sg_ctx *ctx, const int64_t *ids, size_t n)
{
	const struct sg_error	*err;
	struct sg_where		 w;
	char			*json;
	int			 idx[SG_MAX_FIELDS], nc;

	build_grade_expr();
	memset(&w, 0, sizeof(w));
	if ((err = sg_columns(&assess_table, ctx->columns, SG_F_LIST, 1, idx,
	    &nc)) != NULL || (err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_check_ids(ctx, &sg_elder_table, ids, n)) != NULL)
		return err;
	if ((json = sg_ids_json(ids, n)) == NULL)
		return sg_error_errno("ids");
	sg_where_text(&w, "a.elder_id IN (SELECT value FROM json_each(?))",
	    json);
	err = sg_select(ctx, &assess_table, idx, nc, &w,
	    "a.elder_id, a.date, a.id", 0);
	free(json);
	return err;
}

/* The day re-assessment is due after an assessment on day last. */
int32_t
sg_assess_due(int32_t last, int months)
{
	return sg_date_add_months(last, months);
}

/* The lists of elder(1) assess and assessments declared here (see columns.c). */
const struct sg_listdecl sg_assess_lists[] = {
	{ .cmd = "elder", .verb = "assess", .cols = result_cols,
	    .ncols = SG_NCOLS(result_cols) },
	{ .cmd = "elder", .verb = "assessments", .table = &assess_table },
	{ .cmd = NULL }
};
