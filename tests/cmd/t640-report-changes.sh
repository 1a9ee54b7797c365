#!/bin/sh
# The change log: every writing subcommand leaves exactly one entry per
# record it inserted or changed, with the old and new values of what
# changed, who and the command line; report changes shows it, with ID
# numbers masked; --reveal is recorded; report query hides ID numbers.
. "$(dirname "$0")/lib.sh"

# step CMD...: run a writing command (its output dropped), then print the
# change log entries it left: table, record, op, user, field=old>new for
# each field it changed (a signup's time, the clock's, as T), command.
last=0
step() {
	"$@" >/dev/null || return
	q "SELECT c.tbl, coalesce(c.record, ''), c.op, c.user, (SELECT
	    group_concat(k.key || '=' || CASE WHEN k.key = 'time' THEN 'T'
	    ELSE coalesce(c.old ->> k.key, '') || '>' ||
	    coalesce(c.new ->> k.key, '') END, ' ') FROM
	    json_each(coalesce(c.new, c.old)) k WHERE (c.old ->> k.key) IS NOT
	    (c.new ->> k.key)), c.command FROM changelog c WHERE c.id > $last
	    ORDER BY c.id; SELECT '#last', coalesce(max(id), 0) FROM changelog" \
	    >"$T/step"
	# the last line is the last entry's id (one sqlite3 a step)
	while IFS= read -r _l; do
		case $_l in
		'#last	'*) last=${_l#*	} ;;
		*) printf '%s\n' "$_l" ;;
		esac
	done <"$T/step"
}
printf 'name\tgender\tbirth\tbuilding\n张三\tM\t1950-02-02\t5\n钱六\tF\t1952-03-03\t5\n' >"$T/e.tsv"
printf 'name\tphone\n钱多\t13700000000\n' >"$T/v.tsv"

t 'changelog: elder add: one insert'
run step elder add 王秀英 --gender F --birth 1940-05-06 --building 3 --room 101 --tag 独居 --tag 空巢
out 0 <<EOF
elder	1	insert	tester	id=>1 name=>王秀英 gender=>F birth=>1940-05-06 building=>3 room=>101 tags=>独居,空巢 joined=>2026-11-28 status=>active	elder add 王秀英 --gender F --birth 1940-05-06 --building 3 --room 101 --tag 独居 --tag 空巢
EOF

t 'changelog: elder add: a second'
run step elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 11010519491231002X
out 0 <<EOF
elder	2	insert	tester	id=>2 name=>李秀兰 gender=>F birth=>1949-12-31 id_number=>11010519491231002X building=>3 room=>102 tags=> joined=>2026-11-28 status=>active	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
EOF

t 'changelog: elder set: the changed field, old and new'
run step elder set 1 --phone 13800000000
out 0 <<EOF
elder	1	update	tester	phone=>13800000000	elder set 1 --phone 13800000000
EOF

t 'changelog: elder set of two elders: one entry each'
run step elder set 1 2 --unit 2
out 0 <<EOF
elder	1	update	tester	unit=>2	elder set 1 2 --unit 2
elder	2	update	tester	unit=>2	elder set 1 2 --unit 2
EOF

t 'changelog: elder set to the same value: no entry'
run step elder set 1 --unit 2
out 0 <<EOF
EOF

t 'changelog: elder tag'
run step elder tag --add 失能 --remove 空巢 1
out 0 <<EOF
elder	1	update	tester	tags=独居,空巢>失能,独居	elder tag --add 失能 --remove 空巢 1
EOF

t 'changelog: elder archive'
run step elder archive 2 --reason moved --date 2026-11-20
out 0 <<EOF
elder	2	update	tester	status=active>archived archive_reason=>moved archive_date=>2026-11-20	elder archive 2 --reason moved --date 2026-11-20
EOF

t 'changelog: elder restore'
run step elder restore 2
out 0 <<EOF
elder	2	update	tester	status=archived>active archive_reason=moved> archive_date=2026-11-20>	elder restore 2
EOF

