#!/bin/sh
# Values that cannot be true are refused, each with the field and the
# limit (issue 24, point 9).
. "$(dirname "$0")/lib.sh"

elder add 甲 >/dev/null
volunteer add 丙 >/dev/null
ESC=$(printf '\033') BEL=$(printf '\007') RLO=$(printf '\342\200\256')
LSEP=$(printf '\342\200\250')

t 'a visit of 999,999,999 minutes: at most 24 hours'
run visit log 1 --minutes 999999999 --date 2026-11-01
err 1 "visit: minutes: '999999999' is more than 1440 minutes (24 hours)"
run visit log 1 --minutes 1440 --date 2026-11-01
out 0 <<EOF
1
EOF

t 'hours of one volunteer on one day: at most 24, visits, events and entries together'
volunteer log 丙 --hours 20 --content 整理 --date 2026-11-02 >/dev/null
run visit log 1 --by 丙 --minutes 300 --date 2026-11-02
err 1 "visit: database: hours: more than 24 hours of one volunteer on one day"
run visit log 1 --by 丙 --minutes 240 --date 2026-11-02
out 0 <<EOF
2
EOF
event add 会 --date 2026-11-02 >/dev/null
run event staff 1 丙 --hours 0.5
err 1 "event: database: hours: more than 24 hours of one volunteer on one day"
run volunteer log 丙 --hours 1 --content x --date 2026-11-02
err 1 "volunteer: database: hours: more than 24 hours of one volunteer on one day"
run q "SELECT sum(hours) FROM service_hours WHERE date = '2026-11-02'"
out 0 <<EOF
24.0
EOF

t 'the limit holds when staffing again raises the hours, and in an import'
event add 会 --date 2026-11-03 >/dev/null
event staff 2 丙 --hours 20 >/dev/null
volunteer log 丙 --hours 3 --content x --date 2026-11-03 >/dev/null
run event staff 2 丙 --hours 22
err 1 "event: database: hours: more than 24 hours of one volunteer on one day"
run event staff 2 丙 --hours 21
out 0 <<EOF
1	21
EOF
volunteer log 丙 --hours 23 --content x --date 2026-11-04 >/dev/null
printf 'date\telder\tvisitors\tminutes\n2026-11-04\t1\t丙\t30\n2026-11-04\t1\t丙\t31\n' >"$T/v.tsv"
run visit import "$T/v.tsv"
err 1 "visit: $T/v.tsv:3: database: hours: more than 24 hours of one volunteer on one day
visit: $T/v.tsv: 1 bad record: nothing imported"
run q "SELECT (SELECT count(*) FROM visit) || ' visits, ' || (SELECT sum(hours) FROM service_hours WHERE date = '2026-11-04') || ' hours'"
out 0 <<EOF
2 visits, 23.0 hours
EOF

t 'control characters, direction marks, line separators: in every text field'
run elder add 乙 --tag "a${ESC}b"
err 1 "elder: tags: control, direction or line-separator character U+001B"
run elder add 乙 --building "3${RLO}"
err 1 "elder: building: control, direction or line-separator character U+202E"
run elder add 乙 --room "1${LSEP}2"
err 1 "elder: room: control, direction or line-separator character U+2028"
run elder add 乙 --note "x${BEL}"
err 1 "elder: note: control, direction or line-separator character U+0007"
run volunteer add 丁 --skill "x${BEL}"
err 1 "volunteer: skills: control, direction or line-separator character U+0007"
run volunteer team add "t${ESC}"
err 1 "volunteer: name: control or direction character U+001B in a name"
run event partner add "p${ESC}"
err 1 "event: name: control or direction character U+001B in a name"
run event add 会 --date 2026-12-01 --place "p${LSEP}q"
err 1 "event: place: control or direction character U+2028 in a name"

t 'names made only of invisible or blank characters'
for s in '\343\200\200' '\302\240' '\342\200\213' '\357\273\277' '\314\201'; do
	run elder add "$(printf "$s")"
	err 1 "elder: name: a name must have a visible character"
done
run volunteer team add "$(printf '\342\200\213')"
err 1 "volunteer: name: a name must have a visible character"

t 'numbers only as plain decimals'
run volunteer log 丙 --hours 0x1p3 --content x
err 1 "volunteer: hours: '0x1p3': expected a number of hours more than 0 and at most 24"
run volunteer log 丙 --hours 1e-300 --content x
err 1 "volunteer: hours: '1e-300': expected a number of hours more than 0 and at most 24"
run volunteer log 丙 --hours ' 5' --content x
err 1 "volunteer: hours: ' 5': expected a number of hours more than 0 and at most 24"
run event staff 1 丙 --hours 0x1p1
err 1 "event: hours: invalid hours '0x1p1': expected more than 0 and at most 24"
run visit log 1 --minutes 1e3 --date 2026-11-03
err 1 "visit: minutes: invalid number '1e3': expected plain decimal digits"

t '--user and $SHEGONG_USER: valid UTF-8, no control characters'
run elder add 戊 --user "a${ESC}"
err 1 "elder: user: the person acting (--user, \$SHEGONG_USER) must be valid UTF-8 of at most 200 bytes, visible, without control or direction characters"
run env SHEGONG_USER="$(printf '\377')" elder add 戊
err 1 "elder: user: the person acting (--user, \$SHEGONG_USER) must be valid UTF-8 of at most 200 bytes, visible, without control or direction characters"

t 'a series running past 9999-12-31 is refused, nothing stored'
run event add 系列 --date 9999-12-20 --repeat weekly --count 3
err 1 "event: count: a series of 3 from 9999-12-20 runs past 9999-12-31"
run event add 系列 --date 9999-11-20 --repeat monthly --count 3
err 1 "event: count: a series of 3 from 9999-11-20 runs past 9999-12-31"
run q "SELECT count(*) FROM event WHERE date > '9999' OR date = '0000-00-00'"
out 0 <<EOF
0
EOF

done_testing
