#!/bin/sh
# The festival calendar: event festivals, festival names as dates, the
# holiday round of visit plan and bad input.  The day-by-day check against
# Debian's lunar(1) is tests/long/t710-lunar.sh (make check-long).
. "$(dirname "$0")/lib.sh"

t 'festivals of 2026, in date order (today is 2026-11-28)'
run event festivals
out 0 <<EOF
2026-01-01	元旦	new-year	thu	01-01..01-03
2026-01-26	腊八节	laba	mon	
2026-02-16	除夕	new-years-eve	mon	02-15..02-23
2026-02-17	春节	spring-festival	tue	02-15..02-23
2026-03-03	元宵节	lantern	tue	
2026-03-05	学雷锋日	lei-feng-day	thu	
2026-03-08	妇女节	womens-day	sun	
2026-03-12	植树节	tree-planting-day	thu	
2026-05-01	劳动节	labour-day	fri	05-01..05-05
2026-05-10	母亲节	mothers-day	sun	
2026-06-19	端午节	dragon-boat	fri	06-19..06-21
2026-06-21	父亲节	fathers-day	sun	06-19..06-21
2026-08-01	建军节	army-day	sat	
2026-08-19	七夕	qixi	wed	
2026-09-25	中秋节	mid-autumn	fri	09-25..09-27
2026-10-01	国庆节	national-day	thu	10-01..10-07
2026-10-18	重阳节	double-ninth	sun	
2026-11-26	感恩节	thanksgiving	thu	
EOF

t 'festivals YEAR with -H, -c and -o json'
run event festivals 2027 -H -c date,name
out 0 <<EOF
date	name
2027-01-01	元旦
2027-01-15	腊八节
2027-02-05	除夕
2027-02-06	春节
2027-02-20	元宵节
2027-03-05	学雷锋日
2027-03-08	妇女节
2027-03-12	植树节
2027-05-01	劳动节
2027-05-09	母亲节
2027-06-09	端午节
2027-06-20	父亲节
2027-08-01	建军节
2027-08-08	七夕
2027-09-15	中秋节
2027-10-01	国庆节
2027-10-08	重阳节
2027-11-25	感恩节
EOF
run sh -c 'event festivals 2030 -o json | grep mid-autumn'
out 0 <<EOF
{"date":"2030-09-12","name":"中秋节","key":"mid-autumn","weekday":"thu","days_off":null}
EOF

t 'festivals: a year out of range, a malformed year, too many arguments'
run event festivals 2101
err 1 'event: festivals: year 2101 out of range (1901 to 2100)'
run event festivals 1900
err 1 'event: festivals: year 1900 out of range (1901 to 2100)'
run event festivals 27
err 1 "event: festivals: invalid year '27': expected YYYY"
run event festivals 2026 -c date,moon
err 1 "event: unknown column 'moon' for festivals"
run event festivals 2026 2027
outerr 2 'event: festivals: wrong arguments
usage: event festivals [YEAR]' </dev/null

KNOWN="unknown festival; known: 春节 (spring-festival), 元宵节 (lantern), \
端午节 (dragon-boat), 七夕 (qixi), 中秋节 (mid-autumn), 重阳节 \
(double-ninth), 腊八节 (laba), 除夕 (new-years-eve), 元旦 (new-year), \
学雷锋日 (lei-feng-day), 妇女节 (womens-day), 植树节 (tree-planting-day), \
劳动节 (labour-day), 建军节 (army-day), 国庆节 (national-day), 母亲节 \
(mothers-day), 父亲节 (fathers-day), 感恩节 (thanksgiving)"

t 'a festival name is a date: bare (next one), NAME/YYYY, English key'
run event add 重阳节茶话会 --date 重阳节 --kind festival
out 0 <<EOF
1
EOF
run event add 中秋游园 --date 中秋节/2027
out 0 <<EOF
2
EOF
run event add 感恩茶会 --date thanksgiving/2026
out 0 <<EOF
3
EOF
run q 'select id, title, date from event order by id'
out 0 <<EOF
1	重阳节茶话会	2027-10-08
2	中秋游园	2027-09-15
3	感恩茶会	2026-11-26
EOF
run event list --period 感恩节/2026 -c id,date
out 0 <<EOF
3	2026-11-26
EOF

t 'today counts as not passed'
run sh -c 'SHEGONG_TODAY=2026-10-18 event add 茶话会 --date double-ninth'
out 0 <<EOF
4
EOF
run q 'select date from event where id = 4'
out 0 <<EOF
2026-10-18
EOF

t 'an unknown festival lists the known ones; nothing is written'
run event add 中元节活动 --date 中元节
err 1 "event: date: invalid date '中元节': $KNOWN"
run event add 活动 --date moon/2027
err 1 "event: date: invalid date 'moon/2027': $KNOWN"
run q 'select count(*) from event'
out 0 <<EOF
4
EOF