t 'changelog: elder edit'
run step env EDITOR="sed -i -e 's/^  phone: .*/  phone: \"13500000000\"/'" elder edit 1
out 0 <<EOF
elder	1	update	tester	phone=13800000000>13500000000	elder edit 1
EOF

t 'changelog: elder import: one insert a record'
run step elder import $T/e.tsv
out 0 <<EOF
elder	3	insert	tester	id=>3 name=>张三 gender=>M birth=>1950-02-02 building=>5 tags=> joined=>2026-11-28 status=>active	elder import $T/e.tsv
elder	4	insert	tester	id=>4 name=>钱六 gender=>F birth=>1952-03-03 building=>5 tags=> joined=>2026-11-28 status=>active	elder import $T/e.tsv
EOF

t 'changelog: elder assess'
run step elder assess 1 --instrument barthel --date 2026-11-27 feeding=10 bathing=0 grooming=5 dressing=5 bowels=10 bladder=10 toilet=5 transfer=10 mobility=10 stairs=0
out 0 <<EOF
assessment	1	insert	tester	id=>1 elder_id=>1 date=>2026-11-27 instrument=>barthel items=>{"feeding":10,"bathing":0,"grooming":5,"dressing":5,"bowels":10,"bladder":10,"toilet":5,"transfer":10,"mobility":10,"stairs":0} total=>65 level=>1 coma=>0 dementia=>0 risk_events=>0	elder assess 1 --instrument barthel --date 2026-11-27 feeding=10 bathing=0 grooming=5 dressing=5 bowels=10 bladder=10 toilet=5 transfer=10 mobility=10 stairs=0
EOF

t 'changelog: volunteer add'
run step volunteer add 李娟 --role social-worker
out 0 <<EOF
volunteer	1	insert	tester	id=>1 name=>李娟 role=>social-worker skills=> available=>mon,tue,wed,thu,fri joined=>2026-11-28 status=>active	volunteer add 李娟 --role social-worker
EOF

t 'changelog: volunteer add a second'
run step volunteer add 赵强 --phone 13600000000
out 0 <<EOF
volunteer	2	insert	tester	id=>2 name=>赵强 phone=>13600000000 role=>volunteer skills=> available=>mon,tue,wed,thu,fri joined=>2026-11-28 status=>active	volunteer add 赵强 --phone 13600000000
EOF

t 'changelog: volunteer set'
run step volunteer set 2 --phone 13900000000
out 0 <<EOF
volunteer	2	update	tester	phone=13600000000>13900000000	volunteer set 2 --phone 13900000000
EOF

t 'changelog: volunteer team add'
run step volunteer team add 一队 --leader 2
out 0 <<EOF
team	1	insert	tester	id=>1 name=>一队 leader_id=>2	volunteer team add 一队 --leader 2
team_member	1	insert	tester	team_id=>1 volunteer_id=>2 joined=>2026-11-28	volunteer team add 一队 --leader 2
EOF

t 'changelog: volunteer pair'
run step volunteer pair 2 1 --date 2026-11-01
out 0 <<EOF
pairing	1	insert	tester	id=>1 volunteer_id=>2 elder_id=>1 start=>2026-11-01	volunteer pair 2 1 --date 2026-11-01
EOF

t 'changelog: volunteer unpair'
run step volunteer unpair 2 1 --date 2026-11-25
out 0 <<EOF
pairing	1	update	tester	end=>2026-11-25	volunteer unpair 2 1 --date 2026-11-25
EOF

t 'changelog: volunteer log'
run step volunteer log 2 --hours 2 --content 打扫 --date 2026-11-20
out 0 <<EOF
hours_log	1	insert	tester	id=>1 volunteer_id=>2 date=>2026-11-20 hours=>2.0 content=>打扫	volunteer log 2 --hours 2 --content 打扫 --date 2026-11-20
EOF

