/*
 * page.c -- a report printed: text (a page a person reads, 80 columns,
 * bars drawn with '#'), markdown, html (one self-contained page with
 * inline SVG bars, printable on A4), or one "section metric value
 * previous" row per figure through out.c (tsv, csv, json, yaml).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

#define LABELW	32	/* display width of the label column of text */
#define NUMW	10
#define BARW	14

/* A report as rows (tsv, csv, json, yaml): one per figure. */
static const struct sg_col figure_cols[] = {
	{ .key = "station", .zh = "社工站", .en = "Station" },
	{ .key = "section", .zh = "部分", .en = "Section" },
	{ .key = "metric", .zh = "指标", .en = "Metric" },
	{ .key = "value", .zh = "本期", .en = "Value",
	    .kind = SG_COL_NUM },
	{ .key = "previous", .zh = "上期", .en = "Previous",
	    .kind = SG_COL_NUM },
};

/* Headings of the sections, in print order. */
static const struct {
	const char	*key, *zh;
} sections[] = {
	{ "elders", "老人" },
	{ "visits", "探访" },
	{ "visit_rate", "月探访率" },
	{ "coverage", "探访政策覆盖" },
	{ "events", "活动" },
	{ "volunteers", "志愿者" },
	{ "staff", "工作人员" },
	{ "cases", "个案" },
	{ "projects", "项目" },
	{ "goods", "物资" },
};

/* A gloss for the fixed metrics and the groups. */
static const struct {
	const char	*key, *zh;
} glosses[] = {
	{ "active", "在册" }, { "new", "新增" }, { "archived", "注销" },
	{ "archived.", "注销原因" }, { "category.", "类别" },
	{ "tier.", "探访分级" }, { "total", "合计" }, { "kind.", "类型" },
	{ "mode.", "方式" }, { "elders_reached", "探访老人数" },
	{ "concern", "发现需关注" }, { "urgent", "发现紧急" },
	{ "followups_opened", "新开回访" }, { "followups_open", "待回访" },
	{ "events", "活动数" }, { "sessions", "场次" },
	{ "cancelled", "取消" }, { "attendances", "参与人次" },
	{ "elders", "参与老人数" }, { "first_time", "首次参与" },
	{ "walk_ins", "临时参加" }, { "hours", "服务时长" },
	{ "hours.", "时长来源" }, { "team.", "队伍时长" },
	{ "pairings", "结对" }, { "pairings_new", "新结对" },
	{ "overdue", "逾期未访" }, { "required", "应访" },
	{ "visited", "已访" }, { "rate", "比率" }, { "met", "达标" },
	{ "missed", "未达标" }, { "pending", "进行中" },
	{ "opened", "新开个案" }, { "closed", "结案" },
	{ "closed.", "结案结果" }, { "open", "在案" },
	{ "need.", "在案需求" }, { "reviews_overdue", "逾期未复核" },
	{ "referrals.", "转介状态" }, { "unattended", "紧急未立案" },
	{ "persons", "参与居民数（非老人）" }, { "persons.", "参与居民类别" },
	{ "elders_volunteering", "以老助老人数" },
	{ "elder_hours", "以老助老时长" }, { "training_hours", "培训时长" },
	{ "work_hours", "工作时长" }, { "supervisions", "督导次数" },
	{ "supervised", "受督导人数" },
	{ "visits", "探访" }, { "home_visits", "上门探访" },
	{ "visit_rate", "探访率" }, { "events_festival", "节日活动" },
	{ "events_culture", "文化活动" }, { "events_health", "健康讲座" },
	{ "events_clinic", "义诊" }, { "events_group", "小组活动" },
	{ "events_training", "培训" }, { "events_interest", "兴趣活动" },
	{ "events_other", "其他活动" }, { "served", "服务人次" },
	{ "people", "服务人数" }, { "cases_opened", "新开个案" },
	{ "cases_closed", "结案" }, { "received.", "接收" },
	{ "given.", "发放" },
};

static const char *
gloss(const char *metric)
{
	const char	*dot = strchr(metric, '.'), *last;
	size_t		 i, n;

	last = strrchr(metric, '.');
	for (i = 0; i < sizeof(glosses) / sizeof(glosses[0]); i++) {
		n = strlen(glosses[i].key);
		if (glosses[i].key[n - 1] == '.') {
			if (dot != NULL && strncmp(metric, glosses[i].key,
			    n) == 0)
				return glosses[i].zh;
		} else if (strcmp(metric, glosses[i].key) == 0 ||
		    (last != NULL && strcmp(last + 1, glosses[i].key) == 0 &&
		    strncmp(metric, "tier.", 5) != 0 &&
		    strncmp(metric, "category.", 9) != 0 &&
		    strncmp(metric, "team.", 5) != 0))
			return glosses[i].zh;
	}
	return "";
}

/* The Chinese words of the keywords a metric name may end with. */
static const struct {
	const char	*key, *zh;
} words[] = {
	{ "moved", "迁出" }, { "deceased", "去世" }, { "other", "其他" },
	{ "routine", "常规走访" }, { "follow-up", "回访" },
	{ "holiday", "节日慰问" }, { "case", "个案" },
	{ "supervision", "督导" }, { "home", "上门" }, { "phone", "电话" },
	{ "video", "视频" }, { "event", "活动" }, { "festival", "节日" },
	{ "culture", "文化" }, { "health", "健康讲座" }, { "clinic", "义诊" },
	{ "group", "小组" }, { "training", "培训" }, { "interest", "兴趣" },
	{ "visit", "探访" }, { "manual", "其他" }, { "resolved", "已解决" },
	{ "referred", "已转介" }, { "daily-care", "生活照料" },
	{ "rehab", "康复护理" }, { "emotional", "精神慰藉" },
	{ "home-adaptation", "适老化改造" }, { "medical", "医疗" },
	{ "financial", "经济" }, { "legal", "法律" }, { "sent", "已发送" },
	{ "accepted", "已接收" }, { "done", "已完成" },
	{ "declined", "已拒绝" }, { "all", "全部" },
	{ "caregiver", "照料者" }, { "resident", "居民" },
	{ "student", "学生" }, { "family", "家属" },
};

static const char *
word_zh(const char *w, size_t n)
{
	size_t	 i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i].key) == n &&
		    strncmp(words[i].key, w, n) == 0)
			return words[i].zh;
	return NULL;
}

