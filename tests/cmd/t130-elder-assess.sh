#!/bin/sh
# elder assess, assessments: scoring, forms, level filters, re-assessment
# due, a visit rule keyed on level, and every bad input refused.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --birth 1940-03-02 --building 1 --room 101 \
    --joined 2026-01-01 >/dev/null
elder add 王德明 --birth 1950-01-01 --building 1 --room 102 \
    --joined 2026-01-01 >/dev/null
elder add 陈秀兰 --birth 1945-06-01 --building 2 --room 201 \
    --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 >/dev/null

B100='feeding=10 bathing=5 grooming=5 dressing=10 bowels=10 bladder=10 toilet=10 transfer=15 mobility=15 stairs=10'
# 55: moderate dependence
B55='进食=5 洗澡=0 修饰=5 穿衣=5 大便控制=10 小便控制=5 如厕=5 床椅转移=10 平地行走=10 上下楼梯=0'

t 'barthel: prints id, elder, total, level and grade'
run elder assess 1 --instrument barthel $B100 --date 2026-05-01 --by 李娟 -H
out 0 <<EOF
id	elder_id	total	level	grade
1	1	100	0	independent
EOF
run q "select elder_id, date, assessor, instrument, total, level, json_extract(items, '\$.transfer') from assessment where id = 1"
out 0 <<EOF
1	2026-05-01	李娟	barthel	100	0	15
EOF

t 'Chinese item names; the date defaults to today'
run elder assess 1 --instrument barthel $B55
out 0 <<EOF
2	1	55	2	moderate
EOF
run q "select date, assessor is null from assessment where id = 2"
out 0 <<EOF
2026-11-28	1
EOF

t 'the write is in the change log'
run q "select op, json_extract(new, '\$.level') from changelog where tbl = 'assessment' and record = 2"
out 0 <<EOF
insert	2
EOF

t 'gbt42195 with dementia and two risk events: 90 is intact, two levels worse'
G90='feeding=4 grooming=4 bathing=4 dressing_upper=4 dressing_lower=4 bladder=4 bowels=4 toilet=4 bed_mobility=4 transfer=4 walking=4 stairs=3 time=4 place=4 person=4 memory=4 comprehension=4 expression=4 aggression=1 depression=1 consciousness=2 vision=2 hearing=2 daily_affairs=4 transport=3 social=4'
run elder assess 2 --instrument gbt42195 $G90 --dementia --risk-events 2 \
    --date 2026-11-01
out 0 <<EOF
3	2	90	2	moderate
EOF
run q "select dementia, risk_events, coma from assessment where id = 3"
out 0 <<EOF
1	2	0
EOF

t 'gbt42195 in a coma is level 4'
run elder assess 3 --instrument gbt42195 $G90 --coma --date 2026-11-01 \
    -c id,level,grade
out 0 <<EOF
4	4	complete
EOF

t 'assessments lists all, with the change from the previous one'
run elder assessments 1 2 -H
out 0 <<EOF
id	elder_id	date	instrument	assessor	total	level	grade	total_change	level_change
1	1	2026-05-01	barthel	李娟	100	0	independent		
2	1	2026-11-28	barthel		55	2	moderate	-45	2
3	2	2026-11-01	gbt42195		90	2	moderate		
EOF
run sh -c 'elder list -c id | elder assessments -c id,level'
out 0 <<EOF
1	0
2	2
3	2
4	4
EOF

t 'show gives the latest assessment and its level'
run elder show 1 -c id,level,assessed,assessment
out 0 <<EOF
1	2	2026-11-28	barthel 55
EOF

t 'list --level filters on the latest level'
run elder list --level 2- -c id,name,level
out 0 <<EOF
1	张桂英	2
2	王德明	2
3	陈秀兰	4
EOF
run elder list --level 3-4 -c id
out 0 <<EOF
3
EOF
run elder list --level 0 -c id
out 0 </dev/null