t 'changelog: volunteer archive'
run step volunteer archive 2 --date 2026-11-26
out 0 <<EOF
volunteer	2	update	tester	status=active>archived archive_date=>2026-11-26	volunteer archive 2 --date 2026-11-26
EOF

t 'changelog: volunteer restore'
run step volunteer restore 2
out 0 <<EOF
volunteer	2	update	tester	status=archived>active archive_date=2026-11-26>	volunteer restore 2
EOF

t 'changelog: volunteer import'
run step volunteer import $T/v.tsv
out 0 <<EOF
volunteer	3	insert	tester	id=>3 name=>钱多 phone=>13700000000 role=>volunteer skills=> available=>mon,tue,wed,thu,fri joined=>2026-11-28 status=>active	volunteer import $T/v.tsv
EOF

t 'changelog: volunteer certificate'
run step volunteer certificate 2 --period 2026-11
out 0 <<EOF
certificate	1	insert	tester	id=>1 number=>2026-0001 volunteer_id=>2 period_from=>2026-11-01 period_to=>2026-11-30 hours=>2.0 issued=>2026-11-28	volunteer certificate 2 --period 2026-11
EOF

t 'changelog: visit log: the visit and its visitors'
run step visit log 1 --by 李娟 --by 赵强 --date 2026-11-27 --mode home --finding health=concern
out 0 <<EOF
visit	1	insert	tester	id=>1 elder_id=>1 date=>2026-11-27 mode=>home kind=>routine health=>concern	visit log 1 --by 李娟 --by 赵强 --date 2026-11-27 --mode home --finding health=concern
visit_visitor	1	insert	tester	visit_id=>1 volunteer_id=>1	visit log 1 --by 李娟 --by 赵强 --date 2026-11-27 --mode home --finding health=concern
visit_visitor	1	insert	tester	visit_id=>1 volunteer_id=>2	visit log 1 --by 李娟 --by 赵强 --date 2026-11-27 --mode home --finding health=concern
EOF

t 'changelog: visit plan --save'
run step visit plan --week next-week --visitor 李娟 --save
out 0 <<EOF
plan	1	insert	tester	id=>1 elder_id=>1 week=>2026-W49 day=>2026-11-30 volunteer_id=>1 kind=>routine rule=>高风险 status=>planned	visit plan --week next-week --visitor 李娟 --save
plan	2	insert	tester	id=>2 elder_id=>2 week=>2026-W49 day=>2026-11-30 volunteer_id=>1 kind=>routine rule=>一般 status=>planned	visit plan --week next-week --visitor 李娟 --save
plan	3	insert	tester	id=>3 elder_id=>3 week=>2026-W49 day=>2026-12-01 volunteer_id=>1 kind=>routine rule=>一般 status=>planned	visit plan --week next-week --visitor 李娟 --save
plan	4	insert	tester	id=>4 elder_id=>4 week=>2026-W49 day=>2026-12-01 volunteer_id=>1 kind=>routine rule=>一般 status=>planned	visit plan --week next-week --visitor 李娟 --save
EOF

t 'changelog: visit skip'
run step visit skip 1 --reason 不在家
out 0 <<EOF
plan	1	update	tester	status=planned>skipped reason=>不在家	visit skip 1 --reason 不在家
EOF

t 'changelog: event add'
run step event add 重阳茶话会 --date 2026-12-05 --kind festival --capacity 1
out 0 <<EOF
event	1	insert	tester	id=>1 title=>重阳茶话会 kind=>festival date=>2026-12-05 capacity=>1 status=>scheduled	event add 重阳茶话会 --date 2026-12-05 --kind festival --capacity 1
EOF

t 'changelog: event add: one already held'
run step event add 健康讲座 --date 2026-11-27 --kind health
out 0 <<EOF
event	2	insert	tester	id=>2 title=>健康讲座 kind=>health date=>2026-11-27 status=>scheduled	event add 健康讲座 --date 2026-11-27 --kind health
EOF

t 'changelog: event set'
run step event set 1 --place 活动室
out 0 <<EOF
event	1	update	tester	place=>活动室	event set 1 --place 活动室
EOF