/*
 * A metric's name for a page: "active 在册" (the key and its gloss), or
 * under zh the Chinese alone: 在册, 方式：上门, 高风险：比率.
 */
static char *
metric_label(char *buf, size_t size, const char *metric, int zh)
{
	const char	*dot = strchr(metric, '.'), *g = gloss(metric), *w;

	if (!zh)
		snprintf(buf, size, "%s %s", metric, g);
	else if (dot == NULL)
		snprintf(buf, size, "%s", *g != '\0' ? g : metric);
	else if (*g != '\0' && strcmp(g, gloss(dot + 1)) != 0) {
		/* a group: 方式 and the keyword after the dot */
		w = word_zh(dot + 1, strlen(dot + 1));
		snprintf(buf, size, "%s：%s", g, w != NULL ? w : dot + 1);
	} else {
		/* a rule's figure: 高风险 (or 全部) and the gloss */
		w = word_zh(metric, (size_t)(dot - metric));
		if (w != NULL)
			snprintf(buf, size, "%s：%s", w, *g ? g : dot + 1);
		else
			snprintf(buf, size, "%.*s：%s", (int)(dot - metric),
			    metric, *g ? g : dot + 1);
	}
	return buf;
}

/* A decimal number: at most two decimals, trailing zeros dropped. */
char *
sg_num_str(char *buf, size_t size, double v)
{
	char	*p;

	snprintf(buf, size, "%.2f", v);
	if ((p = strchr(buf, '.')) != NULL) {
		for (p += strlen(p) - 1; *p == '0'; p--)
			*p = '\0';
		if (*p == '.')
			*p = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
	return buf;
}

/* A word of a page: English, or Chinese under zh. */
static const char *
L(const struct sg_report *r, const char *en, const char *zh)
{
	return r->zh ? zh : en;
}

/* A section's heading: "ELDERS 老人", or 老人 under zh. */
static char *
section_label(char *buf, size_t size, const struct sg_report *r, size_t s)
{
	int	 k;

	if (r->zh) {
		snprintf(buf, size, "%s", sections[s].zh);
		return buf;
	}
	snprintf(buf, size, "%s %s", sections[s].key, sections[s].zh);
	for (k = 0; buf[k] != ' '; k++)
		if (buf[k] >= 'a' && buf[k] <= 'z')
			buf[k] -= 'a' - 'A';
	return buf;
}

/* The headings of the value columns: 2026-11 / 本月. */
static const char *
cur_head(const struct sg_report *r)
{
	return !r->zh ? r->curname : strcmp(r->title, "Monthly report") == 0 ?
	    "本月" : "本期";
}

static const char *
prev_head(const struct sg_report *r)
{
	return !r->zh ? r->prevname : strcmp(r->title, "Monthly report") == 0 ?
	    "上月" : "上期";
}

static const char *
title(const struct sg_report *r)
{
	return !r->zh ? r->title : strcmp(r->title, "Monthly report") == 0 ?
	    "月度统计" : "统计";
}

/* Has the figure a value in a slot?  A rate needs a denominator. */
static int
has(const struct sg_fig *f, int st, int slot)
{
	return f->kind != SG_FIG_RATE || f->den[st][slot] > 0;
}

static double
value(const struct sg_fig *f, int st, int slot)
{
	if (f->kind == SG_FIG_RATE)
		return f->den[st][slot] > 0 ?
		    round(1000.0 * f->num[st][slot] / f->den[st][slot]) / 10 :
		    0;
	return f->num[st][slot];
}

/* A value as data: "40", "2.5", "66.7"; "" when none. */
static char *
data_str(char *buf, size_t size, const struct sg_fig *f, int st, int slot)
{
	if (!has(f, st, slot))
		buf[0] = '\0';
	else if (f->kind == SG_FIG_RATE)
		snprintf(buf, size, "%.1f", value(f, st, slot));
	else
		sg_num_str(buf, size, value(f, st, slot));
	return buf;
}

/* A value for people: "66.7%", "-" when none. */
static char *
human_str(char *buf, size_t size, const struct sg_fig *f, int st, int slot)
{
	data_str(buf, size, f, st, slot);
	if (buf[0] == '\0')
		snprintf(buf, size, "-");
	else if (f->kind == SG_FIG_RATE)
		strncat(buf, "%", size - strlen(buf) - 1);
	return buf;
}

/* The change from the previous period: "+2", "-1.5", "0"; rates in points. */
static char *
change_str(char *buf, size_t size, const struct sg_fig *f, int st)
{
	char	 n[32];
	double	 d;

	if (!has(f, st, 0) || !has(f, st, 1)) {
		buf[0] = '\0';
		return buf;
	}
	d = value(f, st, 0) - value(f, st, 1);
	if (f->kind == SG_FIG_RATE)
		snprintf(n, sizeof(n), "%.1f", fabs(d));
	else
		sg_num_str(n, sizeof(n), fabs(d));
	snprintf(buf, size, "%s%s", d > 0 ? "+" : d < 0 ? "-" : "", n);
	if (strcmp(n, "0") == 0 || strcmp(n, "0.0") == 0)
		snprintf(buf, size, "%s", n);
	return buf;
}

/*
 * What a coverage rate was judged on: "8/30 judged, 3 pending" (met of
 * the rule periods ended, and those still open), so that a rate early in
 * a month is not misread; "" for other figures.
 */
static char *
judged_str(char *buf, size_t size, const struct sg_report *r,
    const struct sg_fig *f, int st)
{
	const char	*dot = strrchr(f->metric, '.');
	char		 pending[112], n[32];
	size_t		 i;

	buf[0] = '\0';
	if (f->kind != SG_FIG_RATE || strcmp(f->section, "coverage") != 0 ||
	    dot == NULL || !has(f, st, 0))
		return buf;
	snprintf(pending, sizeof(pending), "%.*spending",
	    (int)(dot - f->metric + 1), f->metric);
	snprintf(n, sizeof(n), "0");
	for (i = 0; i < r->nfig; i++)
		if (strcmp(r->fig[i].section, "coverage") == 0 &&
		    strcmp(r->fig[i].metric, pending) == 0)
			sg_num_str(n, sizeof(n), r->fig[i].num[st][0]);
	snprintf(buf, size, L(r, "%.0f/%.0f judged, %s pending",
	    "%.0f/%.0f 已判定，%s 待定"), f->num[st][0], f->den[st][0], n);
	return buf;
}

/* The group of a metric for a bar chart ("kind." of "kind.home"). */
static size_t
group_len(const struct sg_fig *f)
{
	const char	*dot = strchr(f->metric, '.');

	if (f->kind == SG_FIG_RATE)
		return 0;
	/* a project's part holds targets of unlike kinds: no bars */
	return dot != NULL && strcmp(f->section, "visit_rate") != 0 &&
	    strcmp(f->section, "coverage") != 0 &&
	    strcmp(f->section, "projects") != 0 ? (size_t)(dot - f->metric) +
	    1 : 0;
}

/* A bar's share from 0 to 1: rates of 100%, groups of their largest. */
static double
bar_share(const struct sg_report *r, const struct sg_fig *f, int st)
{
	size_t	 i, n = group_len(f);
	double	 max = 0;

	if (f->kind == SG_FIG_RATE)
		return has(f, st, 0) ? value(f, st, 0) / 100 : -1;
	if (n == 0)
		return -1;
	for (i = 0; i < r->nfig; i++)
		if (strcmp(r->fig[i].section, f->section) == 0 &&
		    strncmp(r->fig[i].metric, f->metric, n) == 0 &&
		    value(&r->fig[i], st, 0) > max)
			max = value(&r->fig[i], st, 0);
	return max > 0 ? value(f, st, 0) / max : 0;
}

static void
pad(FILE *fp, int n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/* Right-align s in w columns. */
static void
right(FILE *fp, const char *s, int w)
{
	pad(fp, w - sg_utf8_width(s));
	fputs(s, fp);
}

/* Is miss i the first of its station, kind and rule? */
static int
first_miss(const struct sg_report *r, size_t i)
{
	const struct sg_miss	*m = &r->miss[i];
	size_t			 j;

	for (j = 0; j < i; j++)
		if (r->miss[j].st == m->st && r->miss[j].kind == m->kind &&
		    strcmp(r->miss[j].rule, m->rule) == 0)
			return 0;
	return 1;
}

/* Does miss j belong with miss i (station, kind, rule)? */
static int
same_miss(const struct sg_report *r, size_t i, size_t j)
{
	return r->miss[j].st == r->miss[i].st &&
	    r->miss[j].kind == r->miss[i].kind &&
	    strcmp(r->miss[j].rule, r->miss[i].rule) == 0;
}

/* The ids a rule missed, rule by rule, wrapped, for text and markdown. */
static void
text_misses(FILE *fp, const struct sg_report *r, int st, int kind,
    const char *what, int md)
{
	size_t		 i, j;
	int		 col, w;
	char		 id[24];

	for (i = 0; i < r->nmiss; i++) {
		const struct sg_miss *m = &r->miss[i];

		if (m->st != st || m->kind != kind || !first_miss(r, i))
			continue;
		col = fprintf(fp, md ? "- %s %s:" : "  %s %s:", what,
		    m->rule) - (int)strlen(m->rule) + sg_utf8_width(m->rule);
		for (j = i; j < r->nmiss; j++) {
			if (!same_miss(r, i, j))
				continue;
			w = snprintf(id, sizeof(id), " %lld",
			    (long long)r->miss[j].id);
			if (col + w > 78) {
				fputs(md ? "\n " : "\n   ", fp);
				col = 3;
			}
			fputs(id, fp);
			col += w;
		}
		putc('\n', fp);
	}
}

/* A section printed only when it has figures: projects and goods. */
static int
quiet_section(const struct sg_report *r, size_t s)
{
	size_t	 i;

	if (strcmp(sections[s].key, "projects") != 0 &&
	    strcmp(sections[s].key, "goods") != 0)
		return 0;
	for (i = 0; i < r->nfig; i++)
		if (strcmp(r->fig[i].section, sections[s].key) == 0)
			return 0;
	return 1;
}

/* One station's (or the total's) sections as text. */
static void
text_station(FILE *fp, const struct sg_report *r, int st)
{
	char		 a[40], b[40], c[40], label[160];
	size_t		 s, i;
	double		 share;
	int		 n;

	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++) {
		if (quiet_section(r, s))
			continue;
		section_label(label, sizeof(label), r, s);
		fprintf(fp, "\n%s", label);
		pad(fp, 2 + LABELW - sg_utf8_width(label));
		right(fp, cur_head(r), NUMW);
		right(fp, prev_head(r), NUMW);
		right(fp, L(r, "change", "变化"), NUMW);
		putc('\n', fp);
		for (i = 0; i < r->nfig; i++) {
			const struct sg_fig *f = &r->fig[i];

			if (strcmp(f->section, sections[s].key) != 0)
				continue;
			metric_label(label, sizeof(label), f->metric, r->zh);
			fprintf(fp, "  %s", label);
			n = sg_utf8_width(label);
			if (n > LABELW) {
				fputs("\n  ", fp);
				n = 0;
			}
			pad(fp, LABELW - n);
			right(fp, human_str(a, sizeof(a), f, st, 0), NUMW);
			right(fp, human_str(b, sizeof(b), f, st, 1), NUMW);
			share = bar_share(r, f, st);
			if (*change_str(c, sizeof(c), f, st) != '\0' ||
			    share > 0)
				right(fp, c, NUMW);
			if (share >= 0) {
				n = (int)lround(share * BARW);
				if (n == 0 && value(f, st, 0) > 0)
					n = 1;
				if (n > 0)
					fputs("  ", fp);
				while (n-- > 0)
					putc('#', fp);
			}
			putc('\n', fp);
			if (*judged_str(label, sizeof(label), r, f, st) != '\0')
				fprintf(fp, "    %s\n", label);
		}
		if (st < r->nst && strcmp(sections[s].key, "visit_rate") == 0)
			text_misses(fp, r, st, 0, L(r, "not visited,",
			    "未探访，"), 0);
		if (st < r->nst && strcmp(sections[s].key, "coverage") == 0)
			text_misses(fp, r, st, 1, L(r, "missed,", "漏访，"), 0);
	}
}

/* The first lines of a page. */
static void
text_head(FILE *fp, const struct sg_report *r, const char *name)
{
	char	 a[16], b[16], c[16], d[16], t[16];

	fprintf(fp, "%s %s %s\n", name, title(r), r->curname);
	fprintf(fp, L(r, "period   %s to %s\nprevious %s to %s\n"
	    "as of    %s\n", "本期  %s 至 %s\n上期  %s 至 %s\n截至  %s\n"),
	    sg_date_str(a, r->cur.from), sg_date_str(b, r->cur.to),
	    sg_date_str(c, r->prev.from), sg_date_str(d, r->prev.to),
	    sg_date_str(t, r->today));
}

static void
print_text(FILE *fp, const struct sg_report *r)
{
	int	 st;

	if (r->nst == 1) {
		text_head(fp, r, r->station[0]);
		text_station(fp, r, 0);
		return;
	}
	text_head(fp, r, L(r, "all stations", "全部社工站"));
	fputs(L(r, "stations:", "社工站："), fp);
	for (st = 0; st < r->nst; st++)
		fprintf(fp, " %s%s", r->station[st], st + 1 < r->nst ? "," :
		    "\n");
	text_station(fp, r, r->nst);
	for (st = 0; st < r->nst; st++) {
		fputs("\f\n", fp);
		text_head(fp, r, r->station[st]);
		text_station(fp, r, st);
	}
}

/* Markdown text: | and leading specials escaped. */
static void
md_put(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (strchr("|\\*_`[]<>#", *s) != NULL)
			putc('\\', fp);
		putc(*s, fp);
	}
}

