#!/bin/sh
# The schema in one place: a database made new (lib/schema.sql) and one
# brought up from each earlier version (the real files of each version,
# kept in tests/schema/, triggers included) have the same tables and
# columns, indexes, foreign keys, views and triggers; every column of
# every logged table is in its change-log triggers.
. "$(dirname "$0")/lib.sh"

S=$TOP/tests/schema

# describe DB: what must be the same, one line a fact, whitespace folded
describe() {
	sqlite3 -batch -separator '|' "$1" "
	SELECT 'version', user_version FROM pragma_user_version;
	SELECT 'object', type, name, tbl_name FROM sqlite_schema
	    ORDER BY type, name;
	SELECT 'column', m.name, c.cid, c.name, c.type, c.\"notnull\",
	    c.dflt_value, c.pk, c.hidden
	    FROM sqlite_schema m, pragma_table_xinfo(m.name) c
	    WHERE m.type = 'table' ORDER BY m.name, c.cid;
	SELECT 'index', m.name, i.name, i.\"unique\", i.origin, i.partial
	    FROM sqlite_schema m, pragma_index_list(m.name) i
	    WHERE m.type = 'table' ORDER BY m.name, i.name;
	SELECT 'foreign key', m.name, f.id, f.seq, f.\"table\", f.\"from\",
	    f.\"to\", f.on_update, f.on_delete
	    FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
	    WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq;"
	sqlite3 -batch -separator '|' "$1" "
	SELECT 'sql', type, name, sql || char(30)
	    FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name;" |
	# the text of each object without comments, blanks and quotes, so
	# that a column added by ALTER TABLE reads as one written in place
	awk 'BEGIN { RS = "\036" } {
		gsub(/--[^\n]*/, ""); gsub(/[ \t\n"]/, ""); if ($0 != "") print }'
}

# old N DB: a database of schema version N, from the files of versions
# 1 to N as they were (tests/schema/vK.sql); FIRST=1 for the first
# version 1, whose triggers missed caregiver_relation.
old() {
	rm -f "$2"
	{
		if [ "${FIRST:-0}" = 1 ]; then
			sed -e "s/ 'caregiver_relation', \(NEW\|OLD\)\.caregiver_relation,//g" \
			    -e "s/ OLD\.caregiver_relation IS NOT NEW\.caregiver_relation OR//" \
			    "$S/v1.sql"
		else
			cat "$S/v1.sql"
		fi
		k=2
		while [ "$k" -le "$1" ]; do
			cat "$S/v$k.sql"
			k=$((k + 1))
		done
		echo "PRAGMA user_version = $1;"
	} | sqlite3 -batch "$2"
}

t 'a new database'
run elder add 新
out 0 <<EOT
1
EOT
describe "$SHEGONG_DB" >"$T/new.txt"
run grep -c '^object|trigger|' "$T/new.txt"
out 0 <<EOT
82
EOT

for v in first 1 2 3 4 5 6 7; do
	t "version $v brought up to date: the same schema as a new database"
	n=$v
	[ "$v" = first ] && n=1
	FIRST=$([ "$v" = first ] && echo 1 || echo 0) old "$n" "$T/v$v.db"
	run env SHEGONG_DB="$T/v$v.db" elder list
	out 0 </dev/null
	describe "$T/v$v.db" >"$T/v$v.txt"
	run diff "$T/new.txt" "$T/v$v.txt"
	out 0 </dev/null
done

t 'a writer brings version 2 up to date too'
old 2 "$T/w2.db"
run env SHEGONG_DB="$T/w2.db" elder add 旧
out 0 <<EOT
1
EOT
describe "$T/w2.db" >"$T/w2.txt"
run diff "$T/new.txt" "$T/w2.txt"
out 0 </dev/null

# unlogged DB: the columns of each logged table missing from the text of
# its triggers: not compared in the update trigger, or not in the old or
# new row of any trigger
unlogged() {
	sqlite3 -batch -separator '|' "$1" "
	SELECT g.name, c.name FROM sqlite_schema m,
	    pragma_table_info(m.name) c, sqlite_schema g
	    WHERE m.type = 'table' AND g.type = 'trigger'
	    AND g.tbl_name = m.name
	    AND (instr(replace(g.sql, '\"', ''), '''' || c.name || ''', '
	    || CASE WHEN g.name LIKE '%_log_delete' THEN 'OLD.' ELSE 'NEW.'
	    END || c.name) = 0 OR (g.name LIKE '%_log_update' AND
	    (instr(replace(g.sql, '\"', ''), '''' || c.name || ''', OLD.'
	    || c.name) = 0 OR instr(replace(g.sql, '\"', ''), 'OLD.' ||
	    c.name || ' IS NOT NEW.' || c.name) = 0)))
	    ORDER BY 1, 2"
}

t 'every column of every logged table is in its triggers'
run unlogged "$SHEGONG_DB"
out 0 </dev/null

t '... which the first version 1 missed, before it was brought up'
FIRST=1 old 1 "$T/first.db"
run unlogged "$T/first.db"
out 0 <<EOT
elder_log_delete|caregiver_relation
elder_log_insert|caregiver_relation
elder_log_update|caregiver_relation
EOT

t 'the tables with no change-log trigger, and those logging inserts only'
run sqlite3 -batch "$SHEGONG_DB" "
	SELECT name || ': ' || (SELECT count(*) FROM sqlite_schema g
	    WHERE g.type = 'trigger' AND g.tbl_name = m.name)
	    FROM sqlite_schema m WHERE type = 'table' AND (SELECT count(*)
	    FROM sqlite_schema g WHERE g.type = 'trigger' AND
	    g.tbl_name = m.name) <> 3 ORDER BY name"
out 0 <<EOT
changelog: 0
disclosure: 1
EOT

t 'a column added by a migration is logged without being named anywhere'
old 3 "$T/add.db"
sqlite3 "$T/add.db" "ALTER TABLE elder ADD COLUMN hobby TEXT"
run env SHEGONG_DB="$T/add.db" elder list
out 0 </dev/null
run unlogged "$T/add.db"
out 0 </dev/null
run sqlite3 "$T/add.db" "SELECT count(*) FROM sqlite_schema WHERE
    type = 'trigger' AND tbl_name = 'elder' AND sql LIKE '%hobby%'"
out 0 <<EOT
3
EOT

t 'the build refuses migrations with a gap'
run sh "$TOP/mk/schema.sh" "$T/schema.c" "$TOP/lib/schema.sql" \
    "$TOP/lib/schema2.sql" "$TOP/lib/schema4.sql"
err 1 "$TOP/mk/schema.sh: migration 3 (lib/schema3.sql) is missing before 4"

done_testing