t 'changelog: event signup: one registered, one waitlisted'
run step event signup 1 1 2
out 0 <<EOF
signup	1	insert	tester	id=>1 event_id=>1 elder_id=>1 time=T status=>registered	event signup 1 1 2
signup	2	insert	tester	id=>2 event_id=>1 elder_id=>2 time=T status=>waitlisted	event signup 1 1 2
EOF

t 'changelog: event withdraw: the waitlisted moves up'
run step event withdraw 1 1
out 0 <<EOF
signup	1	update	tester	status=registered>withdrawn	event withdraw 1 1
signup	2	update	tester	status=waitlisted>registered	event withdraw 1 1
EOF

t 'changelog: event attend: a walk-in'
run step event attend 2 1 3
out 0 <<EOF
attendance	2	insert	tester	id=>1 event_id=>2 elder_id=>1 walk_in=>1 time=T	event attend 2 1 3
attendance	2	insert	tester	id=>2 event_id=>2 elder_id=>3 walk_in=>1 time=T	event attend 2 1 3
EOF

t 'changelog: event staff'
run step event staff 2 2 --hours 3
out 0 <<EOF
staffing	2	insert	tester	event_id=>2 volunteer_id=>2 hours=>3.0	event staff 2 2 --hours 3
EOF

t 'changelog: event partner add'
run step event partner add 幸福药房 --kind shop
out 0 <<EOF
partner	1	insert	tester	id=>1 name=>幸福药房 kind=>shop	event partner add 幸福药房 --kind shop
EOF

t 'changelog: event cancel'
run step event cancel 1 --reason 下雪
out 0 <<EOF
event	1	update	tester	status=scheduled>cancelled cancel_reason=>下雪	event cancel 1 --reason 下雪
EOF

t 'changelog: elder case open'
run step elder case open 1 --need medical --summary 行动不便
out 0 <<EOF
elder_case	1	insert	tester	id=>1 elder_id=>1 opened=>2026-11-28 worker=>tester summary=>行动不便 status=>open	elder case open 1 --need medical --summary 行动不便
case_need	1	insert	tester	case_id=>1 need=>medical	elder case open 1 --need medical --summary 行动不便
case_entry	1	insert	tester	id=>1 case_id=>1 date=>2026-11-28 kind=>intake text=>行动不便 by=>tester	elder case open 1 --need medical --summary 行动不便
EOF

t 'changelog: elder case assess'
run step elder case assess 1 --note 需要助行器
out 0 <<EOF
case_entry	2	insert	tester	id=>2 case_id=>1 date=>2026-11-28 kind=>assess text=>需要助行器 by=>tester	elder case assess 1 --note 需要助行器
EOF

t 'changelog: elder case plan'
run step elder case plan 1 --goal 配助行器 --action 联系药房 --review 2026-12-15
out 0 <<EOF
elder_case	1	update	tester	goal=>配助行器 review=>2026-12-15	elder case plan 1 --goal 配助行器 --action 联系药房 --review 2026-12-15
case_entry	3	insert	tester	id=>3 case_id=>1 date=>2026-11-28 kind=>plan text=>配助行器 by=>tester	elder case plan 1 --goal 配助行器 --action 联系药房 --review 2026-12-15
case_entry	4	insert	tester	id=>4 case_id=>1 date=>2026-11-28 kind=>action text=>联系药房 by=>tester	elder case plan 1 --goal 配助行器 --action 联系药房 --review 2026-12-15
EOF

t 'changelog: elder case note'
run step elder case note 1 --note 已联系
out 0 <<EOF
case_entry	5	insert	tester	id=>5 case_id=>1 date=>2026-11-28 kind=>note text=>已联系 by=>tester	elder case note 1 --note 已联系
EOF

