/*
 * db.c -- the database: where it is, opening it safely, the schema and its
 * migrations, the functions the change log and the queries use, and
 * transactions.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <stdarg.h>

#include "sg.h"

#define BUSY_MS	60000
#define SG_WAL_FRAMES	256	/* WAL pages before a checkpoint */

/* Join a directory and a relative name into a new string. */
static char *
path_join(const char *dir, const char *rest)
{
	size_t	 n = strlen(dir) + strlen(rest) + 2;
	char	*p = malloc(n);

	if (p != NULL)
		snprintf(p, n, "%s/%s", dir, rest);
	return p;
}

/* Remove a database file and its -wal and -shm. */
static void
discard_file(const char *path)
{
	static const char *const suffix[] = { "-wal", "-shm", "-journal" };
	char	 buf[PATH_MAX + 16];
	size_t	 i;

	unlink(path);
	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++)
		if (snprintf(buf, sizeof(buf), "%s%s", path, suffix[i]) <
		    (int)sizeof(buf))
			unlink(buf);
}

/* Resolve the database path: --db, $SHEGONG_DB, config db:, XDG. */
const struct sg_error *
sg_db_path(char **path, struct sg_ctx *ctx, const char *opt)
{
	const char	*s, *home;

	*path = NULL;
	if ((s = opt) != NULL || ((s = getenv("SHEGONG_DB")) != NULL &&
	    *s != '\0') || (ctx->cfg != NULL && (s = ctx->cfg->db) != NULL)) {
		*path = strdup(s);
		ctx->dbnamed = 1;
	}
	else if ((s = getenv("XDG_DATA_HOME")) != NULL && *s == '/')
		*path = path_join(s, "shegong/shegong.db");
	else if ((home = getenv("HOME")) != NULL && *home != '\0')
		*path = path_join(home, ".local/share/shegong/shegong.db");
	else
		return sg_error_fmt("no database: use --db or set SHEGONG_DB");
	if (*path == NULL)
		return sg_error_errno("database path");
	if (**path == '\0')
		return sg_error_fmt("empty database path");
	return NULL;
}

/* Create the directories above path (mode 0700) as needed. */
static const struct sg_error *
make_parents(const char *path)
{
	char	*dir, *p;
	const struct sg_error *err = NULL;

	if ((dir = strdup(path)) == NULL)
		return sg_error_errno("mkdir");
	for (p = dir + 1; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
			err = sg_error_errno("cannot create directory '%s'",
			    dir);
			break;
		}
		*p = '/';
	}
	free(dir);
	return err;
}

/* Create the database file with mode 0600 when it does not exist. */
static const struct sg_error *
create_file(struct sg_ctx *ctx, const char *path)
{
	const struct sg_error	*err;
	int			 fd;

	if ((err = make_parents(path)) != NULL)
		return err;
	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1) {
		if (errno == EEXIST)
			return NULL;
		return sg_error_errno("cannot create database '%s'", path);
	}
	close(fd);
	ctx->dbcreated = 1;
	return NULL;
}

/* Warn when the database file can be read by group or others. */
static void
check_mode(const char *path, const struct stat *st)
{
	if ((st->st_mode & (S_IRGRP | S_IROTH)) != 0)
		sg_warn("warning: database '%s' is readable by others "
		    "(mode %04o): chmod 600 '%s'", path,
		    (unsigned)(st->st_mode & 07777), path);
}

/* SQL function sg_user(): the person acting. */
static void
fn_user(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);

	(void)argc;
	(void)argv;
	sqlite3_result_text(c, ctx->user, -1, SQLITE_TRANSIENT);
}

/* SQL function sg_command(): the command line. */
static void
fn_command(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);

	(void)argc;
	(void)argv;
	sqlite3_result_text(c, ctx->cmdline, -1, SQLITE_TRANSIENT);
}

/* SQL function sg_today(): today as YYYY-MM-DD ($SHEGONG_TODAY). */
static void
fn_today(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);
	char		 buf[16];

	(void)argc;
	(void)argv;
	sqlite3_result_text(c, sg_date_str(buf, ctx->today), -1,
	    SQLITE_TRANSIENT);
}

/* Read a YYYY-MM-DD SQL value as a day; SG_DATE_NONE if not one. */
static int32_t
value_day(sqlite3_value *v)
{
	const char	*s = (const char *)sqlite3_value_text(v);
	int32_t		 d;
	int		 y, m, dd;
	char		 c;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &c) != 3 ||
	    sg_date_make(&d, y, m, dd) != NULL)
		return SG_DATE_NONE;
	return d;
}

/* SQL function sg_age(birth [, on]): whole years, NULL if unknown. */
static void
fn_age(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);
	int32_t		 birth, on = ctx->today;

	if ((birth = value_day(argv[0])) == SG_DATE_NONE ||
	    (argc > 1 && (on = value_day(argv[1])) == SG_DATE_NONE)) {
		sqlite3_result_null(c);
		return;
	}
	sqlite3_result_int(c, sg_age(birth, on));
}

/*
 * SQL functions sg_tags(tags, living, birth [, on]): the typed and derived
 * categories, sorted; sg_derived(tags, living, birth [, on]): the derived
 * ones not typed (独居 from living alone, 高龄 from age 80+), NULL if none.
 */