static void
md_station(FILE *fp, const struct sg_report *r, int st, const char *name)
{
	char	 a[40], b[40], c[40], f1[16], f2[16], label[160];
	size_t	 s, i;

	fputs("## ", fp);
	md_put(fp, name);
	fprintf(fp, "\n\n%s %s %s\n", sg_date_str(f1, r->cur.from),
	    L(r, "to", "至"), sg_date_str(f2, r->cur.to));
	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++) {
		if (quiet_section(r, s))
			continue;
		if (r->zh)
			fprintf(fp, "\n### %s\n\n| 指标 | %s | %s | 变化 |\n"
			    "|---|--:|--:|--:|\n", sections[s].zh,
			    cur_head(r), prev_head(r));
		else
			fprintf(fp, "\n### %s %s\n\n| metric | %s | %s | "
			    "change |\n|---|--:|--:|--:|\n", sections[s].key,
			    sections[s].zh, r->curname, r->prevname);
		for (i = 0; i < r->nfig; i++) {
			const struct sg_fig *f = &r->fig[i];

			if (strcmp(f->section, sections[s].key) != 0)
				continue;
			fputs("| ", fp);
			if (r->zh)
				md_put(fp, metric_label(label, sizeof(label),
				    f->metric, 1));
			else
				md_put(fp, f->metric);
			if (!r->zh && *gloss(f->metric) != '\0')
				fprintf(fp, " %s", gloss(f->metric));
			if (*judged_str(label, sizeof(label), r, f, st) != '\0')
				fprintf(fp, L(r, " (%s)", "（%s）"), label);
			fprintf(fp, " | %s | %s | %s |\n",
			    human_str(a, sizeof(a), f, st, 0),
			    human_str(b, sizeof(b), f, st, 1),
			    change_str(c, sizeof(c), f, st));
		}
		if (st < r->nst && strcmp(sections[s].key, "visit_rate") == 0) {
			putc('\n', fp);
			text_misses(fp, r, st, 0, L(r, "not visited,",
			    "未探访，"), 1);
		}
		if (st < r->nst && strcmp(sections[s].key, "coverage") == 0) {
			putc('\n', fp);
			text_misses(fp, r, st, 1, L(r, "missed,", "漏访，"), 1);
		}
	}
}

