/*
 * sheet.c -- the printed sheets of a visit plan (visit plan --sheets):
 * one A4 page per visitor and day, as text for a plain printer (pages
 * parted by form feeds) or as html; the 探访记录表 left empty for
 * unplanned visits (--blank-form); and the spreadsheet template whose
 * columns are visit import's, pre-filled with the plan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/* What one elder's block shows, read from the database. */
struct block {
	char	*name, *address, *phone, *emergency, *caregiver, *note;
	char	 last[16], lastmode[16];
	char	 attention[128];	/* findings needing attention */
	char	 followups[128];	/* open follow-ups' dates */
	int64_t	 plan;
};

/* A page's words in the two languages. */
#define W(en, zh)	(zh_ ? (zh) : (en))

static int	 zh_;

static const char *const wdays_zh[] = { "", "星期一", "星期二", "星期三",
    "星期四", "星期五", "星期六", "星期日" };
static const char *const wdays_en[] = { "", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

/* The four areas of the national visiting guidance, and their levels. */
static const char *const areas_zh[4] = { "生活", "安全", "健康", "精神" };
static const char *const areas_en[4] = { "Living", "Safety", "Health",
    "Mental" };

/* Why an elder is due (plan.c's reasons), for people. */
static const char *
reason_text(const char *r)
{
	static const struct { const char *key, *en, *zh; } t[] = {
		{ "urgent", "urgent finding", "紧急发现后回访" },
		{ "change", "change in circumstances", "情况变化" },
		{ "follow-up", "follow-up due", "回访到期" },
		{ "review", "case review", "个案复评" },
		{ "rule", "due under the rule", "按规则到期" },
	};
	size_t	 i;

	for (i = 0; r != NULL && i < sizeof(t) / sizeof(t[0]); i++)
		if (strcmp(t[i].key, r) == 0)
			return W(t[i].en, t[i].zh);
	return r != NULL ? r : "";
}

/* A rule's interval for people: 每周, every week, 每 10 天. */
static char *
every_text(char *buf, size_t size, const char *e)
{
	if (e == NULL || *e == '\0')
		buf[0] = '\0';
	else if (strcmp(e, "week") == 0)
		snprintf(buf, size, "%s", W("every week", "每周"));
	else if (strcmp(e, "month") == 0)
		snprintf(buf, size, "%s", W("every month", "每月"));
	else if (strcmp(e, "quarter") == 0)
		snprintf(buf, size, "%s", W("every quarter", "每季度"));
	else if (e[strlen(e) - 1] == 'd')
		snprintf(buf, size, W("every %.*s days", "每 %.*s 天"),
		    (int)strlen(e) - 1, e);
	else if (e[strlen(e) - 1] == 'w')
		snprintf(buf, size, W("every %.*s weeks", "每 %.*s 周"),
		    (int)strlen(e) - 1, e);
	else
		snprintf(buf, size, "%s", e);
	return buf;
}

static const char *
mode_text(const char *m)
{
	if (strcmp(m, "home") == 0)
		return W("home", "上门");
	if (strcmp(m, "phone") == 0)
		return W("phone", "电话");
	if (strcmp(m, "video") == 0)
		return W("video", "视频");
	if (strcmp(m, "event") == 0)
		return W("at an event", "活动中");
	return m;
}

static char *
dup_col(sqlite3_stmt *st, int i)
{
	const unsigned char	*s = sqlite3_column_text(st, i);

	return s != NULL && *s != '\0' ? strdup((const char *)s) : NULL;
}

static void
block_free(struct block *b)
{
	free(b->name);
	free(b->address);
	free(b->phone);
	free(b->emergency);
	free(b->caregiver);
	free(b->note);
	memset(b, 0, sizeof(*b));
}

/* Append s to buf, after sep when buf is not empty. */
static void
append(char *buf, size_t size, const char *sep, const char *s)
{
	size_t	 n = strlen(buf);

	snprintf(buf + n, size - n, "%s%s", n > 0 ? sep : "", s);
}

static const char elder_sql[] =
    "SELECT name, ltrim(coalesce('-' || building, '') || "
    "coalesce('-' || unit, '') || coalesce('-' || room, ''), '-'), phone, "
    "trim(coalesce(emergency, '') || ' ' || coalesce(emergency_phone, '')), "
    "trim(coalesce(caregiver, '') || ' ' || coalesce(caregiver_relation, "
    "'') || ' ' || coalesce(caregiver_phone, '')), note "
    "FROM elder WHERE id = ?1";
static const char last_sql[] =
    "SELECT date, mode, living, safety, health, mental FROM visit "
    "WHERE elder_id = ?1 ORDER BY date DESC, id DESC LIMIT 1";
static const char open_sql[] =
    "SELECT follow_up FROM visit v WHERE elder_id = ?1 AND follow_up IS "
    "NOT NULL AND NOT EXISTS (SELECT 1 FROM visit f WHERE f.elder_id = "
    "v.elder_id AND f.kind = 'follow-up' AND (f.date > v.date OR "
    "(f.date = v.date AND f.id > v.id))) ORDER BY follow_up";
static const char plan_sql[] =
    "SELECT id FROM plan WHERE elder_id = ?1 AND day = ?2 AND kind = ?3 "
    "AND volunteer_id = ?4";

/* The statements that fill a block, prepared once. */
struct stmts {
	sqlite3_stmt	*elder, *last, *open, *plan;
};

static void
stmts_free(struct stmts *s)
{
	sqlite3_finalize(s->elder);
	sqlite3_finalize(s->last);
	sqlite3_finalize(s->open);
	sqlite3_finalize(s->plan);
}

static const struct sg_error *
stmts_prepare(struct sg_ctx *ctx, struct stmts *s)
{
	const struct sg_error	*err;

	memset(s, 0, sizeof(*s));
	if ((err = sg_db_prepare(ctx, &s->elder, elder_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &s->last, last_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &s->open, open_sql)) != NULL ||
	    (err = sg_db_prepare(ctx, &s->plan, plan_sql)) != NULL) {
		stmts_free(s);
		memset(s, 0, sizeof(*s));
	}
	return err;
}

/* The last visit's date and mode, and the areas it found wanting. */
static const struct sg_error *
fill_last(struct stmts *s, struct block *b)
{
	const struct sg_error	*err = NULL;
	const char		*v;
	int			 i;

	if (sg_db_row(s->last, &err)) {
		snprintf(b->last, sizeof(b->last), "%s",
		    (const char *)sqlite3_column_text(s->last, 0));
		snprintf(b->lastmode, sizeof(b->lastmode), "%s",
		    (const char *)sqlite3_column_text(s->last, 1));
		for (i = 0; i < 4; i++) {
			v = (const char *)sqlite3_column_text(s->last, 2 + i);
			if (v == NULL || strcmp(v, "ok") == 0)
				continue;
			append(b->attention, sizeof(b->attention), W(", ", "，"),
			    W(areas_en[i], areas_zh[i]));
			append(b->attention, sizeof(b->attention), W(": ", ""),
			    strcmp(v, "urgent") == 0 ? W("urgent", "紧急") :
			    W("concern", "需关注"));
		}
	}
	sqlite3_reset(s->last);
	return err;
}

/* Read what an elder's block shows. */
static const struct sg_error *
fill_block(struct stmts *s, const struct sg_sheet_row *r, struct block *b)
{
	const struct sg_error	*err = NULL;
	char			 day[16];

	memset(b, 0, sizeof(*b));
	sqlite3_bind_int64(s->elder, 1, r->elder);
	if (sg_db_row(s->elder, &err)) {
		b->name = dup_col(s->elder, 0);
		b->address = dup_col(s->elder, 1);
		b->phone = dup_col(s->elder, 2);
		b->emergency = dup_col(s->elder, 3);
		b->caregiver = dup_col(s->elder, 4);
		b->note = dup_col(s->elder, 5);
	}
	sqlite3_reset(s->elder);
	sqlite3_bind_int64(s->last, 1, r->elder);
	if (err == NULL)
		err = fill_last(s, b);
	sqlite3_bind_int64(s->open, 1, r->elder);
	while (err == NULL && sg_db_row(s->open, &err))
		append(b->followups, sizeof(b->followups), W(", ", "，"),
		    (const char *)sqlite3_column_text(s->open, 0));
	sqlite3_reset(s->open);
	sqlite3_bind_int64(s->plan, 1, r->elder);
	sqlite3_bind_text(s->plan, 2, sg_date_str(day, r->day), -1,
	    SQLITE_TRANSIENT);
	sqlite3_bind_text(s->plan, 3, r->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->plan, 4, r->visitor);
	if (err == NULL && sg_db_row(s->plan, &err))
		b->plan = sqlite3_column_int64(s->plan, 0);
	sqlite3_reset(s->plan);
	return err;
}

/* ------------------------------------------------------------ text */

#define LINE	"________________"

/* The boxes a visitor fills in, the same for every block. */
static void
text_boxes(FILE *fp, int blank)
{
	int	 i, j;

	for (i = 0; i < 4; i += 2) {
		fputs("   ", fp);
		for (j = i; j < i + 2; j++)
			fprintf(fp, "%s [ ]%s [ ]%s [ ]%s%s",
			    W(areas_en[j], areas_zh[j]), W("ok", "正常"),
			    W("concern", "关注"), W("urgent", "紧急"),
			    j == i ? "    " : "\n");
	}
	fprintf(fp, "   %s [ ]%s [ ]%s [ ]%s [ ]%s    %s ______ %s\n",
	    W("Mode", "方式"), mode_text("home"), mode_text("phone"),
	    mode_text("video"), mode_text("event"), W("Minutes", "时长"),
	    W("min", "分钟"));
	if (blank)
		fprintf(fp, "   %s [ ]%s [ ]%s [ ]%s [ ]%s\n", W("Kind", "类型"),
		    W("routine", "走访"), W("follow-up", "回访"),
		    W("holiday", "节日慰问"), W("case", "个案"));
	fprintf(fp, "   %s %s%s%s%s\n", W("Note", "备注"), LINE, LINE, LINE,
	    "______");
	fprintf(fp, "   %s [ ]%s [ ]%s ____-__-__ [ ]%s %s\n",
	    W("Next step", "下一步"), W("none", "无"), W("follow-up on",
	    "回访日期"), W("refer to", "转介"), LINE);
	fprintf(fp, "   %s %s    %s %s\n", W("Visitor's signature",
	    "探访人签名"), LINE, W("Elder or family", "老人或家属签名"),
	    LINE);
}

/* One elder's block of a text page. */
static void
text_block(FILE *fp, int i, const struct sg_sheet_row *r,
    const struct block *b)
{
	char	 every[32], plan[48] = "";

	if (b->plan > 0)
		snprintf(plan, sizeof(plan), W(", plan %lld", "，计划编号 %lld"),
		    (long long)b->plan);
	fprintf(fp, W("\n%d. %s (elder %lld%s)\n", "\n%d. %s（老人编号 %lld%s）\n"),
	    i, b->name ? b->name : "", (long long)r->elder, plan);
	if (zh_)
		fprintf(fp, "   地址：%s    电话：%s\n", b->address ? b->address :
		    "", b->phone ? b->phone : "");
	else
		fprintf(fp, "   Address: %s    Phone: %s\n", b->address ?
		    b->address : "", b->phone ? b->phone : "");
	fprintf(fp, W("   Emergency contact: %s", "   紧急联系人：%s"),
	    b->emergency ? b->emergency : W("none", "无"));
	if (b->caregiver != NULL)
		fprintf(fp, W("    Caregiver: %s", "    照护人：%s"),
		    b->caregiver);
	putc('\n', fp);
	fprintf(fp, W("   Rule: %s (%s); why: %s", "   规则：%s（%s）；原因：%s"),
	    r->rule ? r->rule : "", every_text(every, sizeof(every), r->every),
	    reason_text(r->reason));
	if (r->overdue > 0)
		fprintf(fp, W(", %d days overdue", "，逾期 %d 天"), r->overdue);
	putc('\n', fp);
	if (b->last[0] == '\0')
		fputs(W("   Last visit: never", "   上次探访：无"), fp);
	else
		fprintf(fp, W("   Last visit: %s %s", "   上次探访：%s %s"),
		    b->last, mode_text(b->lastmode));
	if (b->attention[0] != '\0')
		fprintf(fp, W("; needs attention: %s", "；需注意：%s"),
		    b->attention);
	putc('\n', fp);
	if (b->followups[0] != '\0')
		fprintf(fp, W("   Open follow-ups: %s\n", "   待回访：%s\n"),
		    b->followups);
	if (b->note != NULL)
		fprintf(fp, W("   Notes: %s\n", "   说明：%s\n"), b->note);
	text_boxes(fp, 0);
}

/* The head of a page: title, day, visitor. */
static void
text_head(FILE *fp, const char *station, const struct sg_sheet_row *r,
    int n)
{
	char	 day[16];

	fprintf(fp, "%s%s%s\n", station ? station : "", station ? "  " : "",
	    W("Visit record sheet", "探访记录表"));
	if (r == NULL) {
		fputs(W("Date: ____-__-__    Visitor: ________________\n",
		    "日期：____年__月__日    探访人：________________\n"), fp);
		return;
	}
	fprintf(fp, W("Date: %s %s    Visitor: %s (%lld)    %d elder%s\n",
	    "日期：%s %s    探访人：%s（编号 %lld）    老人 %d 位%s\n"),
	    sg_date_str(day, r->day), W(wdays_en[sg_date_wday(r->day)],
	    wdays_zh[sg_date_wday(r->day)]), r->visitor_name ?
	    r->visitor_name : "", (long long)r->visitor, n,
	    zh_ || n == 1 ? "" : "s");
}

/* A blank block: what the visitor writes for an unplanned visit. */
static void
text_blank(FILE *fp, int i)
{
	fprintf(fp, W("\n%d. Name ____________  Elder no. ______  Address "
	    "__________  Phone ______________\n", "\n%d. 姓名 ____________  "
	    "老人编号 ______  地址 __________  电话 ______________\n"), i);
	text_boxes(fp, 1);
}

/* ------------------------------------------------------------ html */

static void
hput(FILE *fp, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '&')
			fputs("&amp;", fp);
		else if (*s == '<')
			fputs("&lt;", fp);
		else if (*s == '>')
			fputs("&gt;", fp);
		else if (*s == '"')
			fputs("&quot;", fp);
		else
			putc(*s, fp);
	}
}

