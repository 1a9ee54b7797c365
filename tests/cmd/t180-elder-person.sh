#!/bin/sh
# elder person: participants who are not elders -- caregivers linked to
# an elder, residents, students, family -- kept as records of their own.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --building 3 --unit 1 --room 302 --joined 2026-01-01 >/dev/null

t 'add: a caregiver linked to an elder, a resident, a student outside'
run elder person add 李梅 --elder 1 --relation 女儿 --phone 13800000001 \
    --gender 女
out 0 <<EOF
1
EOF
run elder person add 王芳 --kind 居民 --building 3号楼 --unit 1单元 \
    --room 201室
out 0 <<EOF
2
EOF
run elder person add 赵强 --kind student --outside
out 0 <<EOF
3
EOF

t 'list: kind, address (outside for outside the community), the link'
run elder person list -H
out 0 <<EOF
id	name	gender	phone	kind	address	elder_id	relation	status
1	李梅	F	13800000001	caregiver		1	女儿	active
2	王芳			resident	3-1-201			active
3	赵强			student	outside			active
EOF
run elder person list --kind caregiver -c id,name,elder_id,relation
out 0 <<EOF
1	李梅	1	女儿
EOF
run elder person list --elder 1 -o json
out 0 <<EOF
{"id":1,"name":"李梅","gender":"F","phone":"13800000001","kind":"caregiver","address":"","elder_id":1,"relation":"女儿","status":"active"}
EOF

t 'the database holds them as they were typed, folded'
run q "SELECT id, name, gender, kind, building, unit, room, outside,
    elder_id, relation, joined, status FROM person ORDER BY id"
out 0 <<EOF
1	李梅	F	caregiver				0	1	女儿	2026-11-28	active
2	王芳		resident	3	1	201	0			2026-11-28	active
3	赵强		student				1			2026-11-28	active
EOF

t 'show: every field, the elder named'
run elder person show 1 -o yaml -c id,name,kind,elder_id,elder_name,relation
out 0 <<EOF
- id: 1
  name: 李梅
  kind: caregiver
  elder_id: 1
  elder_name: 张桂英
  relation: 女儿
EOF

t 'elder show names the persons linked to the elder'
run elder show 1 -c id,name,persons
out 0 <<EOF
1	张桂英	person:1 李梅 (女儿)
EOF

t 'set: moving in from outside; archive and restore'
run elder person set 3 --outside=0 --building 5
out 0 </dev/null
run elder person list -c id,address
out 0 <<EOF
1	
2	3-1-201
3	5
EOF
run elder person archive 2 --date 2026-11-20
out 0 </dev/null
run elder person list -c id
out 0 <<EOF
1
3
EOF
run elder person list --status all -c id,status,archive_date
out 0 <<EOF
1	active	
2	archived	2026-11-20
3	active	
EOF
run elder person archive 2
err 1 "elder: person 2: already archived"
run elder person restore 2
out 0 </dev/null
run elder person restore 2
err 1 "elder: person 2: not archived"

t 'bad input: kind, outside with an address, relation without elder, unknown elder'
run elder person add 某 --kind teacher
err 1 "elder: kind: invalid value 'teacher': expected caregiver, resident, student, family or other"
run elder person add 某 --outside --building 3
err 1 "elder: address: a person outside the community has no building, unit or room"
run elder person add 某 --relation 女儿
err 1 "elder: relation: a relation needs --elder, the elder it is to"
run elder person add 某 --elder 9
err 1 "elder: elder: unknown elder id 9"
run elder person add 某 --outside=2
err 1 "elder: outside: invalid value '2': expected 0 or 1"
run elder person set 9 --phone 13800000009
err 1 "elder: unknown person id 9"
run elder person list --kind 不存在
err 1 "elder: kind: invalid value '不存在': expected caregiver, resident, student, family or other"
run q "SELECT count(*) FROM person"
out 0 <<EOF
3
EOF

t 'import: all or nothing, labels or keys in the header'
printf 'name\tkind\tphone\n刘一\tresident\t13900000001\n刘二\t家属\t\n' >"$T/p.tsv"
run elder person import "$T/p.tsv"
out 0 <<EOF
4
5
EOF
printf '姓名\t类别\n刘三\tresident\n刘四\tteacher\n' >"$T/bad.tsv"
run elder person import "$T/bad.tsv"
err 1 "elder: $T/bad.tsv:3: kind: invalid value 'teacher': expected caregiver, resident, student, family or other
elder: $T/bad.tsv: 1 bad record: nothing imported"
run q "SELECT count(*) FROM person"
out 0 <<EOF
5
EOF

t 'usage: an unknown or missing sub-verb'
run elder person bogus
err 2 "elder: person: unknown verb 'bogus'
usage: elder person add NAME [--gender G] [--phone P] [--kind K] [--building B]
           [--unit U] [--room R] [--outside] [--elder ID [--relation R]]
           [--joined D] [--note TEXT]
       elder person list [--kind K] [--elder ID] [--status S]
       elder person show [ID...]
       elder person set [ID...] [--name NAME] [options of add]
       elder person archive [ID...] [--date D]
       elder person restore [ID...]
       elder person import [FILE] [--format tsv|csv|yaml]"

t 'columns declared once: elder --columns person list'
run sh -c 'elder --columns person list | head -5'
out 0 <<EOF
id	编号	ID
ref	参与者编号	Reference
name	姓名	Name
gender	性别	Gender
phone	联系电话	Phone
EOF

t 'the change log has every person write'
run q "SELECT op, count(*) FROM changelog WHERE tbl = 'person' GROUP BY op"
out 0 <<EOF
insert	5
update	3
EOF

done_testing
