#!/bin/sh
# report project: a project of three parts with targets (the 锦瑟年华 plan),
# a quarter of scripted activity counted for its parts by --project or by
# the config's default for each kind, and every figure of the report held
# against the same count in plain SQL; the page, the monthly section, and
# the errors.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2026-09-15
cat >"$T/config.yaml" <<'EOT'
projects:
  - name: 锦瑟年华
    from: 2026-07-01
    to: 2026-09-30
    parts:
      - name: 探访关爱
        tag: 独居
        targets: {home_visits: 60, visits: 80, visit_rate: 90, served: 100,
                  people: 8, hours: 40, cases_opened: 3, cases_closed: 2}
      - name: 照顾者小组
        series: 照顾者支持小组
        targets: {sessions: 8, events_group: 8, served: 50, people: 6,
                  hours: 12}
      - name: 你唱我随形相伴
        targets: {events: 6, events_culture: 4, served: 60, people: 10,
                  hours: 10}
    defaults: {visit: 探访关爱, case: 探访关爱, event.group: 照顾者小组,
               event: 你唱我随形相伴, hours: 你唱我随形相伴}
EOT
export SHEGONG_CONFIG="$T/config.yaml"

# Twelve elders: 1-6 live alone (独居, the visit_rate's elders), 7-12 not.
{
	printf 'name\tliving\tbuilding\tjoined\n'
	for i in 1 2 3 4 5 6; do printf '独居%s\talone\t3\t2026-01-01\n' "$i"; done
	for i in 1 2 3 4 5 6; do printf '空巢%s\tcouple\t5\t2026-01-01\n' "$i"; done
} >"$T/elders.tsv"
elder import "$T/elders.tsv" >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
volunteer add 王芳 >/dev/null

# Visits: home visits to 独居1-5 every fortnight, phone calls to 7-8, one
# before the project, one counted elsewhere, one for no project.
for d in 2026-07-03 2026-07-17 2026-07-31 2026-08-14 2026-08-28 \
    2026-09-11; do
	visit log 1 2 3 4 5 --by 1 --minutes 30 --date $d >/dev/null
	visit log 7 8 --mode phone --by 2 --minutes 10 --date $d >/dev/null
done
visit log 6 --by 1 --minutes 40 --date 2026-06-20 >/dev/null
visit log 9 --by 1 --minutes 45 --date 2026-08-05 \
    --project 锦瑟年华/照顾者小组 >/dev/null
visit log 10 --by 2 --minutes 20 --date 2026-08-06 --project none >/dev/null
visit log 1 2 --kind holiday --by 2 --minutes 15 --date 2026-09-14 \
    >/dev/null

# The caregivers' group: twelve weekly sessions from 2026-07-06 (the last
# two after today), nine attended; sing-alongs and a cancelled one.
event add 照顾者支持小组 --kind group --date 2026-07-06 --repeat weekly \
    --count 12 >/dev/null
for e in 1 2 3 4 5 6 7 8 9; do
	event attend $e 7 8 9 10 >/dev/null
done
event attend 3 11 >/dev/null
event staff 1 2 --hours 2 >/dev/null
event staff 2 2 --hours 1.5 >/dev/null
for d in 2026-07-10 2026-08-10 2026-09-10; do
	event add 合唱 --kind culture --date $d >/dev/null
done
event add 重阳排练 --kind culture --date 2026-09-12 >/dev/null
event cancel 16 >/dev/null
event add 中秋联欢 --kind festival --date 2026-09-25 >/dev/null
for e in 13 14 15; do
	event attend $e 1 2 3 4 5 6 11 12 >/dev/null
done
event staff 13 1 --hours 3 >/dev/null
# cases: three opened (one for no project), one closed
elder case open 1 --need medical --date 2026-07-20 >/dev/null
elder case open 2 --need emotional --date 2026-08-20 >/dev/null
elder case open 3 --need legal --date 2026-08-21 --project none >/dev/null
elder case close 1 --outcome resolved --feedback 好 --date 2026-09-01 \
    >/dev/null
