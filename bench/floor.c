/*
 * floor.c -- the start-up floor: the smallest C program that opens a
 * database and runs one prepared query, stepping through its rows.
 * What any command over SQLite must at least spend.
 *
 * usage: floor DB [SQL]   (SQL: by default one elder by id)
 */
#include <stdio.h>

#include <sqlite3.h>

int
main(int argc, char **argv)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	const char	*sql = "SELECT id, name FROM elder WHERE id = ?";
	long		 rows = 0;
	int		 rc;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: floor DB [SQL]\n");
		return 2;
	}
	if (argc == 3)
		sql = argv[2];
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK || sqlite3_prepare_v2(db, sql, -1, &st, NULL) !=
	    SQLITE_OK) {
		fprintf(stderr, "floor: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	if (sqlite3_bind_parameter_count(st) > 0)
		sqlite3_bind_int64(st, 1, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		rows++;
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "floor: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	printf("%ld\n", rows);
	return 0;
}