static const char html_style[] =
    "@page { size: A4; margin: 10mm 12mm; }\n"
    "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
    "\"WenQuanYi Zen Hei\", sans-serif; font-size: 9pt; margin: 0; "
    "line-height: 1.25; "
    "color: #000; }\n"
    ".sheet { break-after: page; page-break-after: always; }\n"
    ".sheet:last-child { break-after: auto; page-break-after: auto; }\n"
    "h1 { font-size: 14pt; margin: 0 0 2pt 0; }\n"
    "p.head { margin: 0 0 4pt 0; font-size: 10.5pt; }\n"
    ".elder { border: 1px solid #000; margin: 3pt 0; padding: 2pt 5pt; "
    "break-inside: avoid; box-sizing: border-box; }\n"
    ".elder p { margin: 1pt 0; }\n"
    ".elder h2 { font-size: 11pt; margin: 0; }\n"
    ".box { display: inline-block; width: 8pt; height: 8pt; "
    "border: 1px solid #000; margin: 0 1pt 0 4pt; vertical-align: -1pt; }\n"
    ".fill { display: inline-block; border-bottom: 1px solid #000; "
    "min-width: 22mm; }\n"
    ".wide { min-width: 170mm; } .sign { min-width: 45mm; }\n";

static void
html_box(FILE *fp, const char *label)
{
	fputs("<span class=\"box\"></span>", fp);
	hput(fp, label);
}

