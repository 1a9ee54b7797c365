#!/bin/sh
# Every disclosure recorded, always (issue 24, point 3): -n keeps the
# record of a --reveal; a refusal that names who holds an ID number is a
# disclosure; the config's mask_id_numbers: false is recorded at each use.
# ID numbers typed on a command line are masked before the change log
# keeps it (point 2).
. "$(dirname "$0")/lib.sh"

volunteer add 张晓 --id-number 11010519491231002X >/dev/null
elder add 李秀兰 --id-number 520112194003020025 >/dev/null

disclosures() { q "SELECT id, user, command FROM disclosure ORDER BY id"; }

t 'volunteer certificate 1 -n --reveal: the whole number, and the record kept'
run sh -c 'volunteer certificate 1 -n --reveal | grep -o "身份证号：[^，]*"'
out 0 <<EOF
身份证号：11010519491231002X
EOF
run disclosures
out 0 <<EOF
1	tester	volunteer certificate 1 -n --reveal
EOF

t 'elder add 李 --id-number N -n: the refusal names the elder, and is recorded'
run elder add 李 --id-number 520112194003020025 -n
err 1 "elder: id_number: duplicate ID number: elder 1 has it"
run elder add 王 --id-number 520112194003020025
err 1 "elder: id_number: duplicate ID number: elder 1 has it"
run disclosures
out 0 <<EOF
1	tester	volunteer certificate 1 -n --reveal
2	tester	elder add 李 --id-number 520112************ -n
3	tester	elder add 王 --id-number 520112************
EOF

t 'a volunteer refused for a duplicate ID number: recorded, nothing else written'
run volunteer add 赵 --id-number 11010519491231002X
err 1 "volunteer: volunteer: duplicate ID number"
run q "SELECT count(*) FROM volunteer; SELECT command FROM disclosure WHERE id = 4"
out 0 <<EOF
1
volunteer add 赵 --id-number 110105************
EOF

t 'privacy: {mask_id_numbers: false} reveals, and each use is recorded'
printf 'privacy: {mask_id_numbers: false}\n' >"$T/open.yaml"
run sh -c 'elder list -c id_number --config "$T/open.yaml"
    volunteer list -c id_number --config "$T/open.yaml"'
out 0 <<EOF
520112194003020025
11010519491231002X
EOF
run q "SELECT command FROM disclosure WHERE id > 4"
out 0 <<EOF
elder list -c id_number --config $T/open.yaml
volunteer list -c id_number --config $T/open.yaml
EOF

t 'the change log never keeps an ID number typed on a command line'
run q "SELECT count(*) FROM changelog WHERE command GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'"
out 0 <<EOF
0
EOF

done_testing
