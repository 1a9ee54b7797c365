/*
 * floor.c -- the start-up floor: the smallest C program that opens a
 * database and runs one prepared query, stepping through its rows.
 * What any command over SQLite must at least spend.
 *
 * With -w, the write floor: WAL, synchronous = FULL, BEGIN IMMEDIATE,
 * the statement (by default a one-row insert and its change-log row),
 * COMMIT: what any command
 * writing one row durably must at least spend.
 *
 * usage: floor [-w] DB [SQL]   (SQL: by default one elder by id, or with
 *        -w one row into disclosure, which its trigger logs)
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

/* Run parameterless SQL or fail. */
static int
run(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

int
main(int argc, char **argv)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	const char	*sql = "SELECT id, name FROM elder WHERE id = ?";
	long		 rows = 0;
	int		 rc, w = 0;

	if (argc > 1 && strcmp(argv[1], "-w") == 0) {
		w = 1;
		argc--;
		argv++;
		sql = "INSERT INTO disclosure (ts, user, command) VALUES "
		    "(strftime('%Y-%m-%dT%H:%M:%S', 'now'), 'floor', ?)";
	}
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: floor [-w] DB [SQL]\n");
		return 2;
	}
	if (argc == 3)
		sql = argv[2];
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK || (w && sqlite3_db_config(db,
	    SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL) != SQLITE_OK) ||
	    (w && (!run(db, "PRAGMA journal_mode = WAL; "
	    "PRAGMA synchronous = FULL") || !run(db, "BEGIN IMMEDIATE"))) ||
	    sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "floor: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		rows++;
	if (rc != SQLITE_DONE || (w && !run(db, "COMMIT"))) {
		fprintf(stderr, "floor: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	printf("%ld\n", rows);
	return 0;
}
