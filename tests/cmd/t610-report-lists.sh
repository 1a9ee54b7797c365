#!/bin/sh
# report coverage, volunteers, elder, query; several --db files.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/report-fixture.sh"

t 'the fixture builds'
run fixture
out 0 </dev/null

t 'coverage: one row per rule and all; the quarterly rule judged in September'
run report coverage --period 2026-09 -H
out 0 <<EOF
rule	required	met	missed	pending	rate
高风险	21	0	21	0	0.0
重点	7	7	0	0	100.0
一般	12	12	0	0	100.0
all	40	19	21	0	47.5
EOF

t 'coverage: this month by default; a month not ended is met once visited'
run report coverage
out 0 <<EOF
高风险	22	0	22	0	0.0
重点	8	8	0	0	100.0
一般	0	0	0	0	
all	30	8	22	0	26.7
EOF

t 'coverage --misses: just the ids, one a line, as in the SQL count'
run sh -c 'report coverage --period 2026-09 --misses | wc -l; report coverage --period 2026-09 --misses | head -3'
out 0 <<EOF
21
2
3
4
EOF

t 'coverage --misses pipes into elder show'
run sh -c 'report coverage --period 2026-09 --misses | head -1 | elder show -o json | cut -d, -f1-2'
out 0 <<EOF
{"id":2,"name":"张金凤"
EOF

t 'volunteers: hours by source, visits and events, as counted in SQL; staff work apart'
run report volunteers --period 2026-10 -H
{
	printf 'id\tname\tteams\tvisits\tevents\tvisit_hours\tevent_hours\tmanual_hours\ttotal\twork_hours\n'
	q "SELECT v.id, v.name,
	    coalesce((SELECT group_concat(n, ',') FROM (SELECT t.name AS n FROM
	    team t JOIN team_member m ON m.team_id = t.id WHERE
	    m.volunteer_id = v.id ORDER BY t.name)), ''),
	    (SELECT count(*) FROM visit_visitor vv JOIN visit x ON
	    x.id = vv.visit_id WHERE vv.volunteer_id = v.id AND
	    x.date LIKE '2026-10-%'),
	    (SELECT count(*) FROM staffing s JOIN event e ON e.id = s.event_id
	    WHERE s.volunteer_id = v.id AND e.date LIKE '2026-10-%' AND
	    e.status = 'scheduled'),
	    (SELECT coalesce(sum(round(x.minutes / 60.0, 2)), 0) FROM
	    visit_visitor vv JOIN visit x ON x.id = vv.visit_id WHERE
	    vv.volunteer_id = v.id AND x.date LIKE '2026-10-%'),
	    (SELECT coalesce(sum(s.hours), 0) FROM staffing s JOIN event e ON
	    e.id = s.event_id WHERE s.volunteer_id = v.id AND
	    e.date LIKE '2026-10-%' AND e.status = 'scheduled'),
	    (SELECT coalesce(sum(hours), 0) FROM hours_log WHERE
	    volunteer_id = v.id AND date LIKE '2026-10-%'),
	    v.role IN ('social-worker', 'supervisor')
	    FROM volunteer v ORDER BY v.id" |
	awk -F'\t' -v OFS='\t' '
	    function d(x) { x = sprintf("%.2f", x); sub(/0+$/, "", x);
		sub(/\.$/, "", x); return x }
	    $9 == 1 { print $1, $2, $3, $4, $5, 0, 0, 0, 0, d($6 + $7 + $8) }
	    $9 == 0 { print $1, $2, $3, $4, $5, d($6), d($7), d($8),
		d($6 + $7 + $8), 0 }'
} >"$T/want"
out 0 <"$T/want"

t 'elder: the timeline in date order, with visits, events, pairings, archive'
run sh -c 'report elder 3 -H | head -4; report elder 3 | grep -E "	(event|paired|unpaired)	"; report elder 9 | tail -1'
out 0 <<EOF
date	what	id	detail
2023-08-31	joined		孙国富 6-1-102 tags 失能,独居,高龄
2026-09-03	visit	3	home routine by 李娟
2026-09-10	visit	17	home routine by 李娟
2026-09-15	paired	2	张晓
2026-10-08	event	2	group 手工小组 (walk-in)
2026-10-29	event	5	group 手工小组 (walk-in)
2026-11-05	unpaired	2	张晓
2026-11-10	archived		deceased
EOF

t 'elder: findings, follow-ups and tag changes are shown'
elder tag 1 --add 空巢 >/dev/null
run sh -c "report elder 1 | grep -E '	(tags|visit)	' | grep -E 'tags|urgent' | head -2 | sed 's/^[0-9-]*	tags/DAY	tags/'"
out 0 <<EOF
2026-09-15	visit	27	video routine by 王强; safety urgent
DAY	tags	$(q "SELECT max(id) FROM changelog WHERE tbl = 'elder' AND record = 1")	低保,空巢 (was 低保)
EOF

t 'elder: an unknown id is an error; a bad id a usage error'
run report elder 999
err 1 'report: unknown elder id 999'
run report elder x
err 1 "report: 'x': no elder has that id, ID number or name"
run report elder
err 2 'report: elder: wrong arguments
usage: report elder ID'

q 'SELECT count(*), total_changes() FROM changelog' >"$T/before"
md5sum <"$SHEGONG_DB" >"$T/before.md5"

t 'query: a read-only statement in any output format'
run report query "SELECT id, name FROM elder WHERE id <= 2 ORDER BY id" -o json
out 0 <<EOF
{"id":1,"name":"刘桂英"}
{"id":2,"name":"张金凤"}
EOF
run sh -c 'report query "SELECT name, count(*) AS n FROM team t JOIN team_member m ON m.team_id = t.id GROUP BY 1 ORDER BY 1" -o csv | od -c | head -2' 
out 0 <<EOF
$(printf 'name,n\r\n医疗卫生保健,2\r\n敬老,2\r\n' | od -c | head -2)
EOF

t 'query: the SQL may come on standard input'
run sh -c 'echo "SELECT count(*) AS n FROM visit_visitor" | report query -H'
out 0 <<EOF
n
$(q 'SELECT count(*) FROM visit_visitor')
EOF

t 'query: writes are refused, exit 1, nothing changed'
for s in "delete from elder" "insert into meta values ('a', 'b')" \
    "update elder set name = 'x'" "drop table elder" \
    "create table x (y)" "replace into meta values ('a', 'b')"; do
	run report query "$s"
	case $s in
	"delete from elder"|"update elder"*)
		# elder is a view of the sandbox of masked values
		err 1 "report: query: refused: only reading is allowed: cannot modify elder because it is a view" ;;
	*)	err 1 "report: query: refused: only reading is allowed: not authorized" ;;
	esac
