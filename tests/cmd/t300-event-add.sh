#!/bin/sh
# event add, list, show, set, cancel: fields, series dates, bad input.
. "$(dirname "$0")/lib.sh"

t 'add prints the new id'
run event add 重阳节联欢会 --date 2026-12-05 --start 14:00 --end 16:30 \
    --place 社区活动室 --kind 节日 --capacity 30 --partner 爱心超市 \
    --partner 贵阳学院 --note 备茶点
out 0 <<EOF
1
EOF

t 'add stored every field, the Chinese kind as its keyword'
run q 'select id, title, kind, date, start, "end", place, capacity,
    quote(series), status, note from event'
out 0 <<EOF
1	重阳节联欢会	festival	2026-12-05	14:00	16:30	社区活动室	30	NULL	scheduled	备茶点
EOF

t 'partners are kept one a row'
run q 'select event_id, partner from event_partner order by partner'
out 0 <<EOF
1	爱心超市
1	贵阳学院
EOF

t 'defaults: today, kind other, no limit, scheduled'
run event add 健康讲座
out 0 <<EOF
2
EOF
run q 'select date, kind, quote(capacity), quote(start), status from event
    where id = 2'
out 0 <<EOF
2026-11-28	other	NULL	NULL	scheduled
EOF

t 'full-width times are folded; --capacity none is no limit'
run event add 义诊 --kind clinic --date 2026-12-10 --start ０９：３０ \
    --end 11:30 --capacity none
out 0 <<EOF
3
EOF
run q 'select start, "end", quote(capacity) from event where id = 3'
out 0 <<EOF
09:30	11:30	NULL
EOF

t 'a weekly series over a month and a year end, named by the title'
run event add 老伙伴互助小组 --kind 小组 --date 2026-12-17 --start 09:30 \
    --end 11:00 --place 活动室 --capacity 12 --repeat weekly --count 4
out 0 <<EOF
4
5
6
7
EOF
run event list --series 老伙伴互助小组 -c id,title,date,start,capacity,series
out 0 <<EOF
4	老伙伴互助小组	2026-12-17	09:30	12	老伙伴互助小组
5	老伙伴互助小组	2026-12-24	09:30	12	老伙伴互助小组
6	老伙伴互助小组	2026-12-31	09:30	12	老伙伴互助小组
7	老伙伴互助小组	2027-01-07	09:30	12	老伙伴互助小组
EOF

t 'a biweekly series with its own name (隔周)'
run event add 书法班 --kind 兴趣 --date 2027-01-25 --repeat 隔周 --count 3 \
    --series 书法兴趣班
out 0 <<EOF
8
9
10
EOF
run event list --series 书法兴趣班 -c id,date,kind
out 0 <<EOF
8	2027-01-25	interest
9	2027-02-08	interest
10	2027-02-22	interest
EOF

t 'a monthly series from the 31st falls on a short month'"'"'s last day'
run event add 生日会 --kind culture --date 2027-01-31 --repeat monthly \
    --count 5
out 0 <<EOF
11
12
13
14
15
EOF
run event list --series 生日会 -c id,date
out 0 <<EOF
11	2027-01-31
12	2027-02-28
13	2027-03-31
14	2027-04-30
15	2027-05-31
EOF

t 'monthly from January 31st of a leap year gives February 29th'
run event add 闰年茶话会 --date 2028-01-31 --repeat 每月 --count 2
out 0 <<EOF
16
17
EOF
run q 'select date from event where id in (16, 17) order by id'
out 0 <<EOF
2028-01-31
2028-02-29
EOF

t '--series alone adds one session to a series'
run event add 书法班补课 --kind interest --date 2027-03-08 --series 书法兴趣班
out 0 <<EOF
18
EOF
run event list --series 书法兴趣班 -c id,date
out 0 <<EOF
8	2027-01-25
9	2027-02-08
10	2027-02-22
18	2027-03-08
EOF

