#!/bin/sh
# visit: log, list, due lists across period boundaries, rules, plans.
. "$(dirname "$0")/lib.sh"

elder add 甲 --tag 独居 --birth 1940-01-01 --building 1 --room 101 \
    --joined 2026-01-01 >/dev/null
elder add 乙 --tag 失能 --birth 1950-01-01 --building 1 --room 102 \
    --joined 2026-01-01 >/dev/null
elder add 丙 --birth 1960-01-01 --building 2 --room 201 \
    --joined 2026-01-01 >/dev/null
elder add 丁 --birth 1960-01-01 --visit-every 10d --joined 2026-01-01 \
    >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
volunteer add 张晓 --available sat >/dev/null

t 'log prints one visit id per elder'
run visit log 1 2 --by 李娟 --date 2026-11-23 --minutes 30
out 0 <<EOF
1
2
EOF

t 'Chinese aliases for mode, kind, areas and levels'
run visit log 3 --by 2 --mode 电话 --kind 回访 --date 2026-10-05 \
    --finding 健康=关注 --follow-up 2026-11-01
out 0 <<EOF
3
EOF
run q "select elder_id, date, mode, kind, health, follow_up from visit where id = 3"
out 0 <<EOF
3	2026-10-05	phone	follow-up	concern	2026-11-01
EOF

t 'two visitors, by id and by name, are both recorded'
run visit log 4 --by 1 --by 张晓 --date 2026-11-17 --minutes 45
out 0 <<EOF
4
EOF
run visit list --elder 4 -c id,visitors,minutes
out 0 <<EOF
4	李娟,张晓	45
EOF

t 'list --concerns and --period'
run visit list --concerns -c id,elder_id,health
out 0 <<EOF
3	3	concern
EOF
run visit list --period 2026-11 -c id
out 0 <<EOF
4
1
2
EOF
run visit list --to 2026-11-01 -c id
out 0 <<EOF
3
EOF

t 'followups: due and not closed by a later follow-up visit'
run visit followups -c id,elder_id,follow_up
out 0 <<EOF
3	3	2026-11-01
EOF

t 'due: own 10d is overdue, never assessed; the open follow-up of 丙 first'
run visit due
out 0 <<EOF
3	丙	2-201	follow-up	一般	quarter	2026-10-05	2026-11-01	27		never
4	丁		rule	own	10d	2026-11-17	2026-11-27	1		never
EOF

t 'due --within looks into the next week and month'
run visit due --within 3d -c id,rule,every,due,overdue_days
out 0 <<EOF
3	一般	quarter	2026-11-01	27
4	own	10d	2026-11-27	1
1	高风险	week	2026-12-06	0
2	重点	month	2026-12-31	0
EOF

t 'due across the year end: the quarter rule of 丙 falls due in Q1'
SHEGONG_TODAY=2027-01-04 run visit due -c id,rule,due,overdue_days
out 0 <<EOF
3	一般	2026-11-01	64
4	own	2026-11-27	38
1	高风险	2026-12-06	29
2	重点	2026-12-31	4
EOF

t 'rules --elder says which rule and why'
run visit rules --elder 1
out 0 <<EOF
1	甲	高风险	week	tag 独居; age 86 in 80-
EOF
run visit rules --elder 4
out 0 <<EOF
4	丁	own	10d	own interval 10d
EOF

t 'an archived elder leaves the due list'
elder archive 4 --reason moved >/dev/null
run visit due -c id
out 0 <<EOF
3
EOF
elder restore 4 >/dev/null

t 'a phone visit counts unless the rule says modes: [home]'
cat >"$T/home.yaml" <<EOF
visit:
  rules:
    - {name: 只算上门, every: week, modes: [home]}
EOF
cat >"$T/any.yaml" <<EOF
visit:
  rules:
    - {name: 每周, every: week}
EOF
elder set 4 --visit-every '' >/dev/null
visit log 3 --mode phone --kind follow-up --date 2026-11-27 >/dev/null
run visit due --config "$T/any.yaml" -c id,rule
out 0 <<EOF
4	每周
EOF
run visit due --config "$T/home.yaml" -c id,rule
out 0 <<EOF
3	只算上门
4	只算上门
EOF

t 'a config rule with a bad every names file, line and key'
printf 'visit:\n  rules:\n    - {name: x, every: fortnight}\n' >"$T/bad.yaml"
run visit due --config "$T/bad.yaml"
err 1 "visit: $T/bad.yaml:3: visit.rules[1].every: invalid interval 'fortnight': expected week, month, quarter, Nd or Nw"

# ---- bad input: nothing logged for any id of the invocation
n=$(q "select count(*) from visit")

t 'an unknown elder id in a piped list logs nothing'
run sh -c 'printf "1\n9\n2\n" | visit log'
err 1 "visit: unknown elder id 9"

