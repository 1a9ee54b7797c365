#!/bin/sh
# Values as people write them (SPEC 1, 2): dates 2026/3/7, 2026.03.07,
# 2026-3-7, 2026年3月7日; birth and gender from the ID number; ３栋, 3号楼,
# 3幢, 1单元, 302室; tags on every separator; phones normalised and
# checked; 男, 独居, 与子女同住, 与配偶同住.  A real roster: GB18030, CRLF,
# a blank row, a 序号 column.
. "$(dirname "$0")/lib.sh"
need iconv libc-bin

printf '%s\r\n' '序号,姓名,性别,出生日期,身份证号码,电话,楼号,单元,门牌号,居住情况,类别' \
    '1,张桂英,女,1959/3/14,,138 0013 8000,８栋,1单元,302室,独居,独居 高龄' \
    '2,李德明,,,520112194502030017,0851-8888 8888,3号楼,2,101,与子女同住,低保/空巢' \
    '' \
    '3,王秀兰,女,1948年10月20日,,(010) 1234 5678转12,3幢,1,201,与配偶同住,特困；失能、 重残' \
    '4,陈国强,男,1946.02.04,,+86 139-0013-9000,3,1,202,子女同住,高龄;独居' \
    '5,刘玉珍,F,1945-2-3,,,8,1,302,,' |
    iconv -f UTF-8 -t GB18030 >"$T/roster.csv"

t 'a GB18030 roster with Chinese headers and values as people write them'
run elder import --ignore-unknown "$T/roster.csv"
outerr 0 "elder: $T/roster.csv: read as GB18030
elder: $T/roster.csv:1: column '序号' left out" <<EOF
1
2
3
4
5
EOF

t 'each value stored in its one spelling'
run q "select id, name, gender, birth, id_number is not null, phone, building, unit, room, living, tags from elder order by id"
out 0 <<EOF
1	张桂英	F	1959-03-14	0	13800138000	8	1	302	alone	独居,高龄
2	李德明	M	1945-02-03	1	085188888888	3	2	101	with-children	低保,空巢
3	王秀兰	F	1948-10-20	0	01012345678-12	3	1	201	couple	失能,特困,重残
4	陈国强	M	1946-02-04	0	13900139000	3	1	202	with-children	独居,高龄
5	刘玉珍	F	1945-02-03	0		8	1	302		
EOF

t 'the whole building is found, however its number was typed'
run elder list --building ８栋 -c id,name,address
out 0 <<EOF
1	张桂英	8-1-302
5	刘玉珍	8-1-302
EOF

t 'add and set take the same spellings'
run elder add 周 --birth 2026年3月7日 --building 3号楼 --room 302室 --tag '独居/高龄' --phone '010-1234 5678'
out 0 <<EOF
6
EOF
run elder set 6 --birth 2026.3.7 --unit 1单元
out 0 </dev/null
run q "select birth, building, unit, room, tags, phone from elder where id = 6"
out 0 <<EOF
2026-03-07	3	1	302	独居,高龄	01012345678
EOF

t 'a birth date that contradicts the ID number names both'
printf 'name,birth,id_number\n赵,1945/2/4,520112194502030017\n' >"$T/birth.csv"
run elder import "$T/birth.csv"
err 1 "elder: $T/birth.csv:2: birth: 1945-02-04 contradicts the ID number's birth date 1945-02-03
elder: $T/birth.csv: 1 bad record: nothing imported"

t 'a gender that contradicts the ID number names both'
printf 'name,gender,id_number\n赵,女,520112194502030017\n' >"$T/sex.csv"
run elder import "$T/sex.csv"
err 1 "elder: $T/sex.csv:2: gender: F contradicts the ID number's sex M
elder: $T/sex.csv: 1 bad record: nothing imported"

t 'a date with no such day, in any form'
run elder add 钱 --birth 1950/2/30
err 1 "elder: birth: invalid date '1950/2/30': no such day"
run elder add 钱 --birth 1950年2月30日
err 1 "elder: birth: invalid date '1950年2月30日': no such day"

t 'a date in no known form'
run elder add 钱 --birth 1950/2-3
err 1 "elder: birth: invalid date '1950/2-3': expected YYYY-MM-DD, today, yesterday, tomorrow or +Nd/-Nw/+Nm"

t 'a phone number that is no mobile or landline names the field and the forms'
run elder add 孙 --phone '1380013800'
err 1 "elder: phone: invalid phone number '1380013800': expected a mobile number (11 digits, 13 to 19...), or a landline with its area code (010-12345678) and maybe an extension (转123)"
run elder add 孙 --emergency-phone '8888 8888'
err 1 "elder: emergency_phone: invalid phone number '8888 8888': expected a mobile number (11 digits, 13 to 19...), or a landline with its area code (010-12345678) and maybe an extension (转123)"
run elder add 孙 --phone '238 0013 8000'
err 1 "elder: phone: invalid phone number '238 0013 8000': expected a mobile number (11 digits, 13 to 19...), or a landline with its area code (010-12345678) and maybe an extension (转123)"

t 'a building word with no number before it stays as typed'
run elder add 吴 --building 东楼
out 0 <<EOF
7
EOF
run q "select building from elder where id = 7"
out 0 <<EOF
东楼
EOF

done_testing
