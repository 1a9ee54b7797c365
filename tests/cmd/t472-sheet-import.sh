#!/bin/sh
# The printed sheet comes back: the visit import template that `visit plan
# --sheets -o xlsx` writes (plan, date, elder id and name filled in), with
# the findings typed in as a volunteer brings them back on paper, is read
# by `visit import` (issue 20 item 4, issue 19 item 7), in either label
# set, and fulfils the plans it names.
. "$(dirname "$0")/lib.sh"
need /usr/bin/python3 python3
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null ||
    _report 1 "python3-openpyxl: not found: install the Debian package 'python3-openpyxl' (make test-deps)"

elder add 张三 --tag 独居 --birth 1940-01-01 >/dev/null
elder add 李四 --tag 独居 --birth 1941-02-02 >/dev/null
volunteer add 王芳 --role 社工 >/dev/null
volunteer pair 王芳 1 2 >/dev/null
visit plan --week 2026-W49 --save >/dev/null 2>&1

# fill XLSX OUT: a volunteer's findings typed into each row of the sheet
fill() {
	/usr/bin/python3 - "$1" "$2" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
for r in ws.iter_rows(min_row=2):
    r[4].value = '上门'; r[7].value = 40; r[10].value = '关注'
    r[12].value = '腿疼'
wb.save(sys.argv[2])
PY
}

# the sheets of the week, in both label sets, before any is typed in
visit plan --week 2026-W49 --sheets -o xlsx --labels en >"$T/en.xlsx"
visit plan --week 2026-W49 --sheets -o xlsx --labels zh >"$T/zh.xlsx"
fill "$T/en.xlsx" "$T/en-filled.xlsx"
fill "$T/zh.xlsx" "$T/zh-filled.xlsx"

t 'the template in Chinese labels, filled in, reads (a dry run)'
run env SHEGONG_TODAY=2026-12-05 visit import -n "$T/zh-filled.xlsx"
out 0 <<'EOF'
1
2
EOF

t 'the template in English labels, filled in, imports and fulfils the plans'
run env SHEGONG_TODAY=2026-12-05 visit import "$T/en-filled.xlsx"
out 0 <<'EOF'
1
2
EOF
run q "SELECT v.elder_id, v.date, v.mode, v.minutes, v.health, v.note,
    v.plan_id, p.status FROM visit v JOIN plan p ON p.id = v.plan_id
    ORDER BY v.id"
out 0 <<'EOF'
1	2026-11-30	home	40	concern	腿疼	1	done
2	2026-12-01	home	40	concern	腿疼	2	done
EOF

t 'a name beside an id that is not the elder'"'"'s is an error naming both'
printf 'plan_id\tdate\telder_id\telder_name\tmode\n1\t2026-11-30\t1\t李四\thome\n' >"$T/bad.tsv"
run env SHEGONG_TODAY=2026-12-05 visit import "$T/bad.tsv"
err 1 "visit: $T/bad.tsv:2: elder_name: '李四', but elder 1 is 张三
visit: $T/bad.tsv: 1 bad record: nothing imported"

t 'a plan of another elder is an error naming both'
printf 'plan_id\tdate\telder_id\tmode\n2\t2026-11-30\t1\thome\n' >"$T/bad2.tsv"
run env SHEGONG_TODAY=2026-12-05 visit import "$T/bad2.tsv"
err 1 "visit: $T/bad2.tsv:2: plan_id: plan 2 is of elder 2, not 1
visit: $T/bad2.tsv: 1 bad record: nothing imported"
run q "SELECT count(*) FROM visit"
out 0 <<'EOF'
2
EOF

t 'a visit history under a title, with a footer: the header is found, the rest named'
printf '望城社区探访登记表\n\n日期\t老人\t探访人\t方式\n2026-11-20\t李四\t王芳\t上门\n合计\t1次\n制表人：王芳\n' >"$T/title.tsv"
run visit import "$T/title.tsv"
outerr 0 "visit: $T/title.tsv:1: left out, above the header: 望城社区探访登记表
visit: $T/title.tsv:5: left out, after the data: 合计 1次
visit: $T/title.tsv:6: left out, after the data: 制表人：王芳" <<'EOF'
3
EOF

t '--sheet names a sheet of a workbook only'
run visit import --sheet 探访 "$T/title.tsv"
err 1 "visit: $T/title.tsv: --sheet: not an xlsx workbook"

done_testing