t 'a visit dated after today'
run visit log 1 --date 2026-12-01
err 1 "visit: date: 2026-12-01 is in the future: planned visits belong to visit plan"

t 'minutes of zero'
run visit log 1 --minutes 0
err 1 "visit: minutes: must be more than 0"

t 'an unknown finding area and level'
run visit log 1 --finding mood=ok
err 1 "visit: finding: unknown area 'mood': expected living, safety, health or mental"
run visit log 1 --finding health=bad
err 1 "visit: finding: unknown level 'bad': expected ok, concern or urgent"

t '--by naming nobody, and an ambiguous name'
run visit log 1 --by 王五
err 1 "visit: by: '王五': no volunteer or worker has that id or name"
volunteer add 李娟 --role student >/dev/null
run visit log 1 --by 李娟
err 1 "visit: by: '李娟' is ambiguous: 1 李娟 (social-worker), 3 李娟 (student); give the id"

t 'a follow-up date before the visit'
run visit log 1 --date 2026-11-20 --follow-up 2026-11-19
err 1 "visit: follow_up: 2026-11-19 is before the visit"

t 'nothing was logged by the failures'
run q "select count(*) - $n from visit"
out 0 <<EOF
0
EOF

# ---- plans
fresh
i=1
while [ $i -le 9 ]; do
	elder add "老人$i" --tag 独居 --birth 1940-01-01 \
	    --building $(( (i + 1) / 4 + 1 )) --room $((100 + 10 - i)) \
	    --joined 2026-01-01 >/dev/null
	i=$((i + 1))
done
volunteer add 社工甲 --role social-worker >/dev/null
volunteer add 社工乙 --role social-worker >/dev/null
volunteer add 学生丙 --available sat,wed >/dev/null
volunteer pair 3 5 >/dev/null

t 'plan: the paired elder with its volunteer on an available day (Wednesday); one building to one visitor and day while the limit allows, rooms in order'
run visit plan --week 2026-W49 --per-day 2 -c day,visitor_id,id,address
out 0 <<EOF
2026-11-30	1	2	1-108
2026-11-30	1	1	1-109
2026-11-30	2	6	2-104
2026-11-30	2	4	2-106
2026-12-01	1	3	2-107
2026-12-01	2	9	3-101
2026-12-01	2	8	3-102
2026-12-02	1	7	3-103
2026-12-02	3	5	2-105
EOF

t 'the plan is the same when run again'
visit plan --week 2026-W49 --per-day 2 >"$T/p1"
visit plan --week 2026-W49 --per-day 2 >"$T/p2"
run cmp "$T/p1" "$T/p2"
out 0 </dev/null

t 'elders beyond the limits: one stderr line; exit 0, or 1 with --strict'
run visit plan --week 2026-W49 --per-day 1 --visitor 1 --unplaced
outerr 0 "visit: not placed 3: 高风险 3; --unplaced lists them" <<EOF
7
8
9
EOF
run visit plan --week 2026-W49 --per-day 1 --visitor 1 -c id
outerr 0 "visit: not placed 3: 高风险 3; --unplaced lists them" <<EOF
2
1
6
5
4
3
EOF
run sh -c 'visit plan --week 2026-W49 --per-day 1 --visitor 1 --strict >/dev/null 2>&1; echo $?'
out 0 <<EOF
1
EOF

t '--save twice keeps one set of plans'
visit plan --week 2026-W49 --per-day 2 --save >/dev/null
visit plan --week 2026-W49 --per-day 2 --save >/dev/null
run q "select count(*), count(distinct elder_id) from plan"
out 0 <<EOF
9	9
EOF

t 'planned lists them; log --plan fulfils one; skip records why not'
run visit planned --week 2026-W49 -c id,elder_id,day,visitor_id,status
out 0 <<EOF
1	2	2026-11-30	1	planned
2	1	2026-11-30	1	planned
3	6	2026-11-30	2	planned
4	4	2026-11-30	2	planned
5	3	2026-12-01	1	planned
6	9	2026-12-01	2	planned
7	8	2026-12-01	2	planned
8	7	2026-12-02	1	planned
9	5	2026-12-02	3	planned
EOF
SHEGONG_TODAY=2026-11-30 run visit log --plan 1 --minutes 20
out 0 <<EOF
1
EOF
run visit skip 2 --reason 住院
out 0 </dev/null
run q "select id, status, reason, visit_id from plan where id in (1, 2)"
out 0 <<EOF
1	done		1
2	skipped	住院	
EOF
run q "select elder_id, kind, plan_id, (select volunteer_id from visit_visitor where visit_id = visit.id) from visit"
out 0 <<EOF
2	routine	1	1
EOF

t 'a plan is fulfilled once'
run visit log --plan 1
err 1 "visit: plan 1 is done already"

done_testing
