#!/bin/sh
# Schema 6 on a database of version 5 made from the files of versions 1
# to 5 (tests/schema): the elder's three caregiver fields become caregiver
# persons linked to the elder, without loss; sign-ups and attendance are
# kept row for row; the elder's fields stay as they were typed.
. "$(dirname "$0")/lib.sh"

S=$TOP/tests/schema

# A version-5 database with data in it, written as the programs of then
# wrote it (the change-log triggers, which call shegong's SQL functions,
# are dropped first: the upgrade makes them again).
{
	cat "$S/v1.sql" "$S/v2.sql" "$S/v3.sql" "$S/v4.sql" "$S/v5.sql"
	echo "PRAGMA user_version = 5;"
} | sqlite3 -batch "$SHEGONG_DB"
sqlite3 -batch "$SHEGONG_DB" "SELECT name FROM sqlite_schema WHERE
    type = 'trigger'" | sed 's/.*/DROP TRIGGER "&";/' |
    sqlite3 -batch "$SHEGONG_DB"
sqlite3 -batch "$SHEGONG_DB" "
INSERT INTO elder (id, name, joined, caregiver, caregiver_relation,
    caregiver_phone) VALUES
    (1, '张桂英', '2025-03-01', '李梅', '女儿', '13800000001'),
    (2, '王德明', '2025-04-01', '王小军', NULL, NULL),
    (3, '陈秀兰', '2025-05-01', NULL, '老伴', '13800000003'),
    (4, '刘凤英', '2025-06-01', NULL, NULL, NULL),
    (5, '赵玉珍', '2025-07-01', '', '', ''),
    (6, '孙有才', '2025-08-01', '孙丽', '儿媳', '0851-1234567');
INSERT INTO event (id, title, kind, date, capacity) VALUES
    (1, '手工小组', 'group', '2025-10-08', 1),
    (2, '照料者小组', 'group', '2026-12-09', 1);
INSERT INTO signup (id, event_id, elder_id, time, status) VALUES
    (1, 1, 1, '2025-10-01T09:00:00', 'registered'),
    (2, 1, 2, '2025-10-01T09:05:00', 'waitlisted'),
    (3, 1, 3, '2025-10-01T09:06:00', 'withdrawn'),
    (4, 2, 4, '2026-11-20T10:00:00', 'registered');
INSERT INTO attendance (event_id, elder_id, walk_in, time) VALUES
    (1, 1, 0, '2025-10-08T09:00:00'), (1, 6, 1, '2025-10-08T09:10:00');"

t 'the version-5 database as it was'
run q "SELECT user_version FROM pragma_user_version"
out 0 <<EOF
5
EOF

t 'the first command brings it to the current version: every caregiver a person'
run elder person list -H
out 0 <<EOF
id	name	gender	phone	kind	address	elder_id	relation	status
1	李梅		13800000001	caregiver		1	女儿	active
2	王小军			caregiver		2		active
3	老伴		13800000003	caregiver		3	老伴	active
4	孙丽		0851-1234567	caregiver		6	儿媳	active
EOF
run q "SELECT user_version FROM pragma_user_version"
out 0 <<EOF
$SCHEMA
EOF

t 'nothing lost: each person beside the fields it came from'
run q "SELECT e.id, e.caregiver, e.caregiver_relation, e.caregiver_phone,
    p.name, p.relation, p.phone, p.joined = e.joined, p.note
    FROM elder e LEFT JOIN person p ON p.elder_id = e.id ORDER BY e.id"
out 0 <<EOF
1	李梅	女儿	13800000001	李梅	女儿	13800000001	1	
2	王小军			王小军			1	
3		老伴	13800000003	老伴	老伴	13800000003	1	name not on file
4								
5								
6	孙丽	儿媳	0851-1234567	孙丽	儿媳	0851-1234567	1	
EOF

t 'elder show names the caregiver persons; the elder fields stay'
run elder show 1 3 -c id,caregiver,persons
out 0 <<EOF
1	李梅	person:1 李梅 (女儿)
3		person:3 老伴 (老伴)
EOF

t 'sign-ups and attendance kept row for row, elders in them'
run q "SELECT id, event_id, elder_id, person_id IS NULL, time, status
    FROM signup ORDER BY id"
out 0 <<EOF
1	1	1	1	2025-10-01T09:00:00	registered
2	1	2	1	2025-10-01T09:05:00	waitlisted
3	1	3	1	2025-10-01T09:06:00	withdrawn
4	2	4	1	2026-11-20T10:00:00	registered
EOF
run q "SELECT event_id, elder_id, person_id IS NULL, walk_in, time
    FROM attendance ORDER BY event_id, elder_id"
out 0 <<EOF
1	1	1	0	2025-10-08T09:00:00
1	6	1	1	2025-10-08T09:10:00
EOF
run event roster 1 -c id,name,kind,status,attended
out 0 <<EOF
1	张桂英	elder	registered	yes
2	王德明	elder	waitlisted	no
6	孙有才	elder	walk-in	walk-in
EOF

t 'a migrated caregiver signs up for a group as a person, and moves up'
run event signup 2 person:1
out 0 <<EOF
person:1	waitlisted
EOF
run event withdraw 2 4
out 0 <<EOF
4	withdrawn
person:1	registered
EOF

t 'the upgraded file has the schema of a new one (t011 compares them all)'
run q "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND
    tbl_name = 'person'"
out 0 <<EOF
3
EOF

done_testing
