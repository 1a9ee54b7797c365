#!/bin/sh
# report query reveals nothing the mask hides (issue 24, point 2): without
# --reveal every probe of the issue returns what it would on masked data.
. "$(dirname "$0")/lib.sh"

elder add 甲 --id-number 520112194003020025 >/dev/null
elder add 乙 --id-number 520112194006063426 --note '旧号 520112194006063426' >/dev/null
volunteer add 丙 --id-number 11010519491231002X >/dev/null

t 'JOIN ... USING (id_number) with the real numbers finds nothing; with --reveal it does'
Q="WITH c(id_number) AS (VALUES ('520112194003020025'), ('520112194006063426')) SELECT count(*) FROM elder JOIN c USING (id_number)"
run sh -c 'report query "$1"; report query --reveal "$1"' sh "$Q"
out 0 <<EOF
0
2
EOF

t 'NATURAL JOIN on the number: nothing'
run report query "SELECT count(*) FROM elder NATURAL JOIN (SELECT '520112194003020025' AS id_number)"
out 0 <<EOF
0
EOF

t 'a join with a table of every birth date 1900-2010 recovers nothing'
run report query "WITH RECURSIVE d(x) AS (SELECT julianday('1900-01-01') UNION ALL SELECT x + 1 FROM d WHERE x < julianday('2010-12-31')) SELECT count(*) FROM elder e, d WHERE substr(e.id_number, 7, 8) = strftime('%Y%m%d', d.x)"
out 0 <<EOF
0
EOF

t 'ORDER BY, GROUP BY and comparisons see masked values only'
run report query "SELECT group_concat(id) FROM (SELECT id FROM elder ORDER BY id_number DESC, id)"
out 0 <<EOF
1,2
EOF
run report query "SELECT count(DISTINCT id_number), sum(id_number > '5201121940050'), max(id_number) FROM elder"
out 0 <<EOF
1	0	520112************
EOF

t "LIKE '1101051949%' counts none, in the column, the change log and notes"
run report query "SELECT (SELECT count(*) FROM volunteer WHERE id_number LIKE '1101051949%'), (SELECT count(*) FROM changelog WHERE new LIKE '%1101051949%' OR command LIKE '%1101051949%'), (SELECT count(*) FROM elder WHERE note LIKE '%5201121940%')"
out 0 <<EOF
0	0	0
EOF

t 'substr() of command lines gives the mask'
run report query "SELECT DISTINCT substr(command, instr(command, '--id-number') + 12, 18) FROM changelog WHERE command LIKE '%--id-number%' ORDER BY 1"
out 0 <<EOF
110105************
520112************
EOF

t 'a table read with its schema name is refused'
run report query "SELECT id_number FROM main.elder"
err 1 "report: query: refused: only reading is allowed: access to elder.id_number is prohibited"

t 'the pages of the file stay out of reach: dbstat is refused'
run report query "SELECT count(*) FROM dbstat"
err 1 "report: query: refused: only reading is allowed: not authorized"

done_testing