# manual hours: one by default, one for the group
volunteer log 1 --hours 3 --content 合唱排练 --date 2026-08-01 >/dev/null
volunteer log 2 --hours 1 --content 照顾者电话 --date 2026-08-02 \
    --project 锦瑟年华/照顾者小组 >/dev/null

t 'defaults per kind: each record counts for its part, unless --project'
run q "SELECT 'visit', coalesce(part, '-'), count(*) FROM visit GROUP BY 2
    UNION ALL SELECT 'event ' || kind, coalesce(part, '-'), count(*)
    FROM event GROUP BY 1, 2
    UNION ALL SELECT 'case', coalesce(part, '-'), count(*) FROM elder_case
    GROUP BY 2
    UNION ALL SELECT 'hours', coalesce(part, '-'), count(*) FROM hours_log
    GROUP BY 2"
out 0 <<'EOT'
visit	-	2
visit	探访关爱	44
visit	照顾者小组	1
event culture	你唱我随形相伴	4
event festival	你唱我随形相伴	1
event group	照顾者小组	12
case	-	1
case	探访关爱	2
hours	你唱我随形相伴	1
hours	照顾者小组	1
EOT

# expect PART TARGET SQL: the row report project should print for a count
# target, from the SQL's count; GOAL from the config; the percentage and
# the pace a week from awk (15 days left after 2026-09-15).
P="project = '锦瑟年华' AND part"
IN="BETWEEN '2026-07-01' AND '2026-09-15'"
expect() {
	n=$(q "$3")
	awk -v part="$1" -v what="$2" -v goal="$4" -v n="$n" -v rate="${5:-}" \
	    'function num(x) { x = sprintf("%.2f", x); sub(/0+$/, "", x);
		sub(/\.$/, "", x); return x }
	BEGIN {
		if (rate != "") {
			split(n, a, "\t"); v = a[2] ? int(1000 * a[1] / a[2] + 0.5) / 10 : 0
			printf "锦瑟年华\t%s\t%s\t%s\t%.1f\t%.1f\t\t", part, what,
			    num(goal), v, int(1000 * v / goal + 0.5) / 10
		} else {
			left = goal - n; w = 15 / 7; c = left > 0 ? left / w : 0
			c = int(c * 10 - 1e-9) + (c * 10 - int(c * 10 - 1e-9) > 1e-9)
			printf "锦瑟年华\t%s\t%s\t%s\t%s\t%.1f\t%.1f\t", part, what,
			    num(goal), num(n), int(1000 * n / goal + 0.5) / 10, c / 10
		}
		print "2026-07-01\t2026-09-30\t2026-09-15"
	}'
}
SERVED="(SELECT 'e' || elder_id AS who, date, project, part FROM visit
    UNION ALL SELECT 'e' || a.elder_id, e.date, e.project, e.part
    FROM attendance a JOIN event e ON e.id = a.event_id
    WHERE e.status = 'scheduled')"
