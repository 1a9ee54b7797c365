#!/bin/sh
# Import headers as people write them: key, Chinese or English label, or
# a common variant (身份证号码, 电话, 楼号, 门牌号, 类别), full-width forms,
# case and spaces folded; an unknown header lists every name known, or is
# left out (and said) with --ignore-unknown.
. "$(dirname "$0")/lib.sh"

KNOWN='the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)'

printf '姓 名,性别,出生年月,身份证号码,电话,楼号,单元号,门牌号,类别,备注\n张三,F,1940-01-01,,13800138000,3,1,302,独居,x\n' >"$T/variants.csv"

t 'common header variants are taken'
run elder import "$T/variants.csv"
out 0 <<EOF
1
EOF
run q "select name, gender, birth, phone, building, unit, room, tags, note from elder"
out 0 <<EOF
张三	F	1940-01-01	13800138000	3	1	302	独居	x
EOF

t 'full-width forms, case and spaces are folded'
fresh
printf 'ＮＡＭＥ\tＩＤ　Ｎｕｍｂｅｒ\tDate of Birth\tvisit-every\n王五\t\t1941-02-03\t30d\n' >"$T/wide.tsv"
run elder import "$T/wide.tsv"
out 0 <<EOF
1
EOF
run q "select name, birth, visit_every from elder"
out 0 <<EOF
王五	1941-02-03	30d
EOF

t 'an unknown header lists every name the importer knows'
fresh
printf '序号,姓名\n1,张三\n' >"$T/serial.csv"
run elder import "$T/serial.csv"
err 1 "elder: $T/serial.csv:1: 序号: unknown column: $KNOWN"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'an unknown header near a known one: did you mean'
printf 'nmae\tgender\n张三\tF\n' >"$T/typo.tsv"
run elder import "$T/typo.tsv"
err 1 "elder: $T/typo.tsv:1: nmae: unknown column: did you mean 'name'? $KNOWN"

t '--ignore-unknown leaves the column out and names it'
run elder import --ignore-unknown "$T/serial.csv"
outerr 0 "elder: $T/serial.csv:1: column '序号' left out" <<EOF
1
EOF
run q "select id, name from elder"
out 0 <<EOF
1	张三
EOF

t 'two headers of the same column are still an error'
fresh
printf '电话,联系电话,姓名\n1,2,张三\n' >"$T/twice.csv"
run elder import "$T/twice.csv"
err 1 "elder: $T/twice.csv:1: 联系电话: the same column as '电话'"

t 'volunteer import folds headers too'
printf 'ＮＡＭＥ,Phone\n李四,13900139000\n' >"$T/vol.csv"
run volunteer import "$T/vol.csv"
out 0 <<EOF
1
EOF

done_testing
