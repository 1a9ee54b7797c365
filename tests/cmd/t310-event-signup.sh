#!/bin/sh
# event signup and withdraw: capacity, the waitlist and its order,
# duplicates, ids from stdin, refusals, and racing sign-ups.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --unit 1 --room 302 --phone 13800000001 \
    --tag 独居 >/dev/null
elder add 王德明 --building 3 --unit 2 --room 101 --phone 13800000002 \
    >/dev/null
elder add 陈秀兰 --building 5 --unit 1 --room 201 --tag 独居 >/dev/null
elder add 刘凤英 --building 5 --phone 13800000004 >/dev/null
elder add 赵玉珍 --tag 独居 >/dev/null
elder add 孙有才 >/dev/null
elder add 周桂兰 >/dev/null
elder add 吴德福 >/dev/null
event add 重阳节联欢会 --date 2026-12-05 --start 14:00 --end 16:30 \
    --capacity 3 >/dev/null
event add 健康讲座 --date 2026-12-06 >/dev/null
event add 义诊 --date 2026-12-10 --capacity 2 >/dev/null
event add 包饺子 --date 2026-12-12 --capacity 10 >/dev/null
event add 敬老茶话会 --date 2026-11-20 >/dev/null
event add 手工课 --date 2026-11-28 --capacity 1 >/dev/null
event add 书法班 --date 2026-12-20 --capacity 2 >/dev/null

t 'registered while places are left, then waitlisted in order'
run event signup 1 1 2 3 4 5
out 0 <<EOF
1	registered
2	registered
3	registered
4	waitlisted
5	waitlisted
EOF
run q 'select id, event_id, elder_id, status from signup order by id'
out 0 <<EOF
1	1	1	registered
2	1	2	registered
3	1	3	registered
4	1	4	waitlisted
5	1	5	waitlisted
EOF

t 'the counts in show and list'
run event show 1 -c id,capacity,registered,waitlisted,attended
out 0 <<EOF
1	3	3	2	0
EOF

t 'signing up twice is reported, not recorded twice'
run event signup 1 2 4
out 0 <<EOF
2	already-registered
4	already-waitlisted
EOF
run q 'select count(*) from signup'
out 0 <<EOF
5
EOF

t 'the roster before the event: places, then the waitlist, to sign'
run event roster 1 -H
out 0 <<EOF
id	name	kind	address	phone	status	signature
1	张桂英	elder	3-1-302	138****0001	registered	
2	王德明	elder	3-2-101	138****0002	registered	
3	陈秀兰	elder	5-1-201		registered	
4	刘凤英	elder	5	138****0004	waitlisted	
5	赵玉珍	elder			waitlisted	
EOF

t 'the roster is posted: phones masked unless --reveal'
run event roster 1 -c id,phone --reveal
out 0 <<EOF
1	13800000001
2	13800000002
3	
4	13800000004
5	
EOF

t 'withdrawing frees a place: the first waitlisted moves up'
run event withdraw 1 2
out 0 <<EOF
2	withdrawn
4	registered
EOF
run q 'select elder_id, status from signup where event_id = 1 order by id'
out 0 <<EOF
1	registered
2	withdrawn
3	registered
4	registered
5	waitlisted
EOF

t 'withdrawing twice is reported'
run event withdraw 1 2
out 0 <<EOF
2	already-withdrawn
EOF

t 'an elder who withdrew signs up again at the end of the queue'
run event signup 1 2
out 0 <<EOF
2	waitlisted
EOF
run event roster 1 -c id,status
out 0 <<EOF
1	registered
3	registered
4	registered
5	waitlisted
2	waitlisted
EOF

t 'two withdrawn at once: the waitlist moves up in its order'
run event withdraw 1 1 3
out 0 <<EOF
1	withdrawn
3	withdrawn
5	registered
2	registered
EOF
run event roster 1 -c id,status
out 0 <<EOF
4	registered
5	registered
2	registered
EOF
run event show 1 -c registered,waitlisted
out 0 <<EOF
3	0
EOF

t 'withdrawing an elder who never signed up is an error'
run event withdraw 1 6
err 1 "event: elder 6 is not signed up for event 1"

t 'withdrawing an unknown elder is an error'
run event withdraw 1 99
err 1 "event: unknown elder id 99"

t 'elder ids from a pipe'
run sh -c 'elder list --tag 独居 | event signup 2'
out 0 <<EOF
1	registered
3	registered
5	registered
EOF