t 'a bad level range'
run elder list --level 5-
err 1 "elder: level: invalid level range '5-': expected levels 0 to 4, like 2- or 0-1"
run elder list --level bad
err 1 "elder: level: invalid level range 'bad': expected levels 0 to 4, like 2- or 0-1"

# ---- forms
t '--form prints an empty form; several elders are several documents'
run elder assess 1 --form --instrument barthel
out 0 <<EOF
# Barthel index (ADL), bands of WS/T 431-2013
# elder 1 张桂英: fill in every score, then run
#   elder assess --from FILE
elder: 1
instrument: barthel
date:                # YYYY-MM-DD, empty = today
by:                  # assessor: volunteer or worker, id or name
feeding:             # 进食: 10, 5 or 0
bathing:             # 洗澡: 5 or 0
grooming:            # 修饰: 5 or 0
dressing:            # 穿衣: 10, 5 or 0
bowels:              # 大便控制: 10, 5 or 0
bladder:             # 小便控制: 10, 5 or 0
toilet:              # 如厕: 10, 5 or 0
transfer:            # 床椅转移: 15, 10, 5 or 0
mobility:            # 平地行走: 15, 10, 5 or 0
stairs:              # 上下楼梯: 10, 5 or 0
note:
EOF
run sh -c 'printf "1\n2\n" | elder assess --form | grep -c "^elder:\|^---"'
out 0 <<EOF
3
EOF
run sh -c 'elder assess 2 --form | grep -c "^[a-z_]*: *# .*: 0 \(to\|or\)"'
out 0 <<EOF
26
EOF

t 'form round trip: fill in the gbt42195 form, read it back'
elder assess 1 3 --form >"$T/empty.yaml"
# every item its highest score, but depression 0 and walking 2
sed -E -e 's/^([a-z_]+):( +)# (.*): 0 (to|or) ([0-9])$/\1: \5\2# \3/' \
    -e 's/^depression: 1/depression: 0/' -e 's/^walking: 4/walking: 2/' \
    -e 's/^date: /date: 2026-11-20/' -e 's/^by: /by: 1/' \
    "$T/empty.yaml" >"$T/filled.yaml"
run elder assess --from "$T/filled.yaml"
out 0 <<EOF
5	1	87	1	mild
6	3	87	1	mild
EOF
run q "select elder_id, date, assessor, instrument, json_extract(items, '\$.walking') from assessment where id in (5, 6)"
out 0 <<EOF
1	2026-11-20	李娟	gbt42195	2
3	2026-11-20	李娟	gbt42195	2
EOF

t 'the latest is by date: a form of an earlier day does not change show'
run elder show 1 -c level,assessed
out 0 <<EOF
2	2026-11-28
EOF

t 'a form from standard input, Chinese keys and yes/no in Chinese'
cat >"$T/zh.yaml" <<EOF
elder: 2
instrument: barthel
date: 2026-11-27
进食: 10
洗澡: 5
修饰: 5
穿衣: 10
大便控制: 10
小便控制: 10
如厕: 10
床椅转移: 15
平地行走: 15
上下楼梯: 5
EOF
run sh -c 'elder assess --from - <"$1"' sh "$T/zh.yaml"
out 0 <<EOF
7	2	95	1	mild
EOF

# ---- re-assessment due
t 'assessment-due: never assessed, or six months after the last one'
fresh
elder add 甲 --birth 1940-01-01 --tag 独居 --joined 2026-01-01 >/dev/null
elder add 乙 --birth 1940-01-01 --tag 独居 --joined 2026-01-01 >/dev/null
elder add 丙 --birth 1940-01-01 --tag 独居 --joined 2026-01-01 >/dev/null
elder assess 1 --instrument barthel $B100 --date 2026-05-28 >/dev/null
elder assess 2 --instrument barthel $B100 --date 2026-05-29 >/dev/null
run elder list --assessment-due -c id
out 0 <<EOF
1
3
EOF