static void
tags_fn(sqlite3_context *c, int argc, sqlite3_value **argv, int derived)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);
	const char	*tags = (const char *)sqlite3_value_text(argv[0]);
	const char	*living = (const char *)sqlite3_value_text(argv[1]);
	int32_t		 birth = value_day(argv[2]), on = ctx->today;
	char		 buf[2048];

	if (argc > 3 && (on = value_day(argv[3])) == SG_DATE_NONE)
		on = ctx->today;
	sg_tags_effective(buf, sizeof(buf), tags, living, birth ==
	    SG_DATE_NONE ? -1 : sg_age(birth, on), derived);
	if (derived && buf[0] == '\0')
		sqlite3_result_null(c);
	else
		sqlite3_result_text(c, buf, -1, SQLITE_TRANSIENT);
}

/* sg_tags(): see tags_fn. */
static void
fn_tags(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	tags_fn(c, argc, argv, 0);
}

/* sg_derived(): see tags_fn. */
static void
fn_derived(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	tags_fn(c, argc, argv, 1);
}

/* SQL function sg_mask(id_number): masked unless --reveal. */
static void
fn_mask(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	struct sg_ctx	*ctx = sqlite3_user_data(c);
	const char	*s = (const char *)sqlite3_value_text(argv[0]);
	char		 buf[64];

	(void)argc;
	if (s == NULL) {
		sqlite3_result_null(c);
		return;
	}
	if (ctx->reveal || (ctx->cfg != NULL && !ctx->cfg->mask_id_numbers) ||
	    strlen(s) >= sizeof(buf)) {
		sqlite3_result_text(c, s, -1, SQLITE_TRANSIENT);
		return;
	}
	sqlite3_result_text(c, sg_idnum_mask(buf, s), -1, SQLITE_TRANSIENT);
}

/* SQL function sg_mask_text(text): every ID number in it masked. */
static void
fn_mask_text(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	const char	*s = (const char *)sqlite3_value_text(argv[0]);
	char		*m;

	(void)argc;
	if (s == NULL || sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
		sqlite3_result_value(c, argv[0]);
		return;
	}
	if ((m = strdup(s)) == NULL) {
		sqlite3_result_error_nomem(c);
		return;
	}
	sqlite3_result_text(c, sg_idnum_mask_text(m), -1, free);
}

/* SQL function sg_wday(date): 1 = Monday .. 7 = Sunday. */
static void
fn_wday(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	int32_t	 d = value_day(argv[0]);

	(void)argc;
	if (d == SG_DATE_NONE)
		sqlite3_result_null(c);
	else
		sqlite3_result_int(c, sg_date_wday(d));
}

/* Register shegong's SQL functions on a connection. */
static int
register_functions(sqlite3 *db, struct sg_ctx *ctx)
{
	static const struct {
		const char	*name;
		int		 nargs;
		void		(*fn)(sqlite3_context *, int, sqlite3_value **);
		int		 flags;
	} fns[] = {
		{ "sg_user", 0, fn_user, 0 },
		{ "sg_command", 0, fn_command, 0 },
		{ "sg_today", 0, fn_today, 0 },
		{ "sg_age", 1, fn_age, SQLITE_DETERMINISTIC },
		{ "sg_age", 2, fn_age, SQLITE_DETERMINISTIC },
		{ "sg_mask", 1, fn_mask, SQLITE_DETERMINISTIC },
		{ "sg_tags", 3, fn_tags, SQLITE_DETERMINISTIC },
		{ "sg_tags", 4, fn_tags, SQLITE_DETERMINISTIC },
		{ "sg_derived", 3, fn_derived, SQLITE_DETERMINISTIC },
		{ "sg_mask_text", 1, fn_mask_text, SQLITE_DETERMINISTIC },
		{ "sg_wday", 1, fn_wday, SQLITE_DETERMINISTIC },
	};
	size_t	 i;
	int	 rc;

	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++) {
		rc = sqlite3_create_function(db, fns[i].name, fns[i].nargs,
		    SQLITE_UTF8 | fns[i].flags, ctx, fns[i].fn, NULL, NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/*
 * The commit hook: only shegong's own COMMIT may commit.  Should SQLite
 * roll the invocation's transaction back on an I/O error, a later write
 * would otherwise commit on its own; this turns it into an error.
 */
static int
commit_guard(void *arg)
{
	struct sg_ctx	*ctx = arg;

	return !ctx->committing;
}

/*
 * The WAL hook, after each commit: once the WAL holds SG_WAL_FRAMES
 * pages, copy them into the database and empty it (TRUNCATE), without
 * waiting on readers: a busy checkpoint is tried again at the next
 * commit.  SQLite's own automatic checkpoint (PASSIVE) would leave the
 * frames in the file, and the next program, rebuilding the WAL index
 * from the file as the first one to open it, would read and copy them
 * all again (bench/README.md).
 */
static int
wal_hook(void *arg, sqlite3 *db, const char *name, int frames)
{
	(void)arg;
	if (frames < SG_WAL_FRAMES)
		return SQLITE_OK;
	sqlite3_busy_timeout(db, 0);
	sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_TRUNCATE, NULL,
	    NULL);
	sqlite3_busy_timeout(db, BUSY_MS);
	return SQLITE_OK;
}

/* Run our own COMMIT (and what follows it in sql). */
static int
commit_exec(struct sg_ctx *ctx, sqlite3 *db, const char *sql)
{
	int	 rc;

	ctx->committing = 1;
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	ctx->committing = 0;
	return rc;
}

/*
 * Bring a database of schema version `version` to SG_SCHEMA_VERSION: a
 * new one (version 0) gets the current schema, an older one each
 * migration after its version; then the change log's triggers are made
 * again from the columns, and user_version is set.
 */
static const struct sg_error *
apply_migrations(struct sg_ctx *ctx, sqlite3 *db, const char *path,
    int version)
{
	char	 sql[64];
	char	*msg = NULL;
	int	 step = SG_SCHEMA_VERSION;

	(void)ctx;
	if (version == 0) {
		if (sqlite3_exec(db, sg_schema_sql, NULL, NULL, &msg) !=
		    SQLITE_OK)
			goto fail;
	} else {
		for (step = version + 1; step <= SG_SCHEMA_VERSION; step++)
			if (sqlite3_exec(db, sg_migration_sql[step], NULL,
			    NULL, &msg) != SQLITE_OK)
				goto fail;
		step = SG_SCHEMA_VERSION;
	}
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d",
	    SG_SCHEMA_VERSION);
	if (sg_trigger_make(db) == SQLITE_OK &&
	    sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return NULL;
fail:
	{
		const struct sg_error *err = sg_error_fmt("'%s': cannot "
		    "apply schema version %d: %s", path, step,
		    msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return err;
	}
}

/*
 * The first read or write of a file failed: it is not a database, or
 * the disk failed (full, I/O), which is not the file's fault.
 */
static const struct sg_error *
unreadable(sqlite3 *db, const char *path)
{
	if ((sqlite3_errcode(db) & 0xff) == SQLITE_NOTADB)
		return sg_error_fmt("'%s': not a shegong database: %s", path,
		    sqlite3_errmsg(db));
	return sg_error_sqlite(db, "'%s'", path);
}

/* Refuse, before any change, a database not shegong's or too new. */
static const struct sg_error *
precheck(sqlite3 *db, const char *path, int *versionp)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st = NULL;
	int			 version, tables;

	if (sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM "
	    "pragma_user_version), (SELECT count(*) FROM sqlite_schema)",
	    -1, &st, NULL) != SQLITE_OK || !sg_db_row(st, &err)) {
		err = unreadable(db, path);
		goto done;
	}
	version = sqlite3_column_int(st, 0);
	tables = sqlite3_column_int(st, 1);
	if (versionp != NULL)
		*versionp = version;
	if (version > SG_SCHEMA_VERSION)
		err = sg_error_fmt("'%s': schema version %d is newer than "
		    "this shegong's (%d): upgrade shegong", path, version,
		    SG_SCHEMA_VERSION);
	else if (version == 0 && tables > 0)
		err = sg_error_fmt("'%s': not a shegong database: it has "
		    "tables but no shegong schema version", path);
done:
	sqlite3_finalize(st);
	return err;
}