HOURS() {
	echo "SELECT coalesce((SELECT sum(round(v.minutes / 60.0, 2)) FROM visit v
	    JOIN visit_visitor vv ON vv.visit_id = v.id WHERE v.$P = '$1' AND
	    v.date $IN), 0) + coalesce((SELECT sum(s.hours) FROM staffing s
	    JOIN event e ON e.id = s.event_id WHERE e.status = 'scheduled' AND
	    e.$P = '$1' AND e.date $IN), 0) + coalesce((SELECT sum(hours)
	    FROM hours_log WHERE $P = '$1' AND date $IN), 0)"
}
{
	a=探访关爱
	expect $a home_visits "SELECT count(*) FROM visit WHERE $P = '$a' AND
	    mode = 'home' AND date $IN" 60
	expect $a visits "SELECT count(*) FROM visit WHERE $P = '$a' AND
	    date $IN" 80
	expect $a visit_rate "SELECT (SELECT count(DISTINCT v.elder_id) FROM
	    visit v JOIN elder e ON e.id = v.elder_id WHERE v.$P = '$a' AND
	    v.mode = 'home' AND v.date $IN AND e.living = 'alone'),
	    (SELECT count(*) FROM elder WHERE living = 'alone')" 90 rate
	expect $a served "SELECT count(*) FROM $SERVED WHERE $P = '$a' AND
	    date $IN" 100
	expect $a people "SELECT count(DISTINCT who) FROM $SERVED WHERE
	    $P = '$a' AND date $IN" 8
	expect $a hours "$(HOURS $a)" 40
	expect $a cases_opened "SELECT count(*) FROM elder_case WHERE
	    $P = '$a' AND opened $IN" 3
	expect $a cases_closed "SELECT count(*) FROM elder_case WHERE
	    $P = '$a' AND status = 'closed' AND closed $IN" 2
	a=照顾者小组
	expect $a sessions "SELECT count(*) FROM event WHERE
	    series = '照顾者支持小组' AND status = 'scheduled' AND date $IN" 8
	expect $a events_group "SELECT count(*) FROM event WHERE $P = '$a'
	    AND kind = 'group' AND status = 'scheduled' AND date $IN" 8
	expect $a served "SELECT count(*) FROM $SERVED WHERE $P = '$a' AND
	    date $IN" 50
	expect $a people "SELECT count(DISTINCT who) FROM $SERVED WHERE
	    $P = '$a' AND date $IN" 6
	expect $a hours "$(HOURS $a)" 12
	a=你唱我随形相伴
	expect $a events "SELECT count(*) FROM event WHERE $P = '$a' AND
	    status = 'scheduled' AND date $IN" 6
	expect $a events_culture "SELECT count(*) FROM event WHERE $P = '$a'
	    AND kind = 'culture' AND status = 'scheduled' AND date $IN" 4
	expect $a served "SELECT count(*) FROM $SERVED WHERE $P = '$a' AND
	    date $IN" 60
	expect $a people "SELECT count(DISTINCT who) FROM $SERVED WHERE
	    $P = '$a' AND date $IN" 10
	expect $a hours "$(HOURS $a)" 10
} >"$T/expected"

t 'every figure of report project is the plain SQL count'
run report project -o tsv
out 0 <"$T/expected"

t '... and the figures themselves, as a person checks them'
run report project -o tsv -c part,target,done,percent,per_week
out 0 <<'EOT'
探访关爱	home_visits	32	53.3	13.1
探访关爱	visits	44	55.0	16.8
探访关爱	visit_rate	83.3	92.6	
探访关爱	served	44	44.0	26.2
探访关爱	people	7	87.5	0.5
探访关爱	hours	17.54	43.9	10.5
探访关爱	cases_opened	2	66.7	0.5
探访关爱	cases_closed	1	50.0	0.5
照顾者小组	sessions	11	137.5	0.0
照顾者小组	events_group	11	137.5	0.0
照顾者小组	served	38	76.0	5.6
照顾者小组	people	5	83.3	0.5
照顾者小组	hours	5.25	43.8	3.2
你唱我随形相伴	events	3	50.0	1.4
你唱我随形相伴	events_culture	3	75.0	0.5
你唱我随形相伴	served	24	40.0	16.8
你唱我随形相伴	people	8	80.0	1.0
你唱我随形相伴	hours	6	60.0	1.9
EOT

t 'the text page: per part, target, goal, done, percent and pace a week'
run report project 锦瑟年华
out 0 <<'EOT'
锦瑟年华 project progress
period  2026-07-01 to 2026-09-30
as of   2026-09-15 (day 77 of 92)

探访关爱                                goal      done   percent    per week
  home_visits 上门探访                    60        32     53.3%        13.1
  visits 探访                             80        44     55.0%        16.8
  visit_rate 探访率                      90%     83.3%     92.6%           -
  served 服务人次                        100        44     44.0%        26.2
  people 服务人数                          8         7     87.5%         0.5
  hours 服务时长                          40     17.54     43.9%        10.5
  cases_opened 新开个案                    3         2     66.7%         0.5
  cases_closed 结案                        2         1     50.0%         0.5

照顾者小组                              goal      done   percent    per week
  sessions 场次                            8        11    137.5%         0.0
  events_group 小组活动                    8        11    137.5%         0.0
  served 服务人次                         50        38     76.0%         5.6
  people 服务人数                          6         5     83.3%         0.5
  hours 服务时长                          12      5.25     43.8%         3.2