static void
print_markdown(FILE *fp, const struct sg_report *r)
{
	char	 a[16], b[16], t[16];
	int	 st;

	fprintf(fp, L(r, "# %s %s\n\nprevious: %s to %s; as of %s\n\n",
	    "# %s %s\n\n上期：%s 至 %s；截至 %s\n\n"), title(r),
	    r->curname, sg_date_str(a, r->prev.from),
	    sg_date_str(b, r->prev.to), sg_date_str(t, r->today));
	if (r->nst > 1)
		md_station(fp, r, r->nst, L(r, "all stations", "全部社工站"));
	for (st = 0; st < r->nst; st++) {
		if (r->nst > 1 || st > 0)
			putc('\n', fp);
		md_station(fp, r, st, r->station[st]);
	}
}

/* HTML (and SVG) text. */
static void
html_put(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
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
    "@page { size: A4; margin: 15mm; }\n"
    "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
    "\"WenQuanYi Zen Hei\", sans-serif; font-size: 10pt; "
    "max-width: 180mm; margin: 1em auto; "
    "color: #222; }\n"
    "h1 { font-size: 16pt; } h2 { font-size: 13pt; "
    "border-bottom: 1px solid #888; margin-top: 1.5em; }\n"
    "h3 { font-size: 11pt; margin-bottom: 0.3em; }\n"
    "section { break-inside: avoid; }\n"
    ".station { break-before: page; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { padding: 1px 6px; border-bottom: 1px solid #ddd; "
    "text-align: right; }\n"
    "th:first-child, td:first-child { text-align: left; }\n"
    "svg { display: block; margin: 0.4em 0; }\n"
    ".bar { fill: #3b7dd8; } .label { font-size: 9px; }\n"
    "p.miss { font-size: 9pt; }\n";

/* An SVG chart of horizontal bars for the figures of one group. */
static void
html_chart(FILE *fp, const struct sg_report *r, int st, size_t first,
    size_t n)
{
	char	 a[40], label[160];
	size_t	 i, rows = 0;
	double	 share;
	int	 y;

	for (i = first; i < r->nfig && i < first + n; i++)
		if (bar_share(r, &r->fig[i], st) >= 0)
			rows++;
	if (rows == 0)
		return;
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" "
	    "height=\"%zu\" viewBox=\"0 0 640 %zu\" role=\"img\">\n",
	    rows * 16 + 4, rows * 16 + 4);
	for (i = first, y = 2; i < r->nfig && i < first + n; i++) {
		const struct sg_fig *f = &r->fig[i];

		if ((share = bar_share(r, f, st)) < 0)
			continue;
		fprintf(fp, "<text class=\"label\" x=\"0\" y=\"%d\">", y + 11);
		html_put(fp, r->zh ? metric_label(label, sizeof(label),
		    f->metric, 1) : f->metric);
		fprintf(fp, "</text><rect class=\"bar\" x=\"240\" y=\"%d\" "
		    "width=\"%.1f\" height=\"12\"/><text class=\"label\" "
		    "x=\"%.1f\" y=\"%d\">%s</text>\n", y, share * 340,
		    244 + share * 340, y + 11,
		    human_str(a, sizeof(a), f, st, 0));
		y += 16;
	}
	fputs("</svg>\n", fp);
}