/* Bring the schema up to date, or refuse a database from the future. */
static const struct sg_error *
migrate(struct sg_ctx *ctx, sqlite3 *db, const char *path, int write)
{
	const struct sg_error	*err;
	int			 version;

	if ((err = precheck(db, path, &version)) != NULL ||
	    version == SG_SCHEMA_VERSION)
		return err;
	if (write)
		return apply_migrations(ctx, db, path, version);
	/* a reader upgrades an older schema in a transaction of its own */
	if (sqlite3_exec(db, "ROLLBACK; PRAGMA query_only = OFF; "
	    "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return sg_error_fmt("'%s': schema version %d is older than "
		    "this shegong's (%d) and cannot be upgraded: %s", path,
		    version, SG_SCHEMA_VERSION, sqlite3_errmsg(db));
	/* another command may have upgraded it meanwhile: read it again */
	if ((err = precheck(db, path, &version)) != NULL ||
	    (err = apply_migrations(ctx, db, path, version)) != NULL) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return err;
	}
	if (commit_exec(ctx, db, "COMMIT; PRAGMA query_only = ON; BEGIN") !=
	    SQLITE_OK)
		return sg_error_sqlite(db, "'%s': upgrade", path);
	return NULL;
}

/* Open a connection with the settings every connection has. */
static const struct sg_error *
connect(struct sg_ctx *ctx, const char *path, int flags, sqlite3 **dbp)
{
	sqlite3	*db = NULL;

	*dbp = NULL;
	/* a path, never a URI: "file:x?mode=memory" is a file of that name */
	if (strncmp(path, "file:", 5) == 0 && !(flags & SQLITE_OPEN_URI)) {
		char	*rel = path_join(".", path);
		const struct sg_error *err;

		if (rel == NULL)
			return sg_error_errno("database path");
		err = connect(ctx, rel, flags, dbp);
		free(rel);
		return err;
	}
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		const struct sg_error *err = sg_error_fmt("cannot open "
		    "database '%s': %s", path, db ? sqlite3_errmsg(db) :
		    _("out of memory"));
		sqlite3_close(db);
		return err;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, BUSY_MS);
	sqlite3_commit_hook(db, commit_guard, ctx);
	/*
	 * The WAL stays when the connection closes, not checkpointed: the
	 * checkpoint at close and the WAL made again by the next write
	 * were three of a one-row write's five fsyncs, and durability does
	 * not need them (a commit syncs its frames: synchronous = FULL).
	 * wal_hook checkpoints when the WAL passes SG_WAL_FRAMES pages.
	 * A copy of the .db alone misses the WAL: shegong(7) shows the
	 * backup that does not.
	 */
	sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	sqlite3_wal_hook(db, wal_hook, NULL);
	if (register_functions(db, ctx) != SQLITE_OK ||
	    sqlite3_exec(db, "PRAGMA foreign_keys = ON; "
	    "PRAGMA temp_store = MEMORY", NULL, NULL, NULL) != SQLITE_OK) {
		const struct sg_error *err = sg_error_sqlite(db, "'%s'", path);
		sqlite3_close(db);
		return err;
	}
	*dbp = db;
	return NULL;
}