t 'changelog: elder case refer'
run step elder case refer 1 --to 幸福药房 --need medical
out 0 <<EOF
referral	1	insert	tester	id=>1 case_id=>1 partner_id=>1 need=>medical date=>2026-11-28 status=>sent updated=>2026-11-28	elder case refer 1 --to 幸福药房 --need medical
EOF

t 'changelog: elder case referral'
run step elder case referral 1 --status accepted
out 0 <<EOF
referral	1	update	tester	status=sent>accepted	elder case referral 1 --status accepted
EOF

t 'changelog: elder case close'
run step elder case close 1 --outcome resolved --feedback 满意
out 0 <<EOF
elder_case	1	update	tester	status=open>closed closed=>2026-11-28 outcome=>resolved feedback=>满意	elder case close 1 --outcome resolved --feedback 满意
case_entry	6	insert	tester	id=>6 case_id=>1 date=>2026-11-28 kind=>close text=>resolved: 满意 by=>tester	elder case close 1 --outcome resolved --feedback 满意
EOF

t 'changelog: elder case reopen'
run step elder case reopen 1 --note 又摔倒
out 0 <<EOF
elder_case	1	update	tester	status=closed>open closed=2026-11-28> outcome=resolved> feedback=满意>	elder case reopen 1 --note 又摔倒
case_entry	7	insert	tester	id=>7 case_id=>1 date=>2026-11-28 kind=>reopen text=>又摔倒 by=>tester	elder case reopen 1 --note 又摔倒
EOF

t 'changelog: visit log --case'
run step visit log 1 --by 李娟 --case 1 --date 2026-11-28
out 0 <<EOF
visit	2	insert	tester	id=>2 elder_id=>1 date=>2026-11-28 mode=>home kind=>routine case_id=>1	visit log 1 --by 李娟 --case 1 --date 2026-11-28
visit_visitor	2	insert	tester	visit_id=>2 volunteer_id=>1	visit log 1 --by 李娟 --case 1 --date 2026-11-28
EOF

t 'report changes --record elder:2: one row a field, ID numbers masked, in the command line too'
run sh -c 'report changes --record elder:2 | cut -f1,3-'
out 0 <<EOF
2	tester	elder	2	insert	id		2	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	name		李秀兰	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	gender		F	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	birth		1949-12-31	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	id_number		110105************	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	building		3	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	room		102	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	tags			elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	joined		2026-11-28	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
2	tester	elder	2	insert	status		active	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
5	tester	elder	2	update	unit		2	elder set 1 2 --unit 2
7	tester	elder	2	update	status	active	archived	elder archive 2 --reason moved --date 2026-11-20
7	tester	elder	2	update	archive_reason		moved	elder archive 2 --reason moved --date 2026-11-20
7	tester	elder	2	update	archive_date		2026-11-20	elder archive 2 --reason moved --date 2026-11-20
8	tester	elder	2	update	status	archived	active	elder restore 2
8	tester	elder	2	update	archive_reason	moved		elder restore 2
8	tester	elder	2	update	archive_date	2026-11-20		elder restore 2
EOF

t 'report changes -H: the columns; ts is the UTC time of the change'
run sh -c 'report changes -H --record elder:2 | sed -n 1p; report changes --record elder:2 | cut -f2 | grep -cvE "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"'
out 1 <<EOF
change	ts	user	table	record	op	field	old	new	command
0
EOF

t 'report changes --record TABLE: every change of one table'
run sh -c 'report changes --record referral | cut -f1,3-'
out 0 <<EOF
53	tester	referral	1	insert	id		1	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	case_id		1	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	partner_id		1	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	need		medical	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	date		2026-11-28	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	status		sent	elder case refer 1 --to 幸福药房 --need medical
53	tester	referral	1	insert	updated		2026-11-28	elder case refer 1 --to 幸福药房 --need medical
54	tester	referral	1	update	status	sent	accepted	elder case referral 1 --status accepted
EOF

t 'report changes --since: a date on or before today keeps all, a later one none'
run sh -c 'report changes --since 2000-01-01 | cut -f1 | sort -un | wc -l; report changes --since 2099-01-01 | wc -l'
out 0 <<EOF
$(q 'SELECT count(*) FROM changelog')
0
EOF