t 'list: the contract columns, by date, with a header'
run event list -H --to 2026-12-31
out 0 <<EOF
id	title	kind	date	start	end	place	capacity	registered	waitlisted	attended	series	status
2	健康讲座	other	2026-11-28					0	0	0		scheduled
1	重阳节联欢会	festival	2026-12-05	14:00	16:30	社区活动室	30	0	0	0		scheduled
3	义诊	clinic	2026-12-10	09:30	11:30			0	0	0		scheduled
4	老伙伴互助小组	group	2026-12-17	09:30	11:00	活动室	12	0	0	0	老伙伴互助小组	scheduled
5	老伙伴互助小组	group	2026-12-24	09:30	11:00	活动室	12	0	0	0	老伙伴互助小组	scheduled
6	老伙伴互助小组	group	2026-12-31	09:30	11:00	活动室	12	0	0	0	老伙伴互助小组	scheduled
EOF

t 'list without a period shows every event'
run sh -c 'event list | wc -l'
out 0 <<EOF
18
EOF

t 'list --period of a month'
run event list --period 2027-02 -c id,date
out 0 <<EOF
9	2027-02-08
10	2027-02-22
12	2027-02-28
EOF

t 'list --kind takes the Chinese word too'
run event list --kind 义诊 -c id,title
out 0 <<EOF
3	义诊
EOF

t 'list --upcoming: today or later'
run sh -c 'event list --upcoming -c id | head -3'
out 0 <<EOF
2
1
3
EOF

t 'list --from --to'
run event list --from 2026-12-06 --to 2026-12-20 -c id,date
out 0 <<EOF
3	2026-12-10
4	2026-12-17
EOF

t 'show: every column, partners and note included'
run event show 1 -H
out 0 <<EOF
id	title	kind	date	start	end	place	capacity	registered	waitlisted	attended	series	status	walk_ins	partners	staff	cancel_reason	note
1	重阳节联欢会	festival	2026-12-05	14:00	16:30	社区活动室	30	0	0	0		scheduled	0	爱心超市,贵阳学院			备茶点
EOF

t 'show several ids in the order given'
run event show 3 2 -c id,title
out 0 <<EOF
3	义诊
2	健康讲座
EOF

t 'show as a table is one name-value block per event'
run event show 3 -o table -c id,title,kind,capacity
out 0 <<EOF
ID        3
Title     义诊
Kind      clinic
Capacity  
EOF

t 'show with --labels zh: Chinese field names and values'
run event show 3 -o table -c id,title,kind,capacity --labels zh
out 0 <<EOF
编号      3
活动名称  义诊
类型      义诊
名额      
EOF

t 'set changes the fields given'
run event set 1 --capacity 40 --place 二楼会议室 --title 重阳敬老联欢会
out 0 </dev/null
run q 'select title, place, capacity, start from event where id = 1'
out 0 <<EOF
重阳敬老联欢会	二楼会议室	40	14:00
EOF

t 'a one-digit hour is read as H:MM'
run event set 3 --start 9:45
out 0 </dev/null
run q 'select start from event where id = 3'
out 0 <<EOF
09:45
EOF

t 'set --partner replaces the partners'
run event set 1 --partner 社区卫生服务中心
out 0 </dev/null
run q 'select partner from event_partner where event_id = 1'
out 0 <<EOF
社区卫生服务中心
EOF

t 'set --partner "" clears them; --capacity none lifts the limit'
run event set 1 --partner '' --capacity none
out 0 </dev/null
run q 'select count(*), (select quote(capacity) from event where id = 1)
    from event_partner where event_id = 1'
out 0 <<EOF
0	NULL
EOF

t 'set several events at once, ids from standard input'
run sh -c 'event list --series 生日会 | event set --place 食堂'
out 0 </dev/null
run q "select group_concat(place) from event where series = '生日会'"
out 0 <<EOF
食堂,食堂,食堂,食堂,食堂
EOF

t 'set a start later than the stored end'
run event set 3 --start 12:00
err 1 "event: event 3: end: 11:30 is not after the start 12:00"

t 'cancel keeps the event, marked cancelled, with the reason'
run event cancel 2 --reason 讲师生病
out 0 </dev/null
run q 'select status, cancel_reason from event where id = 2'
out 0 <<EOF
cancelled	讲师生病
EOF
run event list --to 2026-11-30 -c id,status
out 0 <<EOF
2	cancelled
EOF

t 'cancelling twice is an error'
run event cancel 2
err 1 "event: event 2 is already cancelled"

t 'cancel a whole series through a pipe'
run sh -c 'event list --series 书法兴趣班 | event cancel --reason 老师调走'
out 0 </dev/null
run event list --series 书法兴趣班 -c id,status
out 0 <<EOF
8	cancelled
9	cancelled
10	cancelled
18	cancelled
EOF

