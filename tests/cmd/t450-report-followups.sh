#!/bin/sh
# report(1)'s words on follow-ups: which count open at the end of a month,
# and which visit closes one.
. "$(dirname "$0")/lib.sh"

export SHEGONG_TODAY=2026-12-15
for i in 1 2 3 4 5 6 7 8; do
	elder add "老$i" --joined 2026-01-01 >/dev/null
done
elder add 新来的 --joined 2026-12-10 >/dev/null

open() { report monthly --month 2026-11 -o tsv |
    awk '$2 == "followups_open" { print $3 }'; }

# asked for and closed in November by a later follow-up visit: closed
visit log 1 --date 2026-11-02 --follow-up 2026-11-09 >/dev/null
visit log 1 --date 2026-11-09 --kind follow-up >/dev/null
# a follow-up visit on the same day, logged after: closed
visit log 2 --date 2026-11-03 --follow-up 2026-11-03 >/dev/null
visit log 2 --date 2026-11-03 --kind follow-up >/dev/null
# a follow-up visit on the same day, logged before: still open
visit log 3 --date 2026-11-04 --kind follow-up >/dev/null
visit log 3 --date 2026-11-04 --follow-up 2026-11-20 >/dev/null
# a later routine visit does not close it: open
visit log 4 --date 2026-11-05 --follow-up 2026-11-12 >/dev/null
visit log 4 --date 2026-11-20 >/dev/null
# a follow-up date in December, asked for in November: open
visit log 5 --date 2026-11-28 --follow-up 2026-12-05 >/dev/null
# closed in December: open at the end of November
visit log 6 --date 2026-11-10 --follow-up 2026-11-17 >/dev/null
visit log 6 --date 2026-12-01 --kind follow-up --mode phone >/dev/null
# an elder archived in November: not counted
visit log 7 --date 2026-11-06 --follow-up 2026-11-13 >/dev/null
elder archive 7 --reason moved --date 2026-11-25 >/dev/null
# asked for in December: not in November
visit log 8 --date 2026-12-02 --follow-up 2026-12-09 >/dev/null
# a visit from the paper files before the elder was taken on: counted
visit log 9 --date 2026-11-15 --follow-up 2026-11-22 >/dev/null

t 'November: open are those of 老3, 老4, 老5, 老6 and 新来的'
run open
out 0 <<EOF
5
EOF

t 'visit followups on 11-30 lists the same rule (closed in December too)'
run visit followups --on 2026-11-30 -c elder_id,date,follow_up
out 0 <<EOF
4	2026-11-05	2026-11-12
3	2026-11-04	2026-11-20
9	2026-11-15	2026-11-22
EOF

t 'visit due gives them the reason follow-up'
run sh -c 'visit due -c id,reason | grep follow-up'
out 0 <<EOF
4	follow-up
3	follow-up
9	follow-up
5	follow-up
8	follow-up
EOF

done_testing
