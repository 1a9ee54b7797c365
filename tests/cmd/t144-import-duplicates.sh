#!/bin/sh
# Likely duplicates: an import or add that would create an elder of the
# same name and birth date, or the same name and address, as a stored
# elder or an earlier line of the file is an error naming both, unless
# --allow-duplicates.
. "$(dirname "$0")/lib.sh"

printf 'name,birth,building,unit,room\n张三,1940-01-01,3,1,302\n李四,1941-01-01,3,1,303\n张三,1940/1/1,,,\n李四,,3,1,303\n王五,1940-01-01,3,1,302\n' >"$T/roster.csv"

t 'lines of one file: each likely duplicate names the earlier line'
run elder import "$T/roster.csv"
err 1 "elder: $T/roster.csv:4: name: likely duplicate: line 2 has the same name and birth date (--allow-duplicates if they are two people)
elder: $T/roster.csv:5: name: likely duplicate: line 3 has the same name and address (--allow-duplicates if they are two people)
elder: $T/roster.csv: 2 bad records: nothing imported"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t '--allow-duplicates imports them'
run elder import --allow-duplicates "$T/roster.csv"
out 0 <<EOF
1
2
3
4
5
EOF

t 'the same roster imported again: every line names the stored elder'
fresh
printf 'name,birth,building,unit,room\n张三,1940-01-01,3,1,302\n李四,1941-01-01,3,1,303\n' >"$T/again.csv"
elder import "$T/again.csv" >/dev/null
run elder import "$T/again.csv"
err 1 "elder: $T/again.csv:2: name: likely duplicate: elder 1 has the same name and birth date (--allow-duplicates if they are two people)
elder: $T/again.csv:3: name: likely duplicate: elder 2 has the same name and birth date (--allow-duplicates if they are two people)
elder: $T/again.csv: 2 bad records: nothing imported"
run q "select count(*) from elder"
out 0 <<EOF
2
EOF

t 'add: the same name and birth date'
run elder add 张三 --birth 1940年1月1日
err 1 "elder: name: likely duplicate: elder 1 has the same name and birth date (--allow-duplicates if they are two people)"

t 'add: the same name and address'
run elder add 李四 --building 3号楼 --unit 1 --room 303
err 1 "elder: name: likely duplicate: elder 2 has the same name and address (--allow-duplicates if they are two people)"

t 'add --allow-duplicates adds'
run elder add 李四 --building 3 --unit 1 --room 303 --allow-duplicates
out 0 <<EOF
3
EOF

t 'the same name elsewhere, or another name at the address, is no duplicate'
run elder add 张三 --birth 1950-01-01 --building 5
out 0 <<EOF
4
EOF
run elder add 赵六 --building 3 --unit 1 --room 302
out 0 <<EOF
5
EOF

t 'set and edit of a stored elder are not held back by it'
run elder set 3 --note 同名
out 0 </dev/null

done_testing
