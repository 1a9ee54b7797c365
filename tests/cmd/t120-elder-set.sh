#!/bin/sh
# elder set, tag, archive, restore: changes, ids from stdin, change log.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --tag 独居 --building 1 >/dev/null
elder add 王德明 --tag 空巢 --building 2 >/dev/null
elder add 陈秀兰 --tag 独居 --tag 高龄 --building 1 >/dev/null

t 'set changes the fields named, nothing else'
run elder set 2 --phone 13900000000 --room 101
out 0 </dev/null
run q "select name, phone, room, building, tags from elder where id = 2"
out 0 <<EOF
王德明	13900000000	101	2	空巢
EOF

t 'set logs old and new values'
run q "select op, json_extract(old, '\$.phone'), json_extract(new, '\$.phone') from changelog where record = 2 and op = 'update'"
out 0 <<EOF
update		13900000000
EOF

t 'set with an empty value clears the field'
run elder set 2 --room ''
out 0 </dev/null
run q "select room is null from elder where id = 2"
out 0 <<EOF
1
EOF

t 'set --id-number derives birth and sex'
run elder set 1 --id-number 520112194003020025
out 0 </dev/null
run q "select birth, gender from elder where id = 1"
out 0 <<EOF
1940-03-02	F
EOF

t 'set --name renames'
run elder set 3 --name 陈秀英
out 0 </dev/null
run q "select name from elder where id = 3"
out 0 <<EOF
陈秀英
EOF

t 'set on an unknown id changes nothing'
run elder set 1 99 --phone 13800000000
err 1 "elder: unknown elder id 99"
run q "select phone is null from elder where id = 1"
out 0 <<EOF
1
EOF

t 'set with nothing to set is a usage error'
run sh -c 'elder set 1 2>&1; echo $?'
out 0 <<EOF
elder: set: nothing to set
usage: elder set [ID...] [--name NAME] [field options of add]
           [--event KIND [--event-date D]]
2
EOF

t 'elder list --tag 独居 | elder tag --add 重点'
run sh -c 'elder list --tag 独居 | elder tag --add 重点'
out 0 </dev/null
run q "select id, tags from elder order by id"
out 0 <<EOF
1	独居,重点
2	空巢
3	独居,重点,高龄
EOF

t 'tag --remove, and tags stay sorted and unique'
run elder tag --remove 重点 --add 高龄 --add 高龄 1 3
out 0 </dev/null
run q "select id, tags from elder order by id"
out 0 <<EOF
1	独居,高龄
2	空巢
3	独居,高龄
EOF

t 'a tag that changes nothing writes nothing'
n=$(q "select count(*) from changelog")
run elder tag --add 空巢 2
out 0 </dev/null
run q "select count(*) - $n from changelog"
out 0 <<EOF
0
EOF

t 'ids on stdin: an unknown id changes nothing for any id'
run sh -c 'printf "1\n77\n2\n" | elder tag --add 测试'
err 1 "elder: unknown elder id 77"
run q "select count(*) from elder where tags like '%测试%'"
out 0 <<EOF
0
EOF

t 'ids on stdin: a header line and blank lines are skipped'
run sh -c 'printf "id\tname\n\n2\tx\n" | elder tag --add 测试'
out 0 </dev/null
run q "select id from elder where tags like '%测试%'"
out 0 <<EOF
2
EOF

t 'ids on stdin: a line that is not an id'
run sh -c 'printf "2\nabc\n" | elder tag --add 测试2'
err 1 "elder: stdin:2: elder: 'abc': no elder has that id, ID number or name
elder: stdin: 1 bad elder"

t 'archive needs a reason'
run sh -c 'elder archive 2 2>&1 | head -1'
out 0 <<EOF
elder: archive: --reason is required
EOF

t 'archive with a Chinese reason and a date'
run elder archive 2 --reason 搬离 --date 2026-11-01
out 0 </dev/null
run q "select status, archive_reason, archive_date from elder where id = 2"
out 0 <<EOF
archived	moved	2026-11-01
EOF

t 'list hides archived elders unless --status'
run elder list -c id
out 0 <<EOF
1
3
EOF
run elder list -c id,status --status all
out 0 <<EOF
1	active
2	archived
3	active
EOF
run elder list -c id --status archived
out 0 <<EOF
2
EOF

t 'archiving twice is an error'
run elder archive 2 --reason other
err 1 "elder: elder 2: already archived"

t 'an unknown reason'
run elder archive 1 --reason bored
err 1 "elder: elder 1: archive_reason: invalid value 'bored': expected moved, deceased or other"

t 'an archive date in the future'
run elder archive 1 --reason moved --date 2026-12-01
err 1 "elder: elder 1: archive_date: 2026-12-01 is in the future"

t 'restore makes the elder active again and clears the reason'
run elder restore 2
out 0 </dev/null
run q "select status, archive_reason is null, archive_date is null from elder where id = 2"
out 0 <<EOF
active	1	1
EOF

t 'restoring an active elder is an error'
run elder restore 2
err 1 "elder: elder 2: not archived"

t 'nothing was ever deleted'
run q "select count(*) from changelog where op = 'delete'"
out 0 <<EOF
0
EOF

t 'removing the last tag, or setting an empty list, leaves no tags'
elder add 无标签 --tag 临时 >/dev/null
run elder tag --remove 临时 4
out 0 </dev/null
run elder set 4 --tag ''
out 0 </dev/null
run q "select tags = '' from elder where id = 4"
out 0 <<EOF
1
EOF

t 'a change of caregiver_relation alone is logged'
run elder set 4 --caregiver-relation 女儿
out 0 </dev/null
run q "select json_extract(new, '\$.caregiver_relation') from changelog where record = 4 and op = 'update' order by id desc limit 1"
out 0 <<EOF
女儿
EOF

done_testing
