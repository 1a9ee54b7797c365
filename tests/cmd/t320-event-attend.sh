#!/bin/sh
# event attend, the roster after the event, and event staff.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --unit 1 --room 302 --phone 13800000001 \
    >/dev/null
elder add 王德明 --building 3 --unit 2 --room 101 >/dev/null
elder add 陈秀兰 --building 5 --unit 1 --room 201 >/dev/null
elder add 刘凤英 --building 5 --phone 13800000004 >/dev/null
elder add 赵玉珍 --building 6 --unit 1 --room 101 >/dev/null
elder add 孙有才 >/dev/null
event add 重阳节联欢会 --date 2026-11-21 --start 14:00 --end 16:30 \
    --capacity 2 --kind festival --place 活动室 >/dev/null
event add 义诊 --date 2026-11-28 --start 09:00 --end 11:20 --kind clinic \
    >/dev/null
event add 健康讲座 --date 2026-12-05 --start 09:00 --end 10:00 >/dev/null
event add 包饺子 --date 2026-11-25 >/dev/null
event add 互助小组 --kind group --date 2026-11-14 --start 09:30 --end 11:00 \
    --repeat weekly --count 2 >/dev/null
event add 环境整治 --date 2026-11-26 >/dev/null
# sign-ups were taken the week before the event
SHEGONG_TODAY=2026-11-15 event signup 1 1 2 3 4 >/dev/null
SHEGONG_TODAY=2026-11-15 event withdraw 1 2 >/dev/null

t 'after the event, before check-in: everyone marked absent'
run event roster 1 -H
out 0 <<EOF
id	name	kind	address	phone	status	signature	attended
1	张桂英	elder	3-1-302	138****0001	registered		no
3	陈秀兰	elder	5-1-201		registered		no
4	刘凤英	elder	5	138****0004	waitlisted		no
EOF

t 'check-in after the fact: signed up attended, others walk-ins'
run event attend 1 1 4 2 5
out 0 <<EOF
1	attended
4	attended
2	walk-in
5	walk-in
EOF
run q 'select elder_id, walk_in from attendance where event_id = 1
    order by elder_id'
out 0 <<EOF
1	0
2	1
4	0
5	1
EOF

t 'attending twice is reported, not recorded twice'
run event attend 1 1 5
out 0 <<EOF
1	already-attended
5	already-attended
EOF
run q 'select count(*) from attendance'
out 0 <<EOF
4
EOF

t 'the counts: attended includes the walk-ins'
run event show 1 -c id,registered,waitlisted,attended,walk_ins
out 0 <<EOF
1	2	1	4	2
EOF

t 'the roster after the event: who came, who did not, and walk-ins'
run event roster 1 -H
out 0 <<EOF
id	name	kind	address	phone	status	signature	attended
1	张桂英	elder	3-1-302	138****0001	registered		yes
3	陈秀兰	elder	5-1-201		registered		no
4	刘凤英	elder	5	138****0004	waitlisted		yes
2	王德明	elder	3-2-101		walk-in		walk-in
5	赵玉珍	elder	6-1-101		walk-in		walk-in
EOF

t 'the roster as markdown, to print'
run event roster 1 -o markdown -c id,name,address,signature,attended
out 0 <<EOF
| ID | Name | Address | Signature | Attended |
| --- | --- | --- | --- | --- |
| 1 | 张桂英 | 3-1-302 |  | yes |
| 3 | 陈秀兰 | 5-1-201 |  | no |
| 4 | 刘凤英 | 5 |  | yes |
| 2 | 王德明 | 3-2-101 |  | walk-in |
| 5 | 赵玉珍 | 6-1-101 |  | walk-in |
EOF

t 'check-in on the day, ids from standard input'
run sh -c 'printf "6\n" | event attend 2'
out 0 <<EOF
6	walk-in
EOF

t 'on the day, a roster with a check-in shows attendance'
run event roster 2
out 0 <<EOF
6	孙有才	elder			walk-in		walk-in
EOF

changes=$(q 'select count(*) from changelog')

t 'an event in the future cannot be attended'
run event attend 3 1
err 1 "event: event 3 is on 2026-12-05: attendance is recorded on or after the day"

t 'a cancelled event cannot be attended'
event cancel 4 >/dev/null
changes=$((changes + 1))
run event attend 4 1
err 1 "event: event 4 is cancelled"

