/*
 * goods.c -- the goods partners give (mooncakes, rice and oil for the
 * festival rounds, gas alarms for a case): received as a lot from a
 * partner (event partner give), handed out on a visit, at an event or
 * for a case, each hand-out taken from the oldest lots first so that
 * every item handed out is known by the partner who gave it; what is
 * left (event partner stock).  Nothing goes below zero.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/* event partner stock */
static const struct sg_col stock_cols[] = {
	{ .key = "item", .zh = "物品", .en = "Item" },
	{ .key = "unit", .zh = "单位", .en = "Unit" },
	{ .key = "received", .zh = "接收", .en = "Received",
	    .kind = SG_COL_NUM },
	{ .key = "given", .zh = "发放", .en = "Given", .kind = SG_COL_NUM },
	{ .key = "stock", .zh = "库存", .en = "Stock", .kind = SG_COL_NUM },
	{ .key = "value", .zh = "价值（元）", .en = "Value (yuan)",
	    .kind = SG_COL_NUM },
	{ .key = "partners", .zh = "捐赠方", .en = "Partners" },
};

/* What is left of each lot: id, partner, date, left. */
#define LOT_LEFT \
	"g.qty - coalesce((SELECT sum(o.qty) FROM goods_out o WHERE " \
	"o.in_id = g.id), 0)"

/* A number as people write it: 200, 2.5 (at most two decimals). */
#define NUM(x) \
	"iif(round(" x ", 2) = CAST(" x " AS INTEGER), CAST(" x " AS " \
	"INTEGER), round(" x ", 2))"

/* A quantity: a plain decimal more than 0 (at most two decimals). */
static const struct sg_error *
qty_parse(const char *what, const char *s, double *out)
{
	char	*end;

	*out = s != NULL ? strtod(s, &end) : 0;
	if (s == NULL || *s == '\0' || *end != '\0' || !(*out > 0) ||
	    *out > 1e9 || !sg_plain_decimal(s, 1) ||
	    (strchr(s, '.') != NULL && strlen(strchr(s, '.') + 1) > 2))
		return sg_error_fmt("%s: '%s': expected a number more than 0",
		    what, s != NULL ? s : "");
	return NULL;
}

/* The unit an item is counted in so far (NULL: none yet or no unit). */
static const struct sg_error *
item_unit(struct sg_ctx *ctx, const char *item, char *unit, size_t size,
    int *known)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	const char		*u;

	*known = 0;
	unit[0] = '\0';
	if ((err = sg_db_prepare(ctx, &st, "SELECT unit FROM goods_in WHERE "
	    "item = ? ORDER BY id LIMIT 1")) != NULL)
		return err;
	sqlite3_bind_text(st, 1, item, -1, SQLITE_STATIC);
	if (sg_db_row(st, &err)) {
		*known = 1;
		if ((u = (const char *)sqlite3_column_text(st, 0)) != NULL)
			snprintf(unit, size, "%s", u);
	}
	sqlite3_finalize(st);
	return err;
}