/* The boxes of a block, as html. */
static void
html_boxes(FILE *fp, int blank)
{
	int	 i;

	for (i = 0; i < 4; i++) {
		fputs(i == 0 ? "<p>" : " &#160; ", fp);
		fprintf(fp, "<b>%s</b>", W(areas_en[i], areas_zh[i]));
		html_box(fp, W("ok", "正常"));
		html_box(fp, W("concern", "关注"));
		html_box(fp, W("urgent", "紧急"));
	}
	fprintf(fp, "</p>\n<p><b>%s</b>", W("Mode", "方式"));
	html_box(fp, mode_text("home"));
	html_box(fp, mode_text("phone"));
	html_box(fp, mode_text("video"));
	html_box(fp, mode_text("event"));
	fprintf(fp, " &#160; <b>%s</b> <span class=\"fill\"></span> %s",
	    W("Minutes", "时长"), W("min", "分钟"));
	if (blank) {
		fprintf(fp, " &#160; <b>%s</b>", W("Kind", "类型"));
		html_box(fp, W("routine", "走访"));
		html_box(fp, W("follow-up", "回访"));
		html_box(fp, W("holiday", "节日慰问"));
		html_box(fp, W("case", "个案"));
	}
	fprintf(fp, "</p>\n<p><b>%s</b> <span class=\"fill wide\"></span>"
	    "</p>\n", W("Note", "备注"));
	fprintf(fp, "<p><b>%s</b>", W("Next step", "下一步"));
	html_box(fp, W("none", "无"));
	html_box(fp, W("follow-up on", "回访日期"));
	fputs(" <span class=\"fill\"></span>", fp);
	html_box(fp, W("refer to", "转介"));
	fputs(" <span class=\"fill\"></span></p>\n<p>", fp);
	fprintf(fp, "<b>%s</b> <span class=\"fill sign\"></span> &#160; "
	    "<b>%s</b> <span class=\"fill sign\"></span></p>\n",
	    W("Visitor's signature", "探访人签名"),
	    W("Elder or family", "老人或家属签名"));
}