t 'an unknown elder in a piped list: nothing recorded'
run sh -c 'printf "1\n99\n" | event attend 2'
err 1 "event: unknown elder id 99"
run q 'select count(*) from attendance where event_id = 2'
out 0 <<EOF
1
EOF

t 'an unknown event'
run event attend 99 1
err 1 "event: unknown event id 99"

t 'an elder archived before the event is refused'
elder archive 5 --reason deceased --date 2026-11-24
changes=$((changes + 1))
run event attend 2 1 5
err 1 "event: elder 5 is archived"

t 'the failures changed nothing'
run q 'select count(*) from changelog'
out 0 <<EOF
$changes
EOF

t 'an elder archived after the event may still be checked in'
run event attend 5 5
out 0 <<EOF
5	walk-in
EOF

t 'attending a session counts for that session only'
run event attend 6 1
out 0 <<EOF
1	walk-in
EOF
run event list --series 互助小组 -c id,date,attended
out 0 <<EOF
5	2026-11-14	1
6	2026-11-21	1
EOF
run q 'select event_id, elder_id from attendance where event_id in (5, 6)
    order by event_id'
out 0 <<EOF
5	5
6	1
EOF

# ---- staffing

volunteer add 李志愿 >/dev/null
volunteer add 王社工 --role social-worker >/dev/null
volunteer add 赵同学 --role student >/dev/null

t 'staff: hours default to the event'"'"'s length'
run event staff 1 1 2
out 0 <<EOF
1	2.5
2	2.5
EOF

t 'staff by name; a length of 2h20 is 2.33 hours'
run event staff 2 李志愿
out 0 <<EOF
1	2.33
EOF

t 'staffing again replaces the hours'
run event staff 1 1 --hours 3
out 0 <<EOF
1	3
EOF
run q 'select event_id, volunteer_id, hours from staffing order by
    event_id, volunteer_id'
out 0 <<EOF
1	1	3.0
1	2	2.5
2	1	2.33
EOF

t 'show lists the staff with their hours'
run event show 1 -c id,staff
out 0 <<EOF
1	李志愿 3h,王社工 2.5h
EOF

t 'the hours are service hours of the volunteer; the social worker works'
run q "select volunteer_id, date, hours, source, content, place from
    service_hours where source = 'event' order by volunteer_id, date"
out 0 <<EOF
1	2026-11-21	3.0	event	event:festival:重阳节联欢会	活动室
1	2026-11-28	2.33	event	event:clinic:义诊	
EOF
run q "select volunteer_id, date, hours, source, content, place from
    staff_work order by volunteer_id, date"
out 0 <<EOF
2	2026-11-21	2.5	event	event:festival:重阳节联欢会	活动室
EOF

t 'an event without times needs --hours'
run event staff 7 1
err 1 "event: hours: event 7 has no start and end times: give --hours"
run event staff 7 1 --hours 1.5
out 0 <<EOF
1	1.5
EOF

changes=$(q 'select count(*) from changelog')

t 'hours of 0, over 24, negative or not a number'
run event staff 7 2 --hours 0
err 1 "event: hours: invalid hours '0': expected more than 0 and at most 24"
run event staff 7 2 --hours 24.5
err 1 "event: hours: invalid hours '24.5': expected more than 0 and at most 24"
run event staff 7 2 --hours -1
err 1 "event: hours: invalid hours '-1': expected more than 0 and at most 24"
run event staff 7 2 --hours 两小时
err 1 "event: hours: invalid hours '两小时': expected more than 0 and at most 24"

t 'an unknown volunteer'
run event staff 1 99
err 1 "event: '99': no volunteer or worker has that id or name"
run event staff 1 2 无名氏
err 1 "event: '无名氏': no volunteer or worker has that id or name"

t 'an archived volunteer'
volunteer archive 3 >/dev/null
changes=$((changes + 1))
run event staff 1 3
err 1 "event: volunteer 3 is archived"

t 'a future or cancelled event cannot be staffed'
run event staff 3 1
err 1 "event: event 3 is on 2026-12-05: staffing is recorded on or after the day"
run event staff 4 1 --hours 2
err 1 "event: event 4 is cancelled"

t 'the failures changed nothing'
run q 'select count(*) from changelog; select count(*) from staffing'
out 0 <<EOF
$changes
4
EOF

t 'usage: staff needs a volunteer'
run sh -c 'event staff 1 2>/dev/null; echo $?'
out 0 <<EOF
2
EOF

done_testing