t 'a festival year out of range'
run event add 活动 --date 中秋节/2101
err 1 "event: date: invalid date '中秋节/2101': festival years are 1901 to 2100"
run sh -c 'SHEGONG_TODAY=2100-12-31 event add 活动 --date 春节'
err 1 "event: date: invalid date '春节': festival years are 1901 to 2100"

fresh
elder add 甲 --tag 独居 --birth 1940-01-01 --building 1 --room 101 \
    --joined 2026-01-01 >/dev/null
elder add 乙 --tag 失能 --birth 1950-01-01 --building 1 --room 102 \
    --joined 2026-01-01 >/dev/null
elder add 丙 --birth 1960-01-01 --building 2 --room 201 \
    --joined 2026-01-01 >/dev/null
elder add 丁 --birth 1960-01-01 --visit-every 10d --building 3 \
    --joined 2026-01-01 >/dev/null
elder add 戊 --tag 独居 --birth 1940-01-01 --building 4 \
    --joined 2026-01-01 >/dev/null
elder archive 5 --reason moved >/dev/null
volunteer add 李娟 --role 社工 >/dev/null
volunteer add 王芳 --role 社工 >/dev/null
volunteer add 张晓 --available tue >/dev/null
volunteer pair 张晓 2 >/dev/null
visit log 1 --by 李娟 --date 2026-11-20 >/dev/null

# 春节 2027 is Saturday 2027-02-06: the round runs Monday 02-01 to Friday
# 02-05.  丙 (quarter rule) is left out; 丁 (own 10d) is in; 戊 is archived.
# 2027 is past the holiday table: the plan says so
W2027='visit: plan: the public holidays of 2027 are not known yet: add them under visit.holidays and visit.workdays_extra (see shegong.yaml(5))'

t 'plan --holiday: weekly, monthly and short own rules; paired on their day'
run visit plan --holiday 春节/2027 -H
outerr 0 "$W2027" <<EOF
id	name	address	reason	rule	every	last_visit	due	overdue_days	paired	day	visitor_id	visitor	assess
1	甲	1-101	rule	高风险	week	2026-11-20	2027-02-06	0		2027-02-01	1	李娟	never
4	丁	3	rule	own	10d		2027-02-06	0		2027-02-01	2	王芳	never
2	乙	1-102	rule	重点	month		2027-02-06	0	张晓	2027-02-02	3	张晓	never
EOF

t 'plan --holiday --tag: the elders with the tags, whatever their rule'
run visit plan --holiday spring-festival/2027 --tag 失能 -c id,name,day,visitor
outerr 0 "$W2027" <<EOF
2	乙	2027-02-02	张晓
EOF

# 重阳节 2026 was 2026-10-18 (a Sunday): the round is Monday to Friday of
# its own week; a bare name after it has passed is next year's (10-08, Fri).
t 'plan --holiday: a bare name is the next one'
run visit plan --holiday 重阳节 -c id,due,day
outerr 0 "$W2027" <<EOF
1	2027-10-08	2027-10-01
4	2027-10-08	2027-10-01
2	2027-10-08	2027-10-05
EOF

t 'plan --holiday --save: kind holiday, each visit in its day week'
run visit plan --holiday 中秋节/2027 --save -c id,day
outerr 0 "$W2027" <<EOF
1	2027-09-08
4	2027-09-08
2	2027-09-14
EOF
run q 'select elder_id, week, day, volunteer_id, kind, rule, status from plan order by id'
out 0 <<EOF
1	2027-W36	2027-09-08	1	holiday	中秋节 2027-09-15	planned
4	2027-W36	2027-09-08	2	holiday	中秋节 2027-09-15	planned
2	2027-W37	2027-09-14	3	holiday	中秋节 2027-09-15	planned
EOF
run visit plan --holiday 中秋节/2027 --save -c id
outerr 0 "$W2027" <<EOF
1
4
2
EOF
run q 'select count(*) from plan'
out 0 <<EOF
3
EOF
run sh -c 'SHEGONG_TODAY=2027-09-08 visit log --plan 1 --by 李娟'
out 0 <<EOF
2
EOF
run q 'select kind from visit where id = 2'
out 0 <<EOF
holiday
EOF

t 'plan --holiday: bad input'
run visit plan --holiday 中元节
err 1 "visit: holiday: invalid date '中元节': $KNOWN"
run visit plan --holiday 中秋节/2101
err 1 "visit: holiday: invalid date '中秋节/2101': festival years are 1901 to 2100"
run visit plan --holiday 春节 --week next-week
outerr 2 'visit: plan: --holiday and --week exclude each other
usage: visit plan [--week W | --holiday NAME] [--visitor WHO]... [--per-day N]
           [--tag T]... [--save] [--strict] [--unplaced]
           [--sheets | --blank-form]' </dev/null
run q 'select count(*) from plan'
out 0 <<EOF
3
EOF

done_testing