t '--dry-run prints the ids it would give and changes nothing'
run event add 试一下 --repeat weekly --count 2 -n
out 0 <<EOF
19
20
EOF
run q 'select count(*) from event'
out 0 <<EOF
18
EOF

t 'the change log has the inserts of events and partners'
run q "select tbl, record, op, user from changelog where record = 1 and
    op = 'insert' order by id"
out 0 <<EOF
event	1	insert	tester
event_partner	1	insert	tester
event_partner	1	insert	tester
event_partner	1	insert	tester
EOF

# ---- bad input: one line on stderr, exit 1, nothing changed

changes=$(q 'select count(*) from changelog')

t 'an end before the start'
run event add 甲 --start 10:00 --end 09:00
err 1 "event: end: 09:00 is not after the start 10:00"

t 'an end equal to the start'
run event add 甲 --start 10:00 --end 10:00
err 1 "event: end: 10:00 is not after the start 10:00"

t 'an end with no start'
run event add 甲 --end 10:00
err 1 "event: end: an end time needs a start time"

t 'a capacity of 0 (no limit is spelt none)'
run event add 甲 --capacity 0
err 1 "event: capacity: invalid capacity '0': expected a positive whole number or none"

t 'a negative capacity'
run event add 甲 --capacity -3
err 1 "event: capacity: invalid capacity '-3': expected a positive whole number or none"

t 'a capacity that is not a number'
run event add 甲 --capacity 很多
err 1 "event: capacity: invalid capacity '很多': expected a positive whole number or none"

t 'set to a capacity of 0'
run event set 4 --capacity 0
err 1 "event: event 4: capacity: invalid capacity '0': expected a positive whole number or none"

t 'a date that does not exist'
run event add 甲 --date 2027-02-30
err 1 "event: date: invalid date '2027-02-30': no such day"

t 'a series from a date that does not exist'
run event add 甲 --date 2027-02-30 --repeat weekly --count 2
err 1 "event: date: invalid date '2027-02-30': no such day"

t 'a time that does not exist'
run event add 甲 --start 25:00
err 1 "event: start: invalid time '25:00': expected HH:MM"

t 'an unknown kind'
run event add 甲 --kind party
err 1 "event: kind: invalid value 'party': expected festival, culture, health, clinic, group, training, interest or other"

t 'an unknown repeat'
run event add 甲 --repeat daily --count 3
err 1 "event: repeat: invalid value 'daily': expected weekly, biweekly or monthly"

t 'a count of 0'
run event add 甲 --repeat weekly --count 0
err 1 "event: count: invalid count '0': expected a whole number from 1 to 366"

t 'an empty title'
run event add ' '
err 1 "event: title: empty title"

t 'an unknown event id in show, set and cancel'
run event show 99
err 1 "event: unknown event id 99"
run event set 99 --place x
err 1 "event: unknown event id 99"
run event cancel 99
err 1 "event: unknown event id 99"

t 'a bad event id'
run event show 3x
err 1 "event: '3x' is not an event id"

t 'nothing was stored by the failures'
run q 'select count(*) from event; select count(*) from changelog'
out 0 <<EOF
18
$changes
EOF

# ---- usage errors: exit 2

t '--repeat without --count'
run event add 甲 --repeat weekly
outerr 2 "event: add: --repeat and --count go together
usage: event add TITLE [--date D] [--start HH:MM --end HH:MM] [--place P]
           [--kind K] [--capacity N|none] [--partner P]... [--series NAME]
           [--note TEXT] [--repeat weekly|biweekly|monthly --count N]
           [--project PROJECT/PART]" </dev/null

t '--repeat is not an option of set'
run sh -c 'event set 1 --repeat weekly 2>&1 >/dev/null | head -1'
out 0 <<EOF
event: set: unknown option '--repeat'
EOF

t 'set with nothing to set'
run sh -c 'event set 1 2>&1 >/dev/null | head -1; event set 1 2>/dev/null
    echo $?'
out 0 <<EOF
event: set: nothing to set
2
EOF

t 'a missing title'
run sh -c 'event add 2>/dev/null; echo $?'
out 0 <<EOF
2
EOF

done_testing
