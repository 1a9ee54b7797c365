#!/bin/sh
# A caregiver support group (照料者小组): six weekly sessions, eight
# caregivers of disabled elders signed up as persons, over capacity with
# a waitlist and promotion, attendance and a resident walking in.
. "$(dirname "$0")/lib.sh"

for n in 张桂英 王德明 陈秀兰 刘凤英; do
	elder add "$n" --joined 2026-01-01 --tag 失能 >/dev/null
done
for c in 李梅:1:女儿 王军:2:儿子 陈芳:3:女儿 刘强:4:儿子 李华:1:儿媳 \
    王丽:2:女儿 陈明:3:老伴 刘燕:4:女儿; do
	e=${c#*:}
	elder person add "${c%%:*}" --elder "${e%%:*}" --relation "${c##*:}" \
	    >/dev/null
done
elder person add 周敏 --kind resident --building 2 --room 101 >/dev/null

t 'six sessions of one group, six places each'
run event add 照料者互助小组 --date 2026-12-02 --start 14:30 --end 16:00 \
    --kind group --capacity 6 --repeat weekly --count 6 --place 活动室
out 0 <<EOF
1
2
3
4
5
6
EOF

t 'eight caregivers sign up from a pipe: six places, then the waitlist'
run sh -c 'elder person list --kind caregiver -c ref | event signup 1'
out 0 <<EOF
person:1	registered
person:2	registered
person:3	registered
person:4	registered
person:5	registered
person:6	registered
person:7	waitlisted
person:8	waitlisted
EOF
run q "SELECT id, event_id, elder_id, person_id, status FROM signup
    ORDER BY id"
out 0 <<EOF
1	1		1	registered
2	1		2	registered
3	1		3	registered
4	1		4	registered
5	1		5	registered
6	1		6	registered
7	1		7	waitlisted
8	1		8	waitlisted
EOF

t 'a caregiver withdraws: the first on the waitlist moves up'
run event withdraw 1 person:2
out 0 <<EOF
person:2	withdrawn
person:7	registered
EOF
run event list -c id,date,capacity,registered,waitlisted
out 0 <<EOF
1	2026-12-02	6	6	1
2	2026-12-09	6	0	0
3	2026-12-16	6	0	0
4	2026-12-23	6	0	0
5	2026-12-30	6	0	0
6	2027-01-06	6	0	0
EOF

t 'the sign-in sheet: a kind column, phones masked'
run event roster 1 -H
out 0 <<EOF
id	name	kind	address	phone	status	signature
person:1	李梅	caregiver			registered	
person:3	陈芳	caregiver			registered	
person:4	刘强	caregiver			registered	
person:5	李华	caregiver			registered	
person:6	王丽	caregiver			registered	
person:7	陈明	caregiver			registered	
person:8	刘燕	caregiver			waitlisted	
EOF
run event roster 1 -o json -c id,name,kind
out 0 <<EOF
{"id":"person:1","name":"李梅","kind":"caregiver"}
{"id":"person:3","name":"陈芳","kind":"caregiver"}
{"id":"person:4","name":"刘强","kind":"caregiver"}
{"id":"person:5","name":"李华","kind":"caregiver"}
{"id":"person:6","name":"王丽","kind":"caregiver"}
{"id":"person:7","name":"陈明","kind":"caregiver"}
{"id":"person:8","name":"刘燕","kind":"caregiver"}
EOF

t 'on the day: caregivers check in, a resident and an elder walk in'
run env SHEGONG_TODAY=2026-12-02 event attend 1 person:1 person:3 \
    person:7 person:9 1
out 0 <<EOF
person:1	attended
person:3	attended
person:7	attended
person:9	walk-in
1	walk-in
EOF
run env SHEGONG_TODAY=2026-12-03 event roster 1 -c id,name,kind,status,attended
out 0 <<EOF
person:1	李梅	caregiver	registered	yes
person:3	陈芳	caregiver	registered	yes
person:4	刘强	caregiver	registered	no
person:5	李华	caregiver	registered	no
person:6	王丽	caregiver	registered	no
person:7	陈明	caregiver	registered	yes
person:8	刘燕	caregiver	waitlisted	no
1	张桂英	elder	walk-in	walk-in
person:9	周敏	resident	walk-in	walk-in
EOF
run q "SELECT event_id, elder_id, person_id, walk_in FROM attendance
    ORDER BY id"
out 0 <<EOF
1		1	0
1		3	0
1		7	0
1		9	1
1	1		1
EOF

t 'the next sessions: sign-ups by session, a second week of attendance'
run sh -c 'for e in 2 3 4 5 6; do elder person list --kind caregiver \
    -c ref | head -6 | event signup $e | grep -c registered; done'
out 0 <<EOF
6
6
6
6
6
EOF
run env SHEGONG_TODAY=2026-12-09 event attend 2 person:1 person:2 person:5
out 0 <<EOF
person:1	attended
person:2	attended
person:5	attended
EOF

t 'bad participants: unknown, archived, malformed, on stdin'
run event signup 1 person:99
err 1 "event: unknown person id 99"
run event signup 1 person:x
err 1 "event: 'x' is not a person id"
run sh -c "printf 'person:1\nabc\n' | event signup 2"
err 1 "event: stdin:2: elder: 'abc': no elder has that id, ID number or name
event: stdin: 1 bad elder"
elder person archive 8 >/dev/null
run event signup 2 person:8
err 1 "event: person 8 is archived"
run event withdraw 3 person:9
err 1 "event: person 9 is not signed up for event 3"
run q "SELECT count(*) FROM signup"
out 0 <<EOF
38
EOF

t 'visiting rules and coverage know nothing of persons'
run sh -c 'visit due -c id | sort -n | tr "\n" " "; echo'
out 0 <<EOF
1 2 3 4 
EOF

done_testing