/* event partner give PARTNER --item X --qty N [--unit U] [--value Y] */
const struct sg_error *
sg_goods_receive(struct sg_ctx *ctx, const char *partner,
    const struct sg_goods_opts *o)
{
	const struct sg_error	*err;
	char			 day[16], unit[128];
	double			 qty, value;
	int64_t			 pid;
	int32_t			 d;
	int			 known;

	if (o->item == NULL || *o->item == '\0')
		return sg_error_usage("give: --item is required");
	if (o->qty == NULL)
		return sg_error_usage("give: --qty is required");
	if (!sg_utf8_valid(o->item, strlen(o->item)) || strlen(o->item) > 200 ||
	    strchr(o->item, ':') != NULL)
		return sg_error_fmt("item: '%s': at most 200 bytes of text, "
		    "no ':'", o->item);
	if (o->unit != NULL && (!sg_utf8_valid(o->unit, strlen(o->unit)) ||
	    strlen(o->unit) > 32 || *o->unit == '\0'))
		return sg_error_fmt("unit: '%s': at most 32 bytes of text",
		    o->unit);
	if ((err = qty_parse("qty", o->qty, &qty)) != NULL ||
	    (o->value != NULL && strcmp(o->value, "0") != 0 &&
	    (err = qty_parse("value", o->value, &value)) != NULL))
		return err;
	if ((err = sg_date_parse(&d, o->date ? o->date : "today",
	    ctx->today)) != NULL)
		return sg_error_fmt("date: %s", err->msg);
	if (d > ctx->today)
		return sg_error_fmt("date: %s is in the future",
		    sg_date_str(day, d));
	sg_date_str(day, d);
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_partner_find(ctx, partner, &pid)) != NULL ||
	    (err = item_unit(ctx, o->item, unit, sizeof(unit), &known)))
		return err;
	if (known && strcmp(unit, o->unit != NULL ? o->unit : unit) != 0)
		return sg_error_fmt("unit: '%s' is counted in '%s', not '%s'",
		    o->item, unit[0] ? unit : "-", o->unit);
	if ((err = sg_db_run(ctx, "INSERT INTO goods_in (partner_id, date, "
	    "item, qty, unit, value, note) VALUES (?, ?, ?, CAST(? AS REAL), "
	    "?, CAST(? AS REAL), ?)", "ittttt" "t", pid, day, o->item, o->qty,
	    known ? (unit[0] ? unit : NULL) : o->unit,
	    o->value, o->note)) != NULL)
		return err;
	return sg_print_id(ctx, sqlite3_last_insert_rowid(ctx->db));
}

