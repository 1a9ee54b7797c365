#!/bin/sh
# Workbooks saved by LibreOffice (tests/data/lo-*.xlsx, made by
# tests/data/mk-lo.sh with `soffice --headless --convert-to xlsx`): shared
# strings, LibreOffice's styles and date cells, its merges; the same
# roster reads the same as openpyxl's.
. "$(dirname "$0")/lib.sh"
D=$TOP/tests/data

t 'a roster typed as CSV, converted by LibreOffice'
run elder import --ignore-unknown "$D/lo-csv.xlsx"
outerr 0 "elder: $D/lo-csv.xlsx:1: left out, above the header: 望城社区老年人花名册
elder: $D/lo-csv.xlsx:2: column '序号' left out
elder: $D/lo-csv.xlsx:6: left out, after the data: 合计 2人
elder: $D/lo-csv.xlsx:7: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
EOF
run q "select name, gender, birth, building from elder order by id"
out 0 <<EOF
张桂英	F	1940-03-02	3
王建国	M	1959-03-14	8
EOF

t 'an openpyxl roster saved again by LibreOffice'
fresh
run elder import --ignore-unknown "$D/lo-roster.xlsx"
outerr 0 "elder: $D/lo-roster.xlsx:1: left out, above the header: 望城社区老年人花名册
elder: $D/lo-roster.xlsx:2: left out, above the header: 单位：望城社区居委会
elder: $D/lo-roster.xlsx:3: column '序号' left out
elder: $D/lo-roster.xlsx:9: left out, after the data: 合计 3人
elder: $D/lo-roster.xlsx:10: left out, after the data: 制表人：王芳 日期：2026年1月5日" <<EOF
1
2
3
EOF
run q "select name, gender, birth, id_number, phone, building, note from elder order by id"
out 0 <<EOF
张桂英	F	1940-03-02	520112194003020025	13800000000	3	TRUE
王建国	M	1959-03-14		13900000001	8	独居
李秀兰	F	1946-02-04			8	FALSE
EOF

t 'its second sheet by name'
fresh
run elder import --sheet 名单 "$D/lo-roster.xlsx"
out 0 <<EOF
1
EOF

done_testing
