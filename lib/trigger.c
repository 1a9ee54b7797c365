/*
 * trigger.c -- the change log's triggers, made from the tables' columns.
 *
 * Every insert, update and delete on a logged table writes one row to
 * changelog: who, the command line, the table, the record and the row
 * before and after as JSON objects of every column.  The triggers that do
 * so are not written by hand: each time the schema is made or migrated,
 * sg_trigger_make drops them and makes them again from the columns the
 * tables have then, so a column added by a migration is logged without
 * anyone listing it.  The one declaration is the list of logged tables
 * below; a table not in it is not logged (the test t011 names every
 * table without triggers).
 */
#include <string.h>

#include "sg.h"

/* A logged table: its name and the column that names a record. */
struct logged {
	const char	*table;
	const char	*record;	/* NULL: the record is NULL (meta) */
	int		 own_stamp;	/* insert only; the row holds ts, user
					   and command (disclosure) */
};

static const struct logged logged[] = {
	{ .table = "meta" },
	{ .table = "elder", .record = "id" },
	{ .table = "volunteer", .record = "id" },
	{ .table = "team", .record = "id" },
	{ .table = "team_member", .record = "team_id" },
	{ .table = "pairing", .record = "id" },
	{ .table = "visit", .record = "id" },
	{ .table = "visit_visitor", .record = "visit_id" },
	{ .table = "plan", .record = "id" },
	{ .table = "event", .record = "id" },
	{ .table = "event_partner", .record = "event_id" },
	{ .table = "signup", .record = "id" },
	{ .table = "attendance", .record = "event_id" },
	{ .table = "staffing", .record = "event_id" },
	{ .table = "hours_log", .record = "id" },
	{ .table = "certificate", .record = "id" },
	{ .table = "assessment", .record = "id" },
	{ .table = "partner", .record = "id" },
	{ .table = "elder_case", .record = "id" },
	{ .table = "case_need", .record = "case_id" },
	{ .table = "case_entry", .record = "id" },
	{ .table = "referral", .record = "id" },
	{ .table = "elder_event", .record = "id" },
	{ .table = "person", .record = "id" },
	{ .table = "goods_in", .record = "id" },
	{ .table = "goods_out", .record = "id" },
	{ .table = "remind_sent", .record = "id" },
	{ .table = "disclosure", .record = "id", .own_stamp = 1 },
};

/* What every trigger inserts, up to the table's name. */
#define INSERT_LOG \
	"BEGIN\n" \
	"\tINSERT INTO changelog (ts, user, command, tbl, record, op, old, " \
	"new)\n"
#define STAMP \
	"\tVALUES (strftime('%%Y-%%m-%%dT%%H:%%M:%%S', 'now'), sg_user(), " \
	"sg_command(),\n\t    "

/* The pieces of a table's triggers, made from its columns. */
struct cols {
	sqlite3_str	*old;		/* 'a', OLD.a, 'b', OLD.b */
	sqlite3_str	*new;		/* 'a', NEW.a, 'b', NEW.b */
	sqlite3_str	*changed;	/* OLD.a IS NOT NEW.a OR ... */
};

/* Append one column to the pieces. */
static void
add_column(struct cols *c, const char *name, int first)
{
	const char	*sep = first ? "" : ", ";

	sqlite3_str_appendf(c->old, "%s'%q', OLD.\"%w\"", sep, name, name);
	sqlite3_str_appendf(c->new, "%s'%q', NEW.\"%w\"", sep, name, name);
	sqlite3_str_appendf(c->changed, "%sOLD.\"%w\" IS NOT NEW.\"%w\"",
	    first ? "" : " OR ", name, name);
}

/* The pieces for table t, from its columns in order. */
static int
read_columns(sqlite3 *db, const char *t, struct cols *c)
{
	sqlite3_stmt	*st;
	char		*sql;
	int		 rc, i, n;

	if ((sql = sqlite3_mprintf("SELECT * FROM \"%w\"", t)) == NULL)
		return SQLITE_NOMEM;
	rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return rc;
	n = sqlite3_column_count(st);
	for (i = 0; i < n; i++)
		add_column(c, sqlite3_column_name(st, i), i == 0);
	sqlite3_finalize(st);
	return SQLITE_OK;
}