/* An empty database in memory, for reading before the first write. */
static const struct sg_error *
open_empty(struct sg_ctx *ctx, sqlite3 **dbp)
{
	const struct sg_error	*err;

	if ((err = connect(ctx, ":memory:", SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_MEMORY, dbp)) != NULL)
		return err;
	/* no transaction here: each statement commits on its own */
	ctx->committing = 1;
	err = apply_migrations(ctx, *dbp, ":memory:", 0);
	ctx->committing = 0;
	if (err != NULL) {
		sqlite3_close(*dbp);
		*dbp = NULL;
	}
	return err;
}


/* Insert one disclosure row; an SQLite result code. */
static int
disclose1(struct sg_ctx *ctx)
{
	return sqlite3_exec(ctx->db, "INSERT INTO disclosure (ts, user, "
	    "command) VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now'), sg_user(), "
	    "sg_command())", NULL, NULL, NULL);
}

/* Record a use of --reveal; the caller's transaction is open. */
static const struct sg_error *
disclose(struct sg_ctx *ctx, const char *path)
{
	if (!ctx->reveal)
		return NULL;
	if (disclose1(ctx) != SQLITE_OK)
		return sg_error_sqlite(ctx->db, "'%s': --reveal cannot be "
		    "recorded", path);
	return NULL;
}

/* Every hour of a volunteer or worker: service, staff work, training. */
#define ALL_HOURS \
	"(SELECT volunteer_id, date, hours FROM service_hours UNION ALL " \
	"SELECT volunteer_id, date, hours FROM staff_work UNION ALL " \
	"SELECT volunteer_id, date, hours FROM training)"

/*
 * No volunteer serves more than 24 hours on one day, visits, events and
 * manual entries together (staff work and training included): temporary
 * triggers of this connection (the schema stays as it is) check each
 * write of service hours.  Each is made when a statement that could need
 * it is first prepared (day_note, day_make), not at every write open:
 * parsing all five was half of what a one-visit `visit log` spent beyond
 * the write floor (bench/README.md).
 */
/*
 * The hours of volunteer V on day D, from the three sources of the view
 * service_hours, summed arm by arm: SQLite does not push a condition
 * holding a subquery (D is one, in a trigger) into a compound view, so
 * the view read every visit of the volunteer, a third of the CPU of a
 * one-row `visit log` on the station (bench/README.md); here each arm
 * finds the day by its index.
 */
#define DAY_HOURS(V, D) \
    "((SELECT coalesce(sum(round(v.minutes / 60.0, 2)), 0) FROM visit v " \
    "JOIN visit_visitor vv ON vv.visit_id = v.id WHERE vv.volunteer_id = " \
    V " AND v.date = " D " AND v.minutes IS NOT NULL) + " \
    "(SELECT coalesce(sum(s.hours), 0) FROM staffing s JOIN event ev ON " \
    "ev.id = s.event_id WHERE s.volunteer_id = " V " AND ev.date = " D \
    " AND ev.status <> 'cancelled') + " \
    "(SELECT coalesce(sum(hours), 0) FROM hours_log WHERE volunteer_id = " \
    V " AND date = " D "))"
#define DAY_RAISE \
    " BEGIN SELECT RAISE(ABORT, 'hours: more than 24 hours of one " \
    "volunteer on one day'); END"

/* The five triggers, each with the write that needs it. */
static const struct day_limit {
	const char	*table;
	int		 action;	/* SQLITE_INSERT or SQLITE_UPDATE */
	const char	*columns;	/* an update of one of these; NULL: any */
	const char	*sql;
} day_limit[] = {
	{ "hours_log", SQLITE_INSERT, NULL,
	    "CREATE TEMP TRIGGER hours_log_day AFTER INSERT ON main.hours_log "
	    "WHEN (SELECT sum(hours) FROM " ALL_HOURS " WHERE volunteer_id = "
	    "NEW.volunteer_id AND date = NEW.date) > 24" DAY_RAISE },
	{ "staffing", SQLITE_INSERT, NULL,
	    "CREATE TEMP TRIGGER staffing_day AFTER INSERT ON main.staffing "
	    "WHEN " DAY_HOURS("NEW.volunteer_id", "(SELECT date FROM event "
	    "WHERE id = NEW.event_id)") " > 24" DAY_RAISE },
	{ "staffing", SQLITE_UPDATE, NULL,
	    "CREATE TEMP TRIGGER staffing_day_update AFTER UPDATE ON "
	    "main.staffing WHEN (SELECT sum(hours) FROM " ALL_HOURS " WHERE "
	    "volunteer_id = NEW.volunteer_id AND date = (SELECT date FROM "
	    "event WHERE id = NEW.event_id)) > 24" DAY_RAISE },
	{ "visit_visitor", SQLITE_INSERT, NULL,
	    "CREATE TEMP TRIGGER visit_visitor_day AFTER INSERT ON "
	    "main.visit_visitor WHEN " DAY_HOURS("NEW.volunteer_id",
	    "(SELECT date FROM visit WHERE id = NEW.visit_id)") " > 24"
	    DAY_RAISE },
	{ "visit", SQLITE_UPDATE, " minutes date ",
	    "CREATE TEMP TRIGGER visit_day AFTER UPDATE OF minutes, date ON "
	    "main.visit WHEN EXISTS (SELECT 1 FROM visit_visitor vv WHERE "
	    "vv.visit_id = NEW.id AND (SELECT sum(hours) FROM " ALL_HOURS " h "
	    "WHERE h.volunteer_id = vv.volunteer_id AND h.date = NEW.date) > "
	    "24)" DAY_RAISE },
};