done

t 'query: pragma writable_schema, attach, a transaction are refused'
for s in "pragma writable_schema=1" "pragma query_only=0" \
    "attach '$T/x.db' as x" "begin" "pragma optimize" "vacuum"; do
	run report query "$s"
	case $s in
	vacuum) err 1 "report: query: refused: the statement would write" ;;
	*) err 1 "report: query: refused: only reading is allowed: not authorized" ;;
	esac
done

t 'query: a statement with two parts is refused, even when both read'
run report query "select 1; delete from elder"
err 1 "report: query: refused: only one statement is allowed"
run report query "select 1; select 2"
err 1 "report: query: refused: only one statement is allowed"
run report query " -- nothing"
err 1 "report: query: no statement given"

t 'query: reading pragmas are allowed'
run report query "pragma user_version"
out 0 <<EOF
$SCHEMA
EOF

t 'query: the database is unchanged after all of the above'
run sh -c 'q() { sqlite3 -batch -separator "	" "$SHEGONG_DB" "$1"; }; q "SELECT count(*), total_changes() FROM changelog"; md5sum <"$SHEGONG_DB"; [ ! -e "$T/x.db" ] && echo no-attach-file'
out 0 <<EOF
$(cat "$T/before")
$(cat "$T/before.md5")
no-attach-file
EOF

