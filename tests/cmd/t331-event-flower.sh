#!/bin/sh
# A flower-making afternoon (手工花制作) with the community's women:
# residents signed up beside elders, a resident from outside walking in,
# the roster with its kind column, the month's count of persons by kind.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --unit 1 --room 302 --phone 13800000001 \
    --joined 2026-01-01 >/dev/null
elder add 陈秀兰 --building 5 --joined 2026-01-01 >/dev/null
elder person add 王芳 --kind resident --building 3 --unit 2 --room 101 \
    --phone 13900000002 >/dev/null
elder person add 刘敏 --kind 居民 --building 6 >/dev/null
elder person add 赵丽 --kind resident --outside >/dev/null
event add 手工花制作 --kind interest --date 2026-12-05 --start 14:00 \
    --end 16:00 --capacity 3 --place 社区广场 >/dev/null

t 'elders and residents sign up in one queue'
run event signup 1 1 person:1 person:2 2
out 0 <<EOF
1	registered
person:1	registered
person:2	registered
2	waitlisted
EOF

t 'the roster: elders and residents, each with its kind and address'
run event roster 1 -H
out 0 <<EOF
id	name	kind	address	phone	status	signature
1	张桂英	elder	3-1-302	138****0001	registered	
person:1	王芳	resident	3-2-101	139****0002	registered	
person:2	刘敏	resident	6		registered	
2	陈秀兰	elder	5		waitlisted	
EOF

t 'on the day: who came, and a woman from outside the community'
run env SHEGONG_TODAY=2026-12-05 event attend 1 1 person:1 person:3
out 0 <<EOF
1	attended
person:1	attended
person:3	walk-in
EOF
run env SHEGONG_TODAY=2026-12-05 event roster 1 -c id,kind,address,attended
out 0 <<EOF
1	elder	3-1-302	yes
person:1	resident	3-2-101	yes
person:2	resident	6	no
2	elder	5	no
person:3	resident	outside	walk-in
EOF

t 'the month: elders and persons counted apart, persons by kind'
run sh -c 'env SHEGONG_TODAY=2026-12-31 report monthly --month 2026-12 -o tsv | grep -E "^events	(attendances|elders|persons|walk_ins)"'
out 0 <<EOF
events	attendances	3	0
events	elders	1	0
events	walk_ins	1	0
events	persons	2	0
events	persons.caregiver	0	0
events	persons.resident	2	0
events	persons.student	0	0
events	persons.family	0	0
events	persons.other	0	0
EOF

done_testing