/* The missed ids, a paragraph per rule. */
static void
html_misses(FILE *fp, const struct sg_report *r, int st, int kind,
    const char *what)
{
	size_t	 i, j;

	for (i = 0; i < r->nmiss; i++) {
		const struct sg_miss *m = &r->miss[i];

		if (m->st != st || m->kind != kind || !first_miss(r, i))
			continue;
		fprintf(fp, "<p class=\"miss\">%s ", what);
		html_put(fp, m->rule);
		fputs(":", fp);
		for (j = i; j < r->nmiss; j++)
			if (same_miss(r, i, j))
				fprintf(fp, " %lld", (long long)r->miss[j].id);
		fputs("</p>\n", fp);
	}
}

static void
html_station(FILE *fp, const struct sg_report *r, int st, const char *name)
{
	char	 a[40], b[40], c[40], f1[16], f2[16], label[160];
	size_t	 s, i, j, g;

	fputs("<div class=\"station\">\n<h2>", fp);
	html_put(fp, name);
	fprintf(fp, " <small>%s %s %s</small></h2>\n",
	    sg_date_str(f1, r->cur.from), L(r, "to", "至"),
	    sg_date_str(f2, r->cur.to));
	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++) {
		if (quiet_section(r, s))
			continue;
		if (r->zh)
			fprintf(fp, "<section>\n<h3>%s</h3>\n<table>\n<tr>"
			    "<th>指标</th><th>%s</th><th>%s</th><th>变化</th>"
			    "</tr>\n", sections[s].zh, cur_head(r),
			    prev_head(r));
		else
			fprintf(fp, "<section>\n<h3>%s %s</h3>\n<table>\n"
			    "<tr><th>metric</th><th>%s</th><th>%s</th><th>"
			    "change</th></tr>\n", sections[s].key,
			    sections[s].zh, r->curname, r->prevname);
		for (i = 0; i < r->nfig; i++) {
			const struct sg_fig *f = &r->fig[i];

			if (strcmp(f->section, sections[s].key) != 0)
				continue;
			fputs("<tr><td>", fp);
			html_put(fp, r->zh ? metric_label(label, sizeof(label),
			    f->metric, 1) : f->metric);
			if (*judged_str(label, sizeof(label), r, f, st) != '\0')
				fprintf(fp, "%s%s <small>%s</small>", r->zh ?
				    "" : " ", r->zh ? "" : gloss(f->metric),
				    label);
			else
				fprintf(fp, "%s%s", r->zh ? "" : " ",
				    r->zh ? "" : gloss(f->metric));
			fprintf(fp, "</td><td>%s</td><td>%s</td><td>%s"
			    "</td></tr>\n",
			    human_str(a, sizeof(a), f, st, 0),
			    human_str(b, sizeof(b), f, st, 1),
			    change_str(c, sizeof(c), f, st));
		}
		fputs("</table>\n", fp);
		/* one chart per group of bars, and one of the rates */
		for (i = 0; i < r->nfig; i = j) {
			const struct sg_fig *f = &r->fig[i];

			g = group_len(f);
			for (j = i + 1; j < r->nfig &&
			    strcmp(r->fig[j].section, f->section) == 0 &&
			    (g > 0 ? group_len(&r->fig[j]) == g &&
			    strncmp(r->fig[j].metric, f->metric, g) == 0 :
			    group_len(&r->fig[j]) == 0); j++)
				continue;
			if (strcmp(f->section, sections[s].key) == 0)
				html_chart(fp, r, st, i, j - i);
		}
		if (st < r->nst && strcmp(sections[s].key, "visit_rate") == 0)
			html_misses(fp, r, st, 0, L(r, "not visited,",
			    "未探访，"));
		if (st < r->nst && strcmp(sections[s].key, "coverage") == 0)
			html_misses(fp, r, st, 1, L(r, "missed,", "漏访，"));
		fputs("</section>\n", fp);
	}
	fputs("</div>\n", fp);
}

static void
print_html(FILE *fp, const struct sg_report *r)
{
	char	 a[16], b[16], t[16];
	int	 st;

	fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n<title>", fp);
	html_put(fp, r->nst == 1 ? r->station[0] : L(r, "all stations",
	    "全部社工站"));
	fprintf(fp, " %s %s</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<h1>", title(r), r->curname, html_style);
	html_put(fp, r->nst == 1 ? r->station[0] : L(r, "all stations",
	    "全部社工站"));
	fprintf(fp, L(r, " %s %s</h1>\n<p>previous: %s to %s; as of %s</p>\n",
	    " %s %s</h1>\n<p>上期：%s 至 %s；截至 %s</p>\n"),
	    title(r), r->curname, sg_date_str(a, r->prev.from),
	    sg_date_str(b, r->prev.to), sg_date_str(t, r->today));
	if (r->nst > 1)
		html_station(fp, r, r->nst, L(r, "all stations", "全部社工站"));
	for (st = 0; st < r->nst; st++)
		html_station(fp, r, st, r->station[st]);
	fputs("</body>\n</html>\n", fp);
}

/* One figure's row: the station (when several), section, metric, values. */
static const struct sg_error *
fig_row(struct sg_list *o, const struct sg_report *r, int st, size_t i)
{
	const struct sg_fig	*f = &r->fig[i];
	const char		*vals[5];
	char			 a[40], b[40];
	int			 k = 0;

	if (r->nst > 1)
		vals[k++] = r->station[st];
	vals[k++] = f->section;
	vals[k++] = f->metric;
	vals[k++] = data_str(a, sizeof(a), f, st, 0);
	vals[k++] = data_str(b, sizeof(b), f, st, 1);
	return sg_list_row(o, vals);
}

/*
 * -o xlsx: a sheet per section (every station's rows, the total last),
 * then with several databases a sheet per station and one of the total
 * (named as the rows name them).
 */