#define NDAY_LIMIT	(sizeof(day_limit) / sizeof(day_limit[0]))

/*
 * The authorizer of a writing connection: it denies nothing, and notes
 * in ctx->day_need the triggers a statement being prepared needs.
 */
static int
day_note(void *arg, int action, const char *a1, const char *a2,
    const char *db, const char *inner)
{
	struct sg_ctx	*ctx = arg;
	char		 col[40];
	size_t		 i;

	(void)inner;
	if ((action != SQLITE_INSERT && action != SQLITE_UPDATE) ||
	    a1 == NULL || db == NULL || strcmp(db, "main") != 0)
		return SQLITE_OK;
	for (i = 0; i < NDAY_LIMIT; i++) {
		if (day_limit[i].action != action ||
		    strcmp(day_limit[i].table, a1) != 0)
			continue;
		if (day_limit[i].columns != NULL) {
			if (a2 == NULL || strlen(a2) + 3 > sizeof(col))
				continue;
			snprintf(col, sizeof(col), " %s ", a2);
			if (strstr(day_limit[i].columns, col) == NULL)
				continue;
		}
		ctx->day_need |= 1u << i;
	}
	return SQLITE_OK;
}

/*
 * Make the triggers the statements prepared so far need; nonzero when
 * one was made or failed (*errp): the statement prepared before it must
 * be prepared again.
 */
static int
day_make(struct sg_ctx *ctx, const struct sg_error **errp)
{
	unsigned	 want = ctx->day_need & ~ctx->day_made;
	size_t		 i;

	*errp = NULL;
	if (want == 0)
		return 0;
	for (i = 0; i < NDAY_LIMIT; i++) {
		if (!(want & (1u << i)))
			continue;
		if (sqlite3_exec(ctx->db, day_limit[i].sql, NULL, NULL,
		    NULL) != SQLITE_OK) {
			*errp = sg_error_sqlite(ctx->db, "database");
			return 1;
		}
		ctx->day_made |= 1u << i;
	}
	return 1;
}

/* Nonzero when the directory of path lets us create files in it. */
static int
dir_writable(const char *path)
{
	char	*dir = strdup(path), *slash;
	int	 ok;

	if (dir == NULL)
		return 1;
	if ((slash = strrchr(dir, '/')) == NULL)
		ok = access(".", W_OK) == 0;
	else {
		slash[slash == dir] = '\0';
		ok = access(dir, W_OK) == 0;
	}
	free(dir);
	return ok;
}

/* Nonzero when path still names the file st was taken of. */
static int
same_file(const char *path, const struct stat *st)
{
	struct stat	 now;

	return stat(path, &now) == 0 && now.st_ino == st->st_ino &&
	    now.st_dev == st->st_dev;
}

/*
 * Open for writing: create 0600, WAL, BEGIN IMMEDIATE, migrate.  *again
 * is set when another command removed the file meanwhile (its write
 * failed on the file it had just created): open again.
 */
static const struct sg_error *
open_write1(struct sg_ctx *ctx, const char *path, sqlite3 **dbp, int *again)
{
	const struct sg_error	*err;
	sqlite3			*db;
	struct stat		 st;
	int			 rc;

	*again = 0;
	ctx->dbcreated = 0;
	if ((err = create_file(ctx, path)) != NULL)
		return err;
	if (stat(path, &st) == -1)
		return sg_error_errno("cannot open database '%s'", path);
	if ((err = connect(ctx, path, SQLITE_OPEN_READWRITE, &db)) != NULL)
		return err;
	if (sqlite3_db_readonly(db, "main") == 1) {
		err = sg_error_fmt("'%s': database is read-only", path);
		goto fail;
	}
	if (!dir_writable(path)) {
		err = sg_error_fmt("'%s': cannot write: its directory is not "
		    "writable (the database keeps its -wal and -shm files "
		    "beside it)", path);
		goto fail;
	}
	/* refuse another program's database before WAL would change it */
	if ((err = precheck(db, path, NULL)) != NULL)
		goto fail;
	/* the journal mode is written to the file: let it commit */
	ctx->committing = 1;
	rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL; "
	    "PRAGMA synchronous = FULL", NULL, NULL, NULL);
	ctx->committing = 0;
	if (rc != SQLITE_OK) {
		err = unreadable(db, path);
		goto fail;
	}
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		err = sg_error_sqlite(db, "'%s'", path);
		goto fail;
	}
	if (!same_file(path, &st)) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		*again = 1;
		goto fail;
	}
	ctx->in_txn = 1;
	ctx->db = db;
	if (ctx->dbcreated) {
		/* a new file: schema and data commit together, or not at all */
		if ((err = migrate(ctx, db, path, 1)) != NULL ||
		    (err = disclose(ctx, path)) != NULL) {
			sg_db_rollback(ctx);
			ctx->db = NULL;
			goto fail;
		}
	} else {
		/*
		 * The schema is committed on its own: a file always has it;
		 * and the record of a --reveal, which -n keeps (SPEC 1).
		 */
		if ((err = migrate(ctx, db, path, 1)) != NULL ||
		    (err = disclose(ctx, path)) != NULL ||
		    (err = sg_db_commit(ctx)) != NULL) {
			sg_db_rollback(ctx);
			ctx->db = NULL;
			goto fail;
		}
		if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
		    SQLITE_OK) {
			err = sg_error_sqlite(db, "'%s'", path);
			ctx->db = NULL;
			goto fail;
		}
		ctx->in_txn = 1;
	}
	/* the 24-hour triggers, as statements ask for them */
	ctx->day_need = ctx->day_made = 0;
	sqlite3_set_authorizer(db, day_note, ctx);
	*dbp = db;
	return NULL;