t 'the six-month line is crossed the next day'
SHEGONG_TODAY=2026-11-29 run elder list --assessment-due -c id
out 0 <<EOF
1
2
3
EOF

t 'a month end: 08-31 plus six months is 02-28'
elder assess 3 --instrument barthel $B100 --date 2026-08-31 >/dev/null
SHEGONG_TODAY=2027-02-27 run elder list --assessment-due -c id,assessed
out 0 <<EOF
1	2026-05-28
2	2026-05-29
EOF
SHEGONG_TODAY=2027-02-28 run elder list --assessment-due -c id
out 0 <<EOF
1
2
3
EOF

t 'config assessment.every changes the interval'
printf 'assessment:\n  every: 12m\n' >"$T/year.yaml"
SHEGONG_TODAY=2027-02-28 run elder list --assessment-due --config "$T/year.yaml" -c id
out 0 </dev/null

t 'visit due and visit plan mark the elders whose assessment is due'
elder add 丁 --birth 1940-01-01 --tag 独居 --joined 2026-01-01 >/dev/null
volunteer add 社工 --role social-worker >/dev/null
run visit due -c id,rule,assess -H
out 0 <<EOF
id	rule	assess
1	高风险	due
2	高风险	
3	高风险	
4	高风险	never
EOF

t 'visit plan marks those due by the last workday of the week'
run visit plan --week 2026-W49 -c id,day,assess
out 0 <<EOF
1	2026-11-30	due
2	2026-11-30	due
3	2026-11-30	
4	2026-11-30	never
EOF

t 'before the six-month line no mark'
SHEGONG_TODAY=2026-11-23 run visit due -c id,assess
out 0 <<EOF
1	
2	
3	
4	never
EOF

t 'a visit rule keyed on level: moderate or worse is weekly'
cat >"$T/level.yaml" <<EOF
visit:
  rules:
    - {name: 失能, level: 2-, every: week}
    - {name: 一般, every: quarter}
EOF
elder assess 2 --instrument barthel $B55 >/dev/null
run visit due --config "$T/level.yaml" -c id,rule
out 0 <<EOF
2	失能
1	一般
3	一般
4	一般
EOF
run visit rules --config "$T/level.yaml" --elder 2
out 0 <<EOF
2	乙	失能	week	level 2 in 2-
EOF

# ---- bad input: nothing is stored
fresh
elder add 张桂英 --birth 1940-03-02 --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 >/dev/null

t 'an unknown item'
run elder assess 1 --instrument barthel $B100 flying=10
err 1 "elder: flying: unknown item of barthel (elder assess --form lists them)"

t 'a missing item'
run elder assess 1 --instrument barthel feeding=10 bathing=5 grooming=5 dressing=10 bowels=10 bladder=10 toilet=10 transfer=15
err 1 "elder: missing items of barthel: mobility, stairs"

t 'a score not in the allowed list'
run elder assess 1 --instrument barthel feeding=7 bathing=5
err 1 "elder: feeding: score 7 not allowed: expected 10, 5 or 0"

t 'a score out of range'
run elder assess 1 --instrument gbt42195 feeding=5
err 1 "elder: feeding: score 5 not allowed: expected 0 to 4"
run elder assess 1 --instrument gbt42195 stairs=-1
err 1 "elder: stairs: score -1 not allowed: expected 0 to 3"

t 'a score that is not a number, an item twice, no ='
run elder assess 1 --instrument barthel feeding=ten
err 1 "elder: feeding: 'ten' is not a score: expected 10, 5 or 0"
run elder assess 1 --instrument barthel feeding=10 进食=5
err 1 "elder: feeding: given twice"
run elder assess 1 --instrument barthel feeding
err 1 "elder: 'feeding': expected ITEM=SCORE"