static const struct sg_error *
xlsx_sheets(const struct sg_report *r, struct sg_list *o)
{
	const struct sg_error	*err = NULL;
	int			 multi = r->nst > 1, st;
	size_t			 s, i;

	for (s = 0; s < sizeof(sections) / sizeof(sections[0]); s++) {
		for (i = 0; i < r->nfig; i++)
			if (strcmp(r->fig[i].section, sections[s].key) == 0)
				break;
		if (i == r->nfig)
			continue;
		if ((err = sg_out_sheet(&o->out, r->zh ? sections[s].zh :
		    sections[s].key)) != NULL)
			return err;
		for (st = 0; st <= (multi ? r->nst : 0) &&
		    err == NULL; st++)
			for (i = 0; i < r->nfig && err == NULL; i++)
				if (strcmp(r->fig[i].section,
				    sections[s].key) == 0)
					err = fig_row(o, r, st, i);
	}
	for (st = 0; multi && st <= r->nst && err == NULL; st++) {
		if ((err = sg_out_sheet(&o->out, r->station[st])) != NULL)
			break;
		for (i = 0; i < r->nfig && err == NULL; i++)
			err = fig_row(o, r, st, i);
	}
	return err;
}

/* One row per figure through out.c, in the columns of -c. */
static const struct sg_error *
print_rows(struct sg_ctx *ctx, const struct sg_report *r)
{
	const struct sg_error	*err = NULL;
	struct sg_list		 o;
	const char		*vals[5];
	char			 a[40], b[40];
	int			 multi = r->nst > 1, st, k;
	size_t			 i;

	if ((err = sg_list_begin(ctx, &o, figure_cols + !multi, 4 + multi,
	    ctx->verb->name)) != NULL)
		return err;
	if (ctx->fmt == SG_FMT_XLSX)
		return sg_list_end(&o, xlsx_sheets(r, &o));
	for (st = 0; st <= (multi ? r->nst : 0) && err == NULL;
	    st++)
		for (i = 0; i < r->nfig && err == NULL; i++) {
			const struct sg_fig *f = &r->fig[i];

			k = 0;
			if (multi)
				vals[k++] = r->station[st];
			vals[k++] = f->section;
			vals[k++] = f->metric;
			vals[k++] = data_str(a, sizeof(a), f, st, 0);
			vals[k++] = data_str(b, sizeof(b), f, st, 1);
			err = sg_list_row(&o, vals);
		}
	return sg_list_end(&o, err);
}

/* Sort the figures by section order, keeping their order within one. */
static int
section_rank(const char *s)
{
	size_t	 i;

	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		if (strcmp(sections[i].key, s) == 0)
			return (int)i;
	return (int)i;
}

static void
sort_figs(struct sg_report *r)
{
	struct sg_fig	 tmp;
	size_t		 i, j;

	/* insertion sort: stable, and the list is nearly in order */
	for (i = 1; i < r->nfig; i++) {
		for (j = i; j > 0 && section_rank(r->fig[j - 1].section) >
		    section_rank(r->fig[j].section); j--) {
			tmp = r->fig[j];
			r->fig[j] = r->fig[j - 1];
			r->fig[j - 1] = tmp;
		}
	}
}

const struct sg_error *
sg_page_print(struct sg_ctx *ctx, struct sg_report *r)
{
	FILE	*fp = ctx->out;

	/* a page has no columns to choose: refuse -c rather than ignore it */
	if (ctx->columns != NULL && (ctx->fmt == SG_FMT_DEFAULT ||
	    ctx->fmt == SG_FMT_TEXT || ctx->fmt == SG_FMT_TABLE ||
	    ctx->fmt == SG_FMT_MARKDOWN || ctx->fmt == SG_FMT_HTML))
		return sg_error_fmt("-c: not available for the %s page: use "
		    "-o tsv, csv or json", ctx->fmt == SG_FMT_DEFAULT ? "text" :
		    sg_format_name(ctx->fmt));
	sort_figs(r);
	r->zh = sg_ctx_labels(ctx, ctx->fmt == SG_FMT_DEFAULT ? SG_FMT_TEXT :
	    ctx->fmt) == SG_LABELS_ZH;
	switch (ctx->fmt) {
	case SG_FMT_DEFAULT:
	case SG_FMT_TEXT:
	case SG_FMT_TABLE:
		print_text(fp, r);
		break;
	case SG_FMT_MARKDOWN:
		print_markdown(fp, r);
		break;
	case SG_FMT_HTML:
		print_html(fp, r);
		break;
	default:
		return print_rows(ctx, r);
	}
	return ferror(fp) ? sg_error_errno("write error") : NULL;
}

/* Chinese names of the kinds of service, for the certificate. */
static const char *
service_label(const char *source, const char *kind)
{
	static const char *const map[][3] = {
		{ "visit", "routine", "上门走访" },
		{ "visit", "follow-up", "回访" },
		{ "visit", "holiday", "节日慰问" },
		{ "visit", "case", "个案服务" },
		{ "visit", "supervision", "督导" },
		{ "event", "festival", "节日活动" },
		{ "event", "culture", "文化活动" },
		{ "event", "health", "健康讲座" },
		{ "event", "clinic", "义诊" },
		{ "event", "group", "小组活动" },
		{ "event", "training", "培训" },
		{ "event", "interest", "兴趣活动" },
		{ "event", "other", "其他活动" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], source) == 0 &&
		    strcmp(map[i][1], kind) == 0)
			return map[i][2];
	return kind;
}

/* A config value, or a default when it is not set. */
static const char *
or(const char *s, const char *dflt)
{
	return s != NULL ? s : dflt;
}