/* One labelled value of a block. */
static void
html_field(FILE *fp, const char *label, const char *v)
{
	fprintf(fp, "<b>%s</b>%s", label, W(": ", "："));
	hput(fp, v);
	fputs(" &#160; ", fp);
}

/* One elder's block of an html page. */
static void
html_block(FILE *fp, int i, const struct sg_sheet_row *r,
    const struct block *b)
{
	char	 every[32], why[160];

	fprintf(fp, "<div class=\"elder\">\n<h2>%d. ", i);
	hput(fp, b->name);
	fprintf(fp, " <small>%s %lld", W("elder", "老人编号"),
	    (long long)r->elder);
	if (b->plan > 0)
		fprintf(fp, W(", plan %lld", "，计划编号 %lld"),
		    (long long)b->plan);
	fputs("</small></h2>\n<p>", fp);
	html_field(fp, W("Address", "地址"), b->address);
	html_field(fp, W("Phone", "电话"), b->phone);
	html_field(fp, W("Emergency contact", "紧急联系人"), b->emergency ?
	    b->emergency : W("none", "无"));
	if (b->caregiver != NULL)
		html_field(fp, W("Caregiver", "照护人"), b->caregiver);
	fputs("</p>\n<p>", fp);
	snprintf(why, sizeof(why), W("%s (%s); %s", "%s（%s）；%s"),
	    r->rule ? r->rule : "",
	    every_text(every, sizeof(every), r->every),
	    reason_text(r->reason));
	if (r->overdue > 0)
		snprintf(why + strlen(why), sizeof(why) - strlen(why),
		    W(", %d days overdue", "，逾期 %d 天"), r->overdue);
	html_field(fp, W("Rule", "规则"), why);
	if (b->last[0] == '\0')
		html_field(fp, W("Last visit", "上次探访"), W("never", "无"));
	else {
		snprintf(why, sizeof(why), "%s %s", b->last,
		    mode_text(b->lastmode));
		html_field(fp, W("Last visit", "上次探访"), why);
	}
	if (b->attention[0] != '\0')
		html_field(fp, W("Needs attention", "需注意"), b->attention);
	if (b->followups[0] != '\0')
		html_field(fp, W("Open follow-ups", "待回访"), b->followups);
	fputs("</p>\n", fp);
	if (b->note != NULL) {
		fputs("<p>", fp);
		html_field(fp, W("Notes", "说明"), b->note);
		fputs("</p>\n", fp);
	}
	html_boxes(fp, 0);
	fputs("</div>\n", fp);
}