fail:
	sqlite3_close(db);
	return err;
}

/* Open for writing, again while another command removes its new file. */
static const struct sg_error *
open_write(struct sg_ctx *ctx, const char *path, sqlite3 **dbp)
{
	const struct sg_error	*err;
	int			 again, n = 0;

	do
		err = open_write1(ctx, path, dbp, &again);
	while (again && ++n < 100);
	if (again)
		err = sg_error_fmt("'%s': the file keeps being removed", path);
	return err;
}

/*
 * A reader with --reveal records it in a transaction of its own, committed
 * before anything is shown: no record, nothing revealed.
 */
static const struct sg_error *
disclose_read(struct sg_ctx *ctx, sqlite3 *db, const char *path)
{
	const struct sg_error	*err;

	if (sqlite3_exec(db, "ROLLBACK; PRAGMA query_only = OFF; "
	    "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return sg_error_sqlite(db, "'%s': --reveal cannot be recorded",
		    path);
	if ((err = disclose(ctx, path)) != NULL) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return err;
	}
	if (commit_exec(ctx, db, "COMMIT; PRAGMA query_only = ON; BEGIN") !=
	    SQLITE_OK)
		return sg_error_sqlite(db, "'%s': --reveal cannot be recorded",
		    path);
	return NULL;
}

/*
 * Open read-only a database in a directory we cannot write: as an
 * immutable file (no -shm to make), through a URI of its escaped path.
 */
static const struct sg_error *
connect_ro(struct sg_ctx *ctx, const char *path, sqlite3 **dbp)
{
	const struct sg_error	*err;
	char			*uri, *p;
	const char		*s;

	if ((uri = malloc(strlen(path) * 3 + 64)) == NULL)
		return sg_error_errno("database path");
	p = uri + sprintf(uri, "file:");
	for (s = path; *s != '\0'; s++)
		if (strchr("%?#", *s) != NULL)
			p += sprintf(p, "%%%02X", (unsigned char)*s);
		else
			*p++ = *s;
	strcpy(p, "?mode=ro&immutable=1");
	err = connect(ctx, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, dbp);
	free(uri);
	return err;
}

/*
 * Nonzero when path has a WAL with frames in it: the file alone, read
 * as immutable, would miss them.
 */
static int
wal_pending(const char *path)
{
	char		 wal[PATH_MAX];
	struct stat	 st;

	return (size_t)snprintf(wal, sizeof(wal), "%s-wal", path) <
	    sizeof(wal) && stat(wal, &st) == 0 && st.st_size > 32;
}

/* Open for reading: an absent or blank file reads as empty. */
static const struct sg_error *
open_read(struct sg_ctx *ctx, const char *path, sqlite3 **dbp)
{
	const struct sg_error	*err;
	sqlite3			*db;
	int64_t			 n = 0;
	struct stat		 st;
	int			 ro = 0;

	if (stat(path, &st) == -1 && errno == ENOENT) {
		if (ctx->dbnamed)
			return sg_error_fmt("database '%s' does not exist",
			    path);
		sg_warn("no database yet: the first write creates '%s'",
		    path);
		return open_empty(ctx, dbp);
	}
	if ((err = connect(ctx, path, SQLITE_OPEN_READWRITE, &db)) != NULL)
		return err;
	ctx->db = db;
	if (sqlite3_exec(db, "PRAGMA query_only = ON; BEGIN", NULL, NULL,
	    NULL) != SQLITE_OK ||
	    sg_db_int(ctx, &n, "SELECT count(*) FROM sqlite_schema", 0) !=
	    NULL) {
		err = unreadable(db, path);
		if (!dir_writable(path) && !ro && wal_pending(path)) {
			err = sg_error_fmt("'%s': its latest writes are in "
			    "'%s-wal', which cannot be read here", path, path);
			goto fail;
		}
		if (!dir_writable(path) && !ro) {
			/* no -shm can be made here: read the file as it is */
			sqlite3_close(db);
			ctx->db = NULL;
			if ((err = connect_ro(ctx, path, &db)) != NULL)
				return err;
			ro = 1;
			ctx->db = db;
			if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) ==
			    SQLITE_OK && sg_db_int(ctx, &n, "SELECT count(*) "
			    "FROM sqlite_schema", 0) == NULL)
				err = NULL;
			else
				err = unreadable(db, path);
		}
		if (err != NULL)
			goto fail;
	}
	ctx->in_txn = 1;
	if (n == 0) {
		sqlite3_close(db);
		ctx->db = NULL;
		ctx->in_txn = 0;
		return open_empty(ctx, dbp);
	}
	if ((err = migrate(ctx, db, path, 0)) != NULL ||
	    (ctx->reveal && (err = disclose_read(ctx, db, path)) != NULL))
		goto fail;
	*dbp = db;
	return NULL;
