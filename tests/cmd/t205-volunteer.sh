#!/bin/sh
# volunteer: people, teams, pairings, hours from three sources, the
# service record and the certificate with its register.
. "$(dirname "$0")/lib.sh"

cat >"$T/station.yaml" <<EOF
station: {name: 望城社区社工站, operator: 创新蔚蓝社会工作服务社, leader: 王芳, contact: 0851-12345678}
EOF
elder add 甲 >/dev/null
elder add 乙 >/dev/null
elder add 丙 >/dev/null

t 'teams first, then people in them'
run volunteer team add 敬老
out 0 <<EOF
1
EOF
volunteer team add 文化 >/dev/null
run volunteer add 李娟 --role 社工 --phone 13800000001 --team 敬老
out 0 <<EOF
1
EOF
run volunteer add 张晓 --role 学生 --available 周三,sat --team 敬老 --team 文化 \
    --skill 唱歌 --id-number 520112200001010024 --number GZ2026001
out 0 <<EOF
2
EOF

t 'the same phone for two active volunteers is a warning, not an error'
run volunteer add 王强 --phone 13800000001
outerr 0 "volunteer: warning: phone 13800000001 is also volunteer 1's (李娟)" <<EOF
3
EOF

t 'list: the contract columns, Chinese roles and weekdays stored as keywords'
run volunteer list
out 0 <<EOF
1	李娟		13800000001	social-worker	敬老		mon,tue,wed,thu,fri	active	2026-11-28
2	张晓	F		student	敬老,文化	唱歌	wed,sat	active	2026-11-28
3	王强		13800000001	volunteer			mon,tue,wed,thu,fri	active	2026-11-28
EOF
run volunteer list -c id,name,role,teams,skills,available
out 0 <<EOF
1	李娟	social-worker	敬老		mon,tue,wed,thu,fri
2	张晓	student	敬老,文化	唱歌	wed,sat
3	王强	volunteer			mon,tue,wed,thu,fri
EOF

t 'list filters: team, role, skill, available weekday'
run volunteer list --team 文化 -c id
out 0 <<EOF
2
EOF
run volunteer list --role student -c id
out 0 <<EOF
2
EOF
run volunteer list --skill 唱歌 -c id
out 0 <<EOF
2
EOF
run volunteer list --available sat -c id
out 0 <<EOF
2
EOF

t 'team list counts members; team members lists them'
run volunteer team list
out 0 <<EOF
1	敬老			2
2	文化			1
EOF
run volunteer team members 敬老 -c id,name
out 0 <<EOF
1	李娟
2	张晓
EOF

t 'an unknown team'
run volunteer add 赵六 --team 治安
err 1 "volunteer: team: unknown team '治安' (add it with volunteer team add)"

t 'set --team replaces the memberships'
run volunteer set 2 --team 文化
out 0 </dev/null
run volunteer show 2 -c teams,id_number
out 0 <<EOF
文化	520112************
EOF

t 'pair elders from standard input; pairs; unpair keeps the history'
run sh -c 'printf "1\n2\n" | volunteer pair 张晓'
out 0 <<EOF
1
2
EOF
run volunteer pair 张晓 1
out 0 <<EOF
1
EOF
run volunteer unpair 2 1 --date 2026-11-20
out 0 </dev/null
run volunteer pairs --all
out 0 <<EOF
1	2	张晓	1	甲	2026-11-28	2026-11-28
2	2	张晓	2	乙	2026-11-28	
EOF
run volunteer pairs
out 0 <<EOF
2	2	张晓	2	乙	2026-11-28	
EOF
run elder list --paired -c id,paired
out 0 <<EOF
2	张晓
EOF

t 'pairing an archived elder, or unpairing what is not paired'
elder archive 3 --reason moved >/dev/null
run volunteer pair 2 3
err 1 "volunteer: elder 3 is archived"
run volunteer unpair 2 1
err 1 "volunteer: volunteer 2 is not paired with elder 1"

t 'hours from visits (each visitor credited), staffing and manual entries'
visit log 1 2 --by 1 --by 2 --minutes 90 --date 2026-10-30 >/dev/null
visit log 1 --by 2 --minutes 30 --date 2026-11-02 >/dev/null
event add 重阳节活动 --date 2026-10-29 --start 09:00 --end 11:30 >/dev/null
event staff 1 2 >/dev/null
run volunteer log 张晓 --date 2026-11-01 --hours 2.5 --content 社区清洁 --place 广场
out 0 <<EOF
1
EOF
run volunteer hours
out 0 <<EOF
1	李娟	0	0	0	0	3	0
2	张晓	3.5	2.5	2.5	8.5	0	0
3	王强	0	0	0	0	0	0
EOF

