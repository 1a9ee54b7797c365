#!/bin/sh
# One person, several roles: an elder who volunteers (以老助老) is one
# volunteer linked to the elder; elder show and report elder say so; the
# hours, the certificate and the monthly count.  An elder and a volunteer
# of one ID number are linked or refused, never two strangers.
. "$(dirname "$0")/lib.sh"

elder add 王秀英 --id-number 11010519491231002X --building 2 \
    --joined 2026-01-01 >/dev/null
elder add 孙有才 --building 5 --joined 2026-01-01 >/dev/null
elder add 陈德 --id-number 370101190102039973 --joined 2026-01-01 >/dev/null
volunteer team add 敬老 >/dev/null

t 'volunteer add --elder: the elder who volunteers'
run volunteer add 王秀英 --elder 1 --joined 2026-03-01 --team 敬老
out 0 <<EOF
1
EOF
run volunteer show 1 -c id,name,elder_id,person_id
out 0 <<EOF
1	王秀英	1	
EOF
run elder show 1 -c id,name,volunteer
out 0 <<EOF
1	王秀英	volunteer 1 volunteer
EOF

t 'a volunteer of an elder ID number is linked to that elder, and told so'
run volunteer add 陈德 --id-number 370101190102039973 --joined 2026-03-01
outerr 0 "volunteer: volunteer is elder 3 (陈德), the same ID number: linked" <<EOF
2
EOF
run q "SELECT id, elder_id FROM volunteer ORDER BY id"
out 0 <<EOF
1	1
2	3
EOF

t '... and refused when linked to someone else'
run volunteer add 赵某 --id-number 11010519491231002X --elder 2
err 1 "volunteer: id_number: elder 1 has this ID number: a volunteer of it is that elder (--elder 1)"
run volunteer add 赵某 --elder 1
err 1 "volunteer: elder: elder 1 is already volunteer 1"
run volunteer add 赵某 --elder 9
err 1 "volunteer: elder: unknown elder id 9"
run volunteer add 赵某 --elder 2 --person 1
err 1 "volunteer: elder: a volunteer is one elder or one person, not both"
run volunteer add 赵某 --person 1
err 1 "volunteer: person: unknown person id 1"

t 'an elder added with a volunteer ID number is linked; imported, refused'
volunteer add 周某 --id-number 34052419800101001X --joined 2026-01-01 \
    >/dev/null
run elder add 周某 --id-number 34052419800101001X --joined 2026-01-01
outerr 0 "elder: elder 4 is volunteer 3 (the same ID number): linked" <<EOF
4
EOF
volunteer add 吴某 --id-number 440524188001010014 >/dev/null
printf 'name\tid_number\n吴某\t440524188001010014\n' >"$T/e.tsv"
run elder import "$T/e.tsv"
err 1 "elder: $T/e.tsv:2: id_number: volunteer 4 has this ID number: add the elder with elder add, which links them
elder: $T/e.tsv: 1 bad record: nothing imported"
run q "SELECT v.id, v.elder_id, e.name FROM volunteer v LEFT JOIN elder e
    ON e.id = v.elder_id ORDER BY v.id"
out 0 <<EOF
1	1	王秀英
2	3	陈德
3	4	周某
4		
EOF

t 'a person who volunteers: a family member'
elder person add 孙丽 --elder 2 --relation 儿媳 >/dev/null
run volunteer add 孙丽 --person 1 --joined 2026-06-01 \
    --id-number 520112194003020025
out 0 <<EOF
5
EOF
run elder set 2 --id-number 520112194003020025
err 1 "elder: elder 2: id_number: volunteer 5 has this ID number and is person 1"
run elder person show 1 -c id,name,volunteer
out 0 <<EOF
1	孙丽	5
EOF

t "the elder's service: hours, the record, the certificate"
visit log 2 --by 王秀英 --minutes 90 --date 2026-11-05 >/dev/null
event add 重阳节茶话会 --kind festival --date 2026-10-29 --start 14:00 \
    --end 16:00 >/dev/null
event staff 1 1 >/dev/null
volunteer log 1 --hours 1.5 --content 楼道清扫 --date 2026-11-12 >/dev/null
run volunteer hours 1 -H
out 0 <<EOF
id	name	visit_hours	event_hours	manual_hours	total	work_hours	training_hours
1	王秀英	1.5	2	1.5	5	0	0
EOF
run sh -c 'volunteer certificate 1 --period 2026 | sed -n "5,10p"'
out 0 <<EOF
兹证明 王秀英（身份证号：未登记，志愿者编号：未登记）于 2026-01-01 至 2026-12-31 期间在本社工站参加志愿服务，累计服务时长 5 小时。

服务内容：
  上门走访 1 次，1.5 小时
  节日活动 1 次，2 小时
  楼道清扫 1 次，1.5 小时
EOF

t 'the monthly report counts elders who volunteer and their hours'
run sh -c 'report monthly --month 2026-11 -o tsv | grep -E "	(elders_volunteering|elder_hours|hours)	"'
out 0 <<EOF
volunteers	elders_volunteering	3	3
volunteers	elder_hours	3	2
volunteers	hours	3	2
EOF

t 'report elder: the elder joins, volunteers, serves'
run report elder 1
out 0 <<EOF
2026-01-01	joined		王秀英 2
2026-03-01	volunteer	1	volunteer 王秀英
2026-10-29	service	1	event 2h event:festival:重阳节茶话会
2026-11-05	service	1	visit 1.5h visit:routine
2026-11-12	service	1	manual 1.5h 楼道清扫
EOF

done_testing
