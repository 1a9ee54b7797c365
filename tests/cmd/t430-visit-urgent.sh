#!/bin/sh
# Urgent findings, changes, follow-ups and case reviews make an elder due
# (visit due's reason column) and put the elder in the week's plan first.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2026-10-26
elder add 王奶奶 --birth 1950-01-01 --building 2 --room 201 \
    --joined 2026-01-01 >/dev/null
elder add 甲 --tag 独居 --birth 1940-01-01 --building 1 --room 101 \
    --joined 2026-01-01 >/dev/null
elder add 乙 --birth 1955-01-01 --building 3 --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
visit log 1 2 3 --date 2026-10-09 --by 1 >/dev/null

t 'the gas smell: an urgent finding with a follow-up on 11-05'
SHEGONG_TODAY=2026-10-27 run visit log 1 --date 2026-10-27 --by 1 \
    --finding safety=urgent --note 煤气味 --follow-up 2026-11-05
out 0 <<EOF
4
EOF

t 'visit due: urgent within one workday, before the rules'
SHEGONG_TODAY=2026-10-28 run visit due -c id,reason,rule,due,overdue_days
out 0 <<EOF
1	urgent	一般	2026-10-28	0
2	rule	高风险	2026-10-18	10
EOF

t 'week 1 (2026-W44): the urgent visit is planned, not before the day after'
SHEGONG_TODAY=2026-10-27 run visit plan --week 2026-W44 --save \
    -c id,reason,day
out 0 <<EOF
2	rule	2026-10-26
1	urgent	2026-10-28
EOF

t 'the visit did not happen: skipped'
SHEGONG_TODAY=2026-10-28 run visit skip 2 --reason 家中无人
out 0 </dev/null

t 'week 2 (2026-W45): still urgent, overdue, planned again'
SHEGONG_TODAY=2026-11-01 run visit plan --week 2026-W45 --save \
    -c id,reason,due,overdue_days,day
out 0 <<EOF
2	rule	2026-10-18	19	2026-11-02
1	urgent	2026-10-28	9	2026-11-03
EOF

t 'a home visit answers the urgent finding; the follow-up stays open'
SHEGONG_TODAY=2026-11-03 run visit log --plan 4 --minutes 30
out 0 <<EOF
5
EOF
SHEGONG_TODAY=2026-11-05 run visit due -c id,reason,due
out 0 <<EOF
1	follow-up	2026-11-05
2	rule	2026-10-18
EOF

t 'week 3 (2026-W46): the follow-up, overdue, is planned'
SHEGONG_TODAY=2026-11-06 run visit plan --week 2026-W46 --save \
    -c id,reason,due,day
out 0 <<EOF
2	rule	2026-10-18	2026-11-09
1	follow-up	2026-11-05	2026-11-10
EOF
run q "select week, elder_id, rule, status from plan where elder_id = 1 order by week"
out 0 <<EOF
2026-W44	1	一般	skipped
2026-W45	1	一般	done
2026-W46	1	一般	planned
EOF

t 'a follow-up visit closes it: week 4 plans 王奶奶 no more'
SHEGONG_TODAY=2026-11-10 visit log 1 --kind follow-up --date 2026-11-10 \
    --by 1 >/dev/null
SHEGONG_TODAY=2026-11-13 run visit plan --week 2026-W47 -c id,reason
out 0 <<EOF
2	rule
EOF

t 'an open case review date makes the elder due on it, before the rule'
export SHEGONG_TODAY=2026-11-20
elder case open 2 --need emotional --date 2026-11-20 --by 李娟 >/dev/null
elder case plan 1 --goal 情绪支持 --review 2026-11-25 >/dev/null
SHEGONG_TODAY=2026-11-24 run visit due -c id,reason,due
out 0 <<EOF
2	rule	2026-10-18
EOF
SHEGONG_TODAY=2026-11-25 run visit due -c id,reason,due
out 0 <<EOF
2	review	2026-11-25
EOF

t 'a change: discharged on Friday 12-04, due two workdays later'
export SHEGONG_TODAY=2026-12-04
run elder set 3 --event discharged
out 0 </dev/null
run q "select elder_id, date, kind from elder_event"
out 0 <<EOF
3	2026-12-04	discharged
EOF
SHEGONG_TODAY=2026-12-08 run visit due -c id,reason,due
out 0 <<EOF
3	change	2026-12-08
2	review	2026-11-25
EOF

t 'change_within and a config holiday count in workdays'
printf 'visit:\n  change_within: 5\n' >"$T/c5.yaml"
SHEGONG_TODAY=2026-12-08 run visit due --config "$T/c5.yaml" -c id,due
out 0 <<EOF
2	2026-11-25
EOF
SHEGONG_TODAY=2026-12-08 run visit due --within 3d --config "$T/c5.yaml" \
    -c id,due
out 0 <<EOF
3	2026-12-11
2	2026-11-25
EOF
printf 'visit:\n  holidays: [2026-12-07]\n' >"$T/h.yaml"
SHEGONG_TODAY=2026-12-08 run visit due --within 1d --config "$T/h.yaml" \
    -c id,due
out 0 <<EOF
3	2026-12-09
2	2026-11-25
EOF
printf 'visit:\n  urgent_within: 31\n' >"$T/bad.yaml"
run visit due --config "$T/bad.yaml"
err 1 "visit: $T/bad.yaml:2: visit.urgent_within: expected a number of workdays from 0 to 30, not '31'"

t 'a phone call does not answer a change; a home visit does'
SHEGONG_TODAY=2026-12-08 visit log 3 --mode phone >/dev/null
SHEGONG_TODAY=2026-12-08 run visit due -c id,reason
out 0 <<EOF
3	change
2	review
EOF
SHEGONG_TODAY=2026-12-09 visit log 3 >/dev/null
SHEGONG_TODAY=2026-12-09 run visit due -c id,reason
out 0 <<EOF
2	review
EOF

t 'change: Chinese kinds, a date, and bad input'
run elder set 3 --event 丧偶 --event-date 2026-11-20
out 0 </dev/null
run q "select kind, date from elder_event where id = 2"
out 0 <<EOF
bereaved	2026-11-20
EOF
run elder set 3 --event moved
err 1 "elder: event: invalid value 'moved': expected discharged, hospitalized, bereaved, fall, caregiver or other"
run elder set 3 --event fall --event-date 2099-01-01
err 1 "elder: event-date: 2099-01-01 is in the future"
run elder set 9 --event fall
err 1 "elder: unknown elder id 9"

done_testing