static void
html_head(FILE *fp, const char *station, const struct sg_sheet_row *r,
    int n)
{
	char	 day[16];

	fputs("<div class=\"sheet\">\n<h1>", fp);
	if (station != NULL) {
		hput(fp, station);
		fputs(" ", fp);
	}
	fprintf(fp, "%s</h1>\n<p class=\"head\">", W("Visit record sheet",
	    "探访记录表"));
	if (r == NULL) {
		fprintf(fp, "<b>%s</b> <span class=\"fill\"></span> &#160; "
		    "<b>%s</b> <span class=\"fill\"></span></p>\n",
		    W("Date", "日期"), W("Visitor", "探访人"));
		return;
	}
	html_field(fp, W("Date", "日期"), sg_date_str(day, r->day));
	hput(fp, W(wdays_en[sg_date_wday(r->day)],
	    wdays_zh[sg_date_wday(r->day)]));
	fputs(" &#160; ", fp);
	html_field(fp, W("Visitor", "探访人"), r->visitor_name);
	fprintf(fp, W("%d elder%s</p>\n", "老人 %d 位%s</p>\n"), n,
	    zh_ || n == 1 ? "" : "s");
}

static void
html_blank(FILE *fp, int i)
{
	fprintf(fp, "<div class=\"elder\">\n<h2>%d.</h2>\n<p>", i);
	fprintf(fp, "<b>%s</b> <span class=\"fill\"></span> &#160; "
	    "<b>%s</b> <span class=\"fill\"></span> &#160; "
	    "<b>%s</b> <span class=\"fill\"></span> &#160; "
	    "<b>%s</b> <span class=\"fill\"></span></p>\n",
	    W("Name", "姓名"), W("Elder no.", "老人编号"),
	    W("Address", "地址"), W("Phone", "电话"));
	html_boxes(fp, 1);
	fputs("</div>\n", fp);
}

