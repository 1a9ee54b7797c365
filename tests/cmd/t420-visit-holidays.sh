#!/bin/sh
# Public holidays and 调休 (SPEC §4): the built-in table, the config's
# holidays and workdays_extra, in plans, festival rounds and festivals.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2025-09-20
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	elder add "老$i" --tag 独居 --birth 1940-01-01 --building 1 \
	    --room "10$i" --joined 2025-01-01 >/dev/null
done
volunteer add 李娟 --role 社工 >/dev/null

t 'National Day 2025: the week of 09-22 plans its make-up Sunday 09-28'
run visit plan --week 2025-W39 --per-day 2 -c day
out 0 <<EOF
2025-09-22
2025-09-22
2025-09-23
2025-09-23
2025-09-24
2025-09-24
2025-09-25
2025-09-25
2025-09-26
2025-09-26
2025-09-28
2025-09-28
EOF

t 'National Day 2025: the week of 09-29 plans nothing from 10-01'
run visit plan --week 2025-W40 --per-day 6 -c day
run sh -c 'visit plan --week 2025-W40 --per-day 6 -c day | uniq -c'
out 0 <<EOF
      6 2025-09-29
      6 2025-09-30
EOF

t 'National Day 2025: 10-06 to 10-08 off, Saturday 10-11 worked'
run sh -c 'visit plan --week 2025-W41 --per-day 4 -c day | uniq -c'
out 0 <<EOF
      4 2025-10-09
      4 2025-10-10
      4 2025-10-11
EOF

t 'a volunteer free on weekdays only is not sent on a make-up Saturday'
volunteer add 张晓 --available mon,tue >/dev/null
volunteer pair 张晓 1 >/dev/null
run visit plan --week 2025-W41 --per-day 4 -c id,day,visitor
run sh -c 'visit plan --week 2025-W41 --per-day 4 -c id,day,visitor |
    grep 张晓'
out 1 </dev/null
volunteer unpair 张晓 1 >/dev/null

t '2026-W40: 10-01 and 10-02 are days off'
run sh -c 'visit plan --week 2026-W40 --per-day 6 -c day | uniq -c'
out 0 <<EOF
      6 2026-09-28
      6 2026-09-29
EOF

t '2026-W08: a week with no workday says so and plans nothing'
run visit plan --week 2026-W08
err 0 'visit: plan: 2026-W08 has no workday (春节): nothing to plan'
run visit plan --week 2026-W08 --save
err 0 'visit: plan: 2026-W08 has no workday (春节): nothing to plan'
run q "select count(*) from plan"
out 0 <<EOF
0
EOF

t 'a year past the table: plans by weekday, with a warning'
run sh -c 'visit plan --week 2027-W06 --per-day 6 -c day | uniq -c'
outerr 0 'visit: plan: the public holidays of 2027 are not known yet: add them under visit.holidays and visit.workdays_extra (see shegong.yaml(5))' <<EOF
      6 2027-02-08
      6 2027-02-09
EOF

t 'config holidays and workdays_extra: 2027 春节 as a station enters it'
cat >"$T/c.yaml" <<'YAML'
visit:
  holidays: [2027-02-06..2027-02-12, 2027-02-15]
  workdays_extra: [2027-02-13]
YAML
run sh -c 'visit plan --config "$T/c.yaml" --week 2027-W06 --per-day 12 \
    -c day | uniq -c'
out 0 <<EOF
     12 2027-02-13
EOF
run sh -c 'visit plan --config "$T/c.yaml" --week 2027-W07 --per-day 3 \
    -c day | uniq -c'
out 0 <<EOF
      3 2027-02-16
      3 2027-02-17
      3 2027-02-18
      3 2027-02-19
EOF

t 'a config holiday in a year of the table (a local day off)'
cat >"$T/local.yaml" <<'YAML'
visit:
  holidays: [2025-09-23]
YAML
run sh -c 'visit plan --config "$T/local.yaml" --week 2025-W39 \
    --per-day 6 -c day | uniq -c'
out 0 <<EOF
      6 2025-09-22
      6 2025-09-24
EOF

t 'config: bad holidays and workdays_extra are errors naming the line'
printf 'visit:\n  holidays: [2027-02-30]\n' >"$T/bad.yaml"
run visit plan --config "$T/bad.yaml"
err 1 "visit: $T/bad.yaml:2: visit.holidays: invalid date '2027-02-30': expected YYYY-MM-DD"
printf 'visit:\n  holidays: [2027-02-12..2027-02-06]\n' >"$T/bad.yaml"
run visit plan --config "$T/bad.yaml"
err 1 "visit: $T/bad.yaml:2: visit.holidays: days off '2027-02-12..2027-02-06' end before they begin"
printf 'visit:\n  workdays_extra: [next-sat]\n' >"$T/bad.yaml"
run visit plan --config "$T/bad.yaml"
err 1 "visit: $T/bad.yaml:2: visit.workdays_extra: invalid date 'next-sat': expected YYYY-MM-DD"

t 'the festival round uses workdays: 春节 2026 from 02-10, 02-14 worked'
run sh -c 'visit plan --holiday 春节/2026 --per-day 6 -c day | uniq -c'
out 0 <<EOF
      6 2026-02-10
      6 2026-02-11
EOF

t 'event festivals marks the public holidays'
run sh -c 'event festivals 2025 -c date,name,days_off | grep -v "	$"'
out 0 <<EOF
2025-01-01	元旦	01-01..01-01
2025-01-28	除夕	01-28..02-04
2025-01-29	春节	01-28..02-04
2025-05-01	劳动节	05-01..05-05
2025-05-31	端午节	05-31..06-02
2025-10-01	国庆节	10-01..10-08
2025-10-06	中秋节	10-01..10-08
EOF

done_testing