你唱我随形相伴                          goal      done   percent    per week
  events 活动数                            6         3     50.0%         1.4
  events_culture 文化活动                  4         3     75.0%         0.5
  served 服务人次                         60        24     40.0%        16.8
  people 服务人数                         10         8     80.0%         1.0
  hours 服务时长                          10         6     60.0%         1.9
EOT

t 'the same page in Chinese'
run report project --labels zh
out 0 <<'EOT'
锦瑟年华 项目进度
周期  2026-07-01 至 2026-09-30
截至  2026-09-15（77/92 天）

探访关爱                                目标      完成    完成率  每周需完成
  上门探访                                60        32     53.3%        13.1
  探访                                    80        44     55.0%        16.8
  探访率                                 90%     83.3%     92.6%           -
  服务人次                               100        44     44.0%        26.2
  服务人数                                 8         7     87.5%         0.5
  服务时长                                40     17.54     43.9%        10.5
  新开个案                                 3         2     66.7%         0.5
  结案                                     2         1     50.0%         0.5

照顾者小组                              目标      完成    完成率  每周需完成
  场次                                     8        11    137.5%         0.0
  小组活动                                 8        11    137.5%         0.0
  服务人次                                50        38     76.0%         5.6
  服务人数                                 6         5     83.3%         0.5
  服务时长                                12      5.25     43.8%         3.2

你唱我随形相伴                          目标      完成    完成率  每周需完成
  活动数                                   6         3     50.0%         1.4
  文化活动                                 4         3     75.0%         0.5
  服务人次                                60        24     40.0%        16.8
  服务人数                                10         8     80.0%         1.0
  服务时长                                10         6     60.0%         1.9
EOT

t 'the html page holds each part and its figures'
run sh -c 'report project -o html | grep -c "<tr><td>"'
out 0 <<'EOT'
18
EOT
run sh -c 'report project -o html | grep -o "<h3>[^<]*</h3>"'
out 0 <<'EOT'
<h3>探访关爱</h3>
<h3>照顾者小组</h3>
<h3>你唱我随形相伴</h3>
EOT

t 'xlsx: the rows as a workbook, numbers as numbers, read back by openpyxl'
report project -o xlsx >"$T/p.xlsx"
run /usr/bin/python3 -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
rows = list(ws.iter_rows(values_only=True))
print(len(rows), rows[0][:4], rows[1][2:7], rows[3][6])' "$T/p.xlsx"
out 0 <<'EOT'
19 ('Project', 'Part', 'Target', 'Goal') ('home_visits', 60, 32, 53.3, 13.1) None
EOT

t '--period narrows the project: August, done in it, no pace once ended'
run sh -c 'report project --period 2026-08 -o tsv -c target,done,per_week |
    head -n 3'
out 0 <<'EOT'
home_visits	10	
visits	14	
visit_rate	83.3	
EOT

t 'report monthly: the projects section is report project over the month'
report project --period 2026-08 -o tsv -c part,target,done |
    awk -F '\t' '{ print "projects\t" $1 "." $2 "\t" $3 }' >"$T/aug"
run sh -c 'report monthly --month 2026-08 -o tsv | grep "^projects" | cut -f 1-3'
out 0 <"$T/aug"
run sh -c 'report monthly --month 2026-08 -o tsv | grep -c "^projects"'
out 0 <<'EOT'
18
EOT
run sh -c 'report monthly --month 2026-08 | grep -A 2 "^PROJECTS"'
out 0 <<'EOT'
PROJECTS 项目                        2026-08   2026-07    change
  探访关爱.home_visits 上门探访           10        15        -5
  探访关爱.visits 探访                    14        21        -7
EOT

t 'a monthly report with no project in the month has no projects section'
run sh -c 'report monthly --month 2026-11 | grep -c "PROJECTS"'
out 1 <<'EOT'
0
EOT