/* ------------------------------------------------------------ pages */

/* How many rows from r on share its visitor and day. */
static size_t
page_len(const struct sg_sheet_row *rows, size_t n, size_t r)
{
	size_t	 k = r;

	while (k < n && rows[k].day == rows[r].day &&
	    rows[k].visitor == rows[r].visitor)
		k++;
	return k - r;
}

/* The station's name: the database's, else the config's, else none. */
static char *
station(struct sg_ctx *ctx)
{
	sqlite3_stmt		*st;
	const struct sg_error	*err = NULL;
	char			*s = NULL;

	if (ctx->db != NULL && sg_db_prepare(ctx, &st, "SELECT value FROM "
	    "meta WHERE key = 'station_name'") == NULL) {
		if (sg_db_row(st, &err))
			s = dup_col(st, 0);
		sqlite3_finalize(st);
	}
	if (s == NULL && ctx->cfg != NULL && ctx->cfg->station_name != NULL)
		s = strdup(ctx->cfg->station_name);
	return s;
}

/* The pages, text or html; blank: one page of empty blocks. */
static const struct sg_error *
print_pages(struct sg_ctx *ctx, const struct sg_sheet_row *rows, size_t n,
    int blank, int html)
{
	const struct sg_error	*err = NULL;
	struct stmts		 s;
	struct block		 b;
	FILE			*fp = ctx->out;
	char			*name = station(ctx);
	size_t			 r, k, len;

	memset(&s, 0, sizeof(s));
	if (!blank && n > 0 && (err = stmts_prepare(ctx, &s)) != NULL)
		goto done;
	if (html) {
		fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		    "<meta charset=\"utf-8\" />\n<title>%s</title>\n"
		    "<style>\n%s</style>\n</head>\n<body>\n", W("en", "zh-CN"),
		    W("Visit record sheets", "探访记录表"), html_style);
	}
	if (blank) {
		(html ? html_head : text_head)(fp, name, NULL, 0);
		for (k = 1; k <= n; k++)
			(html ? html_blank : text_blank)(fp, (int)k);
		if (html)
			fputs("</div>\n", fp);
	}
	for (r = 0; !blank && r < n && err == NULL; r += len) {
		len = page_len(rows, n, r);
		if (r > 0 && !html)
			fputs("\f", fp);
		(html ? html_head : text_head)(fp, name, &rows[r], (int)len);
		for (k = 0; k < len && err == NULL; k++) {
			if ((err = fill_block(&s, &rows[r + k], &b)) == NULL)
				(html ? html_block : text_block)(fp, (int)k + 1,
				    &rows[r + k], &b);
			block_free(&b);
		}
		if (html)
			fputs("</div>\n", fp);
	}
	if (html)
		fputs("</body>\n</html>\n", fp);
done:
	if (!blank && n > 0)
		stmts_free(&s);
	free(name);
	return err;
}

/* ------------------------------------------------------------ template */

static const struct sg_enum kinds[] = {
	{ "routine", "走访" },
	{ "follow-up", "回访" },
	{ "holiday", "节日慰问" },
	{ "case", "个案" },
	{ "supervision", "督导" },
	{ NULL, NULL }
};