fail:
	sqlite3_close(db);
	ctx->db = NULL;
	ctx->in_txn = 0;
	return err;
}

/* Open the database at path for reading or writing. */
const struct sg_error *
sg_db_open(struct sg_ctx *ctx, const char *path, int write, sqlite3 **dbp)
{
	struct stat	 st;

	/* the change log's "who": text that shows as it is */
	if (ctx->user != NULL && (!sg_utf8_valid(ctx->user,
	    strlen(ctx->user)) || sg_text_control(ctx->user) != 0 ||
	    !sg_text_visible(ctx->user) || strlen(ctx->user) > 200))
		return sg_error_fmt("user: the person acting (--user, "
		    "$SHEGONG_USER) must be valid UTF-8 of at most 200 bytes, "
		    "visible, without control or direction characters");
	/* the config's switch reveals like --reveal, and is recorded so */
	if (ctx->cfg != NULL && !ctx->cfg->mask_id_numbers)
		ctx->reveal = 1;
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return sg_error_fmt("cannot open database '%s': is a "
			    "directory", path);
		if (!S_ISREG(st.st_mode))
			return sg_error_fmt("cannot open database '%s': not "
			    "a regular file", path);
		check_mode(path, &st);
	} else if (errno == ENOENT && write && ctx->dry_run) {
		/* a dry run creates nothing: an empty database in memory */
		const struct sg_error *err = open_empty(ctx, dbp);

		if (err == NULL && sqlite3_exec(*dbp, "BEGIN", NULL, NULL,
		    NULL) == SQLITE_OK)
			ctx->in_txn = 1;
		return err;
	}
	return write ? open_write(ctx, path, dbp) : open_read(ctx, path, dbp);
}

/* Commit the invocation's transaction. */
const struct sg_error *
sg_db_commit(struct sg_ctx *ctx)
{
	if (ctx->db == NULL || !ctx->in_txn)
		return NULL;
	ctx->in_txn = 0;
	if (commit_exec(ctx, ctx->db, "COMMIT") != SQLITE_OK) {
		const struct sg_error *err = sg_error_sqlite(ctx->db,
		    "cannot commit");

		if (ctx->dbcreated && ctx->dbpath != NULL)
			discard_file(ctx->dbpath);
		ctx->dbcreated = 0;
		sqlite3_exec(ctx->db, "ROLLBACK", NULL, NULL, NULL);
		return err;
	}
	ctx->dbcreated = 0;
	return NULL;
}

/*
 * A WAL left past SG_WAL_FRAMES pages (its checkpoint at commit found a
 * reader) is emptied by the next program to close the database, reader
 * or writer, if no other reads it then: else every program opening it
 * would read it all to rebuild its index.
 */
static void
wal_trim(struct sg_ctx *ctx)
{
	char		 wal[PATH_MAX];
	struct stat	 st;

	if (ctx->db == NULL || ctx->dbpath == NULL || (size_t)snprintf(wal,
	    sizeof(wal), "%s-wal", ctx->dbpath) >= sizeof(wal) ||
	    stat(wal, &st) == -1 ||
	    st.st_size <= (off_t)SG_WAL_FRAMES * (4096 + 24) + 32)
		return;
	sqlite3_busy_timeout(ctx->db, 0);
	sqlite3_wal_checkpoint_v2(ctx->db, "main", SQLITE_CHECKPOINT_TRUNCATE,
	    NULL, NULL);
	sqlite3_busy_timeout(ctx->db, BUSY_MS);
}

/*
 * Roll the invocation's transaction back (errors, --dry-run); the last
 * call before a connection is closed.
 */