t 'an assessment dated before the elder was born'
run elder assess 1 --instrument barthel $B100 --date 1940-03-01
err 1 "elder: date: 1940-03-01 is before the elder's birth 1940-03-02"

t 'an assessment dated in the future'
run elder assess 1 --instrument barthel $B100 --date 2026-11-29
err 1 "elder: date: 2026-11-29 is in the future"

t 'adjustments belong to gbt42195'
run elder assess 1 --instrument barthel $B100 --coma
err 1 "elder: coma: only gbt42195 takes coma, dementia and risk events"
run elder assess 1 --instrument gbt42195 $G90 --risk-events many
err 1 "elder: risk_events: 'many' is not a count: expected a whole number, 0 or more"

t 'an unknown instrument, elder, assessor'
run elder assess 1 --instrument mmse $B100
err 1 "elder: instrument: unknown instrument 'mmse': expected barthel or gbt42195"
run elder assess 9 --instrument barthel $B100
err 1 "elder: unknown elder id 9"
run elder assess 1 --instrument barthel $B100 --by 王五
err 1 "elder: by: '王五': no volunteer or worker has that id or name"

t 'usage: no --instrument, no id, --from with items'
run elder assess 1 $B100
outerr 2 "elder: assess: --instrument is required (barthel or gbt42195)
usage: elder assess ID --instrument barthel|gbt42195 ITEM=SCORE... [--date D]
           [--by WHO] [--coma] [--dementia] [--risk-events N] [--note TEXT]
       elder assess --form [--instrument I] [ID...]
       elder assess --from FILE" </dev/null
run elder assess --from x.yaml 1
outerr 2 "elder: assess: --from takes no id, items or --instrument: the form holds them
usage: elder assess ID --instrument barthel|gbt42195 ITEM=SCORE... [--date D]
           [--by WHO] [--coma] [--dementia] [--risk-events N] [--note TEXT]
       elder assess --form [--instrument I] [ID...]
       elder assess --from FILE" </dev/null

t 'forms with a wrong type, a bad score, a bad date: every bad form named, nothing stored'
cat >"$T/bad.yaml" <<EOF
elder: 1
instrument: barthel
feeding: [10, 5]
---
elder: 1
instrument: barthel
date: 2027-01-01
feeding: 10
bathing: 5
grooming: 5
dressing: 10
bowels: 10
bladder: 10
toilet: 10
transfer: 15
mobility: 15
stairs: 10
---
elder: one
instrument: barthel
---
elder: 1
instrument: gbt42195
coma: maybe
---
elder: 1
instrument: barthel
feeding: 10
bathing: 5
grooming: 5
dressing: 10
bowels: 10
bladder: 10
toilet: 10
transfer: 15
mobility: 15
stairs: 10
EOF
run elder assess --from "$T/bad.yaml"
err 1 "elder: $T/bad.yaml:3: feeding: expected a value, not a list
elder: $T/bad.yaml:7: date: 2027-01-01 is in the future
elder: $T/bad.yaml:19: elder: 'one' is not an elder id
elder: $T/bad.yaml:24: coma: 'maybe' is not yes or no
elder: $T/bad.yaml: 4 bad forms: nothing assessed"

t 'a form with a missing item and one that is not a mapping'
printf 'elder: 1\ninstrument: barthel\nfeeding: 10\n' >"$T/miss.yaml"
run elder assess --from "$T/miss.yaml"
err 1 "elder: $T/miss.yaml:1: missing items of barthel: bathing, grooming, dressing, bowels, bladder, toilet, transfer, mobility, stairs
elder: $T/miss.yaml: 1 bad form: nothing assessed"
printf -- '- 1\n- 2\n' >"$T/list.yaml"
run elder assess --from "$T/list.yaml"
err 1 "elder: $T/list.yaml:1: expected a mapping"

t 'nothing was stored by the failures'
run q "select count(*) from assessment"
out 0 <<EOF
0
EOF

done_testing