/* The certificate of a volunteer's service, in Chinese as issued. */
const struct sg_error *
sg_page_certificate(struct sg_ctx *ctx, const struct sg_certificate *c)
{
	const struct sg_config	*cfg = ctx->cfg;
	FILE			*fp = ctx->out;
	const char		*station = or(cfg->station_name, "本社工站");
	int			 md = ctx->fmt == SG_FMT_MARKDOWN;
	size_t			 i;

	fprintf(fp, "%s志愿服务证明\n\n证明编号：%s\n\n"
	    "兹证明 %s（身份证号：%s，志愿者编号：%s）于 %s 至 %s 期间"
	    "在%s参加志愿服务，累计服务时长 %s 小时。\n\n服务内容：\n",
	    md ? "# " : "", c->number, c->name, or(c->id_number, "未登记"),
	    or(c->vol_number, "未登记"), c->from, c->to, station, c->total);
	for (i = 0; i < c->nlines; i++)
		fprintf(fp, "%s%s %d 次，%s 小时\n", md ? "- " : "  ",
		    service_label(c->lines[i].source, c->lines[i].kind),
		    c->lines[i].count, c->lines[i].hours);
	if (c->nlines == 0)
		fputs(md ? "- 无\n" : "  无\n", fp);
	fprintf(fp, "\n特此证明。\n\n出具单位：%s%s%s%s\n负责人：%s\n"
	    "经办人：%s\n联系电话：%s\n出具日期：%s\n", station,
	    cfg->station_operator ? "（" : "", or(cfg->station_operator, ""),
	    cfg->station_operator ? "）" : "", or(cfg->station_leader, ""),
	    c->clerk, or(cfg->station_contact, ""), c->issued);
	return ferror(fp) ? sg_error_errno("write error") : NULL;
}

static const int figure_pick[] = { 1, 2, 3, 4 };


/* ------------------------------------------------------------ projects */

/* report project as rows (tsv, csv, json, yaml, xlsx). */
static const struct sg_col progress_cols[] = {
	{ .key = "project", .zh = "项目", .en = "Project" },
	{ .key = "part", .zh = "板块", .en = "Part" },
	{ .key = "target", .zh = "指标", .en = "Target" },
	{ .key = "goal", .zh = "目标", .en = "Goal", .kind = SG_COL_NUM },
	{ .key = "done", .zh = "完成", .en = "Done", .kind = SG_COL_NUM },
	{ .key = "percent", .zh = "完成率", .en = "Percent",
	    .kind = SG_COL_NUM },
	{ .key = "per_week", .zh = "每周需完成", .en = "Per week",
	    .kind = SG_COL_NUM },
	{ .key = "from", .zh = "开始", .en = "From" },
	{ .key = "to", .zh = "结束", .en = "To" },
	{ .key = "as_of", .zh = "截至", .en = "As of" },
};

/* A row's numbers as data: goal, done, percent, pace ("" for none). */
static void
prow_strs(const struct sg_prow *w, char goal[40], char done[40],
    char pct[40], char pace[40])
{
	sg_num_str(goal, 40, w->tg->goal);
	if (w->kind == SG_FIG_RATE)
		snprintf(done, 40, "%.1f", w->den > 0 ?
		    round(1000.0 * w->done / w->den) / 10 : 0);
	else
		sg_num_str(done, 40, w->done);
	snprintf(pct, 40, "%.1f", w->percent);
	if (w->pace < 0)
		pace[0] = '\0';
	else
		snprintf(pace, 40, "%.1f", w->pace);
}

/* A target's name on a page: "home_visits 上门探访", or 上门探访. */
static char *
target_label(char *buf, size_t size, const char *what, int zh)
{
	const char	*g = gloss(what);

	if (zh)
		snprintf(buf, size, "%s", *g != '\0' ? g : what);
	else
		snprintf(buf, size, "%s %s", what, g);
	return buf;
}

/* Is row i the first of its project (and part)? */
static int
first_of(const struct sg_progress *g, size_t i, int part)
{
	return i == 0 || g->rows[i - 1].pj != g->rows[i].pj ||
	    (part && g->rows[i - 1].pt != g->rows[i].pt);
}

/* The first lines of a project's page. */
static void
project_head(FILE *fp, const struct sg_prow *w, int zh, int md)
{
	char	 a[16], b[16], c[16];
	long	 days = (long)w->period.to - w->period.from + 1;
	long	 gone = (long)w->asof - w->period.from + 1;

	if (gone < 0)
		gone = 0;
	fprintf(fp, zh ? "%s%s 项目进度\n%s周期  %s 至 %s\n%s截至  %s（%ld/%ld "
	    "天）\n" : "%s%s project progress\n%speriod  %s to %s\n%sas of   "
	    "%s (day %ld of %ld)\n", md ? "# " : "", w->pj->name,
	    md ? "\n" : "", sg_date_str(a, w->period.from),
	    sg_date_str(b, w->period.to), md ? "\n" : "",
	    sg_date_str(c, w->asof), gone, days);
}

static void
text_project(FILE *fp, const struct sg_progress *g, int zh)
{
	char	 a[40], b[40], c[40], d[40], label[160];
	size_t	 i;
	int	 n;

	for (i = 0; i < g->n; i++) {
		const struct sg_prow *w = &g->rows[i];

		if (first_of(g, i, 0)) {
			if (i > 0)
				fputs("\f\n", fp);
			project_head(fp, w, zh, 0);
		}
		if (first_of(g, i, 1)) {
			fprintf(fp, "\n%s", w->pt->name);
			pad(fp, 2 + LABELW - sg_utf8_width(w->pt->name));
			right(fp, zh ? "目标" : "goal", NUMW);
			right(fp, zh ? "完成" : "done", NUMW);
			right(fp, zh ? "完成率" : "percent", NUMW);
			right(fp, zh ? "每周需完成" : "per week", NUMW + 2);
			putc('\n', fp);
		}
		prow_strs(w, a, b, c, d);
		target_label(label, sizeof(label), w->tg->what, zh);
		fprintf(fp, "  %s", label);
		n = sg_utf8_width(label);
		pad(fp, LABELW - n);
		if (w->kind == SG_FIG_RATE) {
			strcat(a, "%");
			strcat(b, "%");
		}
		strcat(c, "%");
		right(fp, a, NUMW);
		right(fp, b, NUMW);
		right(fp, c, NUMW);
		right(fp, d[0] != '\0' ? d : "-", NUMW + 2);
		putc('\n', fp);
	}
}

