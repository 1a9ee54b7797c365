#!/bin/sh
# Headers and values as offices write them (issue 19, point 4):
# --map HEADER=column for any header, an address column split into
# building, unit and room (3-1-302, 3栋1单元302室, 3号楼1单元302, full-width
# digits) or the row an error naming it, and the living arrangements in
# the phrasings forms use.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

cat >"$T/roster.csv" <<'EOF'
序号,户主姓名,家庭住址,居住情况,出生日期
1,王一,３栋1单元302室,与子女同住,1940-01-01
2,王二,3-1-303,子女同住,1941-01-01
3,王三,5号楼2单元101,与配偶同住,1942-01-01
4,王四,6幢302室,和老伴同住,1943-01-01
5,王五,7-2,独居,1944-01-01
6,王六,８,与儿女同住,1945-01-01
EOF
sed 's/$/\r/' "$T/roster.csv" | iconv -f UTF-8 -t GB18030 >"$T/gb.csv"

t '--map names the headers; the address is split; GB18030, CRLF'
run elder import "$T/gb.csv" --ignore-unknown --map 户主姓名=name \
    --map 家庭住址=address
outerr 0 "elder: $T/gb.csv: read as GB18030
elder: $T/gb.csv:1: column '序号' left out" <<EOF
1
2
3
4
5
6
EOF
run q "SELECT id, name, quote(building), quote(unit), quote(room), living
    FROM elder ORDER BY id"
out 0 <<EOF
1	王一	'3'	'1'	'302'	with-children
2	王二	'3'	'1'	'303'	with-children
3	王三	'5'	'2'	'101'	couple
4	王四	'6'	NULL	'302'	couple
5	王五	'7'	'2'	NULL	alone
6	王六	'8'	NULL	NULL	with-children
EOF

t 'the split address finds the building, full-width or not'
run elder list --building ３栋 -c id,address
out 0 <<EOF
1	3-1-302
2	3-1-303
EOF

t 'an address that is none of the forms: each row named, nothing imported'
fresh
elder add 先 >/dev/null
cat >"$T/bad.csv" <<'EOF'
姓名,家庭住址
甲,望城小区
乙,3单元2栋
丙,3-1-302-4
丁,302室1单元
戊,3-1-302
EOF
run elder import "$T/bad.csv" --map 家庭住址=address
err 1 "elder: $T/bad.csv:2: address: '望城小区' is not an address: expected building-unit-room, like 3-1-302, 3栋1单元302室 or 3号楼1单元302
elder: $T/bad.csv:3: address: '3单元2栋' is not an address: expected building-unit-room, like 3-1-302, 3栋1单元302室 or 3号楼1单元302
elder: $T/bad.csv:4: address: '3-1-302-4' is not an address: expected building-unit-room, like 3-1-302, 3栋1单元302室 or 3号楼1单元302
elder: $T/bad.csv:5: address: '302室1单元' is not an address: expected building-unit-room, like 3-1-302, 3栋1单元302室 or 3号楼1单元302
elder: $T/bad.csv: 4 bad records: nothing imported"
run q "SELECT count(*) FROM elder"
out 0 <<EOF
1
EOF

t 'a header called 地址 is the address, no --map needed'
fresh
printf '姓名\t地址\n己\t9栋2单元501\n' >"$T/addr.tsv"
run elder import "$T/addr.tsv"
out 0 <<EOF
1
EOF
run elder list -c name,address
out 0 <<EOF
己	9-2-501
EOF

t 'the output of elder list -H imports again, its address split'
elder list -H -c name,address,living >"$T/list.tsv"
run elder import "$T/list.tsv" --allow-duplicates
out 0 <<EOF
2
EOF
run q "SELECT building, unit, room FROM elder WHERE id = 2"
out 0 <<EOF
9	2	501
EOF

t '--map without = is a usage error; to no column an error'
run elder import "$T/addr.tsv" --map 地址
outerr 2 "elder: map: '地址': expected HEADER=column, like 家庭住址=address
usage: elder import [FILE] [--format tsv|csv|yaml] [--encoding E] [--ignore-unknown]
           [--allow-duplicates] [--map HEADER=COLUMN]...
           [--sheet NAME] [--header-row N]" </dev/null
run elder import "$T/addr.tsv" --map 地址=adress
err 1 "elder: map: 地址=adress: no elder column 'adress' (elder --columns export lists them)"
run q "SELECT count(*) FROM elder"
out 0 <<EOF
2
EOF

t 'volunteer import takes --map too'
printf '志愿者姓名\tphone\n赵刚\t13900000002\n' >"$T/vols.tsv"
run volunteer import "$T/vols.tsv" --map 志愿者姓名=name
out 0 <<EOF
1
EOF
run volunteer list -c name,phone
out 0 <<EOF
赵刚	13900000002
EOF

t 'living phrasings on the command line too'
run elder add 庚 --living 与子女共同居住
out 0 <<EOF
3
EOF
run elder set 庚 --living 与老伴同住
out 0 </dev/null
run elder list --living 和配偶同住 -c name,living
out 0 <<EOF
庚	couple
EOF

done_testing
