#!/bin/sh
# elder import reads xlsx workbooks as offices save them: the first sheet
# or --sheet NAME, shared and inline strings, numbers, booleans, date
# cells (1900 and 1904 systems, date styles built in and custom), dates
# typed as text, ID numbers stored as text; the title and unit rows above
# the header and the footer (合计, 制表人) left out and said, blank rows
# skipped.  The workbooks are made by openpyxl (tests/data/mkxlsx.py).
. "$(dirname "$0")/lib.sh"
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	_name='needs python3-openpyxl'
	_report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"
	done_testing
	exit 1
fi
/usr/bin/python3 "$TOP/tests/data/mkxlsx.py" "$T"

t 'a roster: title and unit rows, 序号, blank rows, 合计 and 制表人 lines'
run elder import --ignore-unknown "$T/roster.xlsx"
outerr 0 "elder: $T/roster.xlsx:1: left out, above the header: 望城社区老年人花名册
elder: $T/roster.xlsx:2: left out, above the header: 单位：望城社区居委会
elder: $T/roster.xlsx:3: column '序号' left out
elder: $T/roster.xlsx:9: left out, after the data: 合计 3人
elder: $T/roster.xlsx:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
3
EOF

t 'date cells, dates as text, a custom 年月日 style, numbers, booleans, ８栋'
run q "select name, gender, birth, id_number, phone, building, note from elder order by id"
out 0 <<EOF
张桂英	F	1940-03-02	520112194003020025	13800000000	3	TRUE
王建国	M	1959-03-14		13900000001	8	独居
李秀兰	F	1946-02-04			8	FALSE
EOF

t 'without --ignore-unknown, 序号 is named on the header row'
fresh
run elder import "$T/roster.xlsx"
err 1 "elder: $T/roster.xlsx:1: left out, above the header: 望城社区老年人花名册
elder: $T/roster.xlsx:2: left out, above the header: 单位：望城社区居委会
elder: $T/roster.xlsx:3: 序号: unknown column: the columns are id 编号, name 姓名, gender 性别, birth 出生日期, id_number 身份证号, phone 联系电话, building 楼栋, unit 单元, room 房号, origin 原籍, living 居住情况, tags 标签, status 状态, joined 登记日期, health 健康状况, caregiver 照护人, caregiver_relation 照护人关系, caregiver_phone 照护人电话, emergency 紧急联系人, emergency_phone 紧急联系电话, archive_reason 归档原因, archive_date 归档日期, visit_every 探访频次, note 备注 (--ignore-unknown leaves it out)"
run test -e "$SHEGONG_DB"
out 1 </dev/null

t '--sheet NAME reads another sheet'
fresh
run elder import --sheet 名单 "$T/roster.xlsx"
out 0 <<EOF
1
EOF
run q "select name, gender from elder"
out 0 <<EOF
赵大爷	M
EOF

t '--header-row N: the rows above it are left out and said'
fresh
run elder import --ignore-unknown --header-row 3 "$T/roster.xlsx"
outerr 0 "elder: $T/roster.xlsx:1: left out, above the header: 望城社区老年人花名册
elder: $T/roster.xlsx:2: left out, above the header: 单位：望城社区居委会
elder: $T/roster.xlsx:3: column '序号' left out
elder: $T/roster.xlsx:9: left out, after the data: 合计 3人
elder: $T/roster.xlsx:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
3
EOF

t 'the 1904 date system of workbook.xml'
fresh
run elder import "$T/mac.xlsx"
out 0 <<EOF
1
2
EOF
run q "select name, birth from elder order by id"
out 0 <<EOF
钱老伯	1938-05-01
孙阿姨	1950-12-31
EOF

t 'a two-row header: 姓名 merged down, 住址 over 楼栋 单元 房号'
fresh
run elder import "$T/twohead.xlsx"
outerr 0 "elder: $T/twohead.xlsx:1: left out, above the header: 老年人基本情况登记表" <<EOF
1
EOF
run q "select name, gender, building, unit, room from elder"
out 0 <<EOF
冯奶奶	F	5	2	301
EOF

t 'inline strings, rich text without its phonetic guide, _x000D_, skipped cells, ISO dates, date styles'
fresh
run elder import "$T/handmade.xlsx"
out 0 <<EOF
1
2
EOF
run q "select name, birth, replace(note, char(13), '\r'), joined from elder order by id"
out 0 <<EOF
吴桂香	1940-03-08	第一行\r
第二行	2020-06-01
陈老伯	1930-02-11		2026-11-28
EOF

t 'the format from the content: a workbook named .csv, or no extension'
fresh
cp "$T/mac.xlsx" "$T/mac.csv"
run elder import "$T/mac.csv"
out 0 <<EOF
1
2
EOF
fresh
cp "$T/mac.xlsx" "$T/mac"
run elder import "$T/mac"
out 0 <<EOF
1
2
EOF

t 'a workbook on standard input: a file, and a pipe with --format xlsx'
fresh
run sh -c 'elder import <"$0"' "$T/mac.xlsx"
out 0 <<EOF
1
2
EOF
fresh
run sh -c 'cat "$0" | elder import --format xlsx' "$T/mac.xlsx"
out 0 <<EOF
1
2
EOF

t 'a volunteer import reads a workbook the same way'
fresh
/usr/bin/python3 - "$T/vol.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["望城社区志愿者名册"])
ws.merge_cells("A1:C1")
ws.append(["姓名", "联系电话", "身份"])
ws.append(["李娟", 13800001111, "社工"])
ws.append(["制表人：王芳"])
wb.save(sys.argv[1])
PY
run volunteer import "$T/vol.xlsx"
outerr 0 "volunteer: $T/vol.xlsx:1: left out, above the header: 望城社区志愿者名册
volunteer: $T/vol.xlsx:4: left out, after the data: 制表人：王芳" <<EOF
1
EOF
run q "select name, phone, role from volunteer"
out 0 <<EOF
李娟	13800001111	social-worker
EOF

done_testing
