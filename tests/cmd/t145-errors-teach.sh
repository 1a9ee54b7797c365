#!/bin/sh
# Errors that teach: a bad ID number says one of its 18 characters is
# wrong (never what the check character should be); an unknown option
# gets the nearest known one; a tag no elder has is said on stderr.
. "$(dirname "$0")/lib.sh"

t 'a bad ID number in add: compare it with the card'
run elder add 张 --id-number 110105198001010123
err 1 "elder: id_number: ID number '110105198001010123': one of its 18 characters is wrong: compare it with the ID card"

t 'a bad ID number in an import: the line named, the same words'
printf 'name,身份证号码\n张,11010519491231002Y\n' >"$T/id.csv"
run elder import "$T/id.csv"
err 1 "elder: $T/id.csv:2: id_number: ID number '11010519491231002Y': one of its 18 characters is wrong: compare it with the ID card
elder: $T/id.csv: 1 bad record: nothing imported"

t 'an unknown option near a known one: did you mean'
run sh -c 'visit log 1 --findng home=ok 2>&1 >/dev/null | head -n 1'
out 0 <<EOF
visit: log: unknown option '--findng': did you mean '--finding'?
EOF
run sh -c 'elder list --tga 独居 2>&1 >/dev/null | head -n 1'
out 0 <<EOF
elder: list: unknown option '--tga': did you mean '--tag'?
EOF
run sh -c 'elder import --encodng GBK x.csv 2>&1 >/dev/null | head -n 1'
out 0 <<EOF
elder: import: unknown option '--encodng': did you mean '--encoding'?
EOF

t 'an unknown option far from any: no guess'
run sh -c 'elder list --zzzzz 2>&1 >/dev/null | head -n 1; exit 0'
out 0 <<EOF
elder: list: unknown option '--zzzzz'
EOF

t 'a tag no elder has is said on stderr, exit 0'
elder add 李 --tag 独居 >/dev/null
run elder list --tag 孤寡 -c id
outerr 0 "elder: no elder has the tag '孤寡'" </dev/null

t 'a tag some elder has: nothing said'
run elder list --tag 独居 -c id,name
out 0 <<EOF
1	李
EOF

t '--any-tag too'
run elder list --any-tag 独居 --any-tag 五保 -c id
outerr 0 "elder: no elder has the tag '五保'" <<EOF
1
EOF

done_testing
