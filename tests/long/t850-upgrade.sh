#!/bin/sh
# Upgrades under concurrency (issue 24, point 8): 120 commands started at
# once on a version-1 database -- readers and writers -- all succeed: the
# schema version is read again under the write lock.
. "$(dirname "$0")/../cmd/lib.sh"

v1() {
	fresh
	{ cat "$TOP/tests/schema/v1.sql"; echo 'PRAGMA user_version = 1;'; } |
	    sqlite3 -batch "$SHEGONG_DB" || return 1
	sqlite3 -batch "$SHEGONG_DB" 'PRAGMA journal_mode = WAL' >/dev/null
}

t 'a version-1 database, made with the schema of version 1 (tests/schema)'
v1
run q 'PRAGMA user_version'
out 0 <<EOF
1
EOF

t '120 commands at once on it: every one succeeds, the writes are all there'
run sh -c '
	for i in $(seq 1 120); do
		case $((i % 3)) in
		0) elder add "老人$i" >/dev/null 2>"$T/err.$i" ;;
		1) elder list >/dev/null 2>"$T/err.$i" ;;
		2) report monthly >/dev/null 2>"$T/err.$i" ;;
		esac &
	done
	wait
	cat "$T"/err.* | sort | uniq -c
	sqlite3 "$SHEGONG_DB" "SELECT count(*) FROM elder"'
out 0 <<EOF
40
EOF
run q 'PRAGMA user_version'
out 0 <<EOF
$(sed -n 's/^#define SG_SCHEMA_VERSION[^0-9]*\([0-9]*\).*/\1/p' "$TOP/lib/sg.h")
EOF

done_testing
