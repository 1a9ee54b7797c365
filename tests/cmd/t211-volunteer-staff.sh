#!/bin/sh
# Staff are not volunteers: a social worker's and a supervisor's time is
# work, kept apart from volunteer service; no certificate of service is
# theirs (Volunteer Service Regulations art. 2: service is unpaid).
# Training is recorded for the volunteer, not as service time.
# Supervision visits name the worker supervised.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --joined 2026-01-01 >/dev/null
volunteer add 李娟 --role 社工 --joined 2026-01-01 >/dev/null
volunteer add 王督导 --role 督导 --joined 2026-01-01 >/dev/null
volunteer add 张晓 --joined 2026-01-01 >/dev/null
visit log 1 --by 李娟 --by 张晓 --minutes 60 --date 2026-11-10 >/dev/null
volunteer log 李娟 --hours 2 --content 台账整理 --date 2026-11-11 >/dev/null

t 'staff are marked staff'
run volunteer show 1 3 -c id,name,role,staff
out 0 <<EOF
1	李娟	social-worker	yes
3	张晓	volunteer	no
EOF

t 'training is an event kind; staffing it records the volunteer trained'
run event add 志愿者培训 --kind training --date 2026-11-12 --start 09:00 \
    --end 11:00
out 0 <<EOF
1
EOF
run event staff 1 张晓 李娟
out 0 <<EOF
3	2
1	2
EOF

t 'volunteer hours: staff work and training apart from service'
run volunteer hours -H
out 0 <<EOF
id	name	visit_hours	event_hours	manual_hours	total	work_hours	training_hours
1	李娟	0	0	0	0	5	0
2	王督导	0	0	0	0	0	0
3	张晓	1	0	0	1	0	2
EOF
run q "SELECT 'service', volunteer_id, source, hours FROM service_hours
    UNION ALL SELECT 'work', volunteer_id, source, hours FROM staff_work
    UNION ALL SELECT 'training', volunteer_id, event_id, hours FROM training
    ORDER BY 1, 2, 3"
out 0 <<EOF
service	3	visit	1.0
training	3	1	2.0
work	1	event	2.0
work	1	manual	2.0
work	1	visit	1.0
EOF

t 'the service record: service line by line, training marked, not counted'
run volunteer record 张晓
out 0 <<EOF
1	visit	2026-11-10	1	visit:routine	3
1	training	2026-11-12	2	training:志愿者培训	
EOF
run volunteer record 李娟
out 0 </dev/null

t "a social worker's certificate is refused, with the reason"
run volunteer certificate 李娟
err 1 "volunteer: certificate: 1 李娟 is staff (social-worker): staff time is work, not volunteer service, which is unpaid (Volunteer Service Regulations art. 2; MCA Order 67)"
run volunteer certificate 2 --period 2026-11
err 1 "volunteer: certificate: 2 王督导 is staff (supervisor): staff time is work, not volunteer service, which is unpaid (Volunteer Service Regulations art. 2; MCA Order 67)"
run q "SELECT count(*) FROM certificate"
out 0 <<EOF
0
EOF

t "the volunteer's certificate counts service, not training"
run sh -c 'volunteer certificate 张晓 --period 2026-11 | sed -n "5p;8,9p"'
out 0 <<EOF
兹证明 张晓（身份证号：未登记，志愿者编号：未登记）于 2026-11-01 至 2026-11-30 期间在本社工站参加志愿服务，累计服务时长 1 小时。
  上门走访 1 次，1 小时

EOF
run q "SELECT volunteer_id, hours FROM certificate"
out 0 <<EOF
3	1.0
EOF

t 'supervision: the supervisor visits with the worker, who is named'
run visit log 1 --kind supervision --by 王督导 --by 李娟 --supervises 李娟 \
    --minutes 45 --date 2026-11-20
out 0 <<EOF
2
EOF
run visit list -c id,kind,visitors,supervised_id,supervised
out 0 <<EOF
1	routine	李娟,张晓		
2	supervision	李娟,王督导	1	李娟
EOF
run visit log 1 --kind supervision --by 王督导
err 1 "visit: supervises: a supervision visit names the worker supervised (--supervises WORKER)"
run visit log 1 --by 王督导 --supervises 李娟
err 1 "visit: supervises: only a supervision visit (--kind supervision) names a worker supervised"
run visit log 1 --kind supervision --by 王督导 --supervises 赵六
err 1 "visit: '赵六': no volunteer or worker has that id or name"
run q "SELECT count(*) FROM visit"
out 0 <<EOF
2
EOF

t 'report: staff work and supervision apart from volunteer service'
run sh -c 'report monthly --month 2026-11 -o tsv | grep -E "^staff|	(active|hours|training_hours)	"'
out 0 <<EOF
elders	active	1	1
volunteers	active	1	1
volunteers	training_hours	2	0
volunteers	hours	1	0
staff	active	2	2
staff	work_hours	6.5	0
staff	supervisions	1	0
staff	supervised	1	0
EOF
run report volunteers --period 2026-11 -H
out 0 <<EOF
id	name	teams	visits	events	visit_hours	event_hours	manual_hours	total	work_hours
1	李娟		2	1	0	0	0	0	5.75
2	王督导		1	0	0	0	0	0	0.75
3	张晓		1	1	1	0	0	1	0
EOF

done_testing
