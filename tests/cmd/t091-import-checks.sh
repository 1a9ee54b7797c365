#!/bin/sh
# A big import tests the table's CHECK constraints once, over the whole
# table, after its last record (issue 25: not by each INSERT): every
# record imported keeps them, each value checked in C as before, and a
# table that breaks one refuses the import, nothing imported.
. "$(dirname "$0")/lib.sh"

printf 'name\tliving\tstatus\tarchive_reason\n张三\talone\tactive\t\n李四\twith-children\tarchived\tmoved\n' >"$T/ok.tsv"

t 'an import stores its records, each with its change-log row'
run elder import "$T/ok.tsv"
out 0 <<EOF
1
2
EOF
run q "select id, living, status, archive_reason from elder"
out 0 <<EOF
1	alone	active	
2	with-children	archived	moved
EOF
run q "select record, op, json_extract(new, '$.living') from changelog where tbl = 'elder'"
out 0 <<EOF
1	insert	alone
2	insert	with-children
EOF

t 'a value no CHECK would allow is still refused in C'
printf 'name\tliving\n王五\tsomewhere\n' >"$T/bad.tsv"
run elder import "$T/bad.tsv"
err 1 "elder: $T/bad.tsv:2: living: invalid value 'somewhere': expected alone, couple, with-children or other
elder: $T/bad.tsv: 1 bad record: nothing imported"

t 'a big import on a table breaking a CHECK (written around shegong) refuses it'
sqlite3 "$SHEGONG_DB" "PRAGMA ignore_check_constraints = 1;
    DROP TRIGGER elder_log_update; UPDATE elder SET living = 'somewhere'
    WHERE id = 1"
awk 'BEGIN { print "name"; for (i = 1; i <= 1001; i++) print "老人" i }' \
    >"$T/big.tsv"
run elder import "$T/big.tsv"
err 1 "elder: $T/big.tsv: CHECK constraint failed in elder: nothing imported"
run q "select count(*) from elder; select count(*) from changelog where tbl = 'elder'"
out 0 <<EOF
2
2
EOF

t 'a small one (under 1000 records) is checked row by row, the table not read'
printf 'name\n赵六\n' >"$T/one.tsv"
run elder import "$T/one.tsv"
out 0 <<EOF
3
EOF

t 'the big one on a sound table: every record stored and logged'
sqlite3 "$SHEGONG_DB" "PRAGMA ignore_check_constraints = 1;
    UPDATE elder SET living = 'alone' WHERE id = 1"
run elder import "$T/big.tsv"
run q "select count(*), max(id) from elder; select count(*) from changelog where tbl = 'elder' and op = 'insert'"
out 0 <<EOF
1004	1004
1004
EOF

done_testing