t 'a header line in the pipe is skipped'
run sh -c 'elder list -H --tag 独居 | event signup 2'
out 0 <<EOF
1	already-registered
3	already-registered
5	already-registered
EOF

t 'an empty pipe signs nobody up'
run sh -c 'printf "" | event signup 2'
out 0 </dev/null

changes=$(q 'select count(*) from changelog')

t 'an unknown elder in a piped list: nothing recorded'
run sh -c 'printf "6\n99\n7\n" | event signup 3'
err 1 "event: unknown elder id 99"
run q 'select count(*) from signup where event_id = 3'
out 0 <<EOF
0
EOF

t 'an archived elder is refused: nothing recorded'
elder archive 8 --reason moved
run event signup 3 7 8
err 1 "event: elder 8 is archived"
run q 'select count(*) from signup where event_id = 3'
out 0 <<EOF
0
EOF

t 'a past event is closed'
run event signup 5 1
err 1 "event: event 5 was on 2026-11-20: sign-ups are closed"

t 'an unknown event'
run event signup 99 1
err 1 "event: unknown event id 99"
run event withdraw 99 1
err 1 "event: unknown event id 99"

t 'a bad id on standard input'
run sh -c 'printf "1\nabc\n" | event signup 2'
err 1 "event: stdin:2: elder: 'abc': no elder has that id, ID number or name
event: stdin: 1 bad elder"

t 'the failures changed nothing'
run q 'select count(*) from changelog'
out 0 <<EOF
$((changes + 1))
EOF

t 'an event today still takes sign-ups'
run event signup 6 1 2
out 0 <<EOF
1	registered
2	waitlisted
EOF

t 'a cancelled event keeps its sign-ups, and takes no more'
run event signup 4 1 2
out 0 <<EOF
1	registered
2	registered
EOF
run event cancel 4 --reason 场地维修
out 0 </dev/null
run q 'select elder_id, status from signup where event_id = 4 order by id'
out 0 <<EOF
1	registered
2	registered
EOF
run event show 4 -c id,registered,status
out 0 <<EOF
4	2	cancelled
EOF
run event signup 4 3
err 1 "event: event 4 is cancelled"
run event withdraw 4 1
err 1 "event: event 4 is cancelled"

t 'a larger capacity moves the waitlist up'
run event signup 7 1 2 3 4
out 0 <<EOF
1	registered
2	registered
3	waitlisted
4	waitlisted
EOF
run event set 7 --capacity 3
out 0 <<EOF
3	registered
EOF

t 'a capacity below the elders registered is an error'
run event set 7 --capacity 2
err 1 "event: event 7: capacity: 2 is less than the 3 elders registered"

t '--capacity none registers everyone waiting'
run event set 7 --capacity none
out 0 <<EOF
4	registered
EOF

t '--dry-run reports and records nothing'
run event signup 3 1 -n
out 0 <<EOF
1	registered
EOF
run q 'select count(*) from signup where event_id = 3'
out 0 <<EOF
0
EOF

t 'usage: no event, or withdraw without elders'
run sh -c 'event signup 2>/dev/null; echo $?; event withdraw 1 2>/dev/null
    echo $?'
out 0 <<EOF
2
2
EOF

# ---- 20 sign-ups at once for 5 places

i=1
while [ $i -le 20 ]; do
	elder add 老人$i >/dev/null
	i=$((i + 1))
done
event add 抢位测试 --date 2026-12-24 --capacity 5 >/dev/null

t '20 sign-ups racing for 5 places: exactly 5 registered'
i=9
while [ $i -le 28 ]; do
	(event signup 8 $i >"$T/race.$i" 2>&1; echo $? >>"$T/race.status") &
	i=$((i + 1))
done
wait
run q "select status, count(*) from signup where event_id = 8
    group by status order by status"
out 0 <<EOF
registered	5
waitlisted	15
EOF

t 'every racer succeeded and was told its status'
run sh -c 'sort "$T/race.status" | uniq -c | sed "s/^ *//";
    cat "$T"/race.[0-9]* | cut -f 2 | sort | uniq -c | sed "s/^ *//"'
out 0 <<EOF
20 0
5 registered
15 waitlisted
EOF

t 'the first five to sign up hold the places'
run q "select count(*) from signup where event_id = 8 and
    status = 'registered' and id > (select min(id) + 4 from signup
    where event_id = 8)"
out 0 <<EOF
0
EOF

done_testing