static void
md_project(FILE *fp, const struct sg_progress *g, int zh)
{
	char	 a[40], b[40], c[40], d[40], label[160];
	size_t	 i;

	for (i = 0; i < g->n; i++) {
		const struct sg_prow *w = &g->rows[i];

		if (first_of(g, i, 0)) {
			if (i > 0)
				putc('\n', fp);
			project_head(fp, w, zh, 1);
		}
		if (first_of(g, i, 1)) {
			fputs("\n## ", fp);
			md_put(fp, w->pt->name);
			fprintf(fp, zh ? "\n\n| 指标 | 目标 | 完成 | 完成率 | "
			    "每周需完成 |\n|---|--:|--:|--:|--:|\n" :
			    "\n\n| target | goal | done | percent | per week "
			    "|\n|---|--:|--:|--:|--:|\n");
		}
		prow_strs(w, a, b, c, d);
		fputs("| ", fp);
		md_put(fp, target_label(label, sizeof(label), w->tg->what,
		    zh));
		fprintf(fp, " | %s%s | %s%s | %s%% | %s |\n", a,
		    w->kind == SG_FIG_RATE ? "%" : "", b,
		    w->kind == SG_FIG_RATE ? "%" : "", c, d[0] ? d : "-");
	}
}

static void
html_project(FILE *fp, const struct sg_progress *g, int zh)
{
	char	 a[40], b[40], c[40], d[40], label[160], f1[16], f2[16];
	size_t	 i;

	fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\"/>\n<title>", fp);
	if (g->n > 0)
		html_put(fp, g->rows[0].pj->name);
	fprintf(fp, " %s</title>\n<style>\n%s</style>\n</head>\n<body>\n",
	    zh ? "项目进度" : "project progress", html_style);
	for (i = 0; i < g->n; i++) {
		const struct sg_prow *w = &g->rows[i];

		if (first_of(g, i, 1) && i > 0)
			fputs("</table>\n</section>\n", fp);
		if (first_of(g, i, 0)) {
			if (i > 0)
				fputs("</div>\n", fp);
			fputs("<div class=\"station\">\n<h1>", fp);
			html_put(fp, w->pj->name);
			fprintf(fp, " %s</h1>\n<p>%s %s %s; %s %s</p>\n",
			    zh ? "项目进度" : "project progress",
			    sg_date_str(f1, w->period.from), zh ? "至" : "to",
			    sg_date_str(f2, w->period.to), zh ? "截至" :
			    "as of", sg_date_str(a, w->asof));
		}
		if (first_of(g, i, 1)) {
			fputs("<section>\n<h3>", fp);
			html_put(fp, w->pt->name);
			fprintf(fp, "</h3>\n<table>\n<tr><th>%s</th><th>%s</th>"
			    "<th>%s</th><th>%s</th><th>%s</th></tr>\n",
			    zh ? "指标" : "target", zh ? "目标" : "goal",
			    zh ? "完成" : "done", zh ? "完成率" : "percent",
			    zh ? "每周需完成" : "per week");
		}
		prow_strs(w, a, b, c, d);
		fputs("<tr><td>", fp);
		html_put(fp, target_label(label, sizeof(label), w->tg->what,
		    zh));
		fprintf(fp, "</td><td>%s%s</td><td>%s%s</td><td>%s%%</td>"
		    "<td>%s</td></tr>\n", a, w->kind == SG_FIG_RATE ? "%" : "",
		    b, w->kind == SG_FIG_RATE ? "%" : "", c, d[0] ? d : "-");
	}
	if (g->n > 0)
		fputs("</table>\n</section>\n</div>\n", fp);
	fputs("</body>\n</html>\n", fp);
}

/* report project as rows through out.c. */
static const struct sg_error *
rows_project(struct sg_ctx *ctx, const struct sg_progress *g)
{
	const struct sg_error	*err;
	struct sg_list		 o;
	const char		*vals[10];
	char			 a[40], b[40], c[40], d[40], f[16], t[16], s[16];
	size_t			 i;

	if ((err = sg_list_begin(ctx, &o, progress_cols,
	    SG_NCOLS(progress_cols), ctx->verb->name)) != NULL)
		return err;
	for (i = 0; i < g->n && err == NULL; i++) {
		const struct sg_prow *w = &g->rows[i];

		prow_strs(w, a, b, c, d);
		vals[0] = w->pj->name;
		vals[1] = w->pt->name;
		vals[2] = w->tg->what;
		vals[3] = a;
		vals[4] = b;
		vals[5] = c;
		vals[6] = d;
		vals[7] = sg_date_str(f, w->period.from);
		vals[8] = sg_date_str(t, w->period.to);
		vals[9] = sg_date_str(s, w->asof);
		err = sg_list_row(&o, vals);
	}
	return sg_list_end(&o, err);
}

/* Print the progress of projects in the invocation's format. */
const struct sg_error *
sg_page_project(struct sg_ctx *ctx, const struct sg_progress *g)
{
	FILE	*fp = ctx->out;
	int	 zh;

	if (ctx->columns != NULL && (ctx->fmt == SG_FMT_DEFAULT ||
	    ctx->fmt == SG_FMT_TEXT || ctx->fmt == SG_FMT_TABLE ||
	    ctx->fmt == SG_FMT_MARKDOWN || ctx->fmt == SG_FMT_HTML))
		return sg_error_fmt("-c: not available for the %s page: use "
		    "-o tsv, csv or json", ctx->fmt == SG_FMT_DEFAULT ? "text" :
		    sg_format_name(ctx->fmt));
	zh = sg_ctx_labels(ctx, ctx->fmt == SG_FMT_DEFAULT ? SG_FMT_TEXT :
	    ctx->fmt) == SG_LABELS_ZH;
	switch (ctx->fmt) {
	case SG_FMT_DEFAULT:
	case SG_FMT_TEXT:
	case SG_FMT_TABLE:
		text_project(fp, g, zh);
		break;
	case SG_FMT_MARKDOWN:
		md_project(fp, g, zh);
		break;
	case SG_FMT_HTML:
		html_project(fp, g, zh);
		break;
	default:
		return rows_project(ctx, g);
	}
	return ferror(fp) ? sg_error_errno("write error") : NULL;
}

/* The lists of report(1) pages in tsv and json declared here (see columns.c). */
const struct sg_listdecl sg_page_lists[] = {
	{ .cmd = "report", .verb = "monthly", .cols = figure_cols,
	    .ncols = SG_NCOLS(figure_cols), .pick = figure_pick,
	    .npick = SG_NCOLS(figure_pick) },
	{ .cmd = "report", .verb = "period", .cols = figure_cols,
	    .ncols = SG_NCOLS(figure_cols), .pick = figure_pick,
	    .npick = SG_NCOLS(figure_pick) },
	{ .cmd = "report", .verb = "project", .cols = progress_cols,
	    .ncols = SG_NCOLS(progress_cols) },
	{ .cmd = NULL }
};