t '--project: wrong ones are refused and nothing is written'
run visit log 1 --project 锦瑟年华
err 1 "visit: project: '锦瑟年华': expected PROJECT/PART"
run visit log 1 --project 夕阳红/探访
err 1 "visit: project: no project '夕阳红' in the config"
run event add 茶话会 --date 2026-09-16 --project 锦瑟年华/茶话
err 1 "event: project: no part '茶话' in project '锦瑟年华'"
run elder case open 4 --need medical --project /探访关爱
err 1 "elder: project: '/探访关爱': expected PROJECT/PART"
run volunteer log 1 --hours 1 --content x --project 锦瑟年华/
err 1 "volunteer: project: '锦瑟年华/': expected PROJECT/PART"
run q "SELECT (SELECT count(*) FROM visit), (SELECT count(*) FROM event),
    (SELECT count(*) FROM elder_case), (SELECT count(*) FROM hours_log)"
out 0 <<'EOT'
47	17	3	2
EOT

t 'report project: an unknown project, or none in the config'
run report project 夕阳红
err 1 "report: project: no project '夕阳红' in the config"
run env SHEGONG_CONFIG=/dev/null report project
err 1 "report: project: no projects in the config (see shegong.yaml(5))"

t 'report project: a period not begun counts nothing, and -c is for rows'
run env SHEGONG_TODAY=2026-06-30 report project -o tsv -c target,done,percent,per_week
out 0 <<'EOT'
home_visits	0	0.0	4.6
visits	0	0.0	6.1
visit_rate	0.0	0.0	
served	0	0.0	7.7
people	0	0.0	0.7
hours	0	0.0	3.1
cases_opened	0	0.0	0.3
cases_closed	0	0.0	0.2
sessions	0	0.0	0.7
events_group	0	0.0	0.7
served	0	0.0	3.9
people	0	0.0	0.5
hours	0	0.0	1.0
events	0	0.0	0.5
events_culture	0	0.0	0.4
served	0	0.0	4.6
people	0	0.0	0.8
hours	0	0.0	0.8
EOT
run report project -c target
err 1 "report: -c: not available for the text page: use -o tsv, csv or json"

t 'the config: bad projects are errors naming file, line and key'
cfg() { printf '%s\n' "$@" >"$T/bad.yaml"; run env SHEGONG_CONFIG="$T/bad.yaml" report project; }
cfg 'projects:' '  - {name: a, from: 2026-01-01, to: 2026-12-31,' \
    '     parts: [{name: b, targets: {visitz: 3}}]}'
err 1 "report: $T/bad.yaml:3: projects.parts.targets.visitz: unknown target: expected visits, home_visits, visit_rate, events, events_KIND, sessions, served, people, hours, cases_opened or cases_closed"
cfg 'projects:' '  - {name: a, from: 2026-01-01, to: 2026-12-31,' \
    '     parts: [{name: b, targets: {visit_rate: 120}}]}'
err 1 "report: $T/bad.yaml:3: projects.parts.targets.visit_rate: expected a number more than 0 (a percentage for visit_rate), not '120'"
cfg 'projects:' '  - {name: a, from: 2026-01-01, to: 2026-12-31,' \
    '     parts: [{name: b}], defaults: {visit: c}}'
err 1 "report: $T/bad.yaml:3: projects.defaults.visit: no part 'c' in the project (parts come before defaults)"
cfg 'projects:' '  - {name: a/b, from: 2026-01-01, to: 2026-12-31, parts: [{name: b}]}'
err 1 "report: $T/bad.yaml:2: projects.name: invalid name 'a/b': 1 to 64 bytes, no '/'"
cfg 'projects:' '  - {name: a, from: 2026-12-31, to: 2026-01-01, parts: [{name: b}]}'
err 1 "report: $T/bad.yaml:2: projects: project 'a' ends before it begins"
cfg 'projects:' '  - {name: a, parts: [{name: b}]}'
err 1 "report: $T/bad.yaml:2: projects: a project needs a name, from, to and parts"
cfg 'projects:' '  - {name: a, from: 2026-01-01, to: 2026-12-31,' \
    '     parts: [{name: b}], defaults: {visits: b}}'
err 1 "report: $T/bad.yaml:3: projects.defaults.visits: unknown kind: expected visit, visit.KIND, event, event.KIND, case or hours"

done_testing
