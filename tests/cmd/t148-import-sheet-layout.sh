#!/bin/sh
# A roster saved as CSV or TSV keeps the sheet's layout: a title row and
# a unit line above the header, a unit line under it, blank rows (,,,),
# a 合计 row and a 制表人 line after the data.  The header row is found by
# its known column names (or given with --header-row); the rest is left
# out and said, one line each; a total row inside the data is an error.
. "$(dirname "$0")/lib.sh"

crlf() { sed 's/$/\r/' >"$1"; }
crlf "$T/roster.csv" <<'EOF'
望城社区老年人花名册,,,,
单位：望城社区居委会,,,,
序号,姓名,性别,出生日期,楼栋
（编号）,,,（年月日）,
1,张桂英,女,1940/3/2,3栋
,,,,
2,王建国,男,1959.03.14,８栋
,,,,
合计,2人,,,
"制表人：王芳",,,"日期：2026年1月5日",
EOF
{ printf '\357\273\277'; cat "$T/roster.csv"; } >"$T/bom.csv"
tr ',' '\t' <"$T/roster.csv" | tr -d '"' >"$T/roster.tsv"

t 'CSV: title and unit rows, a unit line, blank rows, 合计 and 制表人 left out'
run elder import --ignore-unknown "$T/roster.csv"
outerr 0 "elder: $T/roster.csv:1: left out, above the header: 望城社区老年人花名册
elder: $T/roster.csv:2: left out, above the header: 单位：望城社区居委会
elder: $T/roster.csv:4: left out, under the header: （编号） （年月日）
elder: $T/roster.csv:3: column '序号' left out
elder: $T/roster.csv:9: left out, after the data: 合计 2人
elder: $T/roster.csv:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF
run q "select name, gender, birth, building from elder order by id"
out 0 <<EOF
张桂英	F	1940-03-02	3
王建国	M	1959-03-14	8
EOF

t 'the same with a BOM (as Excel saves CSV UTF-8)'
fresh
run elder import --ignore-unknown "$T/bom.csv"
outerr 0 "elder: $T/bom.csv:1: left out, above the header: 望城社区老年人花名册
elder: $T/bom.csv:2: left out, above the header: 单位：望城社区居委会
elder: $T/bom.csv:4: left out, under the header: （编号） （年月日）
elder: $T/bom.csv:3: column '序号' left out
elder: $T/bom.csv:9: left out, after the data: 合计 2人
elder: $T/bom.csv:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF

t 'TSV: the same layout'
fresh
run elder import --ignore-unknown "$T/roster.tsv"
outerr 0 "elder: $T/roster.tsv:1: left out, above the header: 望城社区老年人花名册
elder: $T/roster.tsv:2: left out, above the header: 单位：望城社区居委会
elder: $T/roster.tsv:4: left out, under the header: （编号） （年月日）
elder: $T/roster.tsv:3: column '序号' left out
elder: $T/roster.tsv:9: left out, after the data: 合计 2人
elder: $T/roster.tsv:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF

t 'GB18030 (Excel on Chinese Windows): detected, then the same layout'
fresh
iconv -f UTF-8 -t GB18030 "$T/roster.csv" >"$T/gb.csv"
run elder import --ignore-unknown "$T/gb.csv"
outerr 0 "elder: $T/gb.csv: read as GB18030
elder: $T/gb.csv:1: left out, above the header: 望城社区老年人花名册
elder: $T/gb.csv:2: left out, above the header: 单位：望城社区居委会
elder: $T/gb.csv:4: left out, under the header: （编号） （年月日）
elder: $T/gb.csv:3: column '序号' left out
elder: $T/gb.csv:9: left out, after the data: 合计 2人
elder: $T/gb.csv:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF

t '--header-row N names the header; the rows above are said'
fresh
printf '某某表\n说明：本表截至年底\nname,gender\n赵大爷,M\n' >"$T/given.csv"
run elder import --header-row 3 "$T/given.csv"
outerr 0 "elder: $T/given.csv:1: left out, above the header: 某某表
elder: $T/given.csv:2: left out, above the header: 说明：本表截至年底" <<EOF
1
EOF

t '--header-row on a row that is not the header: its names are unknown'
fresh
run elder import --header-row 2 "$T/given.csv"
err 1 "elder: $T/given.csv:1: left out, above the header: 某某表
elder: $T/given.csv:2: 说明：本表截至年底: unknown column: the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)"

t 'a footer-like line followed by data is data again; a total row inside the data is an error'
fresh
printf 'name,note\n甲,\n小计,1人\n乙,\n备注：无,\n丙,x\n' >"$T/mid.csv"
run elder import "$T/mid.csv"
err 1 "elder: $T/mid.csv:3: a total row inside the data: delete it, or move it below the data
elder: $T/mid.csv: 1 bad record: nothing imported"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t 'a header with no known name: the first row is taken, and named'
fresh
printf 'xingming,xingbie\n甲,M\n' >"$T/none.csv"
run elder import "$T/none.csv"
err 1 "elder: $T/none.csv:1: xingming: unknown column: the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)"

t 'a file of only the header and its footer imports nothing'
fresh
printf 'name,gender\n制表人：王芳,\n' >"$T/empty.csv"
run elder import "$T/empty.csv"
err 0 "elder: $T/empty.csv:2: left out, after the data: 制表人：王芳"

t 'under zh_CN the lines are said in Chinese'
fresh
# the locale as t800 makes it, without changing the system
test_locales
run env LC_ALL=zh_CN.UTF-8 elder import --ignore-unknown "$T/roster.csv"
outerr 0 "elder: $T/roster.csv:1：略去表头之上的行：望城社区老年人花名册
elder: $T/roster.csv:2：略去表头之上的行：单位：望城社区居委会
elder: $T/roster.csv:4：略去表头之下的说明行：（编号） （年月日）
elder: $T/roster.csv:3：已略去列“序号”
elder: $T/roster.csv:9：略去数据之后的行：合计 2人
elder: $T/roster.csv:10：略去数据之后的行：制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF

done_testing
