/*
 * changes.c -- report changes: who changed what, from the change log the
 * triggers of schema.sql keep.  One row per changed field of a changed
 * record; ID numbers masked unless --reveal: here the id_number fields
 * (whatever their form), by the output (out.c) wherever else they appear
 * (a command line, a note).
 */
#include <stdlib.h>
#include <string.h>

#include "sg.h"

/*
 * A field is listed when an update changed it, or when an insert or a
 * delete gave it a value.  ->> reads a field of the JSON row by name.
 */
static const char changes_sql[] =
    "SELECT c.id, c.ts, c.user, c.tbl, c.record, c.op, k.key, "
    "CASE WHEN k.key = 'id_number' THEN sg_mask(c.old ->> k.key) "
    "ELSE c.old ->> k.key END, "
    "CASE WHEN k.key = 'id_number' THEN sg_mask(c.new ->> k.key) "
    "ELSE c.new ->> k.key END, c.command "
    "FROM changelog c, json_each(coalesce(c.new, c.old)) k "
    "WHERE (?1 IS NULL OR c.ts >= ?1) AND (?2 IS NULL OR c.tbl = ?2) "
    "AND (?3 IS NULL OR c.record = ?3) "
    "AND CASE c.op WHEN 'update' THEN (c.old ->> k.key) IS NOT "
    "(c.new ->> k.key) ELSE k.type <> 'null' END "
    "ORDER BY c.id, k.id";

/* Split "TABLE[:ID]" and check the table keeps a change log. */
static const struct sg_error *
parse_record(struct sg_ctx *ctx, const char *spec, char **tbl, int64_t *id,
    int *hasid)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	const char		*colon = strchr(spec, ':');
	int			 found;

	*hasid = 0;
	if ((*tbl = strndup(spec, colon ? (size_t)(colon - spec) :
	    strlen(spec))) == NULL)
		return sg_error_errno("changes");
	if (colon != NULL) {
		if ((err = sg_id_parse(id, colon + 1, "--record")) != NULL)
			return err;
		*hasid = 1;
	}
	if ((err = sg_db_prepare(ctx, &st, "SELECT 1 FROM sqlite_schema "
	    "WHERE type = 'trigger' AND name = ?1 || '_log_insert'")) != NULL)
		return err;
	sqlite3_bind_text(st, 1, *tbl, -1, SQLITE_STATIC);
	found = sg_db_row(st, &err);
	sqlite3_finalize(st);
	if (err != NULL)
		return err;
	if (!found)
		return sg_error_usage("changes: --record: '%s' is not a "
		    "table shegong keeps (elder, visit, volunteer, event, "
		    "...)", *tbl);
	return NULL;
}

/* The columns of report changes: one line per changed field. */
static const struct sg_col changes_cols[] = {
	{ .key = "change", .zh = "变更编号", .en = "Change",
	    .kind = SG_COL_NUM },
	{ .key = "ts", .zh = "时间", .en = "Time" },
	{ .key = "user", .zh = "操作人", .en = "User" },
	{ .key = "table", .zh = "表", .en = "Table" },
	{ .key = "record", .zh = "记录编号", .en = "Record",
	    .kind = SG_COL_NUM },
	{ .key = "op", .zh = "操作", .en = "Operation" },
	{ .key = "field", .zh = "字段", .en = "Field" },
	{ .key = "old", .zh = "原值", .en = "Old value" },
	{ .key = "new", .zh = "新值", .en = "New value" },
	{ .key = "command", .zh = "命令", .en = "Command" },
};

const struct sg_error *
sg_report_changes(struct sg_ctx *ctx, const char *since, const char *record)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st = NULL;
	char			 day[16];
	char			*tbl = NULL;
	int32_t			 d;
	int64_t			 id = 0;
	int			 hasid = 0;

	if (since != NULL && (err = sg_date_parse(&d, since,
	    sg_ctx_today(ctx))) != NULL)
		return sg_error_usage("changes: --since: %s", err->msg);
	if ((err = sg_ctx_open(ctx)) != NULL)
		return err;
	if (record != NULL &&
	    (err = parse_record(ctx, record, &tbl, &id, &hasid)) != NULL)
		goto done;
	if ((err = sg_db_prepare(ctx, &st, changes_sql)) != NULL)
		goto done;
	if (since != NULL)
		sqlite3_bind_text(st, 1, sg_date_str(day, d), -1,
		    SQLITE_TRANSIENT);
	if (tbl != NULL)
		sqlite3_bind_text(st, 2, tbl, -1, SQLITE_STATIC);
	if (hasid)
		sqlite3_bind_int64(st, 3, id);
	if (ctx->fmt == SG_FMT_TEXT)
		ctx->fmt = SG_FMT_TABLE;
	err = sg_print_stmt(ctx, st, changes_cols, SG_NCOLS(changes_cols), 0);
done:
	sqlite3_finalize(st);
	free(tbl);
	return err;
}

/* The lists of report(1) changes declared here (see columns.c). */
const struct sg_listdecl sg_changes_lists[] = {
	{ .cmd = "report", .verb = "changes", .cols = changes_cols,
	    .ncols = SG_NCOLS(changes_cols) },
	{ .cmd = NULL }
};