t 'report changes: the change numbers are those of the change log, in order'
run sh -c 'report changes | cut -f1 | uniq | tr "\n" " "; echo'
out 0 <<EOF
$(q 'SELECT id FROM changelog ORDER BY id' | tr '\n' ' ')
EOF

t 'report changes --reveal: whole ID numbers, and the reveal is in the change log'
run sh -c 'report changes --reveal --record elder:2 | cut -f7,9,10 | grep ^id_number; report changes --record disclosure | cut -f3-'
out 0 <<EOF
id_number	11010519491231002X	elder add 李秀兰 --gender F --birth 1949-12-31 --building 3 --room 102 --id-number 110105************
tester	disclosure	1	insert	id		1	report changes --reveal --record elder:2
tester	disclosure	1	insert	ts		$(q 'SELECT ts FROM disclosure')	report changes --reveal --record elder:2
tester	disclosure	1	insert	user		tester	report changes --reveal --record elder:2
tester	disclosure	1	insert	command		report changes --reveal --record elder:2	report changes --reveal --record elder:2
EOF

t 'report query reads ID numbers masked, in the change log rows too, unless --reveal'
run sh -c 'report query "select id, id_number, sg_mask(id_number) from elder where id = 2"; report query "select count(*) from changelog where tbl = '"'elder'"' and (old like '"'%002X%'"' or new like '"'%002X%'"')"; report query --user 王 --reveal "select id_number from elder where id = 2"'
out 0 <<EOF
2	110105************	110105************
0
11010519491231002X
EOF

t 'report query --reveal: recorded, with who and the command line masked in report changes'
run sh -c 'q() { sqlite3 -batch -separator "	" "$SHEGONG_DB" "$1"; }; q "SELECT id, user, command FROM disclosure"; report changes --record disclosure:2 | cut -f3,7,9 | grep command'
out 0 <<EOF
1	tester	report changes --reveal --record elder:2
2	王	report query --user 王 --reveal select id_number from elder where id = 2
王	command	report query --user 王 --reveal select id_number from elder where id = 2
EOF

t 'a reading command without --reveal records nothing'
run sh -c 'elder list >/dev/null; elder show 2 >/dev/null; q() { sqlite3 -batch "$SHEGONG_DB" "$1"; }; q "SELECT count(*) FROM disclosure"'
out 0 <<EOF
2
EOF

t 'report changes -c: the columns chosen, in that order; an unknown one is an error'
run report changes -c field,new,change --record referral:1 -H
out 0 <<EOF
field	new	change
id	1	53
case_id	1	53
partner_id	1	53
need	medical	53
date	2026-11-28	53
status	sent	53
updated	2026-11-28	53
status	accepted	54
EOF
run report changes -c change,colour
err 1 "report: unknown column 'colour' for changes"
run volunteer team list -c name,members
out 0 <<EOF
一队	1
EOF

t 'report changes: bad --record and --since are errors'
run report changes --record nosuch
outerr 2 "report: changes: --record: 'nosuch' is not a table shegong keeps (elder, visit, volunteer, event, ...)
usage: report changes [--since D] [--record TABLE[:ID]]" </dev/null
run report changes --record elder:x
err 1 "report: 'x' is not a --record id"
run report changes --record "elder'; DROP TABLE elder;--"
outerr 2 "report: changes: --record: 'elder'; DROP TABLE elder;--' is not a table shegong keeps (elder, visit, volunteer, event, ...)
usage: report changes [--since D] [--record TABLE[:ID]]" </dev/null
run report changes --since 2026-02-30
outerr 2 "report: changes: --since: invalid date '2026-02-30': no such day
usage: report changes [--since D] [--record TABLE[:ID]]" </dev/null
run report changes extra
outerr 2 "report: changes: wrong arguments
usage: report changes [--since D] [--record TABLE[:ID]]" </dev/null

done_testing