void
sg_db_rollback(struct sg_ctx *ctx)
{
	if (ctx->db != NULL && ctx->in_txn) {
		/* a file this write created goes, while the lock is held */
		if (ctx->dbcreated && ctx->dbpath != NULL)
			discard_file(ctx->dbpath);
		sqlite3_exec(ctx->db, "ROLLBACK", NULL, NULL, NULL);
	}
	ctx->dbcreated = 0;
	ctx->in_txn = 0;
	ctx->day_made = 0;	/* rolled back with the rest */
	/* a refusal that told of an ID number is recorded all the same */
	if (ctx->disclosed && ctx->db != NULL) {
		ctx->disclosed = 0;
		/* a reader's connection too (elder list --search ID) */
		if (sqlite3_exec(ctx->db, "PRAGMA query_only = OFF; BEGIN "
		    "IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK &&
		    (disclose1(ctx) != SQLITE_OK ||
		    commit_exec(ctx, ctx->db, "COMMIT") != SQLITE_OK))
			sqlite3_exec(ctx->db, "ROLLBACK", NULL, NULL, NULL);
	}
	wal_trim(ctx);
}

/* Record, whatever follows, that a refusal told of an ID number. */
void
sg_db_disclosed(struct sg_ctx *ctx)
{
	if (!ctx->dbcreated)
		ctx->disclosed = 1;
}

/*
 * Prepare the first statement of sql (its end in *tail, if asked); a
 * write of hours has its 24-hour trigger made first, then is prepared
 * again with it.  what: the error's prefix, translated.
 */
static const struct sg_error *
prepare1(struct sg_ctx *ctx, sqlite3_stmt **st, const char *sql,
    const char **tail, const char *what)
{
	const struct sg_error	*err;

	if (sqlite3_prepare_v2(ctx->db, sql, -1, st, tail) != SQLITE_OK)
		return sg_error_sqlite(ctx->db, "%s", what);
	if (day_make(ctx, &err)) {
		sqlite3_finalize(*st);
		*st = NULL;
		if (err != NULL)
			return err;
		if (sqlite3_prepare_v2(ctx->db, sql, -1, st, tail) !=
		    SQLITE_OK)
			return sg_error_sqlite(ctx->db, "%s", what);
	}
	return NULL;
}

/* Prepare a statement on the invocation's connection. */
const struct sg_error *
sg_db_prepare(struct sg_ctx *ctx, sqlite3_stmt **st, const char *sql)
{
	return prepare1(ctx, st, sql, NULL, _("cannot prepare query"));
}

/*
 * Step a statement: 1 on a row; 0 at its end, or on any other result,
 * which sets *errp (an I/O error is never "no more rows").  The one
 * place lib/ calls sqlite3_step.
 */
int
sg_db_row(sqlite3_stmt *st, const struct sg_error **errp)
{
	int	 rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		return 1;
	if (rc != SQLITE_DONE)
		*errp = sg_error_sqlite(sqlite3_db_handle(st), "database");
	return 0;
}

/* Step a statement to its end; rows are ignored. */
const struct sg_error *
sg_db_step_done(struct sg_ctx *ctx, sqlite3_stmt *st)
{
	const struct sg_error	*err = NULL;

	(void)ctx;
	while (sg_db_row(st, &err))
		;
	return err;
}

/* Bind text, or NULL when s is NULL. */
int
sg_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* Run parameterless SQL. */
const struct sg_error *
sg_db_exec(struct sg_ctx *ctx, const char *sql)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st = NULL;
	const char		*tail;

	/* statement by statement, each prepared as sg_db_prepare does */
	while (err == NULL && *sql != '\0') {
		if ((err = prepare1(ctx, &st, sql, &tail, _("database"))) !=
		    NULL)
			return err;
		sql = tail;
		if (st != NULL)
			while (sg_db_row(st, &err))
				;
		sqlite3_finalize(st);
		st = NULL;
	}
	return err;
}

/* Run a query giving one integer, with an optional int64 parameter. */
const struct sg_error *
sg_db_int(struct sg_ctx *ctx, int64_t *out, const char *sql, int64_t arg)
{
	const struct sg_error	*err = NULL;
	sqlite3_stmt		*st;

	*out = 0;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, arg);
	if (sg_db_row(st, &err))
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return err;
}

/* Store the config's station name and operator when they differ. */
const struct sg_error *
sg_db_station(struct sg_ctx *ctx)
{
	static const char sql[] =
	    "INSERT INTO meta (key, value) VALUES (?1, ?2) "
	    "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
	    "WHERE value IS NOT excluded.value";
	const char	*keys[] = { "station_name", "station_operator" };
	const char	*vals[2];
	const struct sg_error *err = NULL;
	sqlite3_stmt	*st;
	int		 i;

	if (ctx->cfg == NULL)
		return NULL;
	vals[0] = ctx->cfg->station_name;
	vals[1] = ctx->cfg->station_operator;
	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	for (i = 0; i < 2 && err == NULL; i++) {
		if (vals[i] == NULL)
			continue;
		sqlite3_bind_text(st, 1, keys[i], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, vals[i], -1, SQLITE_STATIC);
		err = sg_db_step_done(ctx, st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return err;
}

/* Bind arguments by types: "t" text (NULL ok), "i" int64, one a letter. */
void
sg_bind_args(sqlite3_stmt *st, const char *types, va_list ap)
{
	int	 i;

	for (i = 0; types[i] != '\0'; i++) {
		if (types[i] == 'i')
			sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t));
		else
			sg_bind_text(st, i + 1, va_arg(ap, const char *));
	}
}

/* Run one statement with bound text/int parameters ("t" / "i" per arg). */
const struct sg_error *
sg_db_run(struct sg_ctx *ctx, const char *sql, const char *types, ...)
{
	const struct sg_error	*err;
	sqlite3_stmt		*st;
	va_list			 ap;

	if ((err = sg_db_prepare(ctx, &st, sql)) != NULL)
		return err;
	va_start(ap, types);
	sg_bind_args(st, types, ap);
	va_end(ap);
	err = sg_db_step_done(ctx, st);
	sqlite3_finalize(st);
	return err;
}

/* A YYYY-MM-DD column as a day; SG_DATE_NONE when NULL or not a date. */
int32_t
sg_col_day(sqlite3_stmt *st, int i)
{
	const char	*s = (const char *)sqlite3_column_text(st, i);
	int32_t		 d;

	if (s == NULL || sg_date_parse(&d, s, 0) != NULL)
		return SG_DATE_NONE;
	return d;
}