/* Take qty of item, dated day, from the oldest lots with any left. */
static const struct sg_error *
take(struct sg_ctx *ctx, const char *on, int64_t id, const char *day,
    const char *item, double qty)
{
	static const char lots[] =
	    "SELECT g.id, " LOT_LEFT " FROM goods_in g WHERE g.item = ?1 AND "
	    "g.date <= ?2 ORDER BY g.date, g.id";
	static const char *const ins[] = {
	    "INSERT INTO goods_out (in_id, date, qty, visit_id) VALUES "
	    "(?, ?, ?, ?)",
	    "INSERT INTO goods_out (in_id, date, qty, event_id) VALUES "
	    "(?, ?, ?, ?)",
	    "INSERT INTO goods_out (in_id, date, qty, case_id) VALUES "
	    "(?, ?, ?, ?)",
	};
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;
	int64_t			 lot[256];
	double			 left[256], have = 0, t;
	char			 unit[128], n1[40], n2[40];
	int			 n = 0, i, known, k;

	k = strcmp(on, "visit") == 0 ? 0 : strcmp(on, "event") == 0 ? 1 : 2;
	if ((err = sg_db_prepare(ctx, &st, lots)) != NULL)
		return err;
	sqlite3_bind_text(st, 1, item, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
	while (n < 256 && sg_db_row(st, &err)) {
		if (sqlite3_column_double(st, 1) <= 0)
			continue;
		lot[n] = sqlite3_column_int64(st, 0);
		left[n] = sqlite3_column_double(st, 1);
		have += left[n++];
	}
	sqlite3_finalize(st);
	if (err != NULL ||
	    (err = item_unit(ctx, item, unit, sizeof(unit), &known)) != NULL)
		return err;
	if (!known)
		return sg_error_fmt("gave: no '%s' received (event partner "
		    "give PARTNER --item %s ...)", item, item);
	if (have + 1e-9 < qty)
		return sg_error_fmt("gave: %s: %s %s in stock on %s, not %s",
		    item, sg_num_str(n1, sizeof(n1), have), unit[0] ? unit :
		    "", day, sg_num_str(n2, sizeof(n2), qty));
	for (i = 0; i < n && qty > 1e-9 && err == NULL; i++) {
		t = left[i] < qty ? left[i] : qty;
		qty -= t;
		err = sg_db_run(ctx, ins[k], "itti", lot[i], day,
		    sg_num_str(n1, sizeof(n1), t), id);
	}
	return err;
}

/*
 * Hand out goods on a visit, at an event or for a case (on: "visit",
 * "event", "case"; id the record; day its date, or today when NULL):
 * specs are ITEM:QTY.
 */
const struct sg_error *
sg_goods_hand(struct sg_ctx *ctx, const char *on, int64_t id,
    const char *day, const char *const *specs, int n)
{
	static const char *const exists[] = {
	    "SELECT count(*) FROM visit WHERE id = ?",
	    "SELECT count(*) FROM event WHERE id = ?",
	    "SELECT count(*) FROM elder_case WHERE id = ?",
	};
	const struct sg_error	*err;
	const char		*colon;
	char			 item[256], today[16];
	double			 qty;
	int64_t			 found;
	int32_t			 d;
	int			 i, k;

	if (n == 0)
		return NULL;
	k = strcmp(on, "visit") == 0 ? 0 : strcmp(on, "event") == 0 ? 1 : 2;
	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_db_int(ctx, &found, exists[k], id)) != NULL)
		return err;
	if (found == 0)
		return sg_error_fmt("unknown %s id %lld", k == 2 ? "case" : on,
		    (long long)id);
	if ((err = sg_date_parse(&d, day ? day : "today", ctx->today)))
		return sg_error_fmt("date: %s", err->msg);
	if (d > ctx->today)
		return sg_error_fmt("date: %s is in the future",
		    sg_date_str(today, d));
	day = sg_date_str(today, d);
	for (i = 0; i < n; i++) {
		colon = strrchr(specs[i], ':');
		if (colon == NULL || colon == specs[i] ||
		    (size_t)(colon - specs[i]) >= sizeof(item))
			return sg_error_fmt("gave: '%s': expected ITEM:QTY",
			    specs[i]);
		memcpy(item, specs[i], colon - specs[i]);
		item[colon - specs[i]] = '\0';
		if ((err = qty_parse("gave", colon + 1, &qty)) != NULL ||
		    (err = take(ctx, on, id, day, item, qty)) != NULL)
			return err;
	}
	return NULL;
}

/* event partner stock [ITEM]: what is left of each item. */
const struct sg_error *
sg_goods_stock(struct sg_ctx *ctx, const char *item)
{
	static const char sql[] =
	    "SELECT g.item, g.unit, " NUM("sum(g.qty)") ", "
	    NUM("sum(g.qty - (" LOT_LEFT "))") ", " NUM("sum(" LOT_LEFT ")")
	    ", " NUM("sum(g.value)") ", (SELECT group_concat(name, ',') FROM "
	    "(SELECT DISTINCT p.name FROM goods_in x JOIN partner p ON "
	    "p.id = x.partner_id WHERE x.item = g.item ORDER BY p.name)) "
	    "FROM goods_in g WHERE ?1 IS NULL OR g.item = ?1 "
	    "GROUP BY g.item ORDER BY g.item";
	const struct sg_error	*err;
	sqlite3_stmt		*st;

	if ((err = sg_ctx_open(ctx)) != NULL ||
	    (err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	sg_bind_text(st, 1, item);
	err = sg_print_stmt(ctx, st, stock_cols, SG_NCOLS(stock_cols), 0);
	sqlite3_finalize(st);
	return err;
}

/* The lists of goods.c (see columns.c). */
const struct sg_listdecl sg_goods_lists[] = {
	{ .cmd = "event", .verb = "partner", .sub = "stock",
	    .cols = stock_cols, .ncols = SG_NCOLS(stock_cols) },
	{ .cmd = "event", .verb = "partner", .sub = "give",
	    .cols = sg_id_col, .ncols = 1 },
	{ .cmd = NULL }
};