t 'several --db: one report, the station column, totals in station total'
sqlite3 "$SHEGONG_DB" ".backup '$T/b.db'"
printf 'station: {name: 乙站}\n' >"$T/b.yaml"
elder set 1 --note 乙站的 -d "$T/b.db" --config "$T/b.yaml" >/dev/null
run sh -c "report monthly --month 2026-10 -d '$SHEGONG_DB' -d '$T/b.db' -o tsv | awk -F'\t' '\$3 == \"active\" || \$3 == \"all.rate\"'"
A=$(q "SELECT count(*) FROM elder WHERE joined <= '2026-10-31' AND (status = 'active' OR archive_date > '2026-10-31')")
P=$(q "SELECT count(*) FROM elder WHERE joined <= '2026-09-30' AND (status = 'active' OR archive_date > '2026-09-30')")
STAFF="role IN ('social-worker', 'supervisor')"
VA=$(q "SELECT count(*) FROM volunteer WHERE joined <= '2026-10-31' AND NOT $STAFF")
VP=$(q "SELECT count(*) FROM volunteer WHERE joined <= '2026-09-30' AND NOT $STAFF")
SA=$(q "SELECT count(*) FROM volunteer WHERE joined <= '2026-10-31' AND $STAFF")
SP=$(q "SELECT count(*) FROM volunteer WHERE joined <= '2026-09-30' AND $STAFF")
out 0 <<EOF
test.db	elders	active	$A	$P
test.db	visit_rate	all.rate	100.0	100.0
test.db	coverage	all.rate	24.1	47.5
test.db	volunteers	active	$VA	$VP
test.db	staff	active	$SA	$SP
乙站	elders	active	$A	$P
乙站	visit_rate	all.rate	100.0	100.0
乙站	coverage	all.rate	24.1	47.5
乙站	volunteers	active	$VA	$VP
乙站	staff	active	$SA	$SP
total	elders	active	$((A * 2))	$((P * 2))
total	visit_rate	all.rate	100.0	100.0
total	coverage	all.rate	24.1	47.5
total	volunteers	active	$((VA * 2))	$((VP * 2))
total	staff	active	$((SA * 2))	$((SP * 2))
EOF

t 'several --db: coverage --misses gives each id after its station'
run sh -c "report coverage --period 2026-09 --misses -d '$SHEGONG_DB' -d '$T/b.db' | sed -n '1p;\$p'"
out 0 <<EOF
test.db	2
乙站	$(report coverage --period 2026-09 --misses | tail -1)
EOF

t 'a database named with -d must exist (a typo in a cron line is an error)'
run report monthly -d "$T/typo.db"
err 1 "report: cannot open database '$T/typo.db': No such file or directory"

t 'query: read-only table functions work: pragma_table_info, json_each'
run report query "SELECT name FROM pragma_table_info('elder') WHERE cid < 3"
out 0 <<EOF
id
name
gender
EOF
run report query "SELECT value FROM json_each('[1, 2]')"
out 0 <<EOF
1
2
EOF

t 'several --db: query and volunteers get the station column first'
run report query "SELECT count(*) AS n FROM elder" -d "$SHEGONG_DB" -d "$T/b.db" -H
out 0 <<EOF
station	n
test.db	42
乙站	42
EOF
run sh -c "report volunteers --period 2026-10 -d '$SHEGONG_DB' -d '$T/b.db' | cut -f1-3 | sort -u | wc -l"
out 0 <<EOF
8
EOF

t 'several --db: the text report has a page per station after the totals'
run sh -c "report monthly -d '$SHEGONG_DB' -d '$T/b.db' | grep -E 'Monthly report|^stations'"
out 0 <<EOF
all stations Monthly report 2026-11
stations: test.db, 乙站
test.db Monthly report 2026-11
乙站 Monthly report 2026-11
EOF

done_testing
