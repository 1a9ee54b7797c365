#!/bin/sh
# elder add: the new id, the stored record, derived fields, bad input.
. "$(dirname "$0")/lib.sh"

t 'add prints the new id'
run elder add 张桂英 --gender 女 --birth 1940-03-02 --building ３ --unit 1 \
    --room 302 --living 独居 --tag 独居 --tag 高龄 --phone 138-0000-0000
out 0 <<EOF
1
EOF

t 'add stored every field, normalised'
run q "select id, name, gender, birth, building, unit, room, living, tags,
    phone, joined, status from elder"
out 0 <<EOF
1	张桂英	F	1940-03-02	3	1	302	alone	独居,高龄	13800000000	2026-11-28	active
EOF

t 'the database file is created 0600'
run stat -c %a "$SHEGONG_DB"
out 0 <<EOF
600
EOF

t 'add with an ID number derives birth date and sex'
run elder add 王德明 --id-number 520112194507150018 --joined 2021-03-04
out 0 <<EOF
2
EOF

t 'derived birth and gender are stored, the number is kept whole'
run q "select gender, birth, id_number, joined from elder where id = 2"
out 0 <<EOF
M	1945-07-15	520112194507150018	2021-03-04
EOF

t 'a lower-case check character is upper-cased'
run elder add 陈秀兰 --id-number 11010519491231002x
out 0 <<EOF
3
EOF
run q "select id_number, gender, birth from elder where id = 3"
out 0 <<EOF
11010519491231002X	F	1949-12-31
EOF

t 'full-width digits in an ID number are folded'
run elder add 刘凤英 --id-number ５２０１１２１９５０１１１１００４１
out 0 <<EOF
4
EOF

t 'the change log has one insert per add, with actor and command'
run q "select tbl, record, op, user, command from changelog order by id"
out 0 <<EOF
elder	1	insert	tester	elder add 张桂英 --gender 女 --birth 1940-03-02 --building ３ --unit 1 --room 302 --living 独居 --tag 独居 --tag 高龄 --phone 138-0000-0000
elder	2	insert	tester	elder add 王德明 --id-number 520112************ --joined 2021-03-04
elder	3	insert	tester	elder add 陈秀兰 --id-number 110105************
elder	4	insert	tester	elder add 刘凤英 --id-number ５２０１１２************
EOF

t '--user names the actor in the change log'
run elder add 赵玉珍 --user 李社工
out 0 <<EOF
5
EOF
run q "select user from changelog where record = 5"
out 0 <<EOF
李社工
EOF

t '--dry-run prints the id it would give and changes nothing'
run elder add 孙有才 -n
out 0 <<EOF
6
EOF
run q "select count(*) from elder"
out 0 <<EOF
5
EOF

# ---- bad input: one line on stderr, exit 1, nothing changed

t 'an impossible date'
run elder add 甲 --birth 2026-02-30
err 1 "elder: birth: invalid date '2026-02-30': no such day"

t 'a birth date in the future'
run elder add 甲 --birth 2027-01-01
err 1 "elder: birth: 2027-01-01 is in the future"

t 'an ID number with a wrong check digit'
run elder add 甲 --id-number 110105198001010123
err 1 "elder: id_number: ID number '110105198001010123': one of its 18 characters is wrong: compare it with the ID card"

t 'an ID number whose birth date contradicts --birth'
run elder add 甲 --id-number 520112194003020025 --birth 1940-03-03
err 1 "elder: birth: 1940-03-03 contradicts the ID number's birth date 1940-03-02"

t 'an ID number whose sex contradicts --gender'
run elder add 甲 --id-number 520112194003020025 --gender M
err 1 "elder: gender: M contradicts the ID number's sex F"

t 'a duplicate ID number'
run elder add 甲 --id-number 520112194507150018
err 1 "elder: id_number: duplicate ID number: elder 2 has it"

t 'an empty name'
run elder add ''
err 1 "elder: name: empty name"

t 'a name of blanks'
run elder add '   '
err 1 "elder: name: empty name"

t 'invalid UTF-8 in a name'
run elder add "$(printf 'a\377b')"
err 1 "elder: name: invalid UTF-8"

t 'a field that is too long'
run elder add 甲 --origin "$(head -c 1000 /dev/zero | tr '\0' x)"
err 1 "elder: origin: too long (1000 bytes, at most 200)"

t 'an unknown gender'
run elder add 甲 --gender X
err 1 "elder: gender: invalid value 'X': expected M or F"

t 'an unknown living arrangement'
run elder add 甲 --living 独自
err 1 "elder: living: invalid value '独自': expected alone, couple, with-children or other"

t 'a bad phone number'
run elder add 甲 --phone 138abc
err 1 "elder: phone: invalid phone number '138abc': expected a mobile number (11 digits, 13 to 19...), or a landline with its area code (010-12345678) and maybe an extension (转123)"

t 'nothing was stored by the failures, but the duplicate-ID refusal is a disclosure'
run q "select count(*) from elder; select count(*) from changelog where tbl = 'elder'; select count(*) from disclosure"
out 0 <<EOF
5
5
1
EOF

# ---- usage errors: exit 2

t 'an unknown option'
run elder add 甲 --colour red
outerr 2 "elder: add: unknown option '--colour'
usage: elder add NAME [--gender G] [--birth D] [--id-number N] [--phone P]
           [--building B] [--unit U] [--room R] [--origin O] [--living L]
           [--tag T]... [--caregiver NAME] [--joined D] [--note TEXT] ..." </dev/null

t 'a missing name'
run elder add
outerr 2 "elder: add: wrong arguments
usage: elder add NAME [--gender G] [--birth D] [--id-number N] [--phone P]
           [--building B] [--unit U] [--room R] [--origin O] [--living L]
           [--tag T]... [--caregiver NAME] [--joined D] [--note TEXT] ..." </dev/null

t 'an unknown verb'
run sh -c 'elder frobnicate 2>&1 >/dev/null | head -1'
out 0 <<EOF
elder: unknown verb 'frobnicate'
EOF
run sh -c 'elder frobnicate 2>/dev/null; echo $?'
out 0 <<EOF
2
EOF

t 'a verb is never matched by prefix'
run sh -c 'elder ad 甲 2>/dev/null; echo $?'
out 0 <<EOF
2
EOF

t '--version'
run elder --version
out 0 <<EOF
elder (shegong) 0.1.0
EOF

t 'add --help prints the usage on stdout'
run sh -c 'elder add --help | head -1'
out 0 <<EOF
usage: elder add NAME [--gender G] [--birth D] [--id-number N] [--phone P]
EOF

t 'a bad --output value is a data error (exit 1)'
run elder list -o xml
err 1 "elder: invalid output format 'xml': expected table, tsv, csv, json, yaml, xlsx, text, markdown or html"

done_testing