/* The triggers of one logged table, as SQL. */
static void
table_sql(sqlite3_str *out, const struct logged *l, struct cols *c)
{
	const char	*t = l->table, *rec = l->record;
	const char	*old = sqlite3_str_value(c->old);
	const char	*new = sqlite3_str_value(c->new);

	sqlite3_str_appendf(out, "DROP TRIGGER IF EXISTS \"%w_log_insert\";\n"
	    "DROP TRIGGER IF EXISTS \"%w_log_update\";\n"
	    "DROP TRIGGER IF EXISTS \"%w_log_delete\";\n", t, t, t);
	if (l->own_stamp) {
		sqlite3_str_appendf(out, "CREATE TRIGGER \"%w_log_insert\" "
		    "AFTER INSERT ON \"%w\"\n" INSERT_LOG "\tVALUES (NEW.ts, "
		    "NEW.user, NEW.command, '%q', NEW.\"%w\", 'insert',\n"
		    "\t    NULL,\n\t    json_object(%s));\nEND;\n", t, t, t, rec,
		    new);
		return;
	}
	sqlite3_str_appendf(out, "CREATE TRIGGER \"%w_log_insert\" AFTER "
	    "INSERT ON \"%w\"\n" INSERT_LOG STAMP "'%q', %s%w%s, 'insert',\n"
	    "\t    NULL,\n\t    json_object(%s));\nEND;\n", t, t, t,
	    rec ? "NEW.\"" : "NULL", rec ? rec : "", rec ? "\"" : "", new);
	sqlite3_str_appendf(out, "CREATE TRIGGER \"%w_log_update\" AFTER "
	    "UPDATE ON \"%w\"\nWHEN %s\n" INSERT_LOG STAMP "'%q', %s%w%s, "
	    "'update',\n\t    json_object(%s),\n\t    json_object(%s));\n"
	    "END;\n", t, t, sqlite3_str_value(c->changed), t,
	    rec ? "NEW.\"" : "NULL", rec ? rec : "", rec ? "\"" : "", old,
	    new);
	sqlite3_str_appendf(out, "CREATE TRIGGER \"%w_log_delete\" AFTER "
	    "DELETE ON \"%w\"\n" INSERT_LOG STAMP "'%q', %s%w%s, 'delete',\n"
	    "\t    json_object(%s),\n\t    NULL);\nEND;\n", t, t, t,
	    rec ? "OLD.\"" : "NULL", rec ? rec : "", rec ? "\"" : "", old);
}

/* Make the triggers of one logged table again. */
static int
make_table(sqlite3 *db, const struct logged *l)
{
	struct cols	 c;
	sqlite3_str	*out = sqlite3_str_new(db);
	char		*sql;
	int		 rc;

	c.old = sqlite3_str_new(db);
	c.new = sqlite3_str_new(db);
	c.changed = sqlite3_str_new(db);
	if ((rc = read_columns(db, l->table, &c)) == SQLITE_OK) {
		table_sql(out, l, &c);
		if ((rc = sqlite3_str_errcode(c.old)) == SQLITE_OK &&
		    (rc = sqlite3_str_errcode(c.new)) == SQLITE_OK &&
		    (rc = sqlite3_str_errcode(c.changed)) == SQLITE_OK)
			rc = sqlite3_str_errcode(out);
	}
	sqlite3_free(sqlite3_str_finish(c.old));
	sqlite3_free(sqlite3_str_finish(c.new));
	sqlite3_free(sqlite3_str_finish(c.changed));
	sql = sqlite3_str_finish(out);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_free(sql);
	return rc;
}

/*
 * Drop and make again the change log's triggers of every logged table,
 * from the columns the tables have now.  An SQLite result code; on an
 * error, sqlite3_errmsg(db) says why.
 */
int
sg_trigger_make(sqlite3 *db)
{
	size_t	 i;
	int	 rc;

	for (i = 0; i < sizeof(logged) / sizeof(logged[0]); i++)
		if ((rc = make_table(db, &logged[i])) != SQLITE_OK)
			return rc;
	return SQLITE_OK;
}
