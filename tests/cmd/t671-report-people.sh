#!/bin/sh
# report monthly: persons served by kind, elders who volunteer (以老助老)
# and their hours, staff work beside volunteer service, supervision --
# every row checked against plain SQL over the tables (not the views).
. "$(dirname "$0")/lib.sh"

for n in 甲 乙 丙 丁; do
	elder add "$n" --joined 2026-01-01 >/dev/null
done
for k in caregiver caregiver resident student family other; do
	elder person add "人$k" --kind "$k" >/dev/null
done
volunteer add 李娟 --role 社工 --joined 2026-01-01 >/dev/null
volunteer add 王督导 --role 督导 --joined 2026-01-01 >/dev/null
volunteer add 老甲 --elder 1 --joined 2026-02-01 >/dev/null
volunteer add 老乙 --elder 2 --joined 2026-10-15 >/dev/null
volunteer add 张晓 --joined 2026-01-01 >/dev/null
event add 小组 --kind group --date 2026-10-14 --start 14:00 --end 15:30 \
    --repeat weekly --count 6 >/dev/null
event add 培训 --kind training --date 2026-11-03 --start 09:00 \
    --end 11:00 >/dev/null
SHEGONG_TODAY=2026-10-14 event attend 1 1 person:1 person:3 >/dev/null
SHEGONG_TODAY=2026-11-04 event attend 4 1 2 person:1 person:2 person:4 \
    person:5 >/dev/null
SHEGONG_TODAY=2026-11-11 event attend 5 person:1 person:6 person:3 >/dev/null
event staff 1 老甲 李娟 >/dev/null
event staff 4 老甲 老乙 李娟 王督导 >/dev/null
event staff 7 老甲 张晓 李娟 >/dev/null
visit log 3 --by 老甲 --by 李娟 --minutes 50 --date 2026-11-06 >/dev/null
visit log 4 --by 老乙 --minutes 30 --date 2026-10-20 >/dev/null
visit log 3 --kind supervision --by 王督导 --by 李娟 --supervises 李娟 \
    --minutes 45 --date 2026-11-20 >/dev/null
visit log 4 --kind supervision --by 王督导 --by 李娟 --supervises 李娟 \
    --minutes 30 --date 2026-11-21 >/dev/null
volunteer log 老乙 --hours 1.5 --content 清扫 --date 2026-11-12 >/dev/null
volunteer log 李娟 --hours 3 --content 台账 --date 2026-11-13 >/dev/null

# sql FROM TO SQL: one number, :F and :T the period
sql() {
	sqlite3 -batch "$SHEGONG_DB" ".param set :F \"'$1'\"" \
	    ".param set :T \"'$2'\"" "$3"
}
# hours: as the report prints them (2 decimals, zeros dropped)
hours() { awk -v x="$1" 'BEGIN { x = sprintf("%.2f", x); sub(/0+$/, "", x);
	sub(/\.$/, "", x); print x }'; }
row() {	# row SECTION METRIC SQL [hours]
	a=$(sql 2026-11-01 2026-11-30 "$3") b=$(sql 2026-10-01 2026-10-31 "$3")
	if [ $# -eq 4 ]; then a=$(hours "$a") b=$(hours "$b"); fi
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$a" "$b"
}
EV="event_id IN (SELECT id FROM event WHERE status = 'scheduled' AND
    date >= :F AND date <= :T)"
STAFF="role IN ('social-worker', 'supervisor')"
# the hours of volunteers matching COND, from the three sources
H() {
	echo "SELECT (SELECT coalesce(sum(round(v.minutes / 60.0, 2)), 0)
	    FROM visit v JOIN visit_visitor vv ON vv.visit_id = v.id JOIN
	    volunteer w ON w.id = vv.volunteer_id WHERE v.date >= :F AND
	    v.date <= :T AND v.minutes IS NOT NULL AND $1) +
	    (SELECT coalesce(sum(s.hours), 0) FROM staffing s JOIN event e ON
	    e.id = s.event_id JOIN volunteer w ON w.id = s.volunteer_id WHERE
	    e.status = 'scheduled' AND e.date >= :F AND e.date <= :T AND $1
	    AND ($2)) +
	    (SELECT coalesce(sum(l.hours), 0) FROM hours_log l JOIN volunteer w
	    ON w.id = l.volunteer_id WHERE l.date >= :F AND l.date <= :T AND
	    $1)"
}

t 'persons served by kind, elders who volunteer, staff work: as in SQL'
{
	row events persons "SELECT count(DISTINCT person_id) FROM attendance
	    WHERE $EV"
	for k in caregiver resident student family other; do
		row events persons.$k "SELECT count(DISTINCT a.person_id) FROM
		    attendance a JOIN person p ON p.id = a.person_id WHERE
		    a.$EV AND p.kind = '$k'"
	done
	row volunteers active "SELECT count(*) FROM volunteer WHERE NOT
	    $STAFF AND joined <= :T AND status = 'active'"
	row volunteers new "SELECT count(*) FROM volunteer WHERE NOT $STAFF
	    AND joined >= :F AND joined <= :T"
	row volunteers elders_volunteering "SELECT count(*) FROM volunteer
	    WHERE elder_id IS NOT NULL AND NOT $STAFF AND joined <= :T"
	row volunteers elder_hours "$(H "w.elder_id IS NOT NULL AND NOT
	    w.$STAFF" "e.kind <> 'training'")" h
	row volunteers training_hours "SELECT coalesce(sum(s.hours), 0) FROM
	    staffing s JOIN event e ON e.id = s.event_id JOIN volunteer w ON
	    w.id = s.volunteer_id WHERE e.kind = 'training' AND NOT w.$STAFF
	    AND e.date >= :F AND e.date <= :T" h
	row volunteers hours "$(H "NOT w.$STAFF" "e.kind <> 'training'")" h
	row staff active "SELECT count(*) FROM volunteer WHERE $STAFF AND
	    joined <= :T AND status = 'active'"
	row staff work_hours "$(H "w.$STAFF" "1")" h
	row staff supervisions "SELECT count(*) FROM visit WHERE
	    kind = 'supervision' AND supervised_id IS NOT NULL AND
	    date >= :F AND date <= :T"
	row staff supervised "SELECT count(DISTINCT supervised_id) FROM visit
	    WHERE kind = 'supervision' AND date >= :F AND date <= :T"
} >"$T/want"
run sh -c 'report monthly --month 2026-11 -o tsv | grep -E "^events	persons|^volunteers	(active|new|elders_volunteering|elder_hours|training_hours|hours)	|^staff"'
out 0 <"$T/want"

t 'the figures are not trivial'
run cat "$T/want"
out 0 <<EOF
events	persons	6	2
events	persons.caregiver	2	1
events	persons.resident	1	1
events	persons.student	1	0
events	persons.family	1	0
events	persons.other	1	0
volunteers	active	3	3
volunteers	new	0	1
volunteers	elders_volunteering	2	2
volunteers	elder_hours	5.33	2
volunteers	training_hours	4	0
volunteers	hours	5.33	2
staff	active	2	2
staff	work_hours	11.33	1.5
staff	supervisions	2	0
staff	supervised	1	0
EOF

t 'the text page: the staff section beside the volunteers'
run sh -c 'report monthly --month 2026-11 | grep -A4 "^STAFF"'
out 0 <<EOF
STAFF 工作人员                       2026-11   2026-10    change
  active 在册                              2         2         0
  work_hours 工作时长                  11.33       1.5     +9.83
  supervisions 督导次数                    2         0        +2
  supervised 受督导人数                    1         0        +1
EOF

done_testing
