#!/bin/sh
# Elders by name (issue 19, point 9): wherever an elder id is read --
# arguments, --elder, standard input -- an ID number or an exact name
# stands for it, as names do for volunteers; an ambiguous name lists the
# candidates with id, age and address, an unknown one the nearest names.
# elder list --search finds a whole ID number (a disclosure, recorded)
# and the last four digits of a phone, never a part of an ID number.
. "$(dirname "$0")/lib.sh"

elder add 张桂英 --id-number 520112194003020025 --building 3 --unit 1 \
    --room 302 --phone 13800001234 >/dev/null
elder add 张桂英 --birth 1950-01-01 --allow-duplicates >/dev/null
elder add 李秀兰 --birth 1945-01-01 --building 5 --phone '0851-8888 5678' \
    >/dev/null
elder add 王金凤 >/dev/null
volunteer add 王芳 >/dev/null

disclosures() { q "SELECT id, command FROM disclosure ORDER BY id"; }

t 'an exact unique name is taken, on the command line'
run elder show 李秀兰 -c id,name
out 0 <<EOF
3	李秀兰
EOF

t 'an ID number is taken too, and the lookup is recorded as a disclosure'
run elder show 520112194003020025 -c id,name
out 0 <<EOF
1	张桂英
EOF
run disclosures
out 0 <<EOF
1	elder show 520112************ -c id,name
EOF

t 'an ambiguous name: the candidates with id, age and address'
run elder show 张桂英
err 1 "elder: '张桂英' is ambiguous: 1 张桂英 (86 years, 3-1-302), 2 张桂英 (76 years, no address); give the id"

t 'a name nobody has: the nearest names'
run elder show 李秀
err 1 "elder: '李秀': no elder has that name; the nearest: 3 李秀兰 (81 years, 5)"
run elder show 刘大海
err 1 "elder: '刘大海': no elder has that id, ID number or name"

t 'an unknown age says so'
run elder set 王金风 --phone 1
err 1 "elder: '王金风': no elder has that name; the nearest: 4 王金凤 (age unknown, no address)"

t 'of two of one name, the one still active is taken'
elder archive 2 --reason moved >/dev/null
run elder show 张桂英 -c id
out 0 <<EOF
1
EOF
elder restore 2 >/dev/null

t 'names on standard input, with ids; every bad line named'
printf 'id\n李秀兰\n4\n张桂英\n王五\n' >"$T/ids"
run elder show -c id <"$T/ids"
err 1 "elder: stdin:4: elder: '张桂英' is ambiguous: 1 张桂英 (86 years, 3-1-302), 2 张桂英 (76 years, no address); give the id
elder: stdin:5: elder: '王五': no elder has that id, ID number or name
elder: stdin: 2 bad elders"
printf '李秀兰\n4\n' | run elder tag --add 低保
out 0 </dev/null
run q "SELECT id, tags FROM elder WHERE tags <> '' ORDER BY id"
out 0 <<EOF
3	低保
4	低保
EOF

t 'a bad name among several arguments changes nothing'
run elder tag --add 特困 李秀兰 王五
err 1 "elder: '王五': no elder has that id, ID number or name"
run q "SELECT count(*) FROM elder WHERE tags LIKE '%特困%'"
out 0 <<EOF
0
EOF

t 'visit log, visit list --elder, visit rules --elder by name'
run visit log 李秀兰 --by 王芳 --date 2026-11-20
out 0 <<EOF
1
EOF
run visit list --elder 李秀兰 -c id,elder_id
out 0 <<EOF
1	3
EOF
run visit rules --elder 李秀 -c id
err 1 "visit: '李秀': no elder has that name; the nearest: 3 李秀兰 (81 years, 5)"

t 'volunteer pair and pairs --elder, event signup, report elder by name'
run volunteer pair 王芳 李秀兰
out 0 <<EOF
1
EOF
run volunteer pairs --elder 李秀兰 -c elder_id,volunteer
out 0 <<EOF
3	王芳
EOF
event add 茶话会 --date 2026-12-10 >/dev/null
run event signup 1 李秀兰 520112194003020025
out 0 <<EOF
3	registered
1	registered
EOF
run sh -c 'report elder 李秀兰 | head -n 1'
out 0 <<EOF
2026-11-20	visit	1	home routine by 王芳
EOF

t 'elder list --search: the last four digits of a phone'
run elder list --search 1234 -c id,name
out 0 <<EOF
1	张桂英
EOF
run elder list --search 5678 -c id,name
out 0 <<EOF
3	李秀兰
EOF

t 'elder list --search: a whole ID number, recorded as a disclosure'
run elder list --search 520112194003020025 -c id,name
out 0 <<EOF
1	张桂英
EOF
run q "SELECT command FROM disclosure ORDER BY id DESC LIMIT 1"
out 0 <<EOF
elder list --search 520112************ -c id,name
EOF

t 'never a part of an ID number: no match, nothing recorded'
n=$(q "SELECT count(*) FROM disclosure")
run elder list --search 5201121940 -c id,name
out 0 </dev/null
run elder list --search 19400302 -c id,name
out 0 </dev/null
run q "SELECT count(*) - $n FROM disclosure"
out 0 <<EOF
0
EOF

done_testing