/* The columns of the template: visit import's, plan and name first. */
static const struct sg_col template_cols[] = {
	{ .key = "plan_id", .zh = "计划编号", .en = "Plan ID",
	    .kind = SG_COL_NUM },
	{ .key = "date", .zh = "日期", .en = "Date" },
	{ .key = "elder_id", .zh = "老人编号", .en = "Elder ID",
	    .kind = SG_COL_NUM },
	{ .key = "elder_name", .zh = "老人姓名", .en = "Elder name" },
	{ .key = "mode", .zh = "方式", .en = "Mode" },
	{ .key = "kind", .zh = "类型", .en = "Kind", .vals = kinds },
	{ .key = "visitors", .zh = "探访人", .en = "Visitors" },
	{ .key = "minutes", .zh = "时长（分钟）", .en = "Minutes",
	    .kind = SG_COL_NUM },
	{ .key = "living", .zh = "生活状况", .en = "Living" },
	{ .key = "safety", .zh = "安全", .en = "Safety" },
	{ .key = "health", .zh = "健康", .en = "Health" },
	{ .key = "mental", .zh = "精神状态", .en = "Mental state" },
	{ .key = "note", .zh = "备注", .en = "Note" },
	{ .key = "follow_up", .zh = "回访日期", .en = "Follow-up" },
};

/* The template: one row per planned visit, the findings left empty. */
static const struct sg_error *
print_template(struct sg_ctx *ctx, const struct sg_sheet_row *rows,
    size_t n)
{
	const struct sg_error	*err;
	struct sg_list		 l;
	struct stmts		 s;
	struct block		 b;
	const char		*vals[SG_NCOLS(template_cols)];
	char			 plan[24], day[16], elder[24];
	size_t			 r;

	memset(vals, 0, sizeof(vals));
	if ((err = sg_list_begin(ctx, &l, template_cols,
	    SG_NCOLS(template_cols), "plan")) != NULL)
		return err;
	if (n > 0 && (err = stmts_prepare(ctx, &s)) != NULL)
		return sg_list_end(&l, err);
	for (r = 0; r < n && err == NULL; r++) {
		if ((err = fill_block(&s, &rows[r], &b)) != NULL)
			break;
		snprintf(plan, sizeof(plan), "%lld", (long long)b.plan);
		snprintf(elder, sizeof(elder), "%lld",
		    (long long)rows[r].elder);
		vals[0] = b.plan > 0 ? plan : NULL;
		vals[1] = sg_date_str(day, rows[r].day);
		vals[2] = elder;
		vals[3] = b.name;
		vals[5] = rows[r].kind;
		vals[6] = rows[r].visitor_name;
		err = sg_list_row(&l, vals);
		block_free(&b);
	}
	if (n > 0)
		stmts_free(&s);
	return sg_list_end(&l, err);
}

const struct sg_error *
sg_sheet_print(struct sg_ctx *ctx, const struct sg_sheet_row *rows,
    size_t n, int blank)
{
	zh_ = sg_ctx_labels(ctx, SG_FMT_TEXT) == SG_LABELS_ZH;
	switch (ctx->fmt) {
	case SG_FMT_DEFAULT:
	case SG_FMT_TEXT:
		if (ctx->columns != NULL)
			break;
		return print_pages(ctx, rows, n, blank, 0);
	case SG_FMT_HTML:
		if (ctx->columns != NULL)
			break;
		return print_pages(ctx, rows, n, blank, 1);
	case SG_FMT_MARKDOWN:
		return sg_error_fmt("-o markdown: the sheets are text, html, "
		    "or a template as xlsx, tsv, csv or json");
	default:
		return print_template(ctx, blank ? NULL : rows, blank ? 0 : n);
	}
	return sg_error_fmt("-c: a sheet has no columns to choose: use -o "
	    "xlsx, tsv, csv or json");
}

/* The columns of visit plan --sheets -o xlsx (see columns.c). */
const struct sg_listdecl sg_sheet_lists[] = {
	{ .cmd = "visit", .verb = "plan", .sub = "--sheets",
	    .cols = template_cols, .ncols = SG_NCOLS(template_cols) },
	{ .cmd = NULL }
};