t 'hours for a period that cuts through a month'
run volunteer hours 2 --from 2026-10-30 --to 2026-11-01
out 0 <<EOF
2	张晓	3	0	2.5	5.5	0	0
EOF

t 'the service record, line by line, with sources'
run volunteer record 2 --period 2026
out 0 <<EOF
1	event	2026-10-29	2.5	event:other:重阳节活动	
1	visit	2026-10-30	1.5	visit:routine	
2	visit	2026-10-30	1.5	visit:routine	
1	manual	2026-11-01	2.5	社区清洁	广场
3	visit	2026-11-02	0.5	visit:routine	
EOF

t 'bad hours: zero, over 24, a date in the future, an unknown volunteer'
run volunteer log 2 --hours 0 --content x
err 1 "volunteer: hours: '0': expected a number of hours more than 0 and at most 24"
run volunteer log 2 --hours 25 --content x
err 1 "volunteer: hours: '25': expected a number of hours more than 0 and at most 24"
run volunteer log 2 --hours 1 --content x --date 2026-12-01
err 1 "volunteer: date: 2026-12-01 is in the future"
run volunteer log 9 --hours 1 --content x
err 1 "volunteer: '9': no volunteer or worker has that id or name"

t 'the certificate, its contents line by line'
run volunteer certificate 2 --period 2026 --config "$T/station.yaml"
out 0 <<EOF
志愿服务证明

证明编号：2026-0001

兹证明 张晓（身份证号：520112************，志愿者编号：GZ2026001）于 2026-01-01 至 2026-12-31 期间在望城社区社工站参加志愿服务，累计服务时长 8.5 小时。

服务内容：
  上门走访 3 次，3.5 小时
  其他活动 1 次，2.5 小时
  社区清洁 1 次，2.5 小时

特此证明。

出具单位：望城社区社工站（创新蔚蓝社会工作服务社）
负责人：王芳
经办人：tester
联系电话：0851-12345678
出具日期：2026-11-28
EOF

t 'the same request gives the same number; another period a new one'
run sh -c 'volunteer certificate 2 --period 2026 | sed -n 3p'
out 0 <<EOF
证明编号：2026-0001
EOF
run sh -c 'volunteer certificate 2 --period 2026-10 | sed -n 3p'
out 0 <<EOF
证明编号：2026-0002
EOF
run volunteer certificates
out 0 <<EOF
1	2026-0001	2	张晓	2026-01-01	2026-12-31	8.5	2026-11-28
2	2026-0002	2	张晓	2026-10-01	2026-10-31	5.5	2026-11-28
EOF

t 'an archived volunteer keeps the record'
volunteer archive 2 >/dev/null
run volunteer hours 2
out 0 <<EOF
2	张晓	3.5	2.5	2.5	8.5	0	0
EOF
run volunteer list -c id
out 0 <<EOF
1
3
EOF

t 'archiving an archived volunteer, restoring an active one: errors, nothing changed'
run volunteer archive 2
err 1 "volunteer: volunteer 2: already archived"
run volunteer restore 1
err 1 "volunteer: volunteer 1: not archived"
run q "SELECT id, status, archive_date FROM volunteer WHERE id <= 2"
out 0 <<EOF
1	active	
2	archived	2026-11-28
EOF

t 'import with one bad line among many imports nothing and names it'
awk 'BEGIN { print "name\trole"; for (i = 1; i <= 500; i++)
    printf "志愿者%d\t%s\n", i, (i == 321 ? "boss" : "volunteer") }' >"$T/v.tsv"
run volunteer import "$T/v.tsv"
err 1 "volunteer: $T/v.tsv:322: role: invalid value 'boss': expected volunteer, social-worker, supervisor, party-member or student
volunteer: $T/v.tsv: 1 bad record: nothing imported"
run q "select count(*) from volunteer"
out 0 <<EOF
3
EOF

t 'export --reveal into import on an empty database, teams included'
volunteer export --reveal >"$T/v1.tsv"
SHEGONG_DB="$T/copy.db" volunteer team add 敬老 >/dev/null
SHEGONG_DB="$T/copy.db" volunteer team add 文化 >/dev/null
SHEGONG_DB="$T/copy.db" volunteer import "$T/v1.tsv" >/dev/null 2>&1
SHEGONG_DB="$T/copy.db" volunteer export --reveal >"$T/v2.tsv"
run cmp "$T/v1.tsv" "$T/v2.tsv"
out 0 </dev/null

done_testing
